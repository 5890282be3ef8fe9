// cp-bench-minimal-window: the baseline of figures 1 and 7 — the smallest
// Qt Widgets application of this tree: a main window with a table, shown,
// then filled from the event loop. Logs the same kind of line the app logs
// once its views are filled, on the same logging path.
#include <QApplication>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBench, "cp.ui")

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 2, view);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1024, 700);
    window.show();
    QTimer::singleShot(0, &window, [model]() {
        for (int i = 0; i < 10; ++i)
            model->appendRow({new QStandardItem(QString::number(i)), new QStandardItem()});
        qCInfo(lcBench) << "the views are filled from the archive";
    });
    return QApplication::exec();
}
