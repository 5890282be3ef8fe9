// The citizen's main window: navigation Profile · Documents · Consents (with
// the number of pending requests) · Activity · Settings, a global search box,
// a status bar with the sync state, last sync, offline indicator and
// progress, the Sync (F5) and Lock (Ctrl+L) actions, the tray icon with
// notifications, periodic sync and auto-lock. It runs the flows around the
// views: first run, unlock at start, restoring the sign-in, lock and unlock,
// sign-out and deleting local data. Views get reload() after unlock and after
// every sync, clearSensitive() on lock.
#pragma once

#include "firstrundialog.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QSystemTrayIcon;

namespace cp::net {
struct ApiError;
}

namespace cp::session {
class ProfileSession;
}

namespace cp::ui {

class ActivityView;
class IdleWatcher;
class LanguageSwitcher;
class SettingsView;
class UnlockPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The navigation's rows, in order.
    enum class Area
    {
        Profile,
        Documents,
        Consents,
        Activity,
        Settings
    };
    Q_ENUM(Area)

    explicit MainWindow(session::ProfileSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where the sign-in's authorization URL goes; the system browser by
    // default. Tests receive it here and play the browser.
    void setUrlOpener(FirstRunDialog::UrlOpener opener) { m_opener = std::move(opener); }
    // The folder of citizen-profile_<lang>.qm (":/i18n" in the app).
    void setTranslationDirectory(const QString &directory);
    // Starts the flow: first run, or unlock (and restore the sign-in).
    void start();

    bool isLocked() const;
    int pendingCount() const { return m_pending; }
    void showArea(Area area);
    FirstRunDialog *firstRunDialog() const { return m_firstRun; }
    ActivityView *activityView() const { return m_activity; }

public slots:
    void syncNow();
    void lockNow();
    void raiseWindow();
    // "ru" | "en" | "" (the system's)
    void setLanguage(const QString &language);

signals:
    // To the views.
    void reloadRequested();
    void clearSensitiveRequested();
    void searchChanged(const QString &text);
    // The flow has reached the unlocked content, or a sync has ended.
    void ready();
    void syncFinished(bool ok);
    // A desktop notification (new request, changed record, arrived order):
    // shown by the tray icon where the desktop has one, and in the status bar.
    void notified(const QString &title, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void buildTray();
    QWidget *buildContent();
    QWidget *buildSetupPage();
    void retranslate();
    void updateNavigationTexts();
    void applySettings();

    void showFirstRun(FirstRunDialog::Step step);
    void showUnlockPage(const QString &message = {});
    void unlock(const QByteArray &passphrase);
    void onUnlocked();
    void onLocked();
    void restoreSignIn();
    // Calls `then` once the page in view has its rows: now, or when the
    // section-by-section build or the worker's read of that page ends.
    void whenCurrentPageFilled(const std::function<void()> &then);
    void wireEngine();
    void onSyncState(int state);
    void onSyncProgress(int itemsDone, int itemsTotal, qint64 bytesDone, qint64 bytesTotal);
    void onSyncFinished(bool ok, const net::ApiError &error);
    void reloadViews();
    void updatePending(int count);
    void updateLastSync();
    void setOffline(bool offline);
    void notify(const QString &title, const QString &text);
    void signOut();
    void wipe();
    // The global search reaches the area in view at once and the others
    // when they are shown: filtering every area on every keystroke cost far
    // more than a keystroke may (bench/, figure 6).
    void addSearchTarget(QWidget *page, std::function<void(const QString &)> apply);
    void applySearch(const QString &text);
    void applySearchToCurrentPage();

    session::ProfileSession *m_session;
    FirstRunDialog::UrlOpener m_opener;
    LanguageSwitcher *m_language;
    IdleWatcher *m_idle;
    QSettings *m_windowState;
    QTimer m_syncTimer;
    QPointer<FirstRunDialog> m_firstRun;
    bool m_quietSync = false; // the first sync announces nothing: everything is new
    int m_pending = 0;
    QDateTime m_lastSync;
    QString m_statusText;
    struct SearchTarget
    {
        std::function<void(const QString &)> apply;
        QString applied; // the text this area is filtered by
    };
    QHash<QWidget *, SearchTarget> m_searchTargets;
    QString m_searchText;

    QStackedWidget *m_root;
    QWidget *m_content;
    UnlockPage *m_unlock;
    QWidget *m_setup;
    QLabel *m_setupText;
    QAction *m_setupAction;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    ActivityView *m_activity;
    SettingsView *m_settings;
    QLineEdit *m_search;
    QAction *m_syncAction;
    QAction *m_lockAction;
    QAction *m_quitAction;
    QAction *m_findAction;
    QLabel *m_syncState;
    QLabel *m_lastSyncLabel;
    QLabel *m_offline;
    QProgressBar *m_progress;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace cp::ui
