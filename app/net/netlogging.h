// The logging category of the network layer, "cp.net". Lines name the
// method, the path (never the query), the status, the request id and the
// duration — never tokens, Authorization, cookies or bodies.
#pragma once

#include <QLoggingCategory>

namespace cp::net {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace cp::net
