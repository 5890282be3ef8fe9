// cp-bench-resync: figure 3 with the real app. Opens the main window on the
// archive of a data folder (signed in; it syncs at once, as on every start),
// prints "synced" when that sync ends, waits for a line on stdin, syncs
// again through the window's sync action (nothing new by then) and prints
// "synced" again. bench/bench.py counts the bytes and requests of the second
// sync on the wire in between.
#include "session/profilesession.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QTest>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: cp-bench-resync DATA_DIR\n";
        return 2;
    }
    cp::session::ProfileSession session(args.at(1));
    QString error;
    session.loadSettings(&error);
    cp::ui::MainWindow window(&session);
    window.show();
    int syncs = 0;
    bool lastOk = false;
    QObject::connect(&window, &cp::ui::MainWindow::syncFinished, &app, [&](bool ok) {
        ++syncs;
        lastOk = ok;
    });
    window.start();
    QTextStream out(stdout);
    if (!QTest::qWaitFor([&]() { return syncs == 1; }, 120000) || !lastOk) {
        QTextStream(stderr) << "cp-bench-resync: the first sync did not succeed\n";
        return 1;
    }
    out << "synced" << Qt::endl;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().isEmpty())
        return 1;
    auto *sync = window.findChild<QAction *>(QStringLiteral("syncAction"));
    if (!sync)
        return 1;
    sync->trigger();
    if (!QTest::qWaitFor([&]() { return syncs == 2; }, 120000) || !lastOk) {
        QTextStream(stderr) << "cp-bench-resync: the second sync did not succeed\n";
        return 1;
    }
    out << "synced" << Qt::endl;
    return 0;
}
