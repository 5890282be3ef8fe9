// The window a citizen sees, checked as laid out: on a 1280×800 desktop at
// 100 % and at 200 % (CP_TEST_SCALE=2: device pixel ratio 2, 2560×1600
// device pixels; the same run otherwise), in Russian and in English, every main
// screen, the window at its smallest, the decision dialog, a record's history
// and the order dialog show all of themselves: nothing clipped, squeezed or
// cut off, no table wider than its screen. Icons are drawn for the screen's
// pixels, and a dark palette gives dark screens (no colour is fixed).
#include "common/layoutcheck.h"
#include "common/signedinwindow.h"
#include "consents/consentrequestdialog.h"
#include "consents/consentsview.h"
#include "documents/documentsview.h"
#include "documents/documentviewer.h"
#include "documents/orderdocumentdialog.h"
#include "net/apierror.h"
#include "profile/profileview.h"
#include "profile/recordhistorydialog.h"
#include "serverfixture.h"
#include "session/profilesession.h"
#include "shell/firstrundialog.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace cp;
using namespace cp::testing;

namespace {

int testScale()
{
    return qEnvironmentVariableIntValue("CP_TEST_SCALE") == 2 ? 2 : 1;
}

// Lets layouts, lazy loads and repaints settle.
void settle()
{
    QTest::qWait(150);
    QApplication::processEvents();
}

double luminance(const QImage &image)
{
    const QImage small = image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            sum += qGray(small.pixel(x, y)) / 255.0;
    }
    return sum / (small.width() * small.height());
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x6e, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void screensShowAllOfThemselves_data();
    void screensShowAllOfThemselves();
    void documentOpenBesideTheList_data();
    void documentOpenBesideTheList();
    void smallestWindow_data();
    void smallestWindow();
    void decisionDialogShowsTheWholeRequest_data();
    void decisionDialogShowsTheWholeRequest();
    void historyAndOrderDialogs_data();
    void historyAndOrderDialogs();
    void firstRunAndUnlockPage_data();
    void firstRunAndUnlockPage();
    void drawnForTheScreensPixels();
    void darkPaletteGivesDarkScreens();

private:
    void languageColumn();
    SignedInWindow *windowFor(const QString &language);

    ServerFixture m_server;
    std::unique_ptr<SignedInWindow> m_russian;
    std::unique_ptr<SignedInWindow> m_english;
};

void TestUiLayout::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QScreen *screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->geometry().size(), QSize(1280, 800));
    QCOMPARE(screen->devicePixelRatio(), qreal(testScale()));
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_russian = std::make_unique<SignedInWindow>(m_server);
    QVERIFY2(m_russian->start(QStringLiteral("ru"), &error), qPrintable(error));
    m_russian->window()->hide();
    m_english = std::make_unique<SignedInWindow>(m_server);
    QVERIFY2(m_english->start(QStringLiteral("en"), &error), qPrintable(error));
    m_english->window()->hide();
}

void TestUiLayout::cleanupTestCase()
{
    m_russian.reset();
    m_english.reset();
    m_server.stop();
}

void TestUiLayout::languageColumn()
{
    QTest::addColumn<QString>("language");
}

SignedInWindow *TestUiLayout::windowFor(const QString &language)
{
    SignedInWindow *other = language == u"ru" ? m_english.get() : m_russian.get();
    SignedInWindow *signedIn = language == u"ru" ? m_russian.get() : m_english.get();
    // One window on the screen at a time, and its language the one in force.
    other->window()->hide();
    signedIn->window()->setLanguage(language);
    signedIn->window()->show();
    signedIn->window()->resize(1280, 800);
    settle();
    return signedIn;
}

void TestUiLayout::screensShowAllOfThemselves_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<ui::MainWindow::Area>("area");
    const struct
    {
        ui::MainWindow::Area area;
        const char *name;
    } areas[] = {{ui::MainWindow::Area::Profile, "profile"},
                 {ui::MainWindow::Area::Documents, "documents"},
                 {ui::MainWindow::Area::Consents, "consents"},
                 {ui::MainWindow::Area::Activity, "activity"},
                 {ui::MainWindow::Area::Settings, "settings"}};
    for (const char *language : {"ru", "en"}) {
        for (const auto &area : areas) {
            QTest::addRow("%s %s", language, area.name)
                << QString::fromLatin1(language) << area.area;
        }
    }
}

void TestUiLayout::screensShowAllOfThemselves()
{
    QFETCH(QString, language);
    QFETCH(ui::MainWindow::Area, area);
    ui::MainWindow *window = windowFor(language)->window();
    window->showArea(area);
    settle();
    QStringList problems = layoutProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    problems = accessibilityProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The navigation shows every entry whole, the badge too.
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    for (int row = 0; row < nav->count(); ++row) {
        const QRect item = nav->visualItemRect(nav->item(row));
        QVERIFY2(nav->viewport()->rect().contains(item), qPrintable(nav->item(row)->text()));
        QVERIFY2(item.width() >= nav->fontMetrics().horizontalAdvance(nav->item(row)->text()),
                 qPrintable(nav->item(row)->text()));
    }
}

void TestUiLayout::documentOpenBesideTheList_data()
{
    languageColumn();
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestUiLayout::documentOpenBesideTheList()
{
    QFETCH(QString, language);
    ui::MainWindow *window = windowFor(language)->window();
    window->showArea(ui::MainWindow::Area::Documents);
    auto *documents = window->findChild<ui::DocumentsView *>();
    QVERIFY(documents);
    // Until a document is open the list has the whole width.
    QVERIFY(!documents->viewer()->isVisible());
    documents->table()->setFocus();
    documents->table()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(documents->viewer()->mode() == ui::DocumentViewer::Mode::Pdf ||
                                 documents->viewer()->mode() == ui::DocumentViewer::Mode::Xml,
                             20000);
    settle();
    QVERIFY(documents->viewer()->isVisible());
    QVERIFY(documents->viewer()->width() > documents->table()->width() / 2);
    // Beside an open document the list may scroll sideways; nothing else gives way.
    const QStringList problems =
        layoutProblems(window, {.tablesFitWidth = false}) + accessibilityProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Esc closes it and gives the list its width back.
    QTest::keyClick(documents->table(), Qt::Key_Escape);
    QTRY_VERIFY(!documents->viewer()->isVisible());
    QCOMPARE(documents->viewer()->mode(), ui::DocumentViewer::Mode::Empty);
    settle();
    QVERIFY(!documents->table()->horizontalScrollBar()->isVisible());
}

void TestUiLayout::smallestWindow_data()
{
    documentOpenBesideTheList_data();
}

void TestUiLayout::smallestWindow()
{
    QFETCH(QString, language);
    ui::MainWindow *window = windowFor(language)->window();
    // The smallest the window lets itself be made: every screen still whole
    // (tables may scroll sideways there), and it fits a 1024×600 netbook.
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(smallest.width() <= 1024 && smallest.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(smallest.width()).arg(smallest.height())));
    window->resize(smallest);
    for (auto area : {ui::MainWindow::Area::Profile, ui::MainWindow::Area::Documents,
                      ui::MainWindow::Area::Consents, ui::MainWindow::Area::Activity,
                      ui::MainWindow::Area::Settings}) {
        window->showArea(area);
        settle();
        const QStringList problems = layoutProblems(window, {.tablesFitWidth = false});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    // And with a document open beside the list, its signature said in full.
    window->showArea(ui::MainWindow::Area::Documents);
    auto *documents = window->findChild<ui::DocumentsView *>();
    documents->table()->setFocus();
    documents->table()->selectRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(documents->viewer()->mode() == ui::DocumentViewer::Mode::Pdf ||
                                 documents->viewer()->mode() == ui::DocumentViewer::Mode::Xml,
                             20000);
    settle();
    const QStringList problems = layoutProblems(window, {.tablesFitWidth = false});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    documents->closeViewer();
    window->resize(1280, 800);
}

void TestUiLayout::decisionDialogShowsTheWholeRequest_data()
{
    documentOpenBesideTheList_data();
}

void TestUiLayout::decisionDialogShowsTheWholeRequest()
{
    QFETCH(QString, language);
    ui::MainWindow *window = windowFor(language)->window();
    window->showArea(ui::MainWindow::Area::Consents);
    auto *consents = window->findChild<ui::ConsentsView *>();
    QVERIFY(consents);
    // The pending request of the demo that asks the most.
    ui::ConsentRequestDialog *dialog = consents->openRequest(QStringLiteral("req-0007"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    settle();
    const QRect available = dialog->screen()->availableGeometry();
    QVERIFY(dialog->width() <= available.width() && dialog->height() <= available.height());
    QStringList problems = layoutProblems(dialog) + accessibilityProblems(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Who asks on the left, what would leave the profile on the right: both
    // in view from the first moment, side by side, neither scrolling sideways.
    auto *details = dialog->findChild<QScrollArea *>(QStringLiteral("requestDetails"));
    auto *leaving = dialog->findChild<QScrollArea *>(QStringLiteral("requestedData"));
    QVERIFY(details && leaving);
    QVERIFY(details->isVisible() && leaving->isVisible());
    QVERIFY(leaving->geometry().left() >= details->geometry().right());
    const int em = dialog->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QVERIFY2(
        details->width() >= em * 30 && leaving->width() >= em * 30,
        qPrintable(
            QStringLiteral("columns %1 and %2 wide").arg(details->width()).arg(leaving->width())));
    QVERIFY(!details->horizontalScrollBar()->isVisible());
    QVERIFY(!leaving->horizontalScrollBar()->isVisible());
    QCOMPARE(leaving->verticalScrollBar()->value(), 0);
    // Every record the request names is there to read, in the right column.
    const QList<QGroupBox *> boxes = leaving->widget()->findChildren<QGroupBox *>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY(leaving->viewport()->rect().contains(
        QRect(boxes.first()->mapTo(leaving->viewport(), QPoint(0, 0)), QSize(1, em * 4))));
    dialog->reject();
}

void TestUiLayout::historyAndOrderDialogs_data()
{
    documentOpenBesideTheList_data();
}

void TestUiLayout::historyAndOrderDialogs()
{
    QFETCH(QString, language);
    SignedInWindow *signedIn = windowFor(language);
    ui::MainWindow *window = signedIn->window();
    window->showArea(ui::MainWindow::Area::Profile);
    auto *profile = window->findChild<ui::ProfileView *>();
    QVERIFY(profile);
    // The registered address has several versions in the demo profile.
    QString addressId;
    for (const domain::Record &record : signedIn->session()->archive()->latestRecords()) {
        if (record.type == u"addresses")
            addressId = record.id;
    }
    QVERIFY(!addressId.isEmpty());
    profile->openHistory(addressId);
    ui::RecordHistoryDialog *history = nullptr;
    QTRY_VERIFY((history = profile->findChild<ui::RecordHistoryDialog *>()) &&
                history->isVisible());
    settle();
    QStringList problems = layoutProblems(history) + accessibilityProblems(history);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    history->close();

    ui::OrderDocumentDialog order(window);
    order.show();
    settle();
    problems = layoutProblems(&order) + accessibilityProblems(&order);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    order.reject();
}

void TestUiLayout::firstRunAndUnlockPage_data()
{
    documentOpenBesideTheList_data();
}

void TestUiLayout::firstRunAndUnlockPage()
{
    QFETCH(QString, language);
    SignedInWindow *signedIn = windowFor(language);
    ui::MainWindow *window = signedIn->window();
    // The first run's server step, as a citizen meets it first.
    QTemporaryDir dir;
    session::ProfileSession fresh(dir.filePath(QStringLiteral("data")),
                                  QStringLiteral("cp-test-layout-first-run"));
    ui::FirstRunDialog firstRun(&fresh, ui::FirstRunDialog::Step::Server);
    firstRun.show();
    settle();
    QStringList problems = layoutProblems(&firstRun) + accessibilityProblems(&firstRun);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    firstRun.reject();

    // Locked: the unlock page in place of the content, then unlocked again
    // with the passphrase typed and Enter.
    window->lockNow();
    QTRY_VERIFY(window->isLocked());
    auto *field = window->findChild<QLineEdit *>(QStringLiteral("unlockPassphrase"));
    QVERIFY(field);
    QTRY_VERIFY(field->isVisible());
    settle();
    problems = layoutProblems(window) + accessibilityProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QSignalSpy ready(window, &ui::MainWindow::ready);
    field->setFocus();
    QTest::keyClicks(field, QString::fromUtf8(SignedInWindow::passphrase()));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(ready.wait(30000));
    QVERIFY(!window->isLocked());
}

void TestUiLayout::drawnForTheScreensPixels()
{
    ui::MainWindow *window = windowFor(QStringLiteral("en"))->window();
    window->showArea(ui::MainWindow::Area::Profile);
    settle();
    const int scale = testScale();
    QCOMPARE(window->devicePixelRatio(), qreal(scale));
    // The window is drawn with every device pixel, not scaled up afterwards.
    const QPixmap picture = window->grab();
    QCOMPARE(picture.devicePixelRatio(), qreal(scale));
    QCOMPARE(picture.size(), window->size() * scale);
    // Every icon of the toolbar and the navigation gives a sharp picture at
    // this ratio: its pixmap has the pixels of the screen (SVG, not a small
    // bitmap blown up).
    QList<QIcon> icons;
    for (QAction *action :
         window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions()) {
        if (!action->icon().isNull())
            icons.append(action->icon());
    }
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; row < nav->count(); ++row)
        icons.append(nav->item(row)->icon());
    QVERIFY(icons.size() >= 7);
    const QSize logical = nav->iconSize();
    for (const QIcon &icon : icons) {
        const QPixmap pixmap = icon.pixmap(logical, qreal(scale));
        QCOMPARE(pixmap.size(), logical * scale);
        QCOMPARE(pixmap.devicePixelRatio(), qreal(scale));
    }
}

void TestUiLayout::darkPaletteGivesDarkScreens()
{
    ui::MainWindow *window = windowFor(QStringLiteral("en"))->window();
    const QPalette light = QApplication::palette();
    // A document's page is white whatever the palette: the list alone here.
    window->findChild<ui::DocumentsView *>()->closeViewer();
    window->showArea(ui::MainWindow::Area::Documents);
    settle();
    const double lightLuminance = luminance(window->grab().toImage());
    QVERIFY2(lightLuminance > 0.6, qPrintable(QString::number(lightLuminance)));
    QApplication::setPalette(darkPalette());
    for (auto area : {ui::MainWindow::Area::Profile, ui::MainWindow::Area::Documents,
                      ui::MainWindow::Area::Consents, ui::MainWindow::Area::Activity,
                      ui::MainWindow::Area::Settings}) {
        window->showArea(area);
        settle();
        const double dark = luminance(window->grab().toImage());
        QVERIFY2(dark < 0.3,
                 qPrintable(QStringLiteral("area %1: luminance %2").arg(int(area)).arg(dark)));
    }
    QApplication::setPalette(light);
}

// The screen is set before the application exists: 1280×800 in the
// widgets' units, at device pixel ratio 1 or 2 (2560×1600 device pixels).
int main(int argc, char *argv[])
{
    const int scale = testScale();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("offscreen.json"));
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral(R"({"screens": [{"name": "Desktop", "x": 0, "y": 0,
        "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": %3}]})")
                   .arg(1280)
                   .arg(800)
                   .arg(scale)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citizen-profile"));
    TestUiLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_layout.moc"
