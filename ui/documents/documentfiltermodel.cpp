#include "documents/documentfiltermodel.h"

#include "documents/documentlistmodel.h"

namespace cp::ui {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows change when a sync stores documents; keep them in order and filtered.
    setDynamicSortFilter(true);
}

void DocumentFilterModel::setText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    invalidateFilter();
}

void DocumentFilterModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(DocumentListModel::KindKeyRole).toString() != m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must occur somewhere in the row, in any order.
    const QString haystack = index.data(DocumentListModel::SearchTextRole).toString();
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace cp::ui
