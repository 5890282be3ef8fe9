// Filters the activity timeline by kind and by text (any column), and sorts
// the time column by the instant rather than by its formatted text.
#pragma once

#include "activitymodel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cp::ui {

class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);
    ~ActivityFilterModel() override;

    void setKind(std::optional<ActivityModel::Kind> kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ActivityModel *activity() const;

    std::optional<ActivityModel::Kind> m_kind;
    QString m_text;
    QString m_folded; // m_text, case-folded
};

} // namespace cp::ui
