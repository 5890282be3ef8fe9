// Checks the detached CMS (PKCS#7) signature of an issued document against
// the trusted roots of the issuing bodies (the state root served at
// /api/v1/trust-roots), offline: is the signature over these bytes, does the
// signer chain to a trusted root, who signed and when.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

struct CMS_ContentInfo_st; // OpenSSL's CMS_ContentInfo
struct x509_store_st;      // OpenSSL's X509_STORE

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
    int rootCount() const { return m_rootCount; }

    SignatureCheck verify(const QByteArray &content, const QByteArray &signatureDer) const;
    // The same check given the content's SHA-256, computed already (a
    // download hashes its content once, to compare it with the digest the
    // server announced): the signature over the signed attributes, then
    // their messageDigest against `contentSha256`. Only for one signer whose
    // digest is SHA-256 over signed attributes, as the issuing bodies'
    // signatures are; nullopt for any other (call verify() with the content).
    std::optional<SignatureCheck> verifyDigest(const QByteArray &contentSha256,
                                               const QByteArray &signatureDer) const;

private:
    // Who signed, when, and whether the signer chains to a trusted root,
    // once the signature itself is known to be good.
    SignatureCheck signerAndChain(CMS_ContentInfo_st *cms, SignatureCheck check) const;

    // The trusted roots, parsed once: only read from then on, so that the
    // downloads' workers check chains against it at the same time.
    std::shared_ptr<x509_store_st> m_store;
    int m_rootCount = 0;
};

} // namespace cp::sync
