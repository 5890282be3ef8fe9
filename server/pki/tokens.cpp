#include "pki/tokens.h"

#include "pki/pkilogging.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace cp::server {
namespace {

constexpr QByteArray::Base64Options kBase64Url =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

} // namespace

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        ERR_clear_error();
        qCCritical(lcPki) << "the random generator failed; the operation is refused";
        return {};
    }
    return bytes;
}

QByteArray randomUrlToken(int bytes)
{
    const QByteArray random = randomBytes(bytes);
    return random.isEmpty() ? QByteArray() : base64Url(random);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(kBase64Url);
}

std::optional<QByteArray> decodeBase64Url(const QByteArray &text)
{
    // A length of 4n+1 cannot come from any byte string.
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlCharacter(c))
            return std::nullopt;
    }
    const QByteArray::FromBase64Result result =
        QByteArray::fromBase64Encoding(text, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.toBase64(kBase64Url) != text)
        return std::nullopt;
    return result.decoded;
}

bool isValidPkceVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        if (!isBase64UrlCharacter(c) && c != '.' && c != '~')
            return false;
    }
    return true;
}

QByteArray pkceChallengeS256(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace cp::server
