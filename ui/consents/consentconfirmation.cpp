#include "consents/consentconfirmation.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace cp::ui {

Confirmation messageBoxConfirmation()
{
    return [](QWidget *parent, const QString &title, const QString &text,
              const QString &confirmLabel, ConfirmationAnswer answer) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("consentConfirmation"));
        box->setAccessibleName(title);
        QPushButton *confirm = box->addButton(confirmLabel, QMessageBox::AcceptRole);
        confirm->setObjectName(QStringLiteral("confirmButton"));
        confirm->setAccessibleName(confirmLabel);
        QPushButton *cancel = box->addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        cancel->setAccessibleName(cancel->text());
        // Cancel is the default: a weighty step is never taken by a stray Enter.
        box->setDefaultButton(cancel);
        box->setEscapeButton(cancel);
        QObject::connect(box, &QMessageBox::finished, box,
                         [box, confirm, answer](int) { answer(box->clickedButton() == confirm); });
        box->open();
    };
}

} // namespace cp::ui
