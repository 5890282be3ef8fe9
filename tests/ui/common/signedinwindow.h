// The real main window over a new archive, signed in to the server fixture
// the way a citizen signs in (the test plays the browser: login page, form,
// redirect to the app's loopback listener) and synced, in one language.
// The widget tests of the whole window and the screenshots tool start here.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace cp::session {
class ProfileSession;
}
namespace cp::ui {
class MainWindow;
}

namespace cp::testing {

class ServerFixture;

// The demo citizen signs in at `authorizationUrl` as a browser would.
bool playBrowser(ServerFixture &server, const QUrl &authorizationUrl, QString *error);

class SignedInWindow
{
public:
    explicit SignedInWindow(ServerFixture &server);
    ~SignedInWindow();
    SignedInWindow(const SignedInWindow &) = delete;
    SignedInWindow &operator=(const SignedInWindow &) = delete;

    // "ru" or "en": the window's own language switch (translator and
    // locale), an archive made with a passphrase (no keychain needed), the
    // sign-in, the first sync. False with the reason in *error.
    bool start(const QString &language, QString *error);

    ui::MainWindow *window() const { return m_window.get(); }
    // The passphrase the archive was made with (unlocking after a lock).
    static QByteArray passphrase() { return "a passphrase of this test window"; }
    // Syncs finished since start(), and whether the last one succeeded.
    int syncs() const { return m_syncs; }
    bool lastSyncOk() const { return m_lastSyncOk; }
    session::ProfileSession *session() const { return m_session.get(); }

private:
    ServerFixture &m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<session::ProfileSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QUrl m_authorizationUrl;
    int m_syncs = 0;
    bool m_lastSyncOk = false;
};

} // namespace cp::testing
