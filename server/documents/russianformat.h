// How the server's documents print values: Russian conventions (dates
// dd.MM.yyyy, a decimal comma, digits grouped by a no-break space, roubles from
// kopecks) and the Russian labels of the fields they show. Hand-written rather
// than QLocale, so that a document reads the same on every machine; labels
// are fixed Russian texts because an issued document is a Russian document
// whatever language the server runs in.
#pragma once

#include "domain/recordcatalogue.h"

#include <QAnyStringView>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace cp::server {

class RussianFormat
{
public:
    // The digit group separator, U+00A0 NO-BREAK SPACE (also between an
    // amount and "₽").
    static constexpr char16_t kGroupSeparator = u'\u00a0';
    // Printed for a value the record does not have.
    static QString missing();

    static QString date(const QDate &date);      // "31.12.2025"; empty when invalid
    static QString date(const QString &isoDate); // "2025-12-31" → "31.12.2025"; else as given
    // Moscow time (UTC+3, no daylight saving since 2014): "31.12.2025 12:30".
    static QString moscowDateTime(const QDateTime &dateTime);
    static QDate moscowDate(const QDateTime &dateTime);
    static QString money(qint64 kopecks);            // "1 234 567,89 ₽", "-5,00 ₽"
    static QString kopecksAsDecimal(qint64 kopecks); // "1 234 567,89"
    // "54,3", "1 234,5": at most maxDecimals digits after the comma, trailing zeros dropped.
    static QString number(double value, int maxDecimals = 3);
    static QString share(double share);  // 0.5 → "1/2", 1 → "целиком"
    static QString monthName(int month); // 1 → "январь"
    static QString yesNo(bool value);

    // Russian label of a field of a record type; the catalogue's label for
    // fields that no document prints.
    static QString fieldLabel(QStringView recordType, const cp::domain::FieldSpec &field);
    static QString fieldLabel(QStringView recordType, QAnyStringView fieldKey);
    // Russian label of an enum value; the catalogue's label when none is known.
    static QString enumLabel(QStringView recordType, const cp::domain::FieldSpec &field,
                             const QString &value);
    // Any field value in the form of its type, missing() when absent.
    static QString value(QStringView recordType, const cp::domain::FieldSpec &field,
                         const QJsonValue &value);
};

} // namespace cp::server
