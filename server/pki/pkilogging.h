// The one logging category of the server's PKI module. Lines name files and
// operations, never key material, tokens or signed content.
#pragma once

#include <QLoggingCategory>

namespace cp::server {
Q_DECLARE_LOGGING_CATEGORY(lcPki)
} // namespace cp::server
