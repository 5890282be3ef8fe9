// Turns a record's field values into the text a citizen reads, for a locale:
// dates in the locale's short form with a four-digit year, roubles from
// kopecks with grouping, numbers, enum values by their translated labels, yes
// or no, and the 2-NDFL monthly lines. Also says whether an identifier fails
// its check, in words. Its texts use the context "cp::ui::FieldFormatter",
// named like the contexts of the screen's QObject classes.
#pragma once

#include "domain/recordcatalogue.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace cp::ui {

class FieldFormatter
{
public:
    static QString money(qint64 kopecks, const QLocale &locale = QLocale());
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    static QString value(const domain::FieldSpec &field, const QJsonValue &value,
                         const QLocale &locale = QLocale());
    // Empty when the value passes its check (or the field has none).
    static QString problem(const domain::FieldSpec &field, const QJsonValue &value);
};

} // namespace cp::ui
