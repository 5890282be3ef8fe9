// The keys and certificates of the reference server, kept in one folder:
// its own TLS CA and server certificate, and a demonstration "state" PKI — a
// root CA and the document-signing certificates of the demo issuers (ФНС,
// СФР, Росреестр) — with which it signs issued documents (detached CMS), so
// that clients can check them offline against the exported root.
#pragma once

#include "pki/certificateauthority.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace cp::server {

struct IssuerInfo
{
    QString key;        // "fns", "sfr", "rosreestr"
    QString commonName; // the certificate's CN, e.g. "ФНС России (демо)"
};

class ServerPki
{
public:
    // Loads, or creates on first start, everything under `dir` (created 0700;
    // every file 0600, written through QSaveFile):
    //   tls-ca.key/.pem        the server's own TLS root CA
    //   server.key/.pem        TLS certificate for 127.0.0.1, ::1, localhost
    //   state-root.key/.pem    the demonstration state root CA
    //   issuer-{fns,sfr,rosreestr}.key/.pem  document signers under that root
    // A pair found complete is loaded and checked (key matches, signed by its
    // parent), never regenerated; a missing pair is created; half a pair, or a
    // pair that does not chain to its parent, is an error (nothing is
    // overwritten). On failure returns nullopt and sets *error (English).
    static std::optional<ServerPki> loadOrCreate(const QString &dir, QString *error);

    // Serves TLS with a given certificate and key (PEM files) instead of the
    // generated server.pem/key. The certificate file may hold the chain after
    // the leaf. tlsCaPath() then returns `caPath` — empty with the first form,
    // or when the certificate chains to a CA clients already trust. The key
    // (EC or RSA) must be unencrypted and match the certificate. On failure
    // nothing changes and *error says why.
    bool useTlsCertificate(const QString &certPath, const QString &keyPath, QString *error);
    bool useTlsCertificate(const QString &certPath, const QString &keyPath, const QString &caPath,
                           QString *error);

    QSslCertificate serverCertificate() const;
    // The leaf first, then any intermediates given with it (for
    // QSslConfiguration::setLocalCertificateChain).
    QList<QSslCertificate> serverCertificateChain() const;
    QSslKey serverKey() const;
    QString tlsCaPath() const;       // absolute path of tls-ca.pem (what clients must trust)
    QByteArray stateRootPem() const; // the demo state root CA certificate, PEM
    QString stateRootPath() const;   // absolute path of state-root.pem
    QList<IssuerInfo> issuers() const;
    bool hasIssuer(const QString &issuerKey) const;

    // Detached CMS SignedData over `content`, DER: signed by the issuer's key
    // with SHA-256, the issuer certificate included, signed attributes
    // contentType, signingTime and messageDigest. Verifies with
    // `openssl cms -verify -binary -inform DER -in sig.der -content file
    //  -CAfile state-root.pem`. Empty with *error set on an unknown issuer or
    // an OpenSSL failure.
    QByteArray signDetached(const QString &issuerKey, const QByteArray &content,
                            QString *error) const;

private:
    struct Issuer
    {
        IssuerInfo info;
        CertifiedKey identity;
    };

    ServerPki() = default;
    const Issuer *findIssuer(const QString &issuerKey) const;

    QList<QSslCertificate> m_serverChain;
    QSslKey m_serverKey;
    QString m_tlsCaPath;
    QString m_stateRootPath;
    QByteArray m_stateRootPem;
    QList<Issuer> m_issuers;
};

} // namespace cp::server
