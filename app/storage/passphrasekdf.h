// The passphrase key derivation of the archive: Argon2id (libargon2) with
// 64 MiB, 3 passes, 1 lane, a 16-byte random salt and a 32-byte output. The
// parameters are stored next to the wrapped key, so they can be raised later
// without breaking archives made with the old ones.
#pragma once

#include "storage/securebytes.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace cp::storage {

struct KdfParams
{
    static constexpr qsizetype SaltSize = 16;
    static constexpr qsizetype KeySize = 32;
    // The floor fromJson() accepts: nothing weaker than the defaults.
    static constexpr quint32 MinMemoryKiB = 65536;
    static constexpr quint32 MinPasses = 3;

    quint32 memoryKiB = 65536;
    quint32 passes = 3;
    quint32 lanes = 1;
    QByteArray salt;

    // The defaults with a fresh random salt (empty salt if the RNG failed).
    static KdfParams withRandomSalt();

    // {"algorithm":"argon2id","version":19,"memoryKiB":…,"passes":…,
    //  "lanes":…,"salt":base64}
    QJsonObject toJson() const;
    // nullopt for another algorithm, parameters below the floor or beyond
    // sane limits (a key file must not make us allocate gigabytes), or a bad salt.
    static std::optional<KdfParams> fromJson(const QJsonObject &json);
};

// Blocking for a noticeable time and 64 MiB of memory: call it on a worker
// thread, never on the GUI thread. Empty on failure.
SecureBytes derivePassphraseKey(const QByteArray &passphraseUtf8, const KdfParams &params);

} // namespace cp::storage
