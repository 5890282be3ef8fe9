// The documents list as the citizen narrows it down: a text that every
// column's words are searched for (the screen's field and the window's
// global search box) and one kind of document, or all. Sorts by the raw
// values (sizes as numbers, dates as dates), not by their display texts.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace cp::ui {

class DocumentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // "ndfl2" …, "upload" for the citizen's own files, empty for every kind.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words; // of m_text
    QString m_kind;
};

} // namespace cp::ui
