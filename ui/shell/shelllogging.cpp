#include "shelllogging.h"

namespace cp::ui {
Q_LOGGING_CATEGORY(lcShell, "cp.ui")
}
