// RAII owners for the OpenSSL objects of the PKI module (each a unique_ptr
// with the matching free function) and the few conversions between them and
// Qt's byte arrays, so that no OpenSSL object can leak on an early return.
#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace cp::server {

template<auto FreeFunction>
struct OpenSslDeleter
{
    template<typename T>
    void operator()(T *object) const
    {
        FreeFunction(object);
    }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;

// Shared, read-only handles: a key or a certificate loaded once and used by
// copies of ServerPki. Signing with a const EVP_PKEY is safe from any thread.
using SharedPkey = std::shared_ptr<EVP_PKEY>;
using SharedX509 = std::shared_ptr<X509>;
SharedPkey sharePkey(EvpPkeyPtr key);
SharedX509 shareX509(X509Ptr certificate);

// The queued OpenSSL errors as one line, the queue emptied. Empty when the
// queue was empty. OpenSSL's texts name functions and reasons, never data.
QString takeOpenSslErrors();
// `what` followed by the OpenSSL errors, if any: "cannot sign: …".
QString opensslFailure(const QString &what);

// Overwrites a buffer that held a secret, then empties it.
void wipe(QByteArray &bytes);

// A read-only memory BIO over `bytes` (no copy: `bytes` must outlive it).
BioPtr memoryBio(const QByteArray &bytes);

// A new ECDSA key on P-256.
EvpPkeyPtr generateP256Key();

// PEM conversions. Private keys leave as unencrypted PKCS#8 through a
// secure-memory BIO, so OpenSSL's copy is wiped when the BIO is freed.
QByteArray privateKeyToPem(EVP_PKEY *key);
QByteArray publicKeyToPem(EVP_PKEY *key);
EvpPkeyPtr privateKeyFromPem(const QByteArray &pem);
EvpPkeyPtr publicKeyFromPem(const QByteArray &pem);
QByteArray certificateToPem(X509 *certificate);
QByteArray certificateToDer(X509 *certificate);
X509Ptr certificateFromPem(const QByteArray &pem);

// True when `key` is an EC key on P-256 (what ES256 requires).
bool isP256Key(EVP_PKEY *key);

} // namespace cp::server
