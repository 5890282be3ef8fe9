// Checks the detached CMS (PKCS#7) signature of an issued document against
// the trusted roots of the issuing bodies (the state root served at
// /api/v1/trust-roots), offline: is the signature over these bytes, does the
// signer chain to a trusted root, who signed and when.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cp::sync {

struct SignatureCheck
{
    enum class Result
    {
        Valid,
        Invalid,
        UnknownIssuer,
        Malformed
    };
    Result result = Result::Malformed;
    QString signer; // common name of the signing certificate
    QString signerOrganisation;
    QDateTime signingTime; // from the signed attributes; invalid when absent
    QString detail;        // English, for logs: why it is not valid

    static QString key(Result result); // "valid" | "invalid" | "unknown_issuer" | "malformed"
};

class SignatureVerifier
{
public:
    // `trustedRootsPem`: one or more PEM certificates.
    explicit SignatureVerifier(const QByteArray &trustedRootsPem);
    int rootCount() const { return m_roots.size(); }

    SignatureCheck verify(const QByteArray &content, const QByteArray &signatureDer) const;

private:
    QList<QByteArray> m_roots; // DER
};

} // namespace cp::sync
