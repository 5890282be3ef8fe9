#include "domain/record.h"

#include "domain/identifiers.h"

#include <QJsonArray>

#include <algorithm>

namespace cp::domain {
namespace {

constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1; // exact in a JSON number
constexpr qsizetype kMaxText = 4096;
constexpr qsizetype kMaxIncomeLines = 12 * 32;

// Checks one field value against its type; reports into the reader with the
// field's key so that the path reads "fields.series".
void checkFieldValue(JsonReader &fields, const FieldSpec &spec)
{
    const QString key = QString::fromLatin1(spec.key);
    switch (spec.type) {
    case FieldType::Text:
        fields.string(key, kMaxText);
        return;
    case FieldType::Id:
        fields.string(key, 64);
        return;
    case FieldType::Date:
        fields.date(key);
        return;
    case FieldType::Money:
        fields.integer(key, -kMaxSafeInteger, kMaxSafeInteger);
        return;
    case FieldType::Number:
        fields.number(key);
        return;
    case FieldType::Bool:
        fields.boolean(key);
        return;
    case FieldType::Enum: {
        QStringList allowed;
        for (const EnumValue &v : spec.enumValues)
            allowed.append(QString::fromLatin1(v.key));
        fields.enumString(key, allowed);
        return;
    }
    case FieldType::MonthlyIncome:
        fields.objects<bool>(key, kMaxIncomeLines, [](JsonReader &line) -> std::optional<bool> {
            line.integer(QStringLiteral("month"), 1, 12);
            const QString code = line.string(QStringLiteral("code"), 8);
            if (line.ok() && (code.isEmpty() || !std::all_of(code.begin(), code.end(),
                                                             [](QChar c) { return c.isDigit(); })))
                line.fail(QStringLiteral("code"),
                          QStringLiteral("expected an income code of digits"));
            line.integer(QStringLiteral("amount"), 0, kMaxSafeInteger);
            return std::nullopt;
        });
        return;
    }
}

} // namespace

QList<FieldIssue> issues(const Record &record)
{
    QList<FieldIssue> result;
    const RecordType *type = RecordCatalogue::find(record.type);
    if (!type)
        return result;
    for (const FieldSpec &spec : type->fields) {
        if (spec.type != FieldType::Id)
            continue;
        const QJsonValue v = record.fields.value(QLatin1StringView(spec.key));
        if (!v.isString())
            continue;
        const IdentifierCheck check = checkIdentifier(spec.identifier, v.toString());
        if (!check.ok())
            result.append(
                FieldIssue{QString::fromLatin1(spec.key), spec.identifier, check.problem});
    }
    return result;
}

QStringList changedFields(const Record &before, const Record &after)
{
    QStringList changed;
    const RecordType *type = RecordCatalogue::find(after.type);
    if (!type)
        return changed;
    for (const FieldSpec &spec : type->fields) {
        const QLatin1StringView key(spec.key);
        if (before.fields.value(key) != after.fields.value(key))
            changed.append(QString::fromLatin1(spec.key));
    }
    return changed;
}

QJsonObject toJson(const Record &value)
{
    return QJsonObject{
        {QStringLiteral("type"), value.type},
        {QStringLiteral("id"), value.id},
        {QStringLiteral("version"), value.version},
        {QStringLiteral("updated_at"), toJsonDateTime(value.updatedAt)},
        {QStringLiteral("source"), value.source},
        {QStringLiteral("verified"), value.verified},
        {QStringLiteral("fields"), value.fields},
    };
}

std::optional<Record> recordFromJson(const QJsonObject &object, JsonError *error)
{
    JsonReader reader(object);
    Record record;
    record.type = reader.string(QStringLiteral("type"), 64);
    const RecordType *type = reader.ok() ? RecordCatalogue::find(record.type) : nullptr;
    if (reader.ok() && !type)
        reader.fail(QStringLiteral("type"),
                    QStringLiteral("is not a record type of the catalogue"));
    record.id = reader.string(QStringLiteral("id"), 128);
    record.version = reader.integer(QStringLiteral("version"), 1, kMaxSafeInteger);
    record.updatedAt = reader.dateTime(QStringLiteral("updated_at"));
    record.source = reader.string(QStringLiteral("source"), 128);
    record.verified = reader.boolean(QStringLiteral("verified"));

    JsonReader fields = reader.child(QStringLiteral("fields"));
    if (reader.ok() && type) {
        const QJsonObject values = reader.object(QStringLiteral("fields"));
        for (auto it = values.begin(); fields.ok() && it != values.end(); ++it) {
            if (!type->field(it.key()))
                fields.fail(it.key(), QStringLiteral("is not a field of this record type"));
        }
        for (const FieldSpec &spec : type->fields) {
            if (!fields.ok())
                break;
            if (fields.has(QString::fromLatin1(spec.key)))
                checkFieldValue(fields, spec);
            else if (spec.required)
                fields.fail(QString::fromLatin1(spec.key), QStringLiteral("missing"));
            else if (values.contains(QLatin1StringView(spec.key)))
                fields.fail(QString::fromLatin1(spec.key), QStringLiteral("null is not allowed"));
        }
        reader.adopt(fields);
        record.fields = values;
    }

    return finishRead(reader, record, error);
}

} // namespace cp::domain
