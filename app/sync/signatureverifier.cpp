#include "sync/signatureverifier.h"

#include <QList>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcSignature, "cp.sync.signature")

namespace cp::sync {
namespace {

// Good chains remembered at most (issuers are few).
constexpr qsizetype kMaxGoodChains = 256;
// Parsed certificates remembered at most.
constexpr qsizetype kMaxCertificates = 256;

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

std::shared_ptr<X509> SignatureVerifier::certificate(const QByteArray &der) const
{
    {
        QMutexLocker locked(&m_certificatesMutex);
        const auto known = m_certificates.constFind(der);
        if (known != m_certificates.cend())
            return *known;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *end = bytes;
    X509 *parsed = d2i_X509(nullptr, &end, long(der.size()));
    if (!parsed || end != bytes + der.size()) {
        X509_free(parsed);
        return nullptr;
    }
    ++m_certificatesParsed;
    std::shared_ptr<X509> cert(parsed, X509_free);
    QMutexLocker locked(&m_certificatesMutex);
    if (m_certificates.size() >= kMaxCertificates)
        m_certificates.clear(); // more certificates than issuers: start again
    m_certificates.insert(der, cert);
    return cert;
}

namespace {

// One DER element: its tag, where it starts, where its content starts and
// where it ends. Definite lengths only (DER); nullopt for anything else or
// an element running past `limit`.
struct DerElement
{
    unsigned char tag = 0;
    qsizetype start = 0;
    qsizetype content = 0;
    qsizetype end = 0;
};

std::optional<DerElement> derElement(const QByteArray &der, qsizetype at, qsizetype limit)
{
    if (at < 0 || limit - at < 2)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    DerElement element;
    element.start = at;
    element.tag = bytes[at];
    if ((element.tag & 0x1f) == 0x1f)
        return std::nullopt; // a high tag number: none in a SignedData's frame
    qsizetype position = at + 1;
    qsizetype length = bytes[position++];
    if (length & 0x80) {
        const int octets = int(length & 0x7f);
        if (octets == 0 || octets > 4 || limit - position < octets)
            return std::nullopt; // indefinite (BER), or longer than a signature can be
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | bytes[position++];
    }
    if (length > limit - position)
        return std::nullopt;
    element.content = position;
    element.end = position + length;
    return element;
}

QByteArray derHeader(unsigned char tag, qsizetype length)
{
    QByteArray header(1, char(tag));
    if (length < 0x80) {
        header.append(char(length));
        return header;
    }
    QByteArray octets;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        octets.prepend(char(rest & 0xff));
    header.append(char(0x80 | octets.size()));
    header.append(octets);
    return header;
}

QByteArray slice(const QByteArray &der, const DerElement &element)
{
    return der.mid(element.start, element.end - element.start);
}

// A ContentInfo holding a SignedData, split into the same DER without the
// SignedData's certificates and the DER of each certificate; nullopt when the
// signature is not of that plain shape (no certificates, another choice of
// certificate, BER, trailing bytes): it is then parsed as a whole.
struct SplitSignature
{
    QByteArray withoutCertificates;
    QList<QByteArray> certificates;
};

std::optional<SplitSignature> splitCertificates(const QByteArray &der)
{
    const qsizetype size = der.size();
    // ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT SignedData }
    const auto info = derElement(der, 0, size);
    if (!info || info->tag != 0x30 || info->end != size)
        return std::nullopt;
    const auto type = derElement(der, info->content, size);
    if (!type || type->tag != 0x06)
        return std::nullopt;
    const auto content = derElement(der, type->end, size);
    if (!content || content->tag != 0xa0 || content->end != size)
        return std::nullopt;
    const auto signedData = derElement(der, content->content, size);
    if (!signedData || signedData->tag != 0x30 || signedData->end != size)
        return std::nullopt;
    // SignedData ::= SEQUENCE { version, digestAlgorithms, encapContentInfo,
    //   certificates [0] IMPLICIT OPTIONAL, crls [1] IMPLICIT OPTIONAL, signerInfos }
    SplitSignature split;
    QByteArray fields;
    bool certificates = false;
    for (qsizetype at = signedData->content; at < size;) {
        const auto field = derElement(der, at, size);
        if (!field)
            return std::nullopt;
        if (field->tag == 0xa0) {
            if (certificates)
                return std::nullopt;
            certificates = true;
            for (qsizetype next = field->content; next < field->end;) {
                const auto cert = derElement(der, next, field->end);
                if (!cert || cert->tag != 0x30)
                    return std::nullopt;
                split.certificates.append(slice(der, *cert));
                next = cert->end;
            }
        } else {
            fields.append(slice(der, *field));
        }
        at = field->end;
    }
    if (!certificates || split.certificates.isEmpty())
        return std::nullopt;
    const QByteArray body = derHeader(0x30, fields.size()) + fields;
    const QByteArray explicitContent = derHeader(0xa0, body.size()) + body;
    const QByteArray inner = slice(der, *type) + explicitContent;
    split.withoutCertificates = derHeader(0x30, inner.size()) + inner;
    return split;
}

// A detached CMS SignedData, or null with check->detail. The certificates it
// carries come from `certificate` (parsed once for every signature that
// carries them), the rest is parsed here; a signature of another shape is
// parsed whole.
CmsPtr parseDetached(const QByteArray &signatureDer, SignatureCheck *check,
                     const std::function<std::shared_ptr<X509>(const QByteArray &)> &certificate)
{
    if (signatureDer.isEmpty() || signatureDer.size() > 1024 * 1024) {
        check->detail = QStringLiteral("no signature, or an oversized one");
        return nullptr;
    }
    CmsPtr cms;
    if (const auto split = splitCertificates(signatureDer)) {
        BioPtr bio = memoryBio(split->withoutCertificates);
        cms.reset(d2i_CMS_bio(bio.get(), nullptr));
        for (qsizetype i = 0; cms && i < split->certificates.size(); ++i) {
            const std::shared_ptr<X509> cert = certificate(split->certificates.at(i));
            if (!cert || CMS_add1_cert(cms.get(), cert.get()) != 1)
                cms.reset(); // as a whole, below: the same answer as ever
        }
        ERR_clear_error();
    }
    if (!cms) {
        BioPtr sigBio = memoryBio(signatureDer);
        cms.reset(d2i_CMS_bio(sigBio.get(), nullptr));
    }
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
    CmsPtr cms = parseDetached(signatureDer, &check,
                               [this](const QByteArray &der) { return certificate(der); });
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
    CmsPtr cms = parseDetached(signatureDer, &check,
                               [this](const QByteArray &der) { return certificate(der); });
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
