// cp-bench-ui: figures 5a and 6 in the real main window, opened on the
// archive of a data folder (unlocked through the keychain, as the app does):
//   6   the user types a query into the global search box while the documents
//       area, then the profile shows: each keystroke's processing (the
//       models' filters) plus a forced repaint of the window, timed, and each
//       turn of the event loop after it until the view is done (the profile
//       filters its cards a few at a time); baseline: a QSortFilterProxyModel
//       over a QStandardItemModel with as many rows, in a QTableView, the
//       same keystrokes, turns and repaints.
//   5a  the 20 MB document opened from the archive (decrypted, loaded by
//       QtPdf) until its first page is drawn at the viewer's size; baseline:
//       the same PDF loaded from a plaintext file by QPdfDocument and drawn.
// Prints "name value" lines (milliseconds) for bench/bench.py.
#include "documents/documentsview.h"
#include "documents/documentviewer.h"
#include "profile/profileview.h"
#include "session/profilesession.h"
#include "shell/activityview.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

// Matches a few documents by the number in their title ("… / B-00012").
const QString kQuery = QStringLiteral("b-0012");

struct Keystrokes // milliseconds
{
    double max = 0;
    double p95 = 0;
};

// Types kQuery into `edit` one key at a time, then erases it; every key's
// handling and a synchronous repaint of `window` timed, then each turn of
// the event loop that follows while `busy()` (work the keystroke left for
// later, as a filter applied a few cards at a time, counts as well; one turn
// at least: a layout asked for by the keystroke).
Keystrokes typeQuery(QLineEdit *edit, QWidget *window, int rounds,
                     const std::function<bool()> &busy)
{
    std::vector<double> times;
    auto timeTurn = [&](auto work) {
        QElapsedTimer timer;
        timer.start();
        work();
        window->repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    };
    auto timeKey = [&](auto press) {
        timeTurn(press);
        do {
            timeTurn([]() { QCoreApplication::processEvents(); });
        } while (busy());
    };
    for (int r = 0; r < rounds; ++r) {
        // Focusing the field is not a keystroke: what it asks for (its
        // frame, the cursor, the page's redraw) is done before the first key.
        edit->setFocus();
        QCoreApplication::processEvents();
        window->repaint();
        for (const QChar c : kQuery)
            timeKey([&]() { QTest::keyClick(edit, c.toLatin1()); });
        for (qsizetype i = 0; i < kQuery.size(); ++i)
            timeKey([&]() { QTest::keyClick(edit, Qt::Key_Backspace); });
    }
    QTextStream diagnostics(stderr);
    diagnostics << "keystrokes (ms):";
    for (double t : times)
        diagnostics << ' ' << QString::number(t, 'f', 1);
    diagnostics << "\n";
    std::sort(times.begin(), times.end());
    return {times.back(), times.at(std::min(times.size() - 1, times.size() * 95 / 100))};
}

Keystrokes baselineFilter(int rows, int rounds)
{
    QWidget window;
    auto *edit = new QLineEdit(&window);
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(rows, 3, &window);
    for (int i = 0; i < rows; ++i) {
        model->setItem(
            i, 0, new QStandardItem(QStringLiteral("doc-b-%1").arg(i, 5, 10, QLatin1Char('0'))));
        model->setItem(i, 1, new QStandardItem(QStringLiteral("Document B-%1").arg(i)));
        model->setItem(i, 2, new QStandardItem(QStringLiteral("application/pdf")));
    }
    auto *proxy = new QSortFilterProxyModel(&window);
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(proxy);
    QObject::connect(edit, &QLineEdit::textChanged, proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    layout->addWidget(view);
    window.resize(1100, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    return typeQuery(edit, &window, rounds, []() { return false; });
}

// Milliseconds to load `pdf` (owned by a QBuffer, as the viewer does) and
// draw its first page at `size`.
double loadAndDraw(const QByteArray &pdf, QSize size)
{
    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    const QImage page = document.render(0, size);
    return page.isNull() ? -1 : double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: cp-bench-ui DATA_DIR PLAIN_PDF ROUNDS\n";
        return 2;
    }
    const QString dataDir = args.at(1);
    const int rounds = std::max(1, args.at(3).toInt());
    QFile plainFile(args.at(2));
    if (!plainFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray plainPdf = plainFile.readAll();

    cp::session::ProfileSession session(dataDir);
    QString error;
    session.loadSettings(&error);
    cp::ui::MainWindow window(&session);
    window.resize(1100, 760);
    window.show();
    bool ready = false;
    QObject::connect(&window, &cp::ui::MainWindow::ready, &app, [&]() { ready = true; });
    window.start();
    if (!QTest::qWaitFor([&]() { return ready; }, 60000)) {
        QTextStream(stderr) << "cp-bench-ui: the window never got ready\n";
        return 1;
    }
    // The sync the window starts (nothing new) settles first.
    QTest::qWait(1500);

    auto *documents = window.findChild<cp::ui::DocumentsView *>();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("globalSearch"));
    if (!documents || !search)
        return 1;
    // Typed while the documents area shows, then while the profile shows
    // (the global search filters the area in view).
    // The lists are read on a worker when first shown: typing starts once
    // they are in.
    auto *activity = window.findChild<cp::ui::ActivityView *>();
    if (!activity)
        return 1;
    window.showArea(cp::ui::MainWindow::Area::Documents);
    QTest::qWait(200);
    if (!QTest::qWaitFor([&]() { return !documents->isLoading(); }, 60000))
        return 1;
    const auto idle = []() { return false; };
    const Keystrokes inDocuments = typeQuery(search, &window, rounds, idle);
    window.showArea(cp::ui::MainWindow::Area::Profile);
    QTest::qWait(200);
    auto *profile = window.findChild<cp::ui::ProfileView *>();
    if (!profile)
        return 1;
    const Keystrokes inProfile = typeQuery(search, &window, rounds, [profile]() {
        return profile->isFiltering() || profile->isBuilding();
    });
    // Diagnostics only: the activity area (the access log) the same way.
    window.showArea(cp::ui::MainWindow::Area::Activity);
    QTest::qWait(200);
    if (!QTest::qWaitFor([&]() { return !activity->isLoading(); }, 60000))
        return 1;
    const Keystrokes inActivity = typeQuery(search, &window, rounds, idle);
    window.showArea(cp::ui::MainWindow::Area::Documents);
    QTest::qWait(200);
    const int rows = session.archive() ? int(session.archive()->documents().size()) : 0;
    const Keystrokes base = baselineFilter(rows, rounds);
    out << "filter_rows " << rows << "\n";
    out << "filter_documents_max_ms " << inDocuments.max << "\n";
    out << "filter_documents_p95_ms " << inDocuments.p95 << "\n";
    out << "filter_profile_max_ms " << inProfile.max << "\n";
    out << "filter_profile_p95_ms " << inProfile.p95 << "\n";
    out << "filter_activity_max_ms " << inActivity.max << "\n";
    out << "filter_base_max_ms " << base.max << "\nfilter_base_p95_ms " << base.p95 << "\n";

    // 5a: open the 20 MB document (doc-b-00000) and draw its first page.
    auto *view = documents->findChild<QPdfView *>();
    auto *viewer = documents->findChild<cp::ui::DocumentViewer *>();
    if (!view || !viewer)
        return 1;
    std::vector<double> opens, bases;
    for (int r = 0; r < rounds; ++r) {
        documents->closeViewer();
        QTest::qWait(100);
        bool opened = false;
        auto c = QObject::connect(viewer, &cp::ui::DocumentViewer::opened, &app,
                                  [&]() { opened = true; });
        QElapsedTimer timer;
        timer.start();
        documents->openDocument(QStringLiteral("doc-b-00000"));
        if (!QTest::qWaitFor([&]() { return opened; }, 30000))
            return 1;
        QObject::disconnect(c);
        const QSize size = view->viewport()->size();
        if (viewer->pdfDocument()->render(0, size).isNull())
            return 1;
        opens.push_back(double(timer.nsecsElapsed()) / 1e6);
        bases.push_back(loadAndDraw(plainPdf, size));
    }
    std::sort(opens.begin(), opens.end());
    std::sort(bases.begin(), bases.end());
    out << "open_ms " << opens.at(opens.size() / 2) << "\n";
    out << "open_base_ms " << bases.at(bases.size() / 2) << "\n";
    return 0;
}
