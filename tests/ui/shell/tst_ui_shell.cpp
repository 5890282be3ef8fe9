// The shell against the real profile-server: the first run driven without a
// human (server, archive in the keychain, sign-in with the test playing the
// browser), a sync that fills the status bar and the pending badge, the
// activity timeline (refused fetches marked; QAbstractItemModelTester), lock
// with Ctrl+L and unlock with the keychain, switching the language, and the
// executable's --help and --version without any display.
#include "common/signedinwindow.h"
#include "serverfixture.h"
#include "session/profilesession.h"
#include "shell/activityfiltermodel.h"
#include "shell/activitymodel.h"
#include "shell/activityview.h"
#include "shell/commandline.h"
#include "shell/firstrundialog.h"
#include "shell/idlewatcher.h"
#include "shell/mainwindow.h"
#include "shell/singleinstance.h"
#include "storage/archivedatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <memory>

#include <signal.h>

using namespace cp;
using namespace cp::testing;

namespace {

// A translator of the navigation alone, to see the window follow a change of
// language whatever the product's files hold.
class NavigationInRussian : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "cp::ui::MainWindow") != 0)
            return {};
        if (qstrcmp(source, "Profile") == 0)
            return QStringLiteral("Профиль");
        if (qstrcmp(source, "Consents (%1)") == 0)
            return QStringLiteral("Согласия (%1)");
        return {};
    }
};

} // namespace

class TestUiShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void commandLine_data();
    void commandLine();
    void executableWithoutDisplay_data();
    void executableWithoutDisplay();
    void firstRunRefusesPlainHttp();
    void firstRunSignInAndSync();
    void notificationsTellWhatArrived();
    void activityTimeline();
    void lockAndUnlock();
    void switchLanguage();
    void idleWatcherLocksAfterIdle();
    void secondInstanceRaisesTheFirst();
    void firstRunNamesUntrustedServer();
    void firstRunNamesUnreachableServer();
    void wrongPassphraseIsSaid();
    void terminationSignalClosesTheArchive();
    void restartUnlocksAndRestoresSignIn();
    void damageUnseenAtTheStartIsFoundAndSetAside();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    ServerFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<session::ProfileSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QUrl m_authorizationUrl;
    QString m_keychainService =
        QStringLiteral("cp-test-shell-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestUiShell::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    // A keychain service of this run only: never the citizen's real entries.
    m_session = std::make_unique<session::ProfileSession>(m_dir.filePath(QStringLiteral("data")),
                                                          m_keychainService);
    QVERIFY(m_session->loadSettings(&error));
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->setTranslationDirectory(QStringLiteral(CP_QM_DIR));
    m_window->setLanguage(QStringLiteral("en"));
    m_window->setUrlOpener([this](const QUrl &url) {
        m_authorizationUrl = url;
        return true;
    });
    m_window->show();
    m_window->start();
}

void TestUiShell::cleanupTestCase()
{
    if (m_session && m_session->isUnlocked()) {
        // Leaves no keychain entry behind.
        bool done = false;
        m_session->wipe([&done](bool, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }
    m_window.reset();
    m_session.reset();
}

void TestUiShell::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("language");
    using A = ui::CommandLine::Action;
    QTest::newRow("nothing") << QStringList{} << int(A::Run) << QString() << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(A::Help) << QString()
                          << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << int(A::Version)
                             << QString() << QString();
    QTest::newRow("options") << QStringList{QStringLiteral("--server"),
                                            QStringLiteral("https://a.example"),
                                            QStringLiteral("--lang=ru")}
                             << int(A::Run) << QStringLiteral("https://a.example")
                             << QStringLiteral("ru");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
                                  << int(A::Error) << QString() << QStringLiteral("de");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--ca")} << int(A::Error) << QString() << QString();
    QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")} << int(A::Error)
                             << QString() << QString();
}

void TestUiShell::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, server);
    QFETCH(QString, language);
    arguments.prepend(QStringLiteral("citizen-profile"));
    const ui::CommandLine line = ui::CommandLine::parse(arguments);
    QCOMPARE(int(line.action), action);
    QCOMPARE(line.server, server);
    QCOMPARE(line.language, language);
}

void TestUiShell::executableWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("--version") << QStringLiteral("citizen-profile ");
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--data-dir");
}

void TestUiShell::executableWithoutDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CITIZEN_PROFILE_PATH), {option});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(QString::fromLocal8Bit(process.readAllStandardOutput()).contains(expected),
             qPrintable(expected));
}

void TestUiShell::firstRunRefusesPlainHttp()
{
    ui::FirstRunDialog *dialog = m_window->firstRunDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->step(), ui::FirstRunDialog::Step::Server);
    auto *url = child<QLineEdit>(dialog, "serverUrl");
    QVERIFY(url);
    QCOMPARE(url->accessibleName(), QStringLiteral("Server address"));
    url->setText(
        QString(m_server.baseUrl()).replace(QStringLiteral("https:"), QStringLiteral("http:")));
    QTest::mouseClick(child<QPushButton>(dialog, "serverNext"), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "serverMessage")->text().contains(QStringLiteral("https://")));
    QCOMPARE(dialog->step(), ui::FirstRunDialog::Step::Server);
}

void TestUiShell::firstRunSignInAndSync()
{
    ui::FirstRunDialog *dialog = m_window->firstRunDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "serverUrl")->setText(m_server.baseUrl());
    child<QLineEdit>(dialog, "caFile")->setText(m_server.caPath());
    QTest::mouseClick(child<QPushButton>(dialog, "serverNext"), Qt::LeftButton);
    // The server answers, the archive is made with the keychain: the sign-in step.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ui::FirstRunDialog::Step::SignIn, 30000);
    QVERIFY(m_session->isUnlocked());
    QCOMPARE(m_session->vaultMode(), storage::KeyVault::Mode::Keychain);

    QSignalSpy synced(m_window.get(), &ui::MainWindow::syncFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_authorizationUrl.isValid(), 10000);
    QVERIFY(child<QLineEdit>(dialog, "authorizationUrl")->isVisible());
    QString browserError;
    QVERIFY2(testing::playBrowser(m_server, m_authorizationUrl, &browserError),
             qPrintable(browserError));

    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->firstRunDialog(), 10000);
    QVERIFY(synced.wait(120000) || synced.count() > 0);
    QCOMPARE(synced.first().at(0).toBool(), true);

    auto *lastSync = child<QLabel>(m_window.get(), "lastSync");
    QVERIFY(lastSync->text().startsWith(QStringLiteral("Last sync: ")));
    QVERIFY(!child<QLabel>(m_window.get(), "offlineIndicator")->isVisible());
    QCOMPARE(m_window->pendingCount(), 3);
    auto *nav = child<QListWidget>(m_window.get(), "navigation");
    QCOMPARE(nav->count(), 5);
    QCOMPARE(nav->item(int(ui::MainWindow::Area::Consents))->text(),
             QStringLiteral("Consents (3)"));
}

void TestUiShell::notificationsTellWhatArrived()
{
    // Three things happen at the server after the first sync: a bank asks
    // for consent, the e-mail register sends a new version of the contacts,
    // and an ordered document is issued. The next sync announces each once,
    // by the names of things only, never a value.
    const Tokens citizen = m_server.signIn();
    QVERIFY(!citizen.access.isEmpty());
    const QString number = m_server.citizenSnils(citizen.access);
    QVERIFY(!number.isEmpty());
    const QDate today = QDate::currentDate();
    const QJsonObject request{
        {QStringLiteral("citizen"), QJsonObject{{QStringLiteral("snils"), number}}},
        {QStringLiteral("processors"), QJsonArray{}},
        {QStringLiteral("purpose"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("CREDIT_CONSUMER")},
                     {QStringLiteral("text"), QStringLiteral("Кредитная карта")}}},
        {QStringLiteral("records"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("fio_bio")},
                                {QStringLiteral("required"), true}}}},
        {QStringLiteral("actions"), QJsonArray{QStringLiteral("USE_DATA")}},
        {QStringLiteral("operation"), QStringLiteral("financial_individual")},
        {QStringLiteral("access"), QStringLiteral("one_time")},
        {QStringLiteral("term"),
         QJsonObject{{QStringLiteral("from"), today.toString(Qt::ISODate)},
                     {QStringLiteral("until"), today.addDays(30).toString(Qt::ISODate)}}},
        {QStringLiteral("answer_by"),
         QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)}};
    const Reply created = m_server.createConsentRequest(QStringLiteral("org-bank"), request);
    QVERIFY2(created.status == 201, created.body.constData());
    const QString newEmail = QStringLiteral("new.address@example.ru");
    QVERIFY(m_server.registerUpdate(QStringLiteral("demo"), QStringLiteral("contacts"),
                                    {{QStringLiteral("email"), newEmail}}));
    const Reply order =
        m_server.postJson(QStringLiteral("/api/v1/orders"),
                          {{QStringLiteral("kind"), QStringLiteral("pension_account_statement")}},
                          citizen.access, {{"Idempotency-Key", "shell-notify-order-1"}});
    QCOMPARE(order.status, 202);
    const QString orderPath =
        QStringLiteral("/api/v1/orders/") + order.json().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_server.get(orderPath, citizen.access).json().value(u"state").toString(),
        QStringLiteral("fulfilled"), 20000);

    QSignalSpy notified(m_window.get(), &ui::MainWindow::notified);
    QSignalSpy synced(m_window.get(), &ui::MainWindow::syncFinished);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5); // Sync, from the keyboard
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().at(0).toBool(), true);
    QStringList titles;
    for (const QList<QVariant> &arguments : notified) {
        titles.append(arguments.at(0).toString());
        const QString text = arguments.at(1).toString();
        QVERIFY2(!text.contains(newEmail) && !text.contains(number), qPrintable(text));
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("A record has changed"),
                                  QStringLiteral("New consent request"),
                                  QStringLiteral("Ordered document arrived")}));
    for (const QList<QVariant> &arguments : notified) {
        if (arguments.at(0).toString() == u"New consent request")
            QVERIFY2(arguments.at(1).toString().contains(QStringLiteral("«Волжский кредит»")),
                     qPrintable(arguments.at(1).toString()));
        if (arguments.at(0).toString() == u"A record has changed")
            QCOMPARE(arguments.at(1).toString(),
                     QStringLiteral("Contacts was updated by its register."));
    }
    // The status bar says the last of them, for a desktop without a tray.
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_window->pendingCount(), 4);
}

void TestUiShell::activityTimeline()
{
    QVERIFY(m_session->isUnlocked());
    ui::ActivityView *view = m_window->activityView();
    ui::ActivityModel *model = view->model();
    // Out of sight the log is not read; shown, it is.
    m_window->showArea(ui::MainWindow::Area::Profile);
    QVERIFY(!view->isVisible());
    view->reload();
    QCOMPARE(model->rowCount(), 0);
    m_window->showArea(ui::MainWindow::Area::Activity);
    QTRY_VERIFY(model->rowCount() > 0);

    ui::ActivityModel fresh;
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::ActivityFilterModel filter;
    filter.setSourceModel(&fresh);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    fresh.reload(*m_session->archive());
    QCOMPARE(fresh.rowCount(), model->rowCount());

    // Refused fetches are there and marked.
    int refused = 0;
    int fetched = 0;
    for (int row = 0; row < fresh.rowCount(); ++row) {
        const QModelIndex index = fresh.index(row, ui::ActivityModel::EventColumn);
        if (index.data(ui::ActivityModel::RefusedRole).toBool()) {
            ++refused;
            QVERIFY(index.data().toString().startsWith(QStringLiteral("Refused: ")));
            QVERIFY(!index.data(Qt::DecorationRole).isNull());
            QVERIFY(!fresh.index(row, ui::ActivityModel::WhoColumn).data().toString().isEmpty());
        } else if (index.data(ui::ActivityModel::KindRole).toInt() ==
                   int(ui::ActivityModel::Kind::Access)) {
            ++fetched;
        }
    }
    QVERIFY(refused > 0);
    QVERIFY(fetched > 0);

    // Filter by kind, then by text; sort by time.
    filter.setKind(ui::ActivityModel::Kind::RefusedAccess);
    QCOMPARE(filter.rowCount(), refused);
    const QString who = filter.index(0, ui::ActivityModel::WhoColumn).data().toString();
    filter.setKind(std::nullopt);
    filter.setText(who);
    QVERIFY(filter.rowCount() > 0);
    QVERIFY(filter.rowCount() < fresh.rowCount());
    const int byWho = filter.rowCount();
    // Whatever the case of the query (the rows' texts are folded once).
    filter.setText(who.toUpper());
    QCOMPARE(filter.rowCount(), byWho);
    filter.setText(who.toLower());
    QCOMPARE(filter.rowCount(), byWho);
    filter.setText(QStringLiteral("no such text anywhere 4711"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setText({});
    filter.sort(ui::ActivityModel::WhenColumn, Qt::AscendingOrder);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, 0).data(ui::ActivityModel::SortRole).toDateTime() <=
                filter.index(row, 0).data(ui::ActivityModel::SortRole).toDateTime());
    fresh.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestUiShell::lockAndUnlock()
{
    QVERIFY(m_session->isUnlocked());
    QVERIFY(m_window->activityView()->model()->rowCount() > 0);
    // Shortcuts reach only the active window.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isLocked());
    QCOMPARE(m_window->activityView()->model()->rowCount(), 0);
    QWidget *unlockPage = child<QWidget>(m_window.get(), "unlockPage");
    QVERIFY(unlockPage);
    QTRY_VERIFY(unlockPage->isVisible());
    QVERIFY(!m_window->activityView()->isVisible());

    // The keychain gives the key back.
    QSignalSpy ready(m_window.get(), &ui::MainWindow::ready);
    auto *unlock = child<QPushButton>(unlockPage, "unlockButton");
    QCOMPARE(unlock->accessibleName(), QStringLiteral("Unlock"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(ready.wait(20000));
    QVERIFY(!m_window->isLocked());
    QVERIFY(!unlockPage->isVisible());
    QTRY_VERIFY(m_window->activityView()->model()->rowCount() > 0);
    QCOMPARE(m_window->pendingCount(), 4);
}

void TestUiShell::switchLanguage()
{
    auto *nav = child<QListWidget>(m_window.get(), "navigation");
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Profile"));

    // The mechanism: installing a translator retranslates the window (LanguageChange is posted).
    NavigationInRussian navigation;
    QVERIFY(QCoreApplication::installTranslator(&navigation));
    QTRY_COMPARE(nav->item(int(ui::MainWindow::Area::Profile))->text(), QStringLiteral("Профиль"));
    QTRY_COMPARE(nav->item(int(ui::MainWindow::Area::Consents))->text(),
                 QStringLiteral("Согласия (4)"));
    QVERIFY(QCoreApplication::removeTranslator(&navigation));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Profile"));

    // The product's Russian file, as the Settings screen switches to it.
    m_window->setLanguage(QStringLiteral("ru"));
    QTranslator russian;
    QVERIFY(russian.load(QStringLiteral("citizen-profile_ru"), QStringLiteral(CP_QM_DIR)));
    const QString profile = russian.translate("cp::ui::MainWindow", "Profile");
    const QString activity = russian.translate("cp::ui::MainWindow", "Activity");
    if (profile.isEmpty()) {
        m_window->setLanguage(QStringLiteral("en"));
        QSKIP("translations/citizen-profile_ru.ts has no entries of cp::ui::MainWindow yet");
    }
    QTRY_COMPARE(nav->item(0)->text(), profile);
    QTRY_COMPARE(nav->item(int(ui::MainWindow::Area::Activity))->text(), activity);
    QTRY_COMPARE(m_window->windowTitle(),
                 russian.translate("cp::ui::MainWindow", "Citizen Profile"));
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Profile"));
}

void TestUiShell::idleWatcherLocksAfterIdle()
{
    ui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    watcher.setTimeout(std::chrono::milliseconds(300));
    QTest::qWait(500);
    QCOMPARE(idle.count(), 0); // not active: locked already
    watcher.setActive(true);
    // Input keeps it from firing…
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
    }
    QCOMPARE(idle.count(), 0);
    // …silence does not.
    QVERIFY(idle.wait(2000));
    watcher.setMinutes(0); // off
    QTest::qWait(400);
    QCOMPARE(idle.count(), 1);
}

void TestUiShell::secondInstanceRaisesTheFirst()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("instance"));
    ui::SingleInstance first(dataDir);
    QSignalSpy firstPrimary(&first, &ui::SingleInstance::primary);
    QSignalSpy raise(&first, &ui::SingleInstance::raiseRequested);
    first.start();
    QVERIFY(firstPrimary.count() == 1 || firstPrimary.wait(5000));

    ui::SingleInstance second(dataDir);
    QSignalSpy secondRunning(&second, &ui::SingleInstance::alreadyRunning);
    QSignalSpy secondPrimary(&second, &ui::SingleInstance::primary);
    second.start();
    QVERIFY(secondRunning.count() == 1 || secondRunning.wait(5000));
    QVERIFY(raise.count() == 1 || raise.wait(5000));
    QCOMPARE(secondPrimary.count(), 0);

    // Another data folder is another instance.
    ui::SingleInstance other(m_dir.filePath(QStringLiteral("other")));
    QSignalSpy otherPrimary(&other, &ui::SingleInstance::primary);
    other.start();
    QVERIFY(otherPrimary.count() == 1 || otherPrimary.wait(5000));
}

void TestUiShell::firstRunNamesUntrustedServer()
{
    // The real server, but trusting only the system's CAs: its certificate is not trusted.
    session::ProfileSession other(m_dir.filePath(QStringLiteral("untrusted")), m_keychainService);
    ui::FirstRunDialog dialog(&other, ui::FirstRunDialog::Step::Server);
    dialog.show();
    child<QLineEdit>(&dialog, "serverUrl")->setText(m_server.baseUrl());
    child<QLineEdit>(&dialog, "caFile")->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "serverNext"), Qt::LeftButton);
    auto *message = child<QLabel>(&dialog, "serverMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("not trusted")), 30000);
    QCOMPARE(dialog.step(), ui::FirstRunDialog::Step::Server);
    QCOMPARE(other.vaultMode(), storage::KeyVault::Mode::None); // nothing created
}

void TestUiShell::firstRunNamesUnreachableServer()
{
    // A port of this machine where nothing listens any more.
    const quint16 port = freeLocalPort();
    QVERIFY(port != 0);
    session::ProfileSession other(m_dir.filePath(QStringLiteral("unreachable")), m_keychainService);
    ui::FirstRunDialog dialog(&other, ui::FirstRunDialog::Step::Server);
    dialog.show();
    child<QLineEdit>(&dialog, "serverUrl")
        ->setText(QStringLiteral("https://127.0.0.1:%1").arg(port));
    child<QLineEdit>(&dialog, "caFile")->setText(m_server.caPath());
    auto *next = child<QPushButton>(&dialog, "serverNext");
    QTest::mouseClick(next, Qt::LeftButton);
    auto *message = child<QLabel>(&dialog, "serverMessage");
    QTRY_COMPARE_WITH_TIMEOUT(
        message->text(),
        QStringLiteral("The server cannot be reached. Check the address and the connection."),
        30000);
    QVERIFY(next->isEnabled()); // the citizen can correct the address and try again
    QCOMPARE(dialog.step(), ui::FirstRunDialog::Step::Server);
    QCOMPARE(other.vaultMode(), storage::KeyVault::Mode::None); // nothing created
}

void TestUiShell::wrongPassphraseIsSaid()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("passphrase"));
    const QByteArray passphrase("correct horse battery staple");
    // Its own keychain service: the sign-in kept by the other tests is not this archive's.
    const QString service = m_keychainService + QStringLiteral("-passphrase");
    {
        session::ProfileSession maker(dataDir, service);
        maker.settings().setValue(session::Setting::ServerUrl, m_server.baseUrl());
        maker.settings().setValue(session::Setting::CaFile, m_server.caPath());
        QString error;
        QVERIFY(maker.settings().save(&error));
        bool created = false;
        maker.createWithPassphrase(passphrase, [&](bool ok, const QString &) { created = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(created, 30000);
    }
    session::ProfileSession session(dataDir, service);
    QString error;
    QVERIFY(session.loadSettings(&error));
    ui::MainWindow window(&session);
    window.show();
    window.start();
    auto *page = child<QWidget>(&window, "unlockPage");
    QTRY_VERIFY(page->isVisible());
    auto *field = child<QLineEdit>(page, "unlockPassphrase");
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, QStringLiteral("wrong passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page, "unlockMessage")->text(),
                              QStringLiteral("The passphrase is not correct."), 30000);
    QVERIFY(window.isLocked());
    QVERIFY(field->text().isEmpty());
    QSignalSpy ready(&window, &ui::MainWindow::ready);
    QTest::keyClicks(field, QString::fromUtf8(passphrase));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(ready.wait(30000));
    QVERIFY(!window.isLocked());
    // Never signed in with this archive: the sign-in step comes next.
    QTRY_VERIFY(window.firstRunDialog());
    QCOMPARE(window.firstRunDialog()->step(), ui::FirstRunDialog::Step::SignIn);
    window.firstRunDialog()->reject();
    session.lock();
}

void TestUiShell::terminationSignalClosesTheArchive()
{
    // SIGTERM (the desktop session ending) ends the executable as closing its
    // window does: main() returns, the archive is closed and recorded as
    // cleanly closed (so that the next start opens it at once).
    const QString dataDir = m_dir.filePath(QStringLiteral("signal"));
    {
        // The keychain service of the executable (this run's keyring only).
        session::ProfileSession maker(dataDir);
        maker.settings().setValue(session::Setting::ServerUrl, m_server.baseUrl());
        maker.settings().setValue(session::Setting::CaFile, m_server.caPath());
        QString error;
        QVERIFY(maker.settings().save(&error));
        bool created = false;
        maker.createWithKeychain([&](bool ok, const QString &) { created = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(created, 30000);
    }
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(dataDir));
    auto forgetKey = qScopeGuard([&dataDir]() {
        session::ProfileSession cleaner(dataDir);
        QString error;
        cleaner.loadSettings(&error);
        bool done = false;
        cleaner.unlockWithKeychain([&](bool ok, const QString &) {
            if (!ok)
                done = true;
            else
                cleaner.wipe([&](bool, const QString &) { done = true; });
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    });

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("cp.ui.info=true;cp.session.info=true"));
    app.setProcessEnvironment(env);
    QByteArray output;
    connect(&app, &QProcess::readyReadStandardError, this,
            [&]() { output += app.readAllStandardError(); });
    app.start(QStringLiteral(CITIZEN_PROFILE_PATH), {QStringLiteral("--data-dir"), dataDir});
    QVERIFY(app.waitForStarted(20000));
    QTRY_VERIFY2_WITH_TIMEOUT(output.contains("the views are filled from the archive"),
                              output.constData(), 30000);
    // Opened on its clean close alone, then checked on a worker.
    QTRY_VERIFY2_WITH_TIMEOUT(output.contains("the archive passed its check"), output.constData(),
                              30000);
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dataDir)); // open
    app.terminate();                                                // SIGTERM
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not ended by the signal
    QCOMPARE(app.exitCode(), 128 + SIGTERM);
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(dataDir));
}

void TestUiShell::restartUnlocksAndRestoresSignIn()
{
    // A new start over the same data folder: the keychain unlocks the archive
    // and keeps the sign-in, so the window syncs without asking anything.
    // The window comes back where and as it was left, on the same section.
    m_window->showArea(ui::MainWindow::Area::Documents);
    m_window->resize(1000, 700);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    m_window->close();
    const QString windowState = m_dir.filePath(QStringLiteral("data/window.ini"));
    QVERIFY(QFile::exists(windowState));
    const QFile::Permissions mode = QFile::permissions(windowState);
    QVERIFY(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther |
                      QFile::ExeGroup | QFile::ExeOther))); // 0600
    m_window.reset();
    m_session.reset();
    // Closed cleanly: the next start opens the archive without reading it
    // whole first (and checks it a moment later).
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(m_dir.filePath(QStringLiteral("data"))));
    m_session = std::make_unique<session::ProfileSession>(m_dir.filePath(QStringLiteral("data")),
                                                          m_keychainService);
    QString error;
    QVERIFY(m_session->loadSettings(&error));
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->setUrlOpener([](const QUrl &) { return false; });
    QSignalSpy synced(m_window.get(), &ui::MainWindow::syncFinished);
    m_window->show();
    m_window->start();
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().at(0).toBool(), true);
    QVERIFY(!m_window->firstRunDialog());
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_window->pendingCount(), 4);
    QVERIFY(child<QLabel>(m_window.get(), "lastSync")->text().startsWith(u"Last sync: "));
    QCOMPARE(m_window->size(), QSize(1000, 700));
    QCOMPARE(child<QListWidget>(m_window.get(), "navigation")->currentRow(),
             int(ui::MainWindow::Area::Documents));
}

void TestUiShell::damageUnseenAtTheStartIsFoundAndSetAside()
{
    // A disk changes a page of the archive after a clean close and the file's
    // times stay as they were: the next start opens it without its check (it
    // looks as it was left), and the check that follows on a worker finds the
    // damage. The archive is set aside as an open would have done, its bytes
    // kept, and a full sync makes it again — with the window open throughout.
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // The start before opened the archive on its clean close alone: once
    // its late check has passed, its close records a clean close again.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->archive()->isChecked(), 30000);
    m_window->close();
    m_window.reset();
    m_session.reset();
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(data));
    // A page of the access log, which the open does not read (the activity
    // page reads it later, on a worker): its b-tree page type.
    const QString path = data + QStringLiteral("/archive.sqlite");
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"pages"_qs);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'access_log' "
                                       "AND pagetype = 'leaf'")) &&
                     q.next(),
                 qPrintable(q.lastError().text()));
        page = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pages"_qs);
    QVERIFY(page > 1);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const int pageSize = (uchar(header.at(16)) << 8) | uchar(header.at(17));
        const qint64 offset = (page - 1) * pageSize;
        QVERIFY(file.seek(offset));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(offset));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }
    QVERIFY(!storage::ArchiveDatabase::fileIsSound(data));
    storage::ArchiveDatabase::recordCleanClose(data); // the times as if unwritten
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(data));

    m_session = std::make_unique<session::ProfileSession>(data, m_keychainService);
    QString error;
    QVERIFY(m_session->loadSettings(&error));
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->setUrlOpener([](const QUrl &) { return false; });
    QSignalSpy unlocked(m_session.get(), &session::ProfileSession::unlocked);
    QSignalSpy synced(m_window.get(), &ui::MainWindow::syncFinished);
    m_window->show();
    m_window->start();
    QVERIFY(unlocked.wait(30000));
    QVERIFY(m_session->quarantinedArchive().isEmpty()); // opened as it was
    QVERIFY(unlocked.wait(30000));                      // opened again, set aside
    synced.clear(); // a sync into the damaged archive may have ended meanwhile
    const QString aside = m_session->quarantinedArchive();
    QVERIFY(!aside.isEmpty());
    QVERIFY(QFile::exists(aside));
    QVERIFY(!m_window->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(
        !synced.isEmpty() && synced.last().at(0).toBool() && m_window->pendingCount() == 4, 60000);
    QVERIFY(!m_session->archive()->latestRecords().isEmpty());
    QVERIFY(storage::ArchiveDatabase::fileIsSound(data));
}

QTEST_MAIN(TestUiShell)
#include "tst_ui_shell.moc"
