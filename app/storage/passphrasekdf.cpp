#include "storage/passphrasekdf.h"

#include "storage/cryptolog_p.h"

#include <QJsonValue>
#include <QString>

#include <argon2.h>
#include <openssl/rand.h>

namespace cp::storage {

namespace {

// Upper limits for parameters read from a file: generous enough to raise the
// cost for years, small enough that a crafted key file cannot exhaust memory.
constexpr qint64 MaxMemoryKiB = 4 * 1024 * 1024; // 4 GiB
constexpr qint64 MaxPasses = 64;
constexpr qint64 MaxLanes = 16;
constexpr qsizetype MaxSaltSize = 64;

} // namespace

KdfParams KdfParams::withRandomSalt()
{
    KdfParams params;
    params.salt = QByteArray(SaltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(params.salt.data()),
                   static_cast<int>(SaltSize)) != 1) {
        params.salt.clear();
    }
    return params;
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("algorithm"), QStringLiteral("argon2id")},
        {QStringLiteral("version"), static_cast<qint64>(ARGON2_VERSION_13)},
        {QStringLiteral("memoryKiB"), static_cast<qint64>(memoryKiB)},
        {QStringLiteral("passes"), static_cast<qint64>(passes)},
        {QStringLiteral("lanes"), static_cast<qint64>(lanes)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("algorithm")).toString() != QLatin1String("argon2id") ||
        json.value(QLatin1String("version")).toInteger(-1) != ARGON2_VERSION_13) {
        return std::nullopt;
    }
    const qint64 memory = json.value(QLatin1String("memoryKiB")).toInteger(-1);
    const qint64 passes = json.value(QLatin1String("passes")).toInteger(-1);
    const qint64 lanes = json.value(QLatin1String("lanes")).toInteger(-1);
    if (memory < MinMemoryKiB || memory > MaxMemoryKiB || passes < MinPasses ||
        passes > MaxPasses || lanes < 1 || lanes > MaxLanes) {
        return std::nullopt;
    }
    const QJsonValue saltValue = json.value(QLatin1String("salt"));
    if (!saltValue.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(saltValue.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < SaltSize || decoded.decoded.size() > MaxSaltSize)
        return std::nullopt;

    KdfParams params;
    params.memoryKiB = static_cast<quint32>(memory);
    params.passes = static_cast<quint32>(passes);
    params.lanes = static_cast<quint32>(lanes);
    params.salt = decoded.decoded;
    return params;
}

SecureBytes derivePassphraseKey(const QByteArray &passphraseUtf8, const KdfParams &params)
{
    if (params.salt.size() < KdfParams::SaltSize) {
        qCWarning(lcCrypto) << "Argon2id refused: salt too short";
        return {};
    }
    SecureBytes key(KdfParams::KeySize);
    const int rc = argon2id_hash_raw(
        params.passes, params.memoryKiB, params.lanes, passphraseUtf8.constData(),
        static_cast<size_t>(passphraseUtf8.size()), params.salt.constData(),
        static_cast<size_t>(params.salt.size()), key.data(), static_cast<size_t>(key.size()));
    if (rc != ARGON2_OK) {
        qCWarning(lcCrypto) << "Argon2id failed:" << argon2_error_message(rc);
        return {};
    }
    return key;
}

} // namespace cp::storage
