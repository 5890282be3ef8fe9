#include "net/pkce.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace cp::net {

std::optional<QByteArray> Pkce::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (bytes <= 0 || RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return std::nullopt;
    QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    OPENSSL_cleanse(raw.data(), static_cast<size_t>(raw.size()));
    return token;
}

QByteArray Pkce::challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<Pkce> Pkce::generate()
{
    const std::optional<QByteArray> verifier = randomToken(32);
    const std::optional<QByteArray> state = randomToken(16);
    if (!verifier || !state)
        return std::nullopt;
    return Pkce{*verifier, challengeS256(*verifier), *state};
}

} // namespace cp::net
