// The logging category of the Profile screen. Lines name counts and record
// types only, never a personal value.
#pragma once

#include <QLoggingCategory>

namespace cp::ui {
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
} // namespace cp::ui
