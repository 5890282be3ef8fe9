// Test support: X.509 certificates made on the spot with OpenSSL, to point
// the client at servers it must refuse. A factory is a CA of its own (a
// self-signed root); it issues TLS server certificates for chosen names
// (subjectAltName) and validity windows — expired, not yet valid — and makes
// self-signed ones. Keys are ECDSA P-256; everything comes out as PEM.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

namespace cp::testing {

struct TestCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem;     // unencrypted PKCS#8
    QByteArray spkiSha256; // the pin of its public key (32 bytes)

    bool isNull() const { return certificatePem.isEmpty(); }
    QSslCertificate certificate() const;
    QSslKey key() const;
    // Writes the certificate (and the key, when a path is given) as PEM.
    bool write(const QString &certificatePath, const QString &keyPath = {}) const;
};

class CertificateFactory
{
public:
    // A new CA named `commonName`, valid from an hour ago for ten years.
    explicit CertificateFactory(const QString &commonName = QStringLiteral("Test CA"));
    ~CertificateFactory();
    CertificateFactory(const CertificateFactory &) = delete;
    CertificateFactory &operator=(const CertificateFactory &) = delete;

    bool isValid() const;
    QString error() const { return m_error; }
    const TestCertificate &ca() const { return m_ca; }
    bool writeCa(const QString &path) const { return m_ca.write(path); }

    // The names of the loopback server: IP:127.0.0.1 and DNS:localhost.
    static QStringList loopbackNames();

    // A TLS server certificate for `subjectAltNames` (OpenSSL syntax,
    // "IP:127.0.0.1", "DNS:localhost"), signed by this CA. Default validity:
    // from an hour ago for 30 days.
    TestCertificate issue(const QStringList &subjectAltNames, QDateTime notBefore = {},
                          QDateTime notAfter = {}) const;
    // A TLS server certificate that signs itself (no CA vouches for it).
    static TestCertificate selfSigned(const QStringList &subjectAltNames, QDateTime notBefore = {},
                                      QDateTime notAfter = {});

private:
    struct Authority;
    std::unique_ptr<Authority> m_authority;
    TestCertificate m_ca;
    QString m_error;
};

} // namespace cp::testing
