// Strict reading of JSON from the network or a file: every read checks the
// type, the presence and the size of the value and records the first problem
// with its path ("organisation.inn: expected a string"). A reader that has
// failed keeps failing, so a caller checks once at the end and never returns
// a half-filled object.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cp::domain {

struct JsonError
{
    QString path;    // "records[2].key"; empty for the whole document
    QString message; // English, for logs and developers; never holds values
    QString toString() const;
};

// Parses a whole document: size limit, valid UTF-8, nesting depth, an object
// at the top.
std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, JsonError *error,
                                           qsizetype maxBytes = 4 * 1024 * 1024);

class JsonReader
{
public:
    static constexpr qsizetype kDefaultMaxString = 4096;

    explicit JsonReader(const QJsonObject &object, QString path = {});

    bool ok() const { return !m_error.has_value(); }
    const std::optional<JsonError> &error() const { return m_error; }
    void fail(const QString &key, const QString &message);

    bool has(const QString &key) const;

    QString string(const QString &key, qsizetype maxLength = kDefaultMaxString);
    QString optionalString(const QString &key, qsizetype maxLength = kDefaultMaxString);
    // A string that must be one of `allowed`.
    QString enumString(const QString &key, const QStringList &allowed);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    double number(const QString &key);
    bool boolean(const QString &key);
    bool optionalBoolean(const QString &key, bool fallback);
    QDateTime dateTime(const QString &key);         // ISO 8601 with offset or Z
    QDateTime optionalDateTime(const QString &key); // null or absent → invalid
    QDate date(const QString &key);                 // YYYY-MM-DD
    QDate optionalDate(const QString &key);
    QByteArray base64(const QString &key, qsizetype maxBytes);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key, qsizetype maxItems);
    QStringList stringList(const QString &key, qsizetype maxItems,
                           qsizetype maxLength = kDefaultMaxString);

    // Reads each element of an array of objects with `readItem`; stops at the
    // first failure.
    template<typename T>
    QList<T> objects(const QString &key, qsizetype maxItems,
                     const std::function<std::optional<T>(JsonReader &)> &readItem)
    {
        QList<T> result;
        const QJsonArray items = array(key, maxItems);
        for (qsizetype i = 0; ok() && i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                fail(key + u'[' + QString::number(i) + u']', QStringLiteral("expected an object"));
                break;
            }
            JsonReader item(items.at(i).toObject(),
                            childPath(key) + u'[' + QString::number(i) + u']');
            std::optional<T> value = readItem(item);
            if (!item.ok()) {
                m_error = item.error();
                break;
            }
            if (value)
                result.append(std::move(*value));
        }
        return result;
    }

    // A reader for a nested object; its failure must be taken back with adopt().
    JsonReader child(const QString &key);
    void adopt(const JsonReader &child);

    QString childPath(const QString &key) const;

private:
    QJsonValue value(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<JsonError> m_error;
};

// The end of every fromJson: the value when the reader met no problem,
// otherwise nullopt with the reader's error copied out.
template<typename T>
std::optional<T> finishRead(const JsonReader &reader, T value, JsonError *error)
{
    if (!reader.ok()) {
        if (error)
            *error = *reader.error();
        return std::nullopt;
    }
    return value;
}

// Writing helpers matching the reader's formats.
QString toJsonDateTime(const QDateTime &value); // "2026-11-25T16:21:08Z", UTC
QString toJsonDate(const QDate &value);         // "2026-11-25"

} // namespace cp::domain
