// The citizen's records as a tree for the Profile screen: the ten categories
// of the catalogue at the top, each with the record entries of its types
// below (a list type has one row per entry). Every value is already formatted
// for the current locale; the roles carry what a card shows. The model holds
// decrypted values, so clear() drops them all when the profile locks.
#pragma once

#include "domain/record.h"

#include <QAbstractItemModel>
#include <QList>

namespace cp::ui {

class ProfileModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // catalogue key of the record type
        RecordIdRole,
        DisplayNameRole, // translated name of the record type (or category)
        SourceRole,      // translated source register
        VerifiedRole,
        UpdatedAtRole, // QDateTime
        VersionRole,
        CategoryRole, // domain::Category as int
        // QVariantList of QVariantMap: key, label, text, sensitive, problem
        FieldsRole,
        ProblemsRole, // QStringList: identifier checks that failed, in words
    };
    Q_ENUM(Role)

    explicit ProfileModel(QObject *parent = nullptr);

    void setRecords(const QList<domain::Record> &records);
    void clear();
    bool isEmpty() const;
    int recordCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Entries of each category, in catalogue order of their types.
    QList<QList<domain::Record>> m_entries;
};

} // namespace cp::ui
