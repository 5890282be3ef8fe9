// The file dialog that picks the server's CA certificate into a field: the
// same in the first run and in the settings.
#pragma once

#include <QCoreApplication>

class QLineEdit;
class QWidget;

namespace cp::ui {

class CaFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::CaFileDialog)

public:
    // Opens the dialog (window-modal, deleted when closed) at the field's
    // current path; the chosen file goes into `target`.
    static void open(QWidget *parent, QLineEdit *target);
};

} // namespace cp::ui
