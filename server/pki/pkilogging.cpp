#include "pki/pkilogging.h"

namespace cp::server {
Q_LOGGING_CATEGORY(lcPki, "cp.server.pki")
} // namespace cp::server
