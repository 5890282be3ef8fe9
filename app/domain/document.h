// Metadata of a document of the archive: issued by a register (2-NDFL, ЕГРН
// extract …) or uploaded by the citizen, and of an access event of the
// consent log.
#pragma once

#include "domain/jsonreader.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace cp::domain {

enum class DocumentOrigin
{
    Issued,
    Uploaded
};

struct DocumentKind
{
    const char *key;    // "ndfl2"
    const char *name;   // English source text, context "Document"
    const char *issuer; // register key: "fns", "sfr", "rosreestr"
    bool hasXml;        // the source also issues an XML for machines
    bool orderable;     // can be ordered ("request a fresh 2-NDFL")
    bool needsYear;     // an order names a year
};

struct DocumentInfo
{
    QString id;
    QString kind; // DocumentKind key, or "upload"
    DocumentOrigin origin = DocumentOrigin::Issued;
    QString title; // as the issuer titled it
    QString issuer;
    QDate periodFrom;
    QDate periodUntil;
    QDateTime issuedAt;
    QString mediaType; // "application/pdf", "application/xml", "image/png" …
    qint64 size = 0;
    QByteArray sha256; // 32 bytes
    bool hasSignature = false;
    QString relatedId; // the PDF of an XML, and the other way round

    bool operator==(const DocumentInfo &) const = default;
};

struct AccessEvent
{
    QString id;
    QDateTime at;
    QString organisationId;
    QString organisationName;
    QString consentId;
    QStringList records;
    bool refused = false;
    QString refusalReason; // "consent_not_active", "consent_revoked", "consent_expired",
                           // "trust_level_insufficient", "record_not_granted"

    bool operator==(const AccessEvent &) const = default;
};

class DocumentKinds
{
public:
    static std::span<const DocumentKind> all();
    static const DocumentKind *find(QStringView key);
    static QString name(const DocumentKind &kind); // translated
    // The issuing register's short everyday name ("Federal Tax Service"),
    // translated; the document's own issuer field holds the full official one.
    static QString issuerName(const DocumentKind &kind);
};

QJsonObject toJson(const DocumentInfo &value);
std::optional<DocumentInfo> documentInfoFromJson(const QJsonObject &object, JsonError *error);
QJsonObject toJson(const AccessEvent &value);
std::optional<AccessEvent> accessEventFromJson(const QJsonObject &object, JsonError *error);

} // namespace cp::domain
