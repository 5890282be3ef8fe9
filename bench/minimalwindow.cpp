// cp-bench-minimal-window: the baseline of figures 1 and 7 — the smallest
// Qt Widgets application of this tree: a main window with a table, shown,
// then filled from the event loop. Logs the same kind of line the app logs
// once its views are filled, on the same logging path.
#include "benchwindow.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBench, "cp.ui")

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel *model = cp::bench::showTableWindow(window);
    QTimer::singleShot(0, &window, [model]() {
        cp::bench::fillTable(model);
        qCInfo(lcBench) << "the views are filled from the archive";
    });
    return QApplication::exec();
}
