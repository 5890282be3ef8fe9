#include "domain/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace cp::domain {

QString JsonError::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, JsonError *error,
                                           qsizetype maxBytes)
{
    auto failWith = [error](const QString &message) -> std::optional<QJsonObject> {
        if (error)
            *error = JsonError{QString(), message};
        return std::nullopt;
    };
    if (bytes.size() > maxBytes)
        return failWith(QStringLiteral("the document is larger than %1 bytes").arg(maxBytes));
    if (bytes.trimmed().isEmpty())
        return failWith(QStringLiteral("the document is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset says where; the text of the document is never quoted.
        return failWith(QStringLiteral("not valid JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    }
    if (!document.isObject())
        return failWith(QStringLiteral("expected a JSON object at the top"));
    return document.object();
}

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

QString JsonReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = JsonError{key.isEmpty() ? m_path : childPath(key), message};
}

bool JsonReader::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::value(const QString &key, bool required)
{
    if (!ok())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = m_object.value(key);
    if (required && (v.isUndefined() || v.isNull()))
        fail(key, QStringLiteral("missing"));
    return v;
}

QString JsonReader::string(const QString &key, qsizetype maxLength)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        return {};
    }
    return s;
}

QString JsonReader::optionalString(const QString &key, qsizetype maxLength)
{
    return has(key) ? string(key, maxLength) : QString();
}

QString JsonReader::enumString(const QString &key, const QStringList &allowed)
{
    QString s = string(key, 128);
    if (ok() && !allowed.contains(s)) {
        fail(key, QStringLiteral("not one of the allowed values"));
        return {};
    }
    return s;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return 0;
    if (!v.isDouble()) {
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    // Compare as double first: a value beyond qint64 must not be converted.
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(key, QStringLiteral("out of range"));
        return 0;
    }
    const qint64 i = v.toInteger();
    if (i < min || i > max) {
        fail(key, QStringLiteral("out of range"));
        return 0;
    }
    return i;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!has(key))
        return std::nullopt;
    const qint64 i = integer(key, min, max);
    return ok() ? std::optional<qint64>(i) : std::nullopt;
}

double JsonReader::number(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return 0;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, QStringLiteral("expected a number"));
        return 0;
    }
    return v.toDouble();
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return false;
    if (!v.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return false;
    }
    return v.toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback)
{
    return has(key) ? boolean(key) : fallback;
}

QDateTime JsonReader::dateTime(const QString &key)
{
    const QString s = string(key, 64);
    if (!ok())
        return {};
    // A time without its offset would be read as local time: refuse it.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    QDateTime t;
    if (shape.match(s).hasMatch())
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        fail(key, QStringLiteral("expected a time like 2026-01-31T12:00:00Z"));
        return {};
    }
    return t.toUTC();
}

QDateTime JsonReader::optionalDateTime(const QString &key)
{
    return has(key) ? dateTime(key) : QDateTime();
}

QDate JsonReader::date(const QString &key)
{
    const QString s = string(key, 16);
    if (!ok())
        return {};
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    QDate d;
    if (shape.match(s).hasMatch())
        d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid()) {
        fail(key, QStringLiteral("expected a date like 2026-01-31"));
        return {};
    }
    return d;
}

QDate JsonReader::optionalDate(const QString &key)
{
    return has(key) ? date(key) : QDate();
}

QByteArray JsonReader::base64(const QString &key, qsizetype maxBytes)
{
    const QString s = string(key, (maxBytes + 2) / 3 * 4 + 4);
    if (!ok())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        s.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || s.contains(QChar(u'\0'))) {
        fail(key, QStringLiteral("expected base64"));
        return {};
    }
    return decoded.decoded;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key, qsizetype maxItems)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(key, QStringLiteral("more than %1 items").arg(maxItems));
        return {};
    }
    return a;
}

QStringList JsonReader::stringList(const QString &key, qsizetype maxItems, qsizetype maxLength)
{
    QStringList result;
    const QJsonArray items = array(key, maxItems);
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        const QString itemKey = key + u'[' + QString::number(i) + u']';
        if (!items.at(i).isString()) {
            fail(itemKey, QStringLiteral("expected a string"));
        } else if (items.at(i).toString().size() > maxLength) {
            fail(itemKey, QStringLiteral("longer than %1 characters").arg(maxLength));
        } else {
            result.append(items.at(i).toString());
        }
    }
    return ok() ? result : QStringList();
}

JsonReader JsonReader::child(const QString &key)
{
    return JsonReader(object(key), childPath(key));
}

void JsonReader::adopt(const JsonReader &child)
{
    if (ok() && !child.ok())
        m_error = child.error();
}

QString toJsonDateTime(const QDateTime &value)
{
    // Milliseconds only when there are any, so that times round-trip exactly.
    const QDateTime utc = value.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString toJsonDate(const QDate &value)
{
    return value.toString(Qt::ISODate);
}

} // namespace cp::domain
