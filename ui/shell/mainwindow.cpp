#include "mainwindow.h"

#include "activityview.h"
#include "errortext.h"
#include "idlewatcher.h"
#include "languageswitcher.h"
#include "missingpartpage.h"
#include "session/profilesession.h"
#include "settingsview.h"
#include "shelllogging.h"
#include "unlockpage.h"

#include "domain/recordcatalogue.h"
#include "storage/keyvault.h"
#include "sync/syncengine.h"

#ifdef CP_HAVE_PROFILE_VIEW
#include "profile/profileview.h"
#endif
#ifdef CP_HAVE_DOCUMENTS_VIEW
#include "documents/documentsview.h"
#endif
#ifdef CP_HAVE_CONSENTS_VIEW
#include "consents/consentsview.h"
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace cp::ui {

namespace {

constexpr auto kLastSyncMeta = "ui_last_sync"; // a time, no personal data

enum RootPage
{
    ContentPage,
    UnlockRootPage,
    SetupRootPage
};

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1StringView(name) + QStringLiteral(".svg"));
}

} // namespace

MainWindow::MainWindow(session::ProfileSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(new LanguageSwitcher(QStringLiteral(":/i18n"), this))
    , m_idle(new IdleWatcher(this))
    , m_windowState(new QSettings(session->dataDir() + QStringLiteral("/window.ini"),
                                  QSettings::IniFormat, this))
    , m_root(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("citizen-profile"));
    buildActions();
    m_content = buildContent();
    m_unlock = new UnlockPage(m_root);
    m_setup = buildSetupPage();
    m_root->insertWidget(ContentPage, m_content);
    m_root->insertWidget(UnlockRootPage, m_unlock);
    m_root->insertWidget(SetupRootPage, m_setup);
    m_root->setCurrentIndex(SetupRootPage);
    setCentralWidget(m_root);
    buildStatusBar();
    buildTray();

    connect(m_unlock, &UnlockPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_idle, &IdleWatcher::idle, this, [this]() {
        qCInfo(lcShell) << "locking after idle time";
        lockNow();
    });
    connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::syncNow);
    connect(m_session, &session::ProfileSession::unlocked, this, &MainWindow::onUnlocked);
    connect(m_session, &session::ProfileSession::locked, this, &MainWindow::onLocked);
    connect(m_session, &session::ProfileSession::signedOut, this, [this]() {
        m_syncTimer.stop();
        if (!m_session->isUnlocked() || m_firstRun)
            return;
        m_syncState->setText(tr("Signed out"));
        showFirstRun(FirstRunDialog::Step::SignIn);
    });

    resize(1100, 720);
    restoreGeometry(m_windowState->value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_windowState->value(QStringLiteral("state")).toByteArray());
    const int area = m_windowState->value(QStringLiteral("area"), 0).toInt();
    if (area >= 0 && area < m_nav->count())
        m_nav->setCurrentRow(area);
    applySettings();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setTranslationDirectory(const QString &directory)
{
    const QString current = m_language->current();
    delete m_language;
    m_language = new LanguageSwitcher(directory, this);
    if (!current.isEmpty())
        m_language->apply(current);
}

// --- building ----------------------------------------------------------------------

void MainWindow::buildActions()
{
    m_syncAction = new QAction(icon("sync"), QString(), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncNow);
    m_lockAction = new QAction(icon("lock"), QString(), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    // Actions work from anywhere in the window, with or without a toolbar.
    for (QAction *action : {m_syncAction, m_lockAction, m_quitAction, m_findAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

QWidget *MainWindow::buildContent()
{
    auto *content = new QWidget(m_root);
    m_nav = new QListWidget(content);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(fontMetrics().height() * 3 / 2, fontMetrics().height() * 3 / 2));
    m_nav->setSpacing(2);
    const char *icons[] = {"profile", "documents", "consents", "activity", "settings"};
    for (const char *name : icons)
        new QListWidgetItem(icon(name), QString(), m_nav);
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    m_pages = new QStackedWidget(content);
    m_pages->setObjectName(QStringLiteral("pages"));

#ifdef CP_HAVE_PROFILE_VIEW
    auto *profile = new ProfileView(m_session, m_pages);
    connect(this, &MainWindow::reloadRequested, profile, &ProfileView::scheduleReload);
    connect(this, &MainWindow::clearSensitiveRequested, profile, &ProfileView::clearSensitive);
    addSearchTarget(profile, [profile](const QString &text) { profile->setFilter(text); });
    m_pages->addWidget(profile);
#else
    m_pages->addWidget(new MissingPartPage(m_pages));
#endif
#ifdef CP_HAVE_DOCUMENTS_VIEW
    auto *documents = new DocumentsView(m_session, m_pages);
    connect(this, &MainWindow::reloadRequested, documents, &DocumentsView::reload);
    connect(this, &MainWindow::clearSensitiveRequested, documents, &DocumentsView::clearSensitive);
    addSearchTarget(documents, [documents](const QString &text) { documents->setFilter(text); });
    m_pages->addWidget(documents);
#else
    m_pages->addWidget(new MissingPartPage(m_pages));
#endif
#ifdef CP_HAVE_CONSENTS_VIEW
    auto *consents = new ConsentsView(m_session, m_pages);
    connect(this, &MainWindow::reloadRequested, consents, &ConsentsView::scheduleReload);
    connect(this, &MainWindow::clearSensitiveRequested, consents, &ConsentsView::clearSensitive);
    connect(consents, &ConsentsView::pendingCountChanged, this, &MainWindow::updatePending);
    m_pages->addWidget(consents);
#else
    m_pages->addWidget(new MissingPartPage(m_pages));
#endif
    m_activity = new ActivityView(m_session, m_pages);
    connect(this, &MainWindow::reloadRequested, m_activity, &ActivityView::reload);
    connect(this, &MainWindow::clearSensitiveRequested, m_activity, &ActivityView::clearSensitive);
    addSearchTarget(m_activity, [this](const QString &text) { m_activity->setFilter(text); });
    m_pages->addWidget(m_activity);
    connect(this, &MainWindow::searchChanged, this, &MainWindow::applySearch);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::applySearchToCurrentPage);
    m_settings = new SettingsView(m_session, m_pages);
    connect(m_settings, &SettingsView::settingsChanged, this, &MainWindow::applySettings);
    connect(m_settings, &SettingsView::languageRequested, this, &MainWindow::setLanguage);
    connect(m_settings, &SettingsView::signOutRequested, this, &MainWindow::signOut);
    connect(m_settings, &SettingsView::wipeRequested, this, &MainWindow::wipe);
    m_pages->addWidget(m_settings);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::searchChanged);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto *toolbar = new QToolBar(content);
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_lockAction);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_search);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    // The navigation keeps the width of its longest entry; the page takes
    // all the rest (no splitter: there is nothing to gain from dragging it).
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addLayout(body, 1);
    setTabOrder(m_search, m_nav);
    setTabOrder(m_nav, m_pages);
    return content;
}

QWidget *MainWindow::buildSetupPage()
{
    auto *page = new QWidget(m_root);
    page->setObjectName(QStringLiteral("setupPage"));
    m_setupText = new QLabel(page);
    m_setupText->setAlignment(Qt::AlignCenter);
    m_setupText->setWordWrap(true);
    auto *button = new QPushButton(page);
    button->setObjectName(QStringLiteral("setupButton"));
    m_setupAction = new QAction(this);
    connect(button, &QPushButton::clicked, m_setupAction, &QAction::trigger);
    connect(m_setupAction, &QAction::changed, button, [this, button]() {
        button->setText(m_setupAction->text());
        button->setAccessibleName(m_setupAction->text().remove(u'&'));
    });
    connect(m_setupAction, &QAction::triggered, this, [this]() {
        if (m_session->vaultMode() == storage::KeyVault::Mode::None)
            showFirstRun(FirstRunDialog::Step::Server);
        else if (!m_session->isUnlocked())
            showUnlockPage();
        else
            showFirstRun(FirstRunDialog::Step::SignIn);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_setupText);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void MainWindow::buildStatusBar()
{
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("lastSync"));
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setPixmap(icon("offline").pixmap(fontMetrics().height(), fontMetrics().height()));
    m_offline->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->hide();
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_offline);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(icon("citizen-profile"), this);
    auto *menu = new QMenu(this);
    QAction *show = menu->addAction(QString(), this, &MainWindow::raiseWindow);
    show->setObjectName(QStringLiteral("trayShow"));
    menu->addAction(m_syncAction);
    menu->addAction(m_lockAction);
    menu->addSeparator();
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            raiseWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::raiseWindow);
    m_tray->show();
}

// --- language --------------------------------------------------------------------------

void MainWindow::setLanguage(const QString &language)
{
    if (!m_language->apply(language))
        qCWarning(lcShell) << "the language could not be switched";
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Citizen Profile"));
    updateNavigationTexts();
    m_nav->setAccessibleName(tr("Sections"));
    m_pages->setAccessibleName(tr("Content"));
    m_search->setPlaceholderText(tr("Search records, fields and documents"));
    m_search->setAccessibleName(tr("Search"));
    m_syncAction->setText(tr("&Sync"));
    m_syncAction->setToolTip(tr("Sync with the server (%1)")
                                 .arg(m_syncAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Lock the archive (%1)")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find"));
    m_setupText->setText(tr("Citizen Profile is not set up on this computer yet."));
    m_setupAction->setText(tr("&Set up"));
    m_syncState->setAccessibleName(tr("Sync state"));
    m_lastSyncLabel->setAccessibleName(tr("Last sync"));
    m_offline->setToolTip(tr("Offline: showing the archive on this computer"));
    m_offline->setAccessibleName(tr("Offline"));
    m_progress->setAccessibleName(tr("Sync progress"));
    if (m_tray) {
        m_tray->setToolTip(tr("Citizen Profile"));
        const QList<QAction *> actions = m_tray->contextMenu()->actions();
        if (!actions.isEmpty())
            actions.first()->setText(tr("&Show the window"));
    }
    updateLastSync();
    if (m_session->engine())
        onSyncState(int(m_session->engine()->state()));
}

void MainWindow::updateNavigationTexts()
{
    const QString names[] = {tr("Profile"), tr("Documents"),
                             m_pending > 0 ? tr("Consents (%1)").arg(m_pending) : tr("Consents"),
                             tr("Activity"), tr("Settings")};
    for (int i = 0; i < m_nav->count(); ++i) {
        m_nav->item(i)->setText(names[i]);
        m_nav->item(i)->setData(Qt::AccessibleTextRole, names[i]);
    }
    if (m_pending > 0)
        m_nav->item(int(Area::Consents))
            ->setData(Qt::AccessibleDescriptionRole, tr("Pending requests: %1").arg(m_pending));
    // As wide as the longest entry of this language, badge included.
    const int widest = m_nav->sizeHintForColumn(0);
    m_nav->setFixedWidth(widest + 2 * m_nav->frameWidth() + 4 * m_nav->spacing() +
                         fontMetrics().averageCharWidth() * 4);
}

void MainWindow::showArea(Area area)
{
    m_nav->setCurrentRow(int(area));
}

// --- settings ----------------------------------------------------------------------------

void MainWindow::applySettings()
{
    const session::ClientSettings &s = m_session->settings();
    m_idle->setMinutes(s.integer(session::Setting::AutoLockMinutes));
    const int interval = s.integer(session::Setting::SyncIntervalMinutes);
    m_syncTimer.setInterval(std::chrono::minutes(qMax(0, interval)));
    if (interval <= 0)
        m_syncTimer.stop();
    else if (m_session->isUnlocked() && m_session->isSignedIn())
        m_syncTimer.start();
    if (sync::SyncEngine *engine = m_session->engine()) {
        sync::SyncOptions options;
        options.offlineSizeCap =
            qint64(s.integer(session::Setting::OfflineSizeCapMiB)) * 1024 * 1024;
        engine->setOptions(options);
    }
}

// --- the flow ----------------------------------------------------------------------------

void MainWindow::start()
{
    if (m_session->settings().string(session::Setting::ServerUrl).isEmpty() ||
        m_session->vaultMode() == storage::KeyVault::Mode::None) {
        m_root->setCurrentIndex(SetupRootPage);
        showFirstRun(FirstRunDialog::Step::Server);
        return;
    }
    QString error;
    if (!m_session->configureServer(&error))
        qCWarning(lcShell) << "server settings unusable:" << error;
    showUnlockPage();
    // With the keychain there is nothing to type: try at once.
    if (m_session->vaultMode() == storage::KeyVault::Mode::Keychain)
        unlock({});
}

void MainWindow::showFirstRun(FirstRunDialog::Step step)
{
    if (FirstRunDialog *open = m_firstRun.data()) {
        open->raise();
        return;
    }
    auto *dialog = new FirstRunDialog(m_session, step, this);
    m_firstRun = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrlOpener(m_opener);
    dialog->setLanguage(m_language->current().isEmpty() ? LanguageSwitcher::systemLanguage()
                                                        : m_language->current());
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted && m_session->isUnlocked()) {
            m_root->setCurrentIndex(ContentPage);
            reloadViews();
            applySettings();
            emit ready();
            syncNow();
            return;
        }
        if (!m_session->isUnlocked() && m_session->vaultMode() != storage::KeyVault::Mode::None)
            return showUnlockPage();
        m_root->setCurrentIndex(m_session->isUnlocked() ? ContentPage : SetupRootPage);
        if (m_session->isUnlocked()) {
            m_syncState->setText(tr("Not signed in: the archive on this computer is shown."));
            setOffline(true);
        }
    });
    dialog->open();
}

void MainWindow::showUnlockPage(const QString &message)
{
    m_unlock->setPassphraseMode(m_session->vaultMode() == storage::KeyVault::Mode::Passphrase);
    m_unlock->setMessage(message);
    m_unlock->setBusy(false);
    m_root->setCurrentIndex(UnlockRootPage);
    m_unlock->focusInput();
}

void MainWindow::unlock(const QByteArray &passphrase)
{
    m_unlock->setBusy(true);
    auto done = [this](bool ok, const QString &error) {
        m_unlock->setBusy(false);
        if (ok)
            return; // onUnlocked() carries on
        qCInfo(lcShell) << "unlock failed:" << error;
        if (error == storage::KeyVault::wrongPassphraseMessage())
            m_unlock->setMessage(ErrorText::wrongPassphrase());
        else if (m_session->vaultMode() == storage::KeyVault::Mode::Keychain)
            m_unlock->setMessage(tr("The keychain of your session did not give the key of the "
                                    "archive. Unlock the keychain, then try again."));
        else
            m_unlock->setMessage(tr("The archive could not be opened."));
        m_unlock->focusInput();
    };
    if (m_session->vaultMode() == storage::KeyVault::Mode::Passphrase)
        m_session->unlockWithPassphrase(passphrase, done);
    else
        m_session->unlockWithKeychain(done);
}

void MainWindow::onUnlocked()
{
    wireEngine();
    applySettings();
    m_idle->setActive(true);
    if (!m_session->quarantinedArchive().isEmpty())
        m_syncState->setText(tr("The archive was damaged and has been set aside; a full sync "
                                "rebuilds it."));
    if (m_firstRun)
        return; // the first run goes on to the sign-in
    m_root->setCurrentIndex(ContentPage);
    reloadViews();
    emit ready();
    // The archive first, then the network: the sync (its keychain read, its
    // answers handled here) starts once the page in view has its rows — the
    // moment the benchmarks (bench/) take as the end of a cold start.
    // A page that never says it is filled (its read failed) holds it back
    // two seconds at most.
    const auto started = std::make_shared<bool>(false);
    const auto startSync = [this, started]() {
        if (std::exchange(*started, true) || !m_session->isUnlocked())
            return;
        if (m_session->isSignedIn())
            return syncNow();
        restoreSignIn();
    };
    whenCurrentPageFilled([startSync]() {
        qCInfo(lcShell) << "the views are filled from the archive";
        startSync();
    });
    QTimer::singleShot(2000, this, startSync);
}

void MainWindow::whenCurrentPageFilled(const std::function<void()> &then)
{
    QWidget *page = m_pages->currentWidget();
    const auto once = [this, then](auto *sender, auto signal) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(sender, signal, this, [then, connection]() {
            disconnect(*connection);
            then();
        });
    };
#ifdef CP_HAVE_PROFILE_VIEW
    if (auto *profile = qobject_cast<ProfileView *>(page); profile && profile->isBuilding())
        return once(profile, &ProfileView::cardsBuilt);
#endif
#ifdef CP_HAVE_DOCUMENTS_VIEW
    if (auto *documents = qobject_cast<DocumentsView *>(page); documents && documents->isLoading())
        return once(documents, &DocumentsView::loaded);
#endif
    if (page == m_activity && m_activity->isLoading())
        return once(m_activity, &ActivityView::loaded);
    then();
}

void MainWindow::restoreSignIn()
{
    m_syncState->setText(tr("Connecting…"));
    m_session->restoreSignIn([this](bool ok, const QString &error) {
        if (!m_session->isUnlocked())
            return;
        if (ok) {
            applySettings();
            syncNow();
            return;
        }
        if (error.isEmpty()) // never signed in on this computer
            return showFirstRun(FirstRunDialog::Step::SignIn);
        if (m_firstRun)
            return; // the sign-in has ended: signedOut() has asked for a new one
        // The sign-in is kept; the server was not reached.
        m_syncState->setText(
            tr("The server cannot be reached. Showing the archive on this computer."));
        setOffline(true);
    });
}

void MainWindow::lockNow()
{
    if (!m_session->isUnlocked())
        return;
    m_session->lock(); // locked() → onLocked()
}

void MainWindow::onLocked()
{
    m_syncTimer.stop();
    m_idle->setActive(false);
    // Every decrypted value leaves the models and views.
    emit clearSensitiveRequested();
    m_search->clear();
    m_progress->hide();
    m_syncState->setText(tr("Locked"));
    if (FirstRunDialog *dialog = m_firstRun.data())
        dialog->reject();
    showUnlockPage();
}

bool MainWindow::isLocked() const
{
    return !m_session->isUnlocked();
}

void MainWindow::addSearchTarget(QWidget *page, std::function<void(const QString &)> apply)
{
    m_searchTargets.insert(page, SearchTarget{std::move(apply), QString()});
}

void MainWindow::applySearch(const QString &text)
{
    m_searchText = text;
    applySearchToCurrentPage();
}

void MainWindow::applySearchToCurrentPage()
{
    const auto found = m_searchTargets.find(m_pages->currentWidget());
    if (found == m_searchTargets.end() || found->applied == m_searchText)
        return;
    found->applied = m_searchText;
    found->apply(m_searchText);
}

void MainWindow::reloadViews()
{
    if (!m_session->isUnlocked())
        return;
    int pending = 0;
    for (const domain::ConsentRequest &r : m_session->archive()->requests())
        pending += r.state == domain::RequestState::Pending ? 1 : 0;
    updatePending(pending);
    const QString last = m_session->archive()->meta(QLatin1StringView(kLastSyncMeta));
    m_lastSync = last.isEmpty() ? QDateTime() : QDateTime::fromString(last, Qt::ISODate);
    updateLastSync();
    m_settings->reload();
    emit reloadRequested();
}

void MainWindow::updatePending(int count)
{
    m_pending = count;
    updateNavigationTexts();
}

// --- sync --------------------------------------------------------------------------------

void MainWindow::wireEngine()
{
    sync::SyncEngine *engine = m_session->engine();
    if (!engine)
        return;
    // The engine is made anew on every unlock; these connections die with it.
    connect(engine, &sync::SyncEngine::stateChanged, this,
            [this](sync::SyncEngine::State state) { onSyncState(int(state)); });
    connect(engine, &sync::SyncEngine::progress, this, &MainWindow::onSyncProgress);
    connect(engine, &sync::SyncEngine::finished, this, &MainWindow::onSyncFinished);
    connect(engine, &sync::SyncEngine::consentRequestArrived, this,
            [this](const domain::ConsentRequest &request) {
                if (m_quietSync)
                    return;
                const QString who = request.organisation.shortName.isEmpty()
                                        ? request.organisation.fullName
                                        : request.organisation.shortName;
                notify(tr("New consent request"), tr("%1 asks for your consent.").arg(who));
            });
    connect(
        engine, &sync::SyncEngine::recordChanged, this,
        [this](const domain::Record &, const domain::Record &after, const QStringList &) {
            if (m_quietSync)
                return;
            const domain::RecordType *type = domain::RecordCatalogue::find(after.type);
            // The name of the record only: no value leaves for the notification daemon.
            notify(
                tr("A record has changed"),
                tr("%1 was updated by its register.").arg(type ? type->displayName() : after.type));
        });
    connect(engine, &sync::SyncEngine::orderFulfilled, this, [this](const QString &) {
        if (!m_quietSync)
            notify(tr("Ordered document arrived"),
                   tr("A document you ordered is in your archive."));
    });
}

void MainWindow::syncNow()
{
    sync::SyncEngine *engine = m_session->engine();
    if (!engine || !m_session->isUnlocked())
        return;
    if (!m_session->isSignedIn()) {
        m_syncState->setText(tr("Not signed in"));
        return;
    }
    if (engine->state() == sync::SyncEngine::State::Syncing)
        return;
    m_quietSync = engine->isFirstSync();
    engine->sync();
}

void MainWindow::onSyncState(int state)
{
    using State = sync::SyncEngine::State;
    switch (State(state)) {
    case State::Idle:
        m_statusText = tr("Up to date");
        break;
    case State::Syncing:
        m_statusText = tr("Syncing…");
        m_progress->setRange(0, 0); // busy until the first progress report
        m_progress->show();
        break;
    case State::Offline:
        m_statusText = tr("Offline");
        break;
    case State::Failed:
        m_statusText = tr("The last sync failed");
        break;
    case State::Cancelled:
        m_statusText = tr("Sync cancelled");
        break;
    }
    if (State(state) != State::Syncing)
        m_progress->hide();
    m_syncAction->setEnabled(State(state) != State::Syncing);
    m_syncState->setText(m_statusText);
}

void MainWindow::onSyncProgress(int itemsDone, int itemsTotal, qint64 bytesDone, qint64 bytesTotal)
{
    // Downloads in bytes when there are any, otherwise the items of the sync.
    if (bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(bytesDone * 1000 / bytesTotal, 0, 1000)));
    } else if (itemsTotal > 0) {
        m_progress->setRange(0, itemsTotal);
        m_progress->setValue(qBound(0, itemsDone, itemsTotal));
    }
}

void MainWindow::onSyncFinished(bool ok, const net::ApiError &error)
{
    m_progress->hide();
    if (ok) {
        m_lastSync = QDateTime::currentDateTimeUtc();
        if (m_session->isUnlocked())
            m_session->archive()->setMeta(QLatin1StringView(kLastSyncMeta),
                                          m_lastSync.toString(Qt::ISODate));
        setOffline(false);
    } else if (error.kind == net::ApiError::Kind::Network ||
               error.kind == net::ApiError::Kind::Timeout) {
        setOffline(true);
    }
    m_quietSync = false;
    reloadViews();
    if (!ok && error.kind != net::ApiError::Kind::Cancelled) {
        qCInfo(lcShell) << "sync failed:" << net::ApiError::kindName(error.kind) << error.code;
        m_syncState->setText(ErrorText::forApi(error));
    }
    emit syncFinished(ok);
}

void MainWindow::updateLastSync()
{
    m_lastSyncLabel->setText(
        m_lastSync.isValid()
            ? tr("Last sync: %1")
                  .arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synced yet"));
}

void MainWindow::setOffline(bool offline)
{
    m_offline->setVisible(offline);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    emit notified(title, text);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, icon("citizen-profile"));
    statusBar()->showMessage(text, 10000);
}

// --- account -----------------------------------------------------------------------------

void MainWindow::signOut()
{
    m_syncTimer.stop();
    if (sync::SyncEngine *engine = m_session->engine())
        engine->cancel();
    m_session->signOut([](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcShell) << "sign-out incomplete:" << error;
    });
    // signedOut() shows the sign-in again.
}

void MainWindow::wipe()
{
    m_syncTimer.stop();
    emit clearSensitiveRequested();
    m_session->wipe([this](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcShell) << "local data not fully removed:" << error;
        m_lastSync = {};
        updatePending(0);
        updateLastSync();
        setOffline(false);
        m_syncState->setText(ok ? tr("All local data has been deleted.")
                                : tr("Some local files could not be deleted."));
        // The settings file is gone; the values in memory go back to their defaults.
        for (session::Setting key :
             {session::Setting::ServerUrl, session::Setting::CaFile, session::Setting::PinSha256,
              session::Setting::Http2, session::Setting::SyncIntervalMinutes,
              session::Setting::OfflineSizeCapMiB, session::Setting::AutoLockMinutes,
              session::Setting::ClipboardSeconds, session::Setting::Language})
            m_session->settings().reset(key);
        m_settings->reload();
        m_root->setCurrentIndex(SetupRootPage);
    });
}

// --- the window ------------------------------------------------------------------------------

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_windowState->setValue(QStringLiteral("geometry"), saveGeometry());
    m_windowState->setValue(QStringLiteral("state"), saveState());
    m_windowState->setValue(QStringLiteral("area"), m_nav->currentRow());
    m_windowState->sync();
    // Only the window's place and size, yet the folder's rule holds: 0600.
    QFile::setPermissions(m_windowState->fileName(), QFile::ReadOwner | QFile::WriteOwner);
    QMainWindow::closeEvent(event);
}

} // namespace cp::ui
