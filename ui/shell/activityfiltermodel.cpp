#include "activityfiltermodel.h"

namespace cp::ui {

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActivityModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

ActivityFilterModel::~ActivityFilterModel() = default;

void ActivityFilterModel::setKind(std::optional<ActivityModel::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidate();
}

void ActivityFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_folded = m_text.toCaseFolded();
    // Filtered anew in one layout change: fifty thousand rows taken out or
    // put back as scattered ranges, one signal each (invalidateFilter), made
    // the first and the last keystroke of a search take a third of a second.
    invalidate();
}

const ActivityModel *ActivityFilterModel::activity() const
{
    return qobject_cast<const ActivityModel *>(sourceModel());
}

// Tens of thousands of rows are filtered at every keystroke and sorted at
// every load: the rows are read directly, not through data() and QVariant.
bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const ActivityModel *model = activity();
    if (!model || sourceParent.isValid())
        return false;
    const ActivityModel::Row &row = model->row(sourceRow);
    if (m_kind && row.kind != *m_kind)
        return false;
    return m_text.isEmpty() || row.contains(m_folded);
}

bool ActivityFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ActivityModel *model = activity();
    if (model && left.column() == ActivityModel::WhenColumn &&
        right.column() == ActivityModel::WhenColumn)
        return model->row(left.row()).atMs < model->row(right.row()).atMs;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cp::ui
