// citizen-profile-screenshots: grabs the main window's five screens and the
// decision dialog, in Russian and English, for docs/screenshots/. It runs
// the real window against the real demo server, signed in the way a citizen
// signs in (the program plays the browser, as the shell's test does), so
// the pictures show what the app shows and not a mock-up.
#include "common/signedinwindow.h"
#include "consents/consentrequestdialog.h"
#include "consents/consentsview.h"
#include "net/apierror.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>

#include <cstdio>

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

// Lets layouts, lazy loads and repaints settle before a grab, so no picture
// catches a half-laid-out view.
void settle()
{
    QTest::qWait(400);
    QApplication::processEvents();
}

bool save(const QPixmap &pixmap, const QDir &out, const QString &name)
{
    const QString path = out.filePath(name);
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return false;
    std::printf("%s\n", qPrintable(path));
    return true;
}

// One language: a new archive, a sign-in and a sync, in a window of its own.
int capture(testing::ServerFixture &server, const QString &lang, const QDir &out)
{
    testing::SignedInWindow signedIn(server);
    QString error;
    if (!signedIn.start(lang, &error))
        return fail(error);
    ui::MainWindow &window = *signedIn.window();
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
    if (!QTest::qWaitFor([&]() { return dialog->isVisible(); }, 10000))
        return fail(QStringLiteral("the decision dialog did not open"));
    settle(); // at the size it opens with
    const QString name = QStringLiteral("decision-") + lang + QStringLiteral(".png");
    if (!save(dialog->grab(), out, name))
        return fail(QStringLiteral("cannot write ") + name);
    dialog->reject();
    window.close();
    settle();
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
