// The register of consents as a table. In Active mode: the active consents
// (a revocation waiting in the outbox shows as "waiting to send"). In History
// mode: what has ended — revoked and expired consents, and denied, withdrawn
// and expired requests — with when it happened and to whom. Sorting is left
// to a QSortFilterProxyModel over SortRole.
#pragma once

#include "domain/consent.h"
#include "storage/archivedatabase.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cp::ui {

class ConsentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        Active,
        History
    };
    enum Column
    {
        OrganisationColumn,
        PurposeColumn,
        StatusColumn,
        WhenColumn,
        UntilColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // consent id, or request id for a request row
        SortRole,
        IsConsentRole,
        StateKeyRole, // "active", "revoked", "denied", …
        WaitingRole   // true while a revocation waits in the outbox
    };

    explicit ConsentListModel(Mode mode, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setRegister(const QList<domain::Consent> &consents,
                     const QList<domain::ConsentRequest> &requests,
                     const QList<storage::OutboxEntry> &waiting);
    void clear();
    QString id(int row) const;
    bool isConsent(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        bool isConsent = true;
        QString organisation;
        QString purpose;
        QString stateKey;
        QString stateName;
        QDateTime when;
        QDate until;
        bool waiting = false;
    };
    static QDateTime lastTransitionAt(const QList<domain::Transition> &history, const QString &to);

    Mode m_mode;
    QList<Row> m_rows;
};

} // namespace cp::ui
