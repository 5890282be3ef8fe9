#include "profile/fieldformatter.h"

#include "domain/identifiers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdlib>

namespace cp::ui {

QString FieldFormatter::money(qint64 kopecks, const QLocale &locale)
{
    // Whole roubles and kopecks apart, so that no sum is rounded through a double.
    const qint64 roubles = std::llabs(kopecks / 100);
    const int rest = int(std::llabs(kopecks % 100));
    QString amount = locale.toString(roubles) + locale.decimalPoint() +
                     locale.toString(rest).rightJustified(2, locale.zeroDigit().at(0));
    if (kopecks < 0)
        amount.prepend(locale.negativeSign());
    // Russian readers expect the rouble sign after the sum; everyone else reads
    // the ISO code, since their locale's own currency sign would be wrong.
    if (locale.language() == QLocale::Russian)
        return amount + QChar(0x00A0) + QChar(0x20BD);
    return QStringLiteral("RUB") + QChar(0x00A0) + amount;
}

QString FieldFormatter::date(const QDate &value, const QLocale &locale)
{
    if (!value.isValid())
        return {};
    // Some short formats have a two-digit year, which is ambiguous for birth dates.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(value, format);
}

QString FieldFormatter::dateTime(const QDateTime &value, const QLocale &locale)
{
    if (!value.isValid())
        return {};
    const QDateTime local = value.toLocalTime();
    return date(local.date(), locale) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString FieldFormatter::value(const domain::FieldSpec &field, const QJsonValue &value,
                              const QLocale &locale)
{
    using domain::FieldType;
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Id:
        return value.toString();
    case FieldType::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        // A date the register wrote in another form is shown as it came.
        return d.isValid() ? date(d, locale) : value.toString();
    }
    case FieldType::Money:
        return money(value.toInteger(), locale);
    case FieldType::Number: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return locale.toString(qint64(number));
        return locale.toString(number, 'g', QLocale::FloatingPointShortest);
    }
    case FieldType::Enum: {
        const QString key = value.toString();
        for (const domain::EnumValue &option : field.enumValues) {
            if (key == QLatin1StringView(option.key))
                return domain::RecordCatalogue::enumLabel(option);
        }
        return key; // a value newer than this client: shown as the register sent it
    }
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("cp::ui::FieldFormatter", "Yes")
                              : QCoreApplication::translate("cp::ui::FieldFormatter", "No");
    case FieldType::MonthlyIncome: {
        QStringList lines;
        const QJsonArray rows = value.toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject line = row.toObject();
            const int month = line.value(u"month").toInt();
            lines.append(QCoreApplication::translate("cp::ui::FieldFormatter", "%1, code %2: %3")
                             .arg(locale.standaloneMonthName(month, QLocale::LongFormat),
                                  line.value(u"code").toString(),
                                  money(line.value(u"amount").toInteger(), locale)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return value.toVariant().toString();
}

QString FieldFormatter::problem(const domain::FieldSpec &field, const QJsonValue &value)
{
    if (field.type != domain::FieldType::Id || field.identifier == domain::IdentifierKind::None ||
        !value.isString())
        return {};
    return domain::checkIdentifier(field.identifier, value.toString()).message(field.identifier);
}

} // namespace cp::ui
