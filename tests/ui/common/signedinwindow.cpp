#include "common/signedinwindow.h"

#include "serverfixture.h"
#include "session/profilesession.h"
#include "shell/firstrundialog.h"
#include "shell/mainwindow.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace cp::testing {

bool playBrowser(ServerFixture &server, const QUrl &authorizationUrl, QString *error)
{
    const Reply page = server.get(authorizationUrl.path() + QStringLiteral("?") +
                                  authorizationUrl.query(QUrl::FullyEncoded));
    if (page.status != 200) {
        *error = QStringLiteral("the login page answered %1").arg(page.status);
        return false;
    }
    QList<QPair<QString, QString>> form =
        QUrlQuery(authorizationUrl).queryItems(QUrl::FullyDecoded);
    form.append({QStringLiteral("login"), QStringLiteral("demo")});
    form.append({QStringLiteral("password"), QStringLiteral("demo-2026")});
    form.append({QStringLiteral("action"), QStringLiteral("login")});
    const Reply submitted = server.postForm(authorizationUrl.path(), form);
    if (submitted.status != 302) {
        *error = QStringLiteral("the login form answered %1").arg(submitted.status);
        return false;
    }
    // Back to the app's one-shot listener on loopback, and nowhere else.
    const QUrl redirect(QString::fromUtf8(submitted.header("Location")));
    if (redirect.host() != u"127.0.0.1") {
        *error = QStringLiteral("the login form sent the browser to ") + redirect.host();
        return false;
    }
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> back(browser.get(QNetworkRequest(redirect)));
    if (!QTest::qWaitFor([&]() { return back->isFinished(); }, 20000) ||
        back->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("the redirect to the app failed: ") + back->errorString();
        return false;
    }
    return true;
}

SignedInWindow::SignedInWindow(ServerFixture &server)
    : m_server(server)
{}

SignedInWindow::~SignedInWindow()
{
    m_window.reset();
    m_session.reset();
}

bool SignedInWindow::start(const QString &language, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // A keychain service of this object only, should a keychain answer at
    // all; the archive itself is made with a passphrase.
    m_session = std::make_unique<session::ProfileSession>(
        m_dir.filePath(QStringLiteral("data")),
        QStringLiteral("cp-test-window-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!m_session->loadSettings(error))
        return false;
    m_session->settings().setValue(session::Setting::ServerUrl, m_server.baseUrl());
    m_session->settings().setValue(session::Setting::CaFile, m_server.caPath());
    if (!m_session->configureServer(error))
        return false;

    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->setUrlOpener([this](const QUrl &url) {
        m_authorizationUrl = url;
        return true;
    });
    m_window->setLanguage(language);
    m_window->show();
    // After show(): a fresh data folder restores no geometry.
    m_window->resize(1280, 800);

    // Unlocking the new archive makes the window ask for the sign-in, as on a
    // first run that has passed the server step.
    struct Created
    {
        bool done = false;
        bool ok = false;
        QString message;
    };
    auto created = std::make_shared<Created>(); // the answer may come after a timeout
    m_session->createWithPassphrase(passphrase(), [created](bool ok, const QString &message) {
        *created = {true, ok, message};
    });
    if (!QTest::qWaitFor([&]() { return created->done; }, 60000) || !created->ok) {
        *error = QStringLiteral("the archive was not made: ") + created->message;
        return false;
    }
    if (!QTest::qWaitFor([&]() { return m_window->firstRunDialog() != nullptr; }, 20000)) {
        *error = QStringLiteral("the sign-in was not asked for");
        return false;
    }
    ui::FirstRunDialog *firstRun = m_window->firstRunDialog();
    const auto atSignIn = [firstRun]() {
        return firstRun != nullptr && firstRun->step() == ui::FirstRunDialog::Step::SignIn;
    };
    if (!firstRun || !QTest::qWaitFor(atSignIn, 20000)) {
        *error = QStringLiteral("the first run did not reach the sign-in");
        return false;
    }
    QObject::connect(m_window.get(), &ui::MainWindow::syncFinished, m_window.get(),
                     [this](bool ok) {
                         m_syncs += 1;
                         m_lastSyncOk = ok;
                     });
    auto *signIn = firstRun->findChild<QPushButton *>(QStringLiteral("signInButton"));
    if (!signIn) {
        *error = QStringLiteral("no sign-in button");
        return false;
    }
    signIn->click();
    if (!QTest::qWaitFor([&]() { return m_authorizationUrl.isValid(); }, 10000)) {
        *error = QStringLiteral("no authorization URL");
        return false;
    }
    if (!playBrowser(m_server, m_authorizationUrl, error))
        return false;
    if (!QTest::qWaitFor([&]() { return m_syncs > 0; }, 120000) || !m_lastSyncOk) {
        *error = QStringLiteral("the first sync did not succeed");
        return false;
    }
    m_window->setUrlOpener([](const QUrl &) { return false; });
    return true;
}

} // namespace cp::testing
