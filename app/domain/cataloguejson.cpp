#include "domain/cataloguejson.h"

#include "domain/consent.h"
#include "domain/document.h"
#include "domain/identifiers.h"
#include "domain/recordcatalogue.h"
#include "domain/trustlevel.h"

#include <QJsonArray>

namespace cp::domain {

QJsonObject catalogueToJson()
{
    QJsonArray types;
    for (const RecordType &type : RecordCatalogue::all()) {
        QJsonArray fields;
        for (const FieldSpec &field : type.fields) {
            QJsonArray values;
            for (const EnumValue &v : field.enumValues)
                values.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(v.key)},
                                          {QStringLiteral("label"), QString::fromLatin1(v.label)}});
            const QString identifier = identifierKey(field.identifier);
            fields.append(QJsonObject{
                {QStringLiteral("key"), QString::fromLatin1(field.key)},
                {QStringLiteral("label"), QString::fromLatin1(field.label)},
                {QStringLiteral("type"), RecordCatalogue::fieldTypeKey(field.type)},
                {QStringLiteral("sensitivity"), field.sensitivity == Sensitivity::High
                                                    ? QStringLiteral("high")
                                                    : QStringLiteral("normal")},
                {QStringLiteral("required"), field.required},
                {QStringLiteral("identifier"),
                 identifier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(identifier)},
                {QStringLiteral("enum_values"), values},
            });
        }
        types.append(QJsonObject{
            {QStringLiteral("number"), type.number},
            {QStringLiteral("key"), QString::fromLatin1(type.key)},
            {QStringLiteral("name"), QString::fromLatin1(type.name)},
            {QStringLiteral("source"), QString::fromLatin1(type.source)},
            {QStringLiteral("category"), RecordCatalogue::categoryKey(type.category)},
            {QStringLiteral("cardinality"),
             type.cardinality == Cardinality::One ? QStringLiteral("one") : QStringLiteral("list")},
            {QStringLiteral("fields"), fields},
        });
    }
    QJsonArray purposes;
    for (const PurposeEntry &p : ConsentModel::purposes())
        purposes.append(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(p.code)},
                                    {QStringLiteral("text"), QString::fromLatin1(p.text)}});
    QJsonArray operations;
    for (const OperationRow &row : TrustLevels::operations()) {
        QJsonArray allowed;
        for (TrustLevel level : kTrustLevels) {
            if (TrustLevels::allows(row.operation, level))
                allowed.append(static_cast<int>(level));
        }
        operations.append(QJsonObject{
            {QStringLiteral("key"), QString::fromLatin1(row.key)},
            {QStringLiteral("name"), QString::fromLatin1(row.label)},
            {QStringLiteral("minimum_trust_level"),
             static_cast<int>(TrustLevels::minimumLevel(row.operation))},
            {QStringLiteral("allowed_trust_levels"), allowed},
        });
    }
    QJsonArray kinds;
    for (const DocumentKind &k : DocumentKinds::all())
        kinds.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(k.key)},
                                 {QStringLiteral("name"), QString::fromLatin1(k.name)},
                                 {QStringLiteral("issuer"), QString::fromLatin1(k.issuer)},
                                 {QStringLiteral("has_xml"), k.hasXml},
                                 {QStringLiteral("orderable"), k.orderable},
                                 {QStringLiteral("needs_year"), k.needsYear}});
    return QJsonObject{{QStringLiteral("record_types"), types},
                       {QStringLiteral("purposes"), purposes},
                       {QStringLiteral("operations"), operations},
                       {QStringLiteral("document_kinds"), kinds}};
}

} // namespace cp::domain
