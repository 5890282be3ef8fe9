#include "cafiledialog.h"

#include <QFileDialog>
#include <QLineEdit>

namespace cp::ui {

void CaFileDialog::open(QWidget *parent, QLineEdit *target)
{
    auto *dialog = new QFileDialog(parent, tr("CA certificate of the server"), target->text(),
                                   tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

} // namespace cp::ui
