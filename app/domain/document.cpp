#include "domain/document.h"

#include "domain/enumkeys.h"
#include "domain/recordcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace cp::domain {
namespace {

constexpr std::array<DocumentKind, 7> kKinds{{
    {"ndfl2", QT_TRANSLATE_NOOP("Document", "2-NDFL income certificate"), "fns", true, true, true},
    {"pension_account_statement", QT_TRANSLATE_NOOP("Document", "Pension account statement"), "sfr",
     false, true, false},
    {"pension_certificate", QT_TRANSLATE_NOOP("Document", "Certificate of assigned pension"), "sfr",
     false, true, false},
    {"employment_history_extract",
     QT_TRANSLATE_NOOP("Document", "Employment history extract (STD-R)"), "sfr", true, true, false},
    {"egrn_extract", QT_TRANSLATE_NOOP("Document", "Real-estate extract from EGRN"), "rosreestr",
     true, true, false},
    {"maternity_capital_statement",
     QT_TRANSLATE_NOOP("Document", "Maternity capital balance statement"), "sfr", false, true,
     false},
    {"no_tax_arrears_certificate", QT_TRANSLATE_NOOP("Document", "Certificate of no tax arrears"),
     "fns", false, true, false},
}};

constexpr std::array<EnumKey<DocumentOrigin>, 2> kOrigins{{
    {DocumentOrigin::Issued, "issued", QT_TRANSLATE_NOOP("Document", "Issued")},
    {DocumentOrigin::Uploaded, "uploaded", QT_TRANSLATE_NOOP("Document", "Added by you")},
}};

const QString kUploadKind = QStringLiteral("upload");
constexpr qint64 kMaxDocumentSize = qint64(1) << 40;

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(toJsonDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

std::span<const DocumentKind> DocumentKinds::all()
{
    return kKinds;
}

const DocumentKind *DocumentKinds::find(QStringView key)
{
    for (const DocumentKind &kind : kKinds) {
        if (key == QLatin1StringView(kind.key))
            return &kind;
    }
    return nullptr;
}

QString DocumentKinds::name(const DocumentKind &kind)
{
    return QCoreApplication::translate("Document", kind.name);
}

QString DocumentKinds::issuerName(const DocumentKind &kind)
{
    static constexpr struct
    {
        const char *key;
        const char *name;
    } kIssuers[] = {
        {"fns", QT_TRANSLATE_NOOP("Document", "Federal Tax Service")},
        {"sfr", QT_TRANSLATE_NOOP("Document", "Social Fund of Russia")},
        {"rosreestr", QT_TRANSLATE_NOOP("Document", "Rosreestr")},
    };
    for (const auto &issuer : kIssuers) {
        if (qstrcmp(issuer.key, kind.issuer) == 0)
            return QCoreApplication::translate("Document", issuer.name);
    }
    return QString::fromLatin1(kind.issuer);
}

QJsonObject toJson(const DocumentInfo &value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("kind"), value.kind},
        {QStringLiteral("origin"), keyOf(kOrigins, value.origin)},
        {QStringLiteral("title"), value.title},
        {QStringLiteral("issuer"), value.issuer},
        {QStringLiteral("period_from"), dateOrNull(value.periodFrom)},
        {QStringLiteral("period_until"), dateOrNull(value.periodUntil)},
        {QStringLiteral("issued_at"), toJsonDateTime(value.issuedAt)},
        {QStringLiteral("media_type"), value.mediaType},
        {QStringLiteral("size"), value.size},
        {QStringLiteral("sha256"), QString::fromLatin1(value.sha256.toHex())},
        {QStringLiteral("has_signature"), value.hasSignature},
        {QStringLiteral("related_id"), stringOrNull(value.relatedId)},
    };
}

std::optional<DocumentInfo> documentInfoFromJson(const QJsonObject &object, JsonError *error)
{
    JsonReader reader(object);
    DocumentInfo doc;
    doc.id = reader.string(QStringLiteral("id"), 128);
    doc.kind = reader.string(QStringLiteral("kind"), 64);
    if (reader.ok() && doc.kind != kUploadKind && !DocumentKinds::find(doc.kind))
        reader.fail(QStringLiteral("kind"), QStringLiteral("is not a known kind of document"));
    const QString origin = reader.enumString(QStringLiteral("origin"), keysOf(kOrigins));
    if (reader.ok())
        doc.origin = *fromKey<DocumentOrigin>(kOrigins, origin);
    doc.title = reader.string(QStringLiteral("title"), 512);
    doc.issuer = reader.string(QStringLiteral("issuer"), 512);
    doc.periodFrom = reader.optionalDate(QStringLiteral("period_from"));
    doc.periodUntil = reader.optionalDate(QStringLiteral("period_until"));
    doc.issuedAt = reader.dateTime(QStringLiteral("issued_at"));
    doc.mediaType = reader.string(QStringLiteral("media_type"), 128);
    doc.size = reader.integer(QStringLiteral("size"), 0, kMaxDocumentSize);
    const QString sha = reader.string(QStringLiteral("sha256"), 64);
    if (reader.ok()) {
        doc.sha256 = QByteArray::fromHex(sha.toLatin1());
        if (sha.size() != 64 || doc.sha256.size() != 32 ||
            QString::fromLatin1(doc.sha256.toHex()) != sha.toLower())
            reader.fail(QStringLiteral("sha256"), QStringLiteral("expected 64 hexadecimal digits"));
    }
    doc.hasSignature = reader.boolean(QStringLiteral("has_signature"));
    doc.relatedId = reader.optionalString(QStringLiteral("related_id"), 128);
    // Ids name URLs of the API: letters, digits, '-' and '_' only (no "..",
    // no '/', no NUL).
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (reader.ok() && !safeId.match(doc.id).hasMatch())
        reader.fail(QStringLiteral("id"), QStringLiteral("holds characters other than letters, "
                                                         "digits, '-' and '_'"));
    if (reader.ok() && !doc.relatedId.isEmpty() && !safeId.match(doc.relatedId).hasMatch())
        reader.fail(QStringLiteral("related_id"),
                    QStringLiteral("holds characters other than letters, digits, '-' and '_'"));
    if (reader.ok() && doc.periodFrom.isValid() && doc.periodUntil.isValid() &&
        doc.periodUntil < doc.periodFrom)
        reader.fail(QStringLiteral("period_until"), QStringLiteral("ends before period_from"));
    return finishRead(reader, doc, error);
}

QJsonObject toJson(const AccessEvent &value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("at"), toJsonDateTime(value.at)},
        {QStringLiteral("organisation_id"), value.organisationId},
        {QStringLiteral("organisation_name"), value.organisationName},
        {QStringLiteral("consent_id"), value.consentId},
        {QStringLiteral("records"), QJsonArray::fromStringList(value.records)},
        {QStringLiteral("refused"), value.refused},
        {QStringLiteral("refusal_reason"), stringOrNull(value.refusalReason)},
    };
}

std::optional<AccessEvent> accessEventFromJson(const QJsonObject &object, JsonError *error)
{
    JsonReader reader(object);
    AccessEvent event;
    event.id = reader.string(QStringLiteral("id"), 128);
    event.at = reader.dateTime(QStringLiteral("at"));
    event.organisationId = reader.string(QStringLiteral("organisation_id"), 128);
    event.organisationName = reader.string(QStringLiteral("organisation_name"), 512);
    event.consentId = reader.string(QStringLiteral("consent_id"), 128);
    event.records = reader.stringList(QStringLiteral("records"), 64, 64);
    for (qsizetype i = 0; reader.ok() && i < event.records.size(); ++i) {
        if (!RecordCatalogue::find(event.records.at(i)))
            reader.fail(QStringLiteral("records[%1]").arg(i),
                        QStringLiteral("is not a record type of the catalogue"));
    }
    event.refused = reader.boolean(QStringLiteral("refused"));
    event.refusalReason = reader.optionalString(QStringLiteral("refusal_reason"), 64);
    if (reader.ok() && event.refused != !event.refusalReason.isEmpty())
        reader.fail(QStringLiteral("refusal_reason"),
                    QStringLiteral("a refused fetch, and only a refused one, has a reason"));
    return finishRead(reader, event, error);
}

} // namespace cp::domain
