// The pending consent requests as a table (organisation, purpose, operation,
// requested, answer by, status). A request whose decision still waits in the
// outbox stays here, marked "waiting to send", until the server acknowledges
// it. Sorting is left to a QSortFilterProxyModel over SortRole.
#pragma once

#include "domain/consent.h"
#include "storage/archivedatabase.h"

#include <QAbstractTableModel>
#include <QList>

namespace cp::ui {

class ConsentRequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrganisationColumn,
        PurposeColumn,
        OperationColumn,
        RequestedColumn,
        AnswerByColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        WaitingRole // the action ("grant", "deny") waiting in the outbox, or empty
    };

    explicit ConsentRequestListModel(QObject *parent = nullptr);

    // Keeps the pending ones of `requests`; `waiting` are the outbox's
    // decisions not yet acknowledged.
    void setRequests(const QList<domain::ConsentRequest> &requests,
                     const QList<storage::OutboxEntry> &waiting);
    void clear();

    // Pending requests without a decision on their way: what the badge counts.
    int undecidedCount() const;
    QString requestId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        domain::ConsentRequest request;
        QString waitingAction;
    };
    QString statusText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace cp::ui
