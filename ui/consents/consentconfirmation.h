// How the Consents area asks the citizen to confirm a weighty step (a
// high-risk grant, a revocation): an asynchronous question, so that nothing
// waits in a nested event loop, and injectable, so that tests can answer.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cp::ui {

using ConfirmationAnswer = std::function<void(bool confirmed)>;
using Confirmation = std::function<void(QWidget *parent, const QString &title, const QString &text,
                                        const QString &confirmLabel, ConfirmationAnswer answer)>;

// A window-modal message box opened with open(): the answer arrives later.
Confirmation messageBoxConfirmation();

} // namespace cp::ui
