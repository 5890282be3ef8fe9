#include "pki/certificateauthority.h"

#include <openssl/err.h>
#include <openssl/rand.h>

#include <utility>

namespace cp::server {
namespace {

// Clients may run a little behind the server's clock.
constexpr long kBackdateSeconds = 60 * 60;

void setError(QString *error, const QString &what)
{
    const QString text = opensslFailure(what);
    if (error != nullptr)
        *error = text;
}

// 128 random bits with the top bit cleared: a positive INTEGER of at most 16
// octets, unpredictable as CA/Browser Forum rules ask.
bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[16] = {};
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    BignumPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && !BN_is_zero(serial.get()) &&
           BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

X509NamePtr makeName(const DistinguishedName &dn)
{
    X509NamePtr name(X509_NAME_new());
    if (!name || !addNameEntry(name.get(), "C", dn.country) ||
        !addNameEntry(name.get(), "O", dn.organisation) ||
        !addNameEntry(name.get(), "CN", dn.commonName))
        return {};
    return name;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Everything but the issuer side: version, serial, validity, subject, key.
X509Ptr newCertificate(const DistinguishedName &subject, EVP_PKEY *key, int validDays)
{
    X509Ptr certificate(X509_new());
    X509NamePtr name = makeName(subject);
    if (!certificate || !name || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(certificate.get()) ||
        X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kBackdateSeconds) == nullptr ||
        X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validDays, 0, nullptr) == nullptr ||
        X509_set_subject_name(certificate.get(), name.get()) != 1 ||
        X509_set_pubkey(certificate.get(), key) != 1)
        return {};
    return certificate;
}

// The extensions of each role. SKI goes before AKI: a root's AKI is taken
// from its own SKI.
bool addRoleExtensions(X509 *certificate, X509 *issuer, const CertificateRequest &request)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    bool ok = true;
    switch (request.role) {
    case CertificateRole::RootCa:
        ok = addExtension(certificate, &context, NID_basic_constraints,
                          "critical,CA:TRUE,pathlen:0") &&
             addExtension(certificate, &context, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case CertificateRole::TlsServer:
        ok = addExtension(certificate, &context, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(certificate, &context, NID_key_usage, "critical,digitalSignature") &&
             addExtension(certificate, &context, NID_ext_key_usage, "serverAuth");
        if (ok && !request.subjectAltName.isEmpty()) {
            const QByteArray san = request.subjectAltName.toLatin1();
            ok = addExtension(certificate, &context, NID_subject_alt_name, san.constData());
        }
        break;
    case CertificateRole::DocumentSigner:
        ok = addExtension(certificate, &context, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(certificate, &context, NID_key_usage,
                          "critical,digitalSignature,nonRepudiation") &&
             addExtension(certificate, &context, NID_ext_key_usage, "emailProtection");
        break;
    }
    return ok && addExtension(certificate, &context, NID_subject_key_identifier, "hash") &&
           addExtension(certificate, &context, NID_authority_key_identifier, "keyid:always");
}

} // namespace

bool CertifiedKey::matches() const
{
    if (isNull())
        return false;
    const bool ok = X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

CertificateAuthority::CertificateAuthority(CertifiedKey authority)
    : m_authority(std::move(authority))
{}

std::optional<CertificateAuthority>
CertificateAuthority::createRoot(const DistinguishedName &subject, int validDays, QString *error)
{
    EvpPkeyPtr key = generateP256Key();
    if (!key) {
        setError(error, QStringLiteral("cannot generate a P-256 key"));
        return std::nullopt;
    }
    X509Ptr certificate = newCertificate(subject, key.get(), validDays);
    const CertificateRequest request{subject, CertificateRole::RootCa, validDays, {}};
    if (!certificate ||
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get())) != 1 ||
        !addRoleExtensions(certificate.get(), certificate.get(), request) ||
        X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0) {
        setError(
            error,
            QStringLiteral("cannot create the root certificate \"%1\"").arg(subject.commonName));
        return std::nullopt;
    }
    return CertificateAuthority({sharePkey(std::move(key)), shareX509(std::move(certificate))});
}

std::optional<CertifiedKey> CertificateAuthority::issue(const CertificateRequest &request,
                                                        QString *error) const
{
    if (m_authority.isNull() || request.role == CertificateRole::RootCa) {
        if (error != nullptr)
            *error = QStringLiteral("this authority cannot issue such a certificate");
        return std::nullopt;
    }
    EvpPkeyPtr key = generateP256Key();
    if (!key) {
        setError(error, QStringLiteral("cannot generate a P-256 key"));
        return std::nullopt;
    }
    X509 *issuer = m_authority.certificate.get();
    X509Ptr certificate = newCertificate(request.subject, key.get(), request.validDays);
    if (!certificate ||
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1 ||
        !addRoleExtensions(certificate.get(), issuer, request) ||
        X509_sign(certificate.get(), m_authority.key.get(), EVP_sha256()) <= 0) {
        setError(error, QStringLiteral("cannot issue the certificate of \"%1\"")
                            .arg(request.subject.commonName));
        return std::nullopt;
    }
    return CertifiedKey{sharePkey(std::move(key)), shareX509(std::move(certificate))};
}

bool CertificateAuthority::hasIssued(X509 *certificate) const
{
    if (m_authority.isNull() || certificate == nullptr)
        return false;
    const bool ok = X509_check_issued(m_authority.certificate.get(), certificate) == X509_V_OK &&
                    X509_verify(certificate, X509_get0_pubkey(m_authority.certificate.get())) == 1;
    ERR_clear_error();
    return ok;
}

bool CertificateAuthority::isSelfSignedCa() const
{
    return hasIssued(m_authority.certificate.get()) &&
           X509_check_ca(m_authority.certificate.get()) != 0;
}

} // namespace cp::server
