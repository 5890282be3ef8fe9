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
    // Folded as the rows' search texts are: a plain search then matches
    // whatever the case.
    m_words = m_text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void DocumentFilterModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

// Ten thousand rows are filtered at every keystroke and sorted again when
// the filter widens: the rows are read directly, not through data() and
// QVariant.
bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const DocumentListModel *>(sourceModel());
    const storage::ArchivedDocument *document = model ? model->documentAt(sourceRow) : nullptr;
    if (!document || sourceParent.isValid())
        return false;
    if (!m_kind.isEmpty() && document->info.kind != m_kind)
        return false;
    if (m_words.isEmpty())
        return true;
    // Every word must occur somewhere in the row, in any order.
    const QString &haystack = model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool DocumentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const DocumentListModel *>(sourceModel());
    const storage::ArchivedDocument *a = model ? model->documentAt(left.row()) : nullptr;
    const storage::ArchivedDocument *b = model ? model->documentAt(right.row()) : nullptr;
    if (a && b && left.column() == right.column()) {
        switch (left.column()) {
        case DocumentListModel::IssuedColumn:
            return a->info.issuedAt < b->info.issuedAt;
        case DocumentListModel::PeriodColumn:
            return a->info.periodFrom < b->info.periodFrom;
        case DocumentListModel::SizeColumn:
            return a->info.size < b->info.size;
        default:
            break;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cp::ui
