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
    invalidateFilter();
}

void ActivityFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_kind) {
        const QModelIndex first = model->index(sourceRow, 0, sourceParent);
        if (first.data(ActivityModel::KindRole).toInt() != int(*m_kind))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    // One text of all the columns (a line each; the search text is one line),
    // made once on reload rather than every column formatted for every row.
    return model->index(sourceRow, 0, sourceParent)
        .data(ActivityModel::SearchTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

} // namespace cp::ui
