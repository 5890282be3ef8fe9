// Internal to the storage library and its tests: sealing with a given nonce,
// so that a published AES-256-GCM known-answer vector can be checked through
// the same EVP path. Production code seals with CipherEnvelope::seal, which
// draws a fresh nonce: reusing a GCM nonce under one key breaks both secrecy
// and integrity.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>

namespace cp::storage::detail {

QByteArray sealWithNonce(const SecureBytes &key, const QByteArray &nonce,
                         const QByteArray &plaintext, const QByteArray &aad);

} // namespace cp::storage::detail
