// Checks the detached CMS (PKCS#7) signature of an issued document against
// the trusted roots of the issuing bodies (the state root served at
// /api/v1/trust-roots), offline: is the signature over these bytes, does the
// signer chain to a trusted root, who signed and when.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

struct CMS_ContentInfo_st; // OpenSSL's CMS_ContentInfo
struct x509_st;            // OpenSSL's X509
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

    // Chains are checked as of this moment instead of the current time (tests).
    void setCheckTime(const QDateTime &at);
    // Chains checked in full so far. A signer's chain found good is checked
    // once: a later signature by the same signer, with the same certificates
    // along, is answered from it while the check time lies within the
    // validity of every certificate of that chain (nothing else the check
    // looks at changes: the roots, the purpose; no revocation lists).
    int chainsChecked() const { return m_chainsChecked.load(); }
    // Certificates parsed so far. The certificates a signature carries are
    // parsed once for all the signatures that carry the same ones (the same
    // DER): a sync's hundreds of signatures come from a few issuers, and
    // parsing a certificate (its public key above all) costs more than
    // checking the signature.
    int certificatesParsed() const { return m_certificatesParsed.load(); }

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

    // Why a signer of `cms` does not chain to a trusted root; empty when each does.
    QString chainError(CMS_ContentInfo_st *cms) const;
    // The certificate of this DER, parsed once; null when it does not parse.
    std::shared_ptr<x509_st> certificate(const QByteArray &der) const;

    // The trusted roots, parsed once: only read from then on, so that the
    // downloads' workers check chains against it at the same time.
    std::shared_ptr<x509_store_st> m_store;
    int m_rootCount = 0;
    qint64 m_checkTime = -1; // seconds since the epoch; -1: the current time
    // Good chains: SHA-256 of the signer's and the other certificates' DER
    // -> the seconds since the epoch between which every one is valid.
    mutable QMutex m_goodChainsMutex;
    mutable QHash<QByteArray, std::pair<qint64, qint64>> m_goodChains;
    mutable std::atomic<int> m_chainsChecked{0};
    // Parsed certificates by their DER (public data), shared with the
    // signatures that carry them; read-only once parsed.
    mutable QMutex m_certificatesMutex;
    mutable QHash<QByteArray, std::shared_ptr<x509_st>> m_certificates;
    mutable std::atomic<int> m_certificatesParsed{0};
};

} // namespace cp::sync
