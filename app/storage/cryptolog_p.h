// The one logging category of the storage cryptography. Nothing logged under
// it may carry a key, a passphrase, a secret or a personal value.
#pragma once

#include <QLoggingCategory>

namespace cp::storage {
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
} // namespace cp::storage
