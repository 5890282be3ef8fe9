// AES-256-GCM sealing of one value at rest. An envelope reads
//   "CPE1" | nonce (12 bytes, fresh from the CSPRNG on every seal) |
//   ciphertext | tag (16 bytes)
// and the associated data (AAD) binds it to what it belongs to, so a
// ciphertext moved to another row, id or version no longer opens.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace cp::storage {

class CipherEnvelope
{
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype MagicSize = 4;
    // Bytes an envelope adds to its plaintext.
    static constexpr qsizetype Overhead = MagicSize + NonceSize + TagSize;

    // Empty on failure (key not 32 bytes, RNG or cipher failure).
    static QByteArray seal(const SecureBytes &key, const QByteArray &plaintext,
                           const QByteArray &aad);
    // nullopt on a wrong key, wrong AAD, tampering, truncation or a bad
    // format; never a crash, never unauthenticated plaintext.
    static std::optional<QByteArray> open(const SecureBytes &key, const QByteArray &envelope,
                                          const QByteArray &aad);
    // The canonical AAD "table\x1fid\x1fversion" (UTF-8). Table names are
    // constants of the code and ids are UUIDs, so neither holds 0x1F.
    static QByteArray aad(QStringView table, QStringView id, qint64 version);
};

} // namespace cp::storage
