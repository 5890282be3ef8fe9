#include "consents/consentrequestlistmodel.h"

#include <QLocale>

#include <algorithm>

namespace cp::ui {

ConsentRequestListModel::ConsentRequestListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConsentRequestListModel::setRequests(const QList<domain::ConsentRequest> &requests,
                                          const QList<storage::OutboxEntry> &waiting)
{
    beginResetModel();
    m_rows.clear();
    for (const domain::ConsentRequest &request : requests) {
        if (request.state != domain::RequestState::Pending)
            continue;
        Row row{request, {}};
        for (const storage::OutboxEntry &entry : waiting) {
            if (entry.targetId == request.id && entry.action != u"revoke")
                row.waitingAction = entry.action;
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ConsentRequestListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ConsentRequestListModel::undecidedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.waitingAction.isEmpty(); }));
}

QString ConsentRequestListModel::requestId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).request.id : QString();
}

int ConsentRequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsentRequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsentRequestListModel::statusText(const Row &row) const
{
    if (row.waitingAction == u"grant")
        return tr("Granted, waiting to send");
    if (row.waitingAction == u"deny")
        return tr("Denied, waiting to send");
    return tr("Waiting for your decision");
}

QVariant ConsentRequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const domain::ConsentRequest &r = row.request;
    const QLocale locale;
    if (role == IdRole)
        return r.id;
    if (role == WaitingRole)
        return row.waitingAction;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case OrganisationColumn:
            return r.organisation.shortName.isEmpty() ? r.organisation.fullName
                                                      : r.organisation.shortName;
        case PurposeColumn:
            return r.purpose.text.isEmpty() ? r.purpose.code : r.purpose.text;
        case OperationColumn:
            return domain::TrustLevels::operationName(r.operation);
        case RequestedColumn:
            return locale.toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat);
        case AnswerByColumn:
            return r.answerBy.isValid()
                       ? locale.toString(r.answerBy.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case StatusColumn:
            return statusText(row);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case RequestedColumn:
            return r.requestedAt;
        case AnswerByColumn:
            return r.answerBy;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ConsentRequestListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case PurposeColumn:
        return tr("Purpose");
    case OperationColumn:
        return tr("Operation");
    case RequestedColumn:
        return tr("Requested");
    case AnswerByColumn:
        return tr("Answer by");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cp::ui
