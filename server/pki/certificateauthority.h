// Issues the X.509v3 certificates of the reference server's small
// hierarchies: a self-signed root CA, and below it a TLS server certificate or
// a document-signing certificate. Every certificate gets a new ECDSA P-256
// key, a random serial, a SHA-256 signature, basicConstraints, keyUsage and
// key identifiers (SKI/AKI), so that OpenSSL, Qt and browsers accept them
// without special flags.
#pragma once

#include "pki/opensslhandles.h"

#include <QString>

#include <optional>

namespace cp::server {

struct DistinguishedName
{
    QString commonName;
    QString organisation;
    QString country; // ISO 3166 two letters, e.g. "RU"; empty to leave out
};

enum class CertificateRole
{
    RootCa,         // signs end-entity certificates only (pathlen 0)
    TlsServer,      // serverAuth, with subjectAltName
    DocumentSigner, // digitalSignature + nonRepudiation, emailProtection for S/MIME-style checks
};

struct CertificateRequest
{
    DistinguishedName subject;
    CertificateRole role = CertificateRole::DocumentSigner;
    int validDays = 365;
    QString subjectAltName; // OpenSSL syntax, "IP:127.0.0.1,DNS:localhost"; TLS only
};

// A private key with the certificate of its public half.
struct CertifiedKey
{
    SharedPkey key;
    SharedX509 certificate;

    bool isNull() const { return !key || !certificate; }
    // The certificate holds this key's public half.
    bool matches() const;
};

class CertificateAuthority
{
public:
    explicit CertificateAuthority(CertifiedKey authority);

    // A new root: key and self-signed certificate.
    static std::optional<CertificateAuthority> createRoot(const DistinguishedName &subject,
                                                          int validDays, QString *error);

    // A new key and a certificate for it, signed by this authority.
    std::optional<CertifiedKey> issue(const CertificateRequest &request, QString *error) const;

    // `certificate` names this authority as its issuer and carries its valid signature.
    bool hasIssued(X509 *certificate) const;
    // The authority's own certificate is self-signed and a CA.
    bool isSelfSignedCa() const;

    const CertifiedKey &authority() const { return m_authority; }

private:
    CertifiedKey m_authority;
};

} // namespace cp::server
