#include "net/netlogging.h"

namespace cp::net {
Q_LOGGING_CATEGORY(lcNet, "cp.net")
} // namespace cp::net
