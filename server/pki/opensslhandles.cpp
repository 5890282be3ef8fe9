#include "pki/opensslhandles.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <limits>

namespace cp::server {
namespace {

// Refuses a passphrase prompt: our keys are never encrypted, and an encrypted
// key given to the server must fail instead of waiting for a terminal.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || data == nullptr)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace

BioPtr memoryBio(const QByteArray &bytes)
{
    if (bytes.size() > std::numeric_limits<int>::max())
        return {};
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

SharedPkey sharePkey(EvpPkeyPtr key)
{
    return SharedPkey(key.release(), OpenSslDeleter<EVP_PKEY_free>());
}

SharedX509 shareX509(X509Ptr certificate)
{
    return SharedX509(certificate.release(), OpenSslDeleter<X509_free>());
}

QString takeOpenSslErrors()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines.append(QString::fromLatin1(buffer));
    }
    return lines.join(QLatin1String("; "));
}

QString opensslFailure(const QString &what)
{
    const QString details = takeOpenSslErrors();
    return details.isEmpty() ? what : what + QLatin1String(": ") + details;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

EvpPkeyPtr generateP256Key()
{
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray privateKeyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || key == nullptr)
        return {};
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray publicKeyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || key == nullptr || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    return bioContents(bio.get());
}

EvpPkeyPtr privateKeyFromPem(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    if (!bio)
        return {};
    return EvpPkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
}

EvpPkeyPtr publicKeyFromPem(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    if (!bio)
        return {};
    return EvpPkeyPtr(PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr));
}

QByteArray certificateToPem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || certificate == nullptr || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray certificateToDer(X509 *certificate)
{
    if (certificate == nullptr)
        return {};
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(certificate, &out) != length)
        return {};
    return der;
}

X509Ptr certificateFromPem(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    if (!bio)
        return {};
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
}

bool isP256Key(EVP_PKEY *key)
{
    if (key == nullptr || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
        return false;
    return qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0;
}

} // namespace cp::server
