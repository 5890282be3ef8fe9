// The window of the figure-1 baselines (cp-bench-minimal-window and
// cp-bench-keychain-window): a main window with a table, and the rows that
// fill it, as small as a Qt Widgets window gets.
#pragma once

#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

namespace cp::bench {

// Sets `window` up with an empty table and shows it; the table's model.
inline QStandardItemModel *showTableWindow(QMainWindow &window)
{
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 2, view);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1024, 700);
    window.show();
    return model;
}

inline void fillTable(QStandardItemModel *model)
{
    for (int i = 0; i < 10; ++i)
        model->appendRow({new QStandardItem(QString::number(i)), new QStandardItem()});
}

} // namespace cp::bench
