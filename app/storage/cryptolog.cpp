#include "storage/cryptolog_p.h"

namespace cp::storage {
Q_LOGGING_CATEGORY(lcCrypto, "cp.storage.crypto")
} // namespace cp::storage
