#include "certificatefactory.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cp::testing {
namespace {

template<auto FreeFunction>
struct Free
{
    template<typename T>
    void operator()(T *object) const
    {
        FreeFunction(object);
    }
};
using BioPtr = std::unique_ptr<BIO, Free<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Free<BN_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Free<X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Free<X509_EXTENSION_free>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 && data != nullptr ? QByteArray(data, static_cast<qsizetype>(length))
                                         : QByteArray();
}

PkeyPtr newKey()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool setName(X509_NAME *name, const QString &commonName)
{
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(
               name, "O", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>("Citizen Profile tests"), -1, -1, 0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

// The body of a certificate: serial, validity, subject, public key.
X509Ptr newCertificate(const QString &commonName, EVP_PKEY *key, const QDateTime &notBefore,
                       const QDateTime &notAfter)
{
    X509Ptr certificate(X509_new());
    unsigned char serial[16] = {};
    if (!certificate || RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f;
    BignumPtr number(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!number || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get())) == nullptr ||
        ASN1_TIME_set(X509_getm_notBefore(certificate.get()),
                      static_cast<time_t>(notBefore.toSecsSinceEpoch())) == nullptr ||
        ASN1_TIME_set(X509_getm_notAfter(certificate.get()),
                      static_cast<time_t>(notAfter.toSecsSinceEpoch())) == nullptr ||
        !setName(X509_get_subject_name(certificate.get()), commonName) ||
        X509_set_pubkey(certificate.get(), key) != 1)
        return {};
    return certificate;
}

bool addServerExtensions(X509 *certificate, X509 *issuer, const QStringList &names)
{
    return addExtension(certificate, issuer, NID_basic_constraints, "critical,CA:FALSE") &&
           addExtension(certificate, issuer, NID_key_usage, "critical,digitalSignature") &&
           addExtension(certificate, issuer, NID_ext_key_usage, "serverAuth") &&
           (names.isEmpty() ||
            addExtension(certificate, issuer, NID_subject_alt_name, names.join(u',').toLatin1())) &&
           addExtension(certificate, issuer, NID_subject_key_identifier, "hash") &&
           addExtension(certificate, issuer, NID_authority_key_identifier, "keyid:always");
}

TestCertificate toTestCertificate(X509 *certificate, EVP_PKEY *key)
{
    TestCertificate out;
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), certificate) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    out.certificatePem = bioContents(certBio.get());
    out.keyPem = bioContents(keyBio.get());
    unsigned char *spki = nullptr;
    const int length = i2d_PUBKEY(key, &spki);
    if (length > 0) {
        out.spkiSha256.resize(SHA256_DIGEST_LENGTH);
        SHA256(spki, static_cast<size_t>(length),
               reinterpret_cast<unsigned char *>(out.spkiSha256.data()));
        OPENSSL_free(spki);
    }
    return out;
}

void defaultValidity(QDateTime &notBefore, QDateTime &notAfter)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!notBefore.isValid())
        notBefore = now.addSecs(-3600);
    if (!notAfter.isValid())
        notAfter = now.addDays(30);
}

QString commonNameFor(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("test server") : names.first().section(u':', 1);
}

} // namespace

struct CertificateFactory::Authority
{
    PkeyPtr key;
    X509Ptr certificate;
};

QSslCertificate TestCertificate::certificate() const
{
    return QSslCertificate(certificatePem, QSsl::Pem);
}

QSslKey TestCertificate::key() const
{
    return QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

bool TestCertificate::write(const QString &certificatePath, const QString &keyPath) const
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        certificateFile.write(certificatePem) != certificatePem.size())
        return false;
    if (keyPath.isEmpty())
        return true;
    QFile keyFile(keyPath);
    return keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           keyFile.write(keyPem) == keyPem.size();
}

CertificateFactory::CertificateFactory(const QString &commonName)
    : m_authority(std::make_unique<Authority>())
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_authority->key = newKey();
    if (m_authority->key)
        m_authority->certificate = newCertificate(commonName, m_authority->key.get(),
                                                  now.addSecs(-3600), now.addYears(10));
    X509 *certificate = m_authority->certificate.get();
    if (!certificate ||
        X509_set_issuer_name(certificate, X509_get_subject_name(certificate)) != 1 ||
        !addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(certificate, certificate, NID_subject_key_identifier, "hash") ||
        !addExtension(certificate, certificate, NID_authority_key_identifier, "keyid:always") ||
        X509_sign(certificate, m_authority->key.get(), EVP_sha256()) <= 0) {
        m_error = QStringLiteral("cannot create the test CA");
        ERR_clear_error();
        m_authority->certificate.reset();
        return;
    }
    m_ca = toTestCertificate(certificate, m_authority->key.get());
}

CertificateFactory::~CertificateFactory() = default;

bool CertificateFactory::isValid() const
{
    return m_authority && m_authority->certificate && !m_ca.isNull();
}

QStringList CertificateFactory::loopbackNames()
{
    return {QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")};
}

TestCertificate CertificateFactory::issue(const QStringList &subjectAltNames, QDateTime notBefore,
                                          QDateTime notAfter) const
{
    if (!isValid())
        return {};
    defaultValidity(notBefore, notAfter);
    PkeyPtr key = newKey();
    if (!key)
        return {};
    X509 *issuer = m_authority->certificate.get();
    X509Ptr certificate =
        newCertificate(commonNameFor(subjectAltNames), key.get(), notBefore, notAfter);
    if (!certificate ||
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1 ||
        !addServerExtensions(certificate.get(), issuer, subjectAltNames) ||
        X509_sign(certificate.get(), m_authority->key.get(), EVP_sha256()) <= 0) {
        ERR_clear_error();
        return {};
    }
    return toTestCertificate(certificate.get(), key.get());
}

TestCertificate CertificateFactory::selfSigned(const QStringList &subjectAltNames,
                                               QDateTime notBefore, QDateTime notAfter)
{
    defaultValidity(notBefore, notAfter);
    PkeyPtr key = newKey();
    if (!key)
        return {};
    X509Ptr certificate =
        newCertificate(commonNameFor(subjectAltNames), key.get(), notBefore, notAfter);
    if (!certificate ||
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get())) != 1 ||
        !addServerExtensions(certificate.get(), certificate.get(), subjectAltNames) ||
        X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0) {
        ERR_clear_error();
        return {};
    }
    return toTestCertificate(certificate.get(), key.get());
}

} // namespace cp::testing
