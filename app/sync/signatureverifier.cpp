#include "sync/signatureverifier.h"

#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <limits>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcSignature, "cp.sync.signature")

namespace cp::sync {
namespace {

// Good chains remembered at most (issuers are few).
constexpr qsizetype kMaxGoodChains = 256;

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;

// CMS_get0_signers hands out a stack without taking references on the
// certificates: free the stack, not them.
void freeSignerStack(STACK_OF(X509) * s)
{
    sk_X509_free(s);
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

// The detached content for CMS_verify, behind a pass-through filter. Handed a
// memory BIO, CMS_verify (OpenSSL 3.0 up to at least 3.0.19) reads from a
// copy that it leaks when CMS_dataInit fails, e.g. on a SignedData with an
// empty digestAlgorithms set (openssl/openssl#30471, #30535): a hostile
// signature would cost memory on every check. Through the filter the BIO is
// not a memory BIO and CMS_verify reads it directly.
BioPtr contentBio(const QByteArray &bytes)
{
    BioPtr memory = memoryBio(bytes);
    BioPtr filter(BIO_new(BIO_f_null()));
    if (!memory || !filter)
        return nullptr;
    BIO_push(filter.get(), memory.release());
    return filter;
}

QString nameEntry(X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// An ASN.1 time in UTC; invalid when it does not read.
QDateTime utcOf(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QDateTime signingTimeOf(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    if (!infos || sk_CMS_SignerInfo_num(infos) < 1)
        return {};
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attr = CMS_signed_get_attr(si, index);
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attr, 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    return utcOf(reinterpret_cast<const ASN1_TIME *>(value->value.asn1_string));
}

void freeCertStack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}

// The key of a chain found good: the SHA-256 of the DER of the signer's
// certificate, then of each certificate the SignedData carries.
QByteArray chainKey(X509 *signer, STACK_OF(X509) * untrusted)
{
    QByteArray key;
    const auto add = [&key](X509 *cert) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
            return false;
        key.append(reinterpret_cast<const char *>(digest), int(length));
        return true;
    };
    if (!add(signer))
        return {};
    for (int i = 0; i < sk_X509_num(untrusted); ++i) {
        if (!add(sk_X509_value(untrusted, i)))
            return {};
    }
    return key;
}

// The seconds since the epoch between which every certificate of `chain` is
// valid; nullopt when a validity does not read.
std::optional<std::pair<qint64, qint64>> validityOf(STACK_OF(X509) * chain)
{
    std::pair<qint64, qint64> window{std::numeric_limits<qint64>::min(),
                                     std::numeric_limits<qint64>::max()};
    for (int i = 0; i < sk_X509_num(chain); ++i) {
        X509 *cert = sk_X509_value(chain, i);
        const QDateTime from = utcOf(X509_get0_notBefore(cert));
        const QDateTime until = utcOf(X509_get0_notAfter(cert));
        if (!from.isValid() || !until.isValid())
            return std::nullopt;
        window = {std::max(window.first, from.toSecsSinceEpoch()),
                  std::min(window.second, until.toSecsSinceEpoch())};
    }
    return window;
}

QString lastOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

} // namespace

QString SignatureCheck::key(Result result)
{
    switch (result) {
    case Result::Valid:
        return QStringLiteral("valid");
    case Result::Invalid:
        return QStringLiteral("invalid");
    case Result::UnknownIssuer:
        return QStringLiteral("unknown_issuer");
    case Result::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

SignatureVerifier::SignatureVerifier(const QByteArray &trustedRootsPem)
    : m_store(X509_STORE_new(), X509_STORE_free)
{
    BioPtr bio = memoryBio(trustedRootsPem);
    while (X509 *raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr cert(raw);
        if (m_store && X509_STORE_add_cert(m_store.get(), cert.get()) == 1)
            ++m_rootCount;
    }
    // The documents' signers carry the emailProtection purpose (S/MIME signing).
    if (m_store)
        X509_STORE_set_purpose(m_store.get(), X509_PURPOSE_SMIME_SIGN);
    ERR_clear_error(); // the end of the PEM data leaves an error behind
}

namespace {

// A detached CMS SignedData, or null with check->detail.
CmsPtr parseDetached(const QByteArray &signatureDer, SignatureCheck *check)
{
    if (signatureDer.isEmpty() || signatureDer.size() > 1024 * 1024) {
        check->detail = QStringLiteral("no signature, or an oversized one");
        return nullptr;
    }
    BioPtr sigBio = memoryBio(signatureDer);
    CmsPtr cms(d2i_CMS_bio(sigBio.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed ||
        !CMS_is_detached(cms.get())) {
        check->detail = QStringLiteral("not a detached CMS SignedData: ") + lastOpenSslError();
        return nullptr;
    }
    return cms;
}

SignatureCheck invalid(SignatureCheck check)
{
    check.result = SignatureCheck::Result::Invalid;
    check.detail =
        QStringLiteral("the signature does not match the document: ") + lastOpenSslError();
    return check;
}

} // namespace

SignatureCheck SignatureVerifier::verify(const QByteArray &content,
                                         const QByteArray &signatureDer) const
{
    SignatureCheck check;
    CmsPtr cms = parseDetached(signatureDer, &check);
    if (!cms)
        return check;
    // First the mathematics of the signature alone, then the chain: so that a
    // good signature by an unknown issuer is told apart from a broken one.
    BioPtr data = contentBio(content);
    if (CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1)
        return invalid(check);
    return signerAndChain(cms.get(), check);
}

std::optional<SignatureCheck> SignatureVerifier::verifyDigest(const QByteArray &contentSha256,
                                                              const QByteArray &signatureDer) const
{
    SignatureCheck check;
    CmsPtr cms = parseDetached(signatureDer, &check);
    if (!cms)
        return check; // what verify() would answer, content or not
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1)
        return std::nullopt;
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest, nullptr);
    if (!digest || OBJ_obj2nid(digest->algorithm) != NID_sha256 ||
        CMS_signed_get_attr_count(si) <= 0 || contentSha256.size() != 32)
        return std::nullopt;
    // As CMS_verify does: the signer's certificate from the SignedData, the
    // signature over the signed attributes (their rules checked), then the
    // digest of the content among them.
    if (CMS_set1_signers_certs(cms.get(), nullptr, 0) < 1 || CMS_SignerInfo_verify(si) != 1)
        return invalid(check);
    const auto *messageDigest = static_cast<const ASN1_OCTET_STRING *>(CMS_signed_get0_data_by_OBJ(
        si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    if (!messageDigest || ASN1_STRING_length(messageDigest) != contentSha256.size() ||
        std::memcmp(ASN1_STRING_get0_data(messageDigest), contentSha256.constData(),
                    size_t(contentSha256.size())) != 0)
        return invalid(check);
    return signerAndChain(cms.get(), check);
}

SignatureCheck SignatureVerifier::signerAndChain(CMS_ContentInfo *cms, SignatureCheck check) const
{
    std::unique_ptr<STACK_OF(X509), decltype(&freeSignerStack)> signers(CMS_get0_signers(cms),
                                                                        &freeSignerStack);
    if (signers && sk_X509_num(signers.get()) > 0) {
        X509 *signer = sk_X509_value(signers.get(), 0);
        check.signer = nameEntry(X509_get_subject_name(signer), NID_commonName);
        check.signerOrganisation = nameEntry(X509_get_subject_name(signer), NID_organizationName);
    }
    check.signingTime = signingTimeOf(cms);

    const QString chain =
        m_store ? chainError(cms) : QStringLiteral("no trusted root could be read");
    if (!chain.isEmpty()) {
        ERR_clear_error();
        check.result = SignatureCheck::Result::UnknownIssuer;
        check.detail = QStringLiteral("the signer does not chain to a trusted root: ") + chain;
        return check;
    }
    check.result = SignatureCheck::Result::Valid;
    return check;
}

void SignatureVerifier::setCheckTime(const QDateTime &at)
{
    m_checkTime = at.isValid() ? at.toSecsSinceEpoch() : -1;
}

// What CMS_verify checks of the chains (the CMS's certificates as the
// untrusted ones, the S/MIME signing purpose), without reading and hashing
// the content again: the signature over it is checked already.
QString SignatureVerifier::chainError(CMS_ContentInfo *cms) const
{
    std::unique_ptr<STACK_OF(X509), decltype(&freeSignerStack)> signers(CMS_get0_signers(cms),
                                                                        &freeSignerStack);
    if (!signers || sk_X509_num(signers.get()) < 1)
        return QStringLiteral("no signer certificate");
    std::unique_ptr<STACK_OF(X509), decltype(&freeCertStack)> untrusted(CMS_get1_certs(cms),
                                                                        &freeCertStack);
    const qint64 now = m_checkTime >= 0 ? m_checkTime : QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < sk_X509_num(signers.get()); ++i) {
        X509 *signer = sk_X509_value(signers.get(), i);
        const QByteArray key = chainKey(signer, untrusted.get());
        if (!key.isEmpty()) {
            QMutexLocker locked(&m_goodChainsMutex);
            const auto good = m_goodChains.constFind(key);
            if (good != m_goodChains.cend() && now >= good->first && now <= good->second)
                continue;
        }
        std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>> context(
            X509_STORE_CTX_new());
        if (!context ||
            X509_STORE_CTX_init(context.get(), m_store.get(), signer, untrusted.get()) != 1 ||
            X509_STORE_CTX_set_default(context.get(), "smime_sign") != 1)
            return QStringLiteral("the chain could not be checked");
        if (m_checkTime >= 0)
            X509_STORE_CTX_set_time(context.get(), 0, time_t(m_checkTime));
        ++m_chainsChecked;
        if (X509_verify_cert(context.get()) <= 0)
            return QString::fromLatin1(
                X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
        const auto window = validityOf(X509_STORE_CTX_get0_chain(context.get()));
        if (key.isEmpty() || !window)
            continue;
        QMutexLocker locked(&m_goodChainsMutex);
        if (m_goodChains.size() >= kMaxGoodChains)
            m_goodChains.clear(); // more signers than issuers: start again
        m_goodChains.insert(key, *window);
    }
    return {};
}

} // namespace cp::sync
