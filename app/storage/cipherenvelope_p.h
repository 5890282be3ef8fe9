// Internal to the storage library and its tests: sealing with a given nonce,
// so that a published AES-256-GCM known-answer vector can be checked through
// the same EVP path. Production code seals with CipherEnvelope::seal, which
// draws a fresh nonce: reusing a GCM nonce under one key breaks both secrecy
// and integrity.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>

#include <openssl/evp.h>

#include <memory>

namespace cp::storage::detail {

QByteArray sealWithNonce(const SecureBytes &key, const QByteArray &nonce,
                         const QByteArray &plaintext, const QByteArray &aad);

// Opens envelopes one after another under one key, each straight into the
// caller's buffer, with one cipher context set up once (the chunked files:
// no allocation, no copy and no key schedule per chunk).
class EnvelopeOpener
{
public:
    explicit EnvelopeOpener(const SecureBytes &key);
    bool isValid() const { return m_valid; }
    // Authenticates and decrypts `envelope` (`size` bytes) into `out`, which
    // takes size - CipherEnvelope::Overhead bytes. False on a wrong key or
    // AAD, tampering, truncation or a bad format; `out` is wiped then, so
    // that no unauthenticated plaintext is left in it.
    bool open(const unsigned char *envelope, qsizetype size, const QByteArray &aad,
              unsigned char *out);

private:
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> m_context;
    bool m_valid = false;
};

} // namespace cp::storage::detail
