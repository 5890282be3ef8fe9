// The personal values of a citizen that must never reach a log: the
// identifying and contact fields of the records (passport, SNILS and INN
// numbers, names, addresses, phone, e-mail, income, birth place). Shared by
// tst_reliability_privacy (values of the synced archive) and cp-log-scan
// (values of the demo profile, searched in the whole suite's debug output).
#pragma once

#include "domain/record.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::testing {

// The field keys whose values are personal. Short values (a first name of
// four letters, a flat number) would match unrelated text; values shorter
// than kMinPersonalValueLength are left to the longer ones around them.
inline const QStringList kPersonalFields{
    QStringLiteral("number"),      QStringLiteral("last_name"),    QStringLiteral("first_name"),
    QStringLiteral("middle_name"), QStringLiteral("full_address"), QStringLiteral("mobile_phone"),
    QStringLiteral("email"),       QStringLiteral("total_income"), QStringLiteral("birth_place")};
inline constexpr qsizetype kMinPersonalValueLength = 6;

// The distinct personal values of the records, added to *values.
inline void collectPersonalValues(const QList<domain::Record> &records, QStringList *values)
{
    for (const domain::Record &r : records) {
        for (const QString &field : kPersonalFields) {
            const QJsonValue v = r.fields.value(field);
            const QString text = v.isString()   ? v.toString()
                                 : v.isDouble() ? QString::number(v.toInteger())
                                                : QString();
            if (text.size() >= kMinPersonalValueLength && !values->contains(text))
                values->append(text);
        }
    }
}

// How a value may appear in a dump: as UTF-8, and as the \uXXXX escapes
// of JSON.
inline QList<QByteArray> personalValueSpellings(const QString &value)
{
    QByteArray escaped;
    for (const QChar c : value)
        escaped += c.unicode() < 128 ? QByteArray(1, char(c.unicode()))
                                     : "\\u" + QByteArray::number(c.unicode(), 16);
    QList<QByteArray> spellings{value.toUtf8()};
    if (escaped != spellings.first())
        spellings.append(escaped);
    return spellings;
}

} // namespace cp::testing
