#include "net/publickeypin.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <memory>

namespace cp::net {
namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

} // namespace

QByteArray PublicKeyPin::spkiSha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    // OpenSSL rather than QSslKey::toDer(): the SPKI must be the exact DER of
    // the certificate's field, whatever the key type.
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Free> x509(d2i_X509(nullptr, &cursor, der.size()));
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return {};
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(spki, static_cast<size_t>(length), reinterpret_cast<unsigned char *>(digest.data()));
    OPENSSL_free(spki);
    return digest;
}

bool PublicKeyPin::matches(const QSslCertificate &certificate, const QByteArray &pin)
{
    const QByteArray digest = spkiSha256(certificate);
    return digest.size() == SHA256_DIGEST_LENGTH && pin.size() == SHA256_DIGEST_LENGTH &&
           CRYPTO_memcmp(digest.constData(), pin.constData(), SHA256_DIGEST_LENGTH) == 0;
}

} // namespace cp::net
