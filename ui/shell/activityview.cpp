#include "activityview.h"

#include "activityfiltermodel.h"
#include "activitymodel.h"
#include "session/profilesession.h"
#include "shelllogging.h"
#include "storage/archiveloader.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace cp::ui {

ActivityView::ActivityView(session::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new storage::ArchiveLoader([session]() { return session->archive(); }, this))
    , m_model(new ActivityModel(this))
    , m_filter(new ActivityFilterModel(this))
    , m_title(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("activityView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kindLabel->setBuddy(m_kind);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("activityList"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActivityModel::WhenColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("activityEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    setTabOrder(m_kind, m_search);
    setTabOrder(m_search, m_view);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityView::applyKind);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ActivityView::updateEmptyState);
    connect(m_loader, &storage::ArchiveLoader::loaded, this, [this]() {
        updateEmptyState();
        emit loaded();
    });
    connect(m_loader, &storage::ArchiveLoader::failed, this, [this](const QString &error) {
        qCWarning(lcShell) << "the activity log could not be read:" << error;
        updateEmptyState();
    });
    retranslate();
    updateEmptyState();
}

ActivityView::~ActivityView() = default;

void ActivityView::reload()
{
    if (!m_session->isUnlocked())
        return clearSensitive();
    // Out of sight, the log (tens of thousands of sealed rows in a large
    // archive) is read when the view is shown, not at every start and sync.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Tens of thousands of sealed rows are opened and parsed on a worker;
    // the GUI thread only takes the finished rows.
    m_loader->load<QList<ActivityModel::Row>>(
        &ActivityModel::rowsFrom, [this](QList<ActivityModel::Row> rows) {
            QElapsedTimer clock;
            clock.start();
            const qsizetype count = rows.size();
            m_model->setRows(std::move(rows));
            for (int c = 0; c < ActivityModel::WhoColumn; ++c)
                m_view->resizeColumnToContents(c);
            qCDebug(lcShell) << count << "activity rows listed in" << clock.elapsed()
                             << "ms on the GUI thread";
        });
    updateEmptyState();
}

bool ActivityView::isLoading() const
{
    return m_loader->isLoading();
}

void ActivityView::clearSensitive()
{
    m_loader->cancel();
    m_model->clear();
    m_search->clear();
}

void ActivityView::setFilter(const QString &text)
{
    m_search->setText(text);
}

void ActivityView::applyKind()
{
    const QVariant kind = m_kind->currentData();
    m_filter->setKind(kind.isValid() ? std::optional(ActivityModel::Kind(kind.toInt()))
                                     : std::nullopt);
}

void ActivityView::updateEmptyState()
{
    const bool nothing = m_model->rowCount() == 0;
    const bool nothingShown = m_filter->rowCount() == 0;
    if (nothing && m_loader->isLoading()) {
        m_empty->setText(tr("Reading the activity log…"));
        m_empty->setVisible(true);
        return;
    }
    m_empty->setText(nothing ? tr("Nothing has happened yet. Fetches of your records by "
                                  "organisations and changes in your archive will be listed here.")
                             : tr("Nothing matches the filter."));
    m_empty->setVisible(nothingShown);
}

void ActivityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The rows hold translated texts (kinds, record names).
        if (m_model->rowCount() > 0)
            reload();
    }
    QWidget::changeEvent(event);
}

void ActivityView::retranslate()
{
    m_title->setText(tr("Activity"));
    m_kindLabel->setText(tr("&Show:"));
    const QVariant current = m_kind->currentData();
    {
        const QSignalBlocker block(m_kind);
        m_kind->clear();
        m_kind->addItem(tr("Everything"));
        for (ActivityModel::Kind kind : ActivityModel::kinds())
            m_kind->addItem(ActivityModel::kindName(kind), int(kind));
        const int index = current.isValid() ? m_kind->findData(current) : 0;
        m_kind->setCurrentIndex(qMax(0, index));
    }
    m_kind->setAccessibleName(tr("Kind of activity"));
    m_search->setPlaceholderText(tr("Filter the activity"));
    m_search->setAccessibleName(tr("Filter the activity"));
    m_view->setAccessibleName(tr("Activity list"));
    updateEmptyState();
}

} // namespace cp::ui
