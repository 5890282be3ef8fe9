// citizen-profile-screenshots: grabs the main window's five screens and the
// decision dialog, in Russian and English, for docs/screenshots/. It runs
// the real window against the real demo server, signed in the way a citizen
// signs in (the program plays the browser, as the shell's test does), so
// the pictures show what the app shows and not a mock-up.
#include "consents/consentrequestdialog.h"
#include "consents/consentsview.h"
#include "serverfixture.h"
#include "session/profilesession.h"
#include "shell/firstrundialog.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include <cstdio>
#include <functional>
#include <memory>

using namespace cp;

namespace {

// The pending request of the demo data that asks the most: its dialog shows
// every part of the decision.
constexpr auto kDemoRequest = "req-0007";

int fail(const QString &message)
{
    std::fprintf(stderr, "citizen-profile-screenshots: %s\n", qPrintable(message));
    return 1;
}

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    return QTest::qWaitFor(condition, milliseconds);
}

// Lets layouts, lazy loads and repaints settle before a grab, so no picture
// catches a half-laid-out view.
void settle()
{
    QTest::qWait(400);
    QApplication::processEvents();
}

// The login page, then the form as a browser posts it, then the redirect to
// the app's loopback listener.
bool playBrowser(testing::ServerFixture &server, const QUrl &url, QString *error)
{
    const testing::Reply page =
        server.get(url.path() + QStringLiteral("?") + url.query(QUrl::FullyEncoded));
    if (page.status != 200) {
        *error = QStringLiteral("the login page answered %1").arg(page.status);
        return false;
    }
    QList<QPair<QString, QString>> form = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    form.append({QStringLiteral("login"), QStringLiteral("demo")});
    form.append({QStringLiteral("password"), QStringLiteral("demo-2026")});
    form.append({QStringLiteral("action"), QStringLiteral("login")});
    const testing::Reply submitted = server.postForm(url.path(), form);
    if (submitted.status != 302) {
        *error = QStringLiteral("the login form answered %1").arg(submitted.status);
        return false;
    }
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> back(
        browser.get(QNetworkRequest(QUrl(QString::fromUtf8(submitted.header("Location"))))));
    if (!waitFor([&]() { return back->isFinished(); }, 20000) ||
        back->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("the redirect to the app failed: ") + back->errorString();
        return false;
    }
    return true;
}

bool save(const QPixmap &pixmap, const QDir &out, const QString &name)
{
    const QString path = out.filePath(name);
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return false;
    std::printf("%s\n", qPrintable(path));
    return true;
}

// One language: a new archive, a sign-in and a sync, then a window built
// with the translator already installed. The documents and consents views
// set their texts when they are built and do not follow a later change of
// language, so each language gets a window of its own.
int capture(testing::ServerFixture &server, const QString &lang, const QDir &out)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/citizen-profile_") + lang + ".qm"))
        return fail(QStringLiteral("no embedded translation for ") + lang);
    QCoreApplication::installTranslator(&translator);
    // The locale too: dates and roubles are formatted by it, not by the
    // translator.
    QLocale::setDefault(
        QLocale(lang == QStringLiteral("ru") ? QLocale::Russian : QLocale::English));

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    QString error;
    // A keychain service of this run only, should a keychain answer at all;
    // the archive itself is made with a passphrase so that none is needed.
    session::ProfileSession session(dir.filePath(QStringLiteral("data")),
                                    QStringLiteral("citizen-profile-screenshots"));
    if (!session.loadSettings(&error))
        return fail(QStringLiteral("settings: ") + error);
    session.settings().setValue(session::Setting::ServerUrl, server.baseUrl());
    session.settings().setValue(session::Setting::CaFile, server.caPath());
    if (!session.configureServer(&error))
        return fail(QStringLiteral("server settings: ") + error);

    ui::MainWindow window(&session);
    QUrl authorizationUrl;
    window.setUrlOpener([&authorizationUrl](const QUrl &url) {
        authorizationUrl = url;
        return true;
    });
    window.setLanguage(lang); // the window's own switcher, as the app sets it
    window.show();
    // After show(): the window restores no geometry here (fresh data folder),
    // and every picture has the same size.
    window.resize(1280, 800);

    // Unlocking the new archive makes the window ask for the sign-in, as on a
    // first run that has passed the server step.
    bool created = false;
    bool createdOk = false;
    session.createWithPassphrase("a passphrase for the screenshots",
                                 [&](bool ok, const QString &message) {
                                     createdOk = ok;
                                     error = message;
                                     created = true;
                                 });
    if (!waitFor([&]() { return created; }, 60000) || !createdOk)
        return fail(QStringLiteral("the archive was not made: ") + error);
    if (!waitFor([&]() { return window.firstRunDialog() != nullptr; }, 20000))
        return fail(QStringLiteral("the sign-in was not asked for"));
    ui::FirstRunDialog *firstRun = window.firstRunDialog();
    if (!waitFor([&]() { return firstRun->step() == ui::FirstRunDialog::Step::SignIn; }, 20000))
        return fail(QStringLiteral("the first run did not reach the sign-in"));

    bool synced = false;
    bool syncedOk = false;
    QObject::connect(&window, &ui::MainWindow::syncFinished, &window, [&](bool ok) {
        syncedOk = ok;
        synced = true;
    });
    auto *signInButton = firstRun->findChild<QPushButton *>(QStringLiteral("signInButton"));
    if (!signInButton)
        return fail(QStringLiteral("no sign-in button"));
    signInButton->click();
    if (!waitFor([&]() { return authorizationUrl.isValid(); }, 10000))
        return fail(QStringLiteral("no authorization URL"));
    if (!playBrowser(server, authorizationUrl, &error))
        return fail(error);
    if (!waitFor([&]() { return synced; }, 120000) || !syncedOk)
        return fail(QStringLiteral("the first sync did not succeed"));

    auto *consents = window.findChild<ui::ConsentsView *>();
    if (!consents)
        return fail(QStringLiteral("the consents view is not built in"));

    const struct
    {
        ui::MainWindow::Area area;
        const char *name;
    } screens[] = {{ui::MainWindow::Area::Profile, "profile"},
                   {ui::MainWindow::Area::Documents, "documents"},
                   {ui::MainWindow::Area::Consents, "consents"},
                   {ui::MainWindow::Area::Activity, "activity"},
                   {ui::MainWindow::Area::Settings, "settings"}};
    settle();
    for (const auto &screen : screens) {
        window.showArea(screen.area);
        settle();
        const QString name = QString::fromLatin1(screen.name) + u'-' + lang + ".png";
        if (!save(window.grab(), out, name))
            return fail(QStringLiteral("cannot write ") + name);
    }
    window.showArea(ui::MainWindow::Area::Consents);
    ui::ConsentRequestDialog *dialog = consents->openRequest(QString::fromLatin1(kDemoRequest));
    if (!dialog)
        return fail(QStringLiteral("no pending request ") + QLatin1StringView(kDemoRequest));
    if (!waitFor([&]() { return dialog->isVisible(); }, 10000))
        return fail(QStringLiteral("the decision dialog did not open"));
    // Its own size shows little more than the organisation; a larger one
    // shows the purpose and the requested records too.
    dialog->resize(820, 760);
    settle();
    const QString name = QStringLiteral("decision-") + lang + QStringLiteral(".png");
    if (!save(dialog->grab(), out, name))
        return fail(QStringLiteral("cannot write ") + name);
    dialog->reject();
    window.close();
    settle();
    QCoreApplication::removeTranslator(&translator);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citizen-profile"));
    QApplication::setApplicationDisplayName(QStringLiteral("Citizen Profile"));
    if (argc != 2)
        return fail(QStringLiteral("usage: citizen-profile-screenshots OUTPUT-FOLDER"));
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.path()))
        return fail(QStringLiteral("cannot create %1").arg(out.path()));
    qRegisterMetaType<net::ApiError>();

    testing::ServerFixture server;
    QString error;
    if (!server.start({}, &error))
        return fail(QStringLiteral("the demo server did not start: ") + error);
    for (const char *language : {"ru", "en"}) {
        if (const int result = capture(server, QString::fromLatin1(language), out))
            return result;
    }
    return 0;
}
