#include "profile/profilelogging.h"

namespace cp::ui {
Q_LOGGING_CATEGORY(lcProfile, "cp.ui.profile")
} // namespace cp::ui
