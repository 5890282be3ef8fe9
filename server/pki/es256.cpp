#include "pki/es256.h"

#include "pki/opensslhandles.h"
#include "pki/tokens.h"

#include <QJsonDocument>
#include <QList>

#include <openssl/err.h>

namespace cp::server {
namespace {

constexpr int kCoordinateBytes = 32; // one P-256 scalar
constexpr int kRawSignatureBytes = 2 * kCoordinateBytes;

void setError(QString *error, const QString &text)
{
    if (error != nullptr)
        *error = text;
}

EvpPkeyPtr p256PrivateKey(const QByteArray &privatePem)
{
    EvpPkeyPtr key = privateKeyFromPem(privatePem);
    ERR_clear_error();
    return isP256Key(key.get()) ? std::move(key) : EvpPkeyPtr();
}

EvpPkeyPtr p256PublicKey(const QByteArray &publicPem)
{
    EvpPkeyPtr key = publicKeyFromPem(publicPem);
    ERR_clear_error();
    return isP256Key(key.get()) ? std::move(key) : EvpPkeyPtr();
}

QByteArray derSignature(EVP_PKEY *key, const QByteArray &data)
{
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    const auto inputLength = static_cast<size_t>(data.size());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, input, inputLength) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, inputLength) != 1) {
        ERR_clear_error();
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

bool verifyDer(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature)
{
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool ok = context &&
                    EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(context.get(),
                                     reinterpret_cast<const unsigned char *>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char *>(data.constData()),
                                     static_cast<size_t>(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

// DER ECDSA-Sig-Value → r||s, each left-padded to 32 bytes (RFC 7518 §3.4).
QByteArray derToRaw(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!signature)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    QByteArray raw(kRawSignatureBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, kCoordinateBytes) != kCoordinateBytes ||
        BN_bn2binpad(s, out + kCoordinateBytes, kCoordinateBytes) != kCoordinateBytes)
        return {};
    return raw;
}

QByteArray rawToDer(const QByteArray &raw)
{
    if (raw.size() != kRawSignatureBytes)
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    BignumPtr r(BN_bin2bn(in, kCoordinateBytes, nullptr));
    BignumPtr s(BN_bin2bn(in + kCoordinateBytes, kCoordinateBytes, nullptr));
    EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return {};
    // The signature owns them now.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &out) != length)
        return {};
    return der;
}

std::optional<QJsonObject> decodeJsonPart(const QByteArray &part)
{
    const std::optional<QByteArray> json = decodeBase64Url(part);
    if (!json)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

EcKeyPair generateEcP256KeyPair()
{
    const EvpPkeyPtr key = generateP256Key();
    if (!key) {
        ERR_clear_error();
        return {};
    }
    EcKeyPair pair{privateKeyToPem(key.get()), publicKeyToPem(key.get())};
    if (pair.privatePem.isEmpty() || pair.publicPem.isEmpty()) {
        ERR_clear_error();
        wipe(pair.privatePem);
        return {};
    }
    return pair;
}

QByteArray signJwtEs256(const QJsonObject &payload, const QByteArray &privatePem,
                        const QJsonObject &extraHeader)
{
    const EvpPkeyPtr key = p256PrivateKey(privatePem);
    if (!key)
        return {};
    QJsonObject header = extraHeader;
    header.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    if (!header.contains(QStringLiteral("typ")))
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray raw = derToRaw(derSignature(key.get(), signingInput));
    if (raw.isEmpty())
        return {};
    return signingInput + '.' + base64Url(raw);
}

std::optional<VerifiedJwt> verifyJwtEs256(const QByteArray &jwt, const QByteArray &publicPem,
                                          QString *error)
{
    if (jwt.isEmpty()) {
        setError(error, QStringLiteral("the token is empty"));
        return std::nullopt;
    }
    if (jwt.size() > kMaxJwtBytes) {
        setError(error, QStringLiteral("the token is larger than %1 bytes").arg(kMaxJwtBytes));
        return std::nullopt;
    }
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() ||
        parts.at(2).isEmpty()) {
        setError(error, QStringLiteral("the token is not a compact JWS (three non-empty "
                                       "base64url parts separated by dots)"));
        return std::nullopt;
    }

    const std::optional<QJsonObject> header = decodeJsonPart(parts.at(0));
    if (!header) {
        setError(error, QStringLiteral("the token header is not a base64url-encoded JSON object"));
        return std::nullopt;
    }
    const QJsonValue alg = header->value(QStringLiteral("alg"));
    if (alg.isUndefined()) {
        setError(error, QStringLiteral("the token header has no \"alg\""));
        return std::nullopt;
    }
    // Exactly ES256: the algorithm is the verifier's choice, never the token's.
    if (alg.toString() != QLatin1String("ES256")) {
        setError(error, QStringLiteral("the token algorithm is not ES256"));
        return std::nullopt;
    }
    // RFC 7515 §4.1.11: extensions marked critical that we do not know must fail.
    if (header->contains(QStringLiteral("crit"))) {
        setError(error, QStringLiteral("the token header asks for critical extensions this "
                                       "server does not support"));
        return std::nullopt;
    }

    const std::optional<QByteArray> raw = decodeBase64Url(parts.at(2));
    if (!raw || raw->size() != kRawSignatureBytes) {
        setError(error, QStringLiteral("the token signature is not a base64url 64-byte ES256 "
                                       "signature (r||s)"));
        return std::nullopt;
    }
    const EvpPkeyPtr key = p256PublicKey(publicPem);
    if (!key) {
        setError(error, QStringLiteral("the verification key is not a P-256 public key in PEM"));
        return std::nullopt;
    }
    const QByteArray der = rawToDer(*raw);
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (der.isEmpty() || !verifyDer(key.get(), signingInput, der)) {
        setError(error, QStringLiteral("the token signature does not verify"));
        return std::nullopt;
    }

    const std::optional<QJsonObject> payload = decodeJsonPart(parts.at(1));
    if (!payload) {
        setError(error, QStringLiteral("the token payload is not a base64url-encoded JSON object"));
        return std::nullopt;
    }
    return VerifiedJwt{*header, *payload};
}

QByteArray signEs256(const QByteArray &data, const QByteArray &privatePem)
{
    const EvpPkeyPtr key = p256PrivateKey(privatePem);
    return key ? derSignature(key.get(), data) : QByteArray();
}

bool verifyEs256(const QByteArray &data, const QByteArray &signatureDer,
                 const QByteArray &publicPem)
{
    const EvpPkeyPtr key = p256PublicKey(publicPem);
    return key && !signatureDer.isEmpty() && verifyDer(key.get(), data, signatureDer);
}

} // namespace cp::server
