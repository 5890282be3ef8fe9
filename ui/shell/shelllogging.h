// The logging category of the desktop shell ("cp.ui"): window, flows, lock.
#pragma once

#include <QLoggingCategory>

namespace cp::ui {
Q_DECLARE_LOGGING_CATEGORY(lcShell)
}
