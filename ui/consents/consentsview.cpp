#include "consents/consentsview.h"

#include "consents/consentlistmodel.h"
#include "consents/consentrequestdialog.h"
#include "consents/consentrequestlistmodel.h"
#include "session/profilesession.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcConsentsUi, "cp.ui.consents")

namespace cp::ui {

ConsentsView::ConsentsView(session::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_pending(new ConsentRequestListModel(this))
    , m_active(new ConsentListModel(ConsentListModel::Mode::Active, this))
    , m_history(new ConsentListModel(ConsentListModel::Mode::History, this))
    , m_pendingProxy(new QSortFilterProxyModel(this))
    , m_activeProxy(new QSortFilterProxyModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
    , m_confirmation(messageBoxConfirmation())
{
    setObjectName(QStringLiteral("consentsView"));
    m_pendingProxy->setSourceModel(m_pending);
    m_pendingProxy->setSortRole(ConsentRequestListModel::SortRole);
    m_activeProxy->setSourceModel(m_active);
    m_activeProxy->setSortRole(ConsentListModel::SortRole);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(ConsentListModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consentTabs"));
    // The texts come from retranslate().
    m_tabs->addTab(pendingTab(), QString());
    m_tabs->addTab(registerTab(m_active, m_activeProxy, &m_activeView, &m_activeEmpty), QString());
    m_tabs->addTab(registerTab(m_history, m_historyProxy, &m_historyView, &m_historyEmpty),
                   QString());
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_activeView->setObjectName(QStringLiteral("activeTable"));
    m_historyView->setObjectName(QStringLiteral("historyTable"));

    // The Active tab's actions.
    auto *activeButtons = m_activeView->parentWidget()->findChild<QHBoxLayout *>();
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    connect(m_revoke, &QPushButton::clicked, this,
            [this]() { revokeConsent(selectedId(m_activeView)); });
    m_exportActive = new QPushButton(this);
    m_exportActive->setObjectName(QStringLiteral("exportActiveButton"));
    connect(m_exportActive, &QPushButton::clicked, this,
            [this]() { exportSelected(m_activeView); });
    activeButtons->addWidget(m_revoke);
    activeButtons->addWidget(m_exportActive);

    auto *historyButtons = m_historyView->parentWidget()->findChild<QHBoxLayout *>();
    m_exportHistory = new QPushButton(this);
    m_exportHistory->setObjectName(QStringLiteral("exportHistoryButton"));
    connect(m_exportHistory, &QPushButton::clicked, this,
            [this]() { exportSelected(m_historyView); });
    historyButtons->addWidget(m_exportHistory);
    retranslate();

    connect(m_session, &session::ProfileSession::locked, this, &ConsentsView::clearSensitive);
    connect(m_session, &session::ProfileSession::unlocked, this, [this]() {
        attachSession();
        reload();
    });
    attachSession();
    reload();
    // Whoever embeds the view connects after the constructor: tell them the
    // count once more from the event loop.
    QMetaObject::invokeMethod(
        this, [this]() { emit pendingCountChanged(pendingCount()); }, Qt::QueuedConnection);
}

ConsentsView::~ConsentsView() = default;

void ConsentsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateStatus();
    }
}

void ConsentsView::retranslate()
{
    setAccessibleName(tr("Consents"));
    m_tabs->setAccessibleName(tr("Consents"));
    m_tabs->setTabText(0, tr("&Pending"));
    m_tabs->setTabText(1, tr("&Active"));
    m_tabs->setTabText(2, tr("&History"));
    m_pendingEmpty->setText(
        tr("No requests wait for your decision. When an organisation asks for your data, the "
           "request appears here."));
    m_activeEmpty->setText(tr("You have no active consents: no organisation may fetch your "
                              "data now."));
    m_historyEmpty->setText(tr("Nothing has ended yet: revoked and expired consents and "
                               "answered requests will appear here."));
    m_pendingView->setAccessibleName(tr("Pending consent requests"));
    m_activeView->setAccessibleName(tr("Active consents"));
    m_historyView->setAccessibleName(tr("History of consents and requests"));
    for (QTableView *view : {m_pendingView, m_activeView, m_historyView}) {
        view->verticalHeader()->setAccessibleName(tr("Rows"));
        view->horizontalHeader()->setAccessibleName(tr("Columns: choose one to sort by it"));
    }
    m_status->setAccessibleName(tr("Decisions waiting to send"));
    m_open->setText(tr("&Open request…"));
    m_open->setAccessibleName(tr("Open the selected request to decide"));
    m_revoke->setText(tr("&Revoke…"));
    m_revoke->setAccessibleName(tr("Revoke the selected consent"));
    m_exportActive->setText(tr("&Export receipt…"));
    m_exportActive->setAccessibleName(tr("Export the receipt of the selected consent"));
    m_exportHistory->setText(tr("E&xport receipt…"));
    m_exportHistory->setAccessibleName(tr("Export the receipt of the selected entry"));
}

int ConsentsView::pendingCount() const
{
    return m_pending->undecidedCount();
}

QTableView *ConsentsView::makeTable(QSortFilterProxyModel *proxy, const QString &objectName,
                                    std::initializer_list<int> longColumns)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The long texts (purpose, operation) share what the short columns leave,
    // elided, whole in their tooltips; no column goes past the edge.
    for (int column : longColumns)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    return view;
}

QWidget *ConsentsView::pendingTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_pendingEmpty = new QLabel(page);
    m_pendingEmpty->setObjectName(QStringLiteral("pendingEmpty"));
    m_pendingEmpty->setWordWrap(true);
    layout->addWidget(m_pendingEmpty);
    m_pendingView = makeTable(
        m_pendingProxy, QStringLiteral("pendingTable"),
        {ConsentRequestListModel::PurposeColumn, ConsentRequestListModel::OperationColumn});
    // Newest first, as the spec asks.
    m_pendingView->sortByColumn(ConsentRequestListModel::RequestedColumn, Qt::DescendingOrder);
    layout->addWidget(m_pendingView, 1);
    connect(m_pendingView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRequest(index.data(ConsentRequestListModel::IdRole).toString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_open = new QPushButton(page);
    m_open->setObjectName(QStringLiteral("openRequestButton"));
    connect(m_open, &QPushButton::clicked, this,
            [this]() { openRequest(selectedId(m_pendingView)); });
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsentsView::updateActions);
    return page;
}

QWidget *ConsentsView::registerTab(ConsentListModel *model, QSortFilterProxyModel *proxy,
                                   QTableView **view, QLabel **empty)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    *empty = new QLabel(page);
    (*empty)->setWordWrap(true);
    layout->addWidget(*empty);
    *view = makeTable(proxy, QString(), {ConsentListModel::PurposeColumn});
    (*view)->sortByColumn(ConsentListModel::WhenColumn, Qt::DescendingOrder);
    layout->addWidget(*view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    layout->addLayout(buttons);
    connect((*view)->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsentsView::updateActions);
    // Enter or a double click shows the request behind the entry, read-only:
    // everything the citizen agreed to or refused, in the same words.
    connect(*view, &QTableView::activated, this, [this, model, proxy](const QModelIndex &index) {
        const int row = proxy->mapToSource(index).row();
        QString requestId = model->id(row);
        if (model->isConsent(row)) {
            const std::optional<domain::Consent> consent =
                m_session->isUnlocked() ? m_session->archive()->consent(requestId) : std::nullopt;
            requestId = consent ? consent->requestId : QString();
        }
        openRequest(requestId);
    });
    return page;
}

void ConsentsView::attachSession()
{
    for (const QMetaObject::Connection &c : std::as_const(m_coreConnections))
        disconnect(c);
    m_coreConnections.clear();
    if (!m_session->isUnlocked())
        return;
    // The outbox and the engine are made anew on every unlock.
    if (auto *outbox = m_session->outbox()) {
        m_coreConnections.append(
            connect(outbox, &sync::ConsentDecisionOutbox::changed, this, &ConsentsView::reload));
        m_coreConnections.append(connect(outbox, &sync::ConsentDecisionOutbox::decisionSettled,
                                         this, [this](const storage::OutboxEntry &entry) {
                                             if (entry.state == u"refused")
                                                 qCWarning(lcConsentsUi)
                                                     << "the server refused a decision:"
                                                     << entry.resultCode;
                                             reload();
                                         }));
    }
    if (auto *engine = m_session->engine()) {
        m_coreConnections.append(
            connect(engine, &sync::SyncEngine::finished, this, &ConsentsView::scheduleReload));
        m_coreConnections.append(connect(engine, &sync::SyncEngine::consentRequestArrived, this,
                                         &ConsentsView::scheduleReload));
    }
}

void ConsentsView::scheduleReload()
{
    m_reloadLater.request();
}

void ConsentsView::reload()
{
    if (!m_session->isUnlocked()) {
        clearSensitive();
        return;
    }
    // A few dozen sealed rows: quick enough for the GUI thread, and the
    // archive's connection belongs to this thread.
    const storage::ArchiveDatabase *archive = m_session->archive();
    const QList<domain::ConsentRequest> requests = archive->requests();
    const QList<domain::Consent> consents = archive->consents();
    const QList<storage::OutboxEntry> waiting = archive->decisions(QStringLiteral("waiting"));
    m_pending->setRequests(requests, waiting);
    m_active->setRegister(consents, requests, waiting);
    m_history->setRegister(consents, requests, waiting);
    updateActions();
    updateStatus();
    emit pendingCountChanged(m_pending->undecidedCount());
}

void ConsentsView::clearSensitive()
{
    if (m_dialog) {
        m_dialog->clearSensitive();
        m_dialog->reject();
    }
    m_pending->clear();
    m_active->clear();
    m_history->clear();
    updateActions();
    updateStatus();
    emit pendingCountChanged(0);
}

void ConsentsView::updateStatus()
{
    const int waiting = m_session->isUnlocked()
                            ? int(m_session->archive()->decisions(QStringLiteral("waiting")).size())
                            : 0;
    m_status->setVisible(waiting > 0);
    m_status->setText(tr("Decisions waiting to send: %1. They are sent as soon as the server can "
                         "be reached.")
                          .arg(QLocale().toString(waiting)));
    m_pendingEmpty->setVisible(m_pending->rowCount() == 0);
    m_pendingView->setVisible(m_pending->rowCount() > 0);
    m_activeEmpty->setVisible(m_active->rowCount() == 0);
    m_activeView->setVisible(m_active->rowCount() > 0);
    m_historyEmpty->setVisible(m_history->rowCount() == 0);
    m_historyView->setVisible(m_history->rowCount() > 0);
}

QString ConsentsView::selectedId(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ConsentListModel::IdRole).toString();
}

void ConsentsView::updateActions()
{
    m_open->setEnabled(!selectedId(m_pendingView).isEmpty());
    const QModelIndexList active = m_activeView->selectionModel()->selectedRows();
    const bool revocable =
        !active.isEmpty() && !active.first().data(ConsentListModel::WaitingRole).toBool();
    m_revoke->setEnabled(revocable);
    m_exportActive->setEnabled(!active.isEmpty());
    m_exportHistory->setEnabled(!selectedId(m_historyView).isEmpty());
}

void ConsentsView::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
    if (m_dialog)
        m_dialog->setConfirmation(m_confirmation);
}

ConsentRequestDialog *ConsentsView::openRequest(const QString &requestId)
{
    if (requestId.isEmpty() || !m_session->isUnlocked())
        return nullptr;
    const storage::ArchiveDatabase *archive = m_session->archive();
    std::optional<domain::ConsentRequest> request = archive->request(requestId);
    if (!request)
        return nullptr;
    for (const storage::OutboxEntry &entry : archive->decisions(QStringLiteral("waiting"))) {
        // Already decided here: the dialog shows it without a second decision.
        if (entry.targetId == requestId && request->state == domain::RequestState::Pending)
            request->state = entry.action == u"grant" ? domain::RequestState::Granted
                                                      : domain::RequestState::Denied;
    }
    const std::optional<domain::Citizen> citizen = archive->citizen();
    const std::optional<domain::TrustLevel> level =
        citizen ? citizen->trustLevel() : std::optional<domain::TrustLevel>();
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new ConsentRequestDialog(*request, level, archive->latestRecords(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setConfirmation(m_confirmation);
    connect(dialog, &ConsentRequestDialog::granted, this,
            [this](const QString &id, const QStringList &optional) {
                if (auto *outbox = m_session->outbox())
                    decisionStored(outbox->grant(id, optional));
            });
    connect(dialog, &ConsentRequestDialog::denied, this, [this](const QString &id) {
        if (auto *outbox = m_session->outbox())
            decisionStored(outbox->deny(id));
    });
    m_dialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog]() {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
    return dialog;
}

void ConsentsView::decisionStored(qint64 entryId)
{
    if (entryId != 0)
        return;
    // Not kept, so not sent: the citizen must know and may try again.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Your decision was not saved"),
                                tr("Your decision could not be saved on this computer, so it was "
                                   "not sent. The disk may be full. Free some space and decide "
                                   "again."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("decisionNotStored"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ConsentsView::revokeConsent(const QString &consentId)
{
    if (consentId.isEmpty() || !m_session->isUnlocked())
        return;
    const std::optional<domain::Consent> consent = m_session->archive()->consent(consentId);
    if (!consent || consent->state != domain::ConsentState::Active)
        return;
    const QString text =
        tr("%1 will no longer be able to fetch your data under this consent (%2). This cannot be "
           "undone: to give the data again, the organisation has to ask anew. Revoke it?")
            .arg(consent->organisation.fullName,
                 consent->purpose.text.isEmpty() ? consent->purpose.code : consent->purpose.text);
    m_confirmation(this, tr("Revoke the consent"), text, tr("Revoke"),
                   [this, alive = QPointer<ConsentsView>(this), consentId](bool confirmed) {
                       if (alive.isNull() || !confirmed || !m_session->isUnlocked())
                           return;
                       decisionStored(m_session->outbox()->revoke(consentId));
                   });
}

bool ConsentsView::exportReceipt(const QString &id, const QString &path,
                                 ConsentReceipt::Format format, QString *error)
{
    if (!m_session->isUnlocked()) {
        if (error)
            *error = tr("The archive is locked.");
        return false;
    }
    std::optional<ConsentReceipt> receipt = ConsentReceipt::forConsent(*m_session->archive(), id);
    if (!receipt)
        receipt = ConsentReceipt::forRequest(*m_session->archive(), id);
    if (!receipt) {
        if (error)
            *error = tr("There is no consent or request %1 in the archive.").arg(id);
        return false;
    }
    return receipt->write(path, format, error);
}

void ConsentsView::exportSelected(QTableView *view)
{
    const QString id = selectedId(view);
    if (id.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Export the receipt"));
    dialog->setObjectName(QStringLiteral("receiptFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const QString jsonFilter = tr("JSON file (*.json)");
    dialog->setNameFilters({pdfFilter, jsonFilter});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("receipt-%1.pdf").arg(id));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, id, jsonFilter](const QString &path) {
                const auto format = dialog->selectedNameFilter() == jsonFilter
                                        ? ConsentReceipt::Format::Json
                                        : ConsentReceipt::Format::Pdf;
                QString error;
                if (!exportReceipt(id, path, format, &error)) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export the receipt"),
                                                error, QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
            });
    dialog->open();
}

} // namespace cp::ui
