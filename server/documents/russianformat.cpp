#include "documents/russianformat.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>

namespace cp::server {
namespace {

using cp::domain::FieldSpec;
using cp::domain::FieldType;

struct Label
{
    const char *recordType;
    const char *key; // a field key, or "field=value" for an enum value
    const char *text;
};

// The fields and enum values that the issued documents print, in the words
// of the Russian forms they imitate.
constexpr Label kLabels[] = {
    {"ndfl_person", "year", "Год"},
    {"ndfl_person", "tax_agent", "Налоговый агент"},
    {"ndfl_person", "tax_agent_inn", "ИНН налогового агента"},
    {"ndfl_person", "income_by_month", "Доходы по месяцам и кодам"},
    {"ndfl_person", "total_income", "Общая сумма дохода"},
    {"ndfl_person", "tax_withheld", "Сумма налога удержанная"},

    {"electronic_workbook", "employer", "Работодатель"},
    {"electronic_workbook", "employer_inn", "ИНН работодателя"},
    {"electronic_workbook", "position", "Должность (профессия)"},
    {"electronic_workbook", "event", "Мероприятие"},
    {"electronic_workbook", "date", "Дата"},
    {"electronic_workbook", "event=hired", "Приём"},
    {"electronic_workbook", "event=moved", "Перевод"},
    {"electronic_workbook", "event=dismissed", "Увольнение"},

    {"reg_realestate", "cadastral_number", "Кадастровый номер"},
    {"reg_realestate", "kind", "Вид объекта"},
    {"reg_realestate", "address", "Адрес (местоположение)"},
    {"reg_realestate", "area", "Площадь, кв. м"},
    {"reg_realestate", "share", "Доля в праве"},
    {"reg_realestate", "registration_date", "Дата государственной регистрации права"},
    {"reg_realestate", "encumbrances", "Ограничения прав и обременения"},
    {"reg_realestate", "kind=land_plot", "Земельный участок"},
    {"reg_realestate", "kind=building", "Здание"},
    {"reg_realestate", "kind=premises", "Помещение"},
    {"reg_realestate", "kind=structure", "Сооружение"},
    {"reg_realestate", "kind=unfinished", "Объект незавершённого строительства"},
    {"reg_realestate", "kind=parking_place", "Машино-место"},
    {"reg_realestate", "kind=property_complex", "Единый недвижимый комплекс"},

    {"ils_doc", "pension_points", "Индивидуальный пенсионный коэффициент (ИПК)"},
    {"ils_doc", "insurance_record_years", "Страховой стаж, лет"},
    {"ils_doc", "savings", "Средства пенсионных накоплений"},

    {"pension_reference", "kind", "Вид выплаты"},
    {"pension_reference", "amount_per_month", "Размер в месяц"},
    {"pension_reference", "since", "Назначена с"},
    {"pension_reference", "until", "Назначена по"},

    {"maternity_capital", "certificate_number", "Номер сертификата"},
    {"maternity_capital", "issue_date", "Дата выдачи сертификата"},
    {"maternity_capital", "balance", "Размер (остаток) средств"},

    {"tax_debt", "tax", "Налог, сбор, взнос"},
    {"tax_debt", "amount", "Недоимка"},
    {"tax_debt", "penalties", "Пени"},
    {"tax_debt", "due_date", "Срок уплаты"},
};

const char *findLabel(QStringView recordType, QAnyStringView key)
{
    for (const Label &label : kLabels) {
        if (recordType == QLatin1StringView(label.recordType) &&
            key == QAnyStringView(QLatin1StringView(label.key)))
            return label.text;
    }
    return nullptr;
}

// "1234567" → "1 234 567" with no-break spaces.
QString groupDigits(const QString &digits)
{
    QString result;
    result.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            result.append(QChar(RussianFormat::kGroupSeparator));
        result.append(digits.at(i));
    }
    return result;
}

QString monthlyIncome(const QJsonValue &value)
{
    QStringList lines;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &line : array) {
        const QJsonObject object = line.toObject();
        lines.append(
            QStringLiteral("%1 / %2 / %3")
                .arg(object.value(QLatin1StringView("month")).toInteger(), 2, 10, QLatin1Char('0'))
                .arg(object.value(QLatin1StringView("code")).toString(),
                     RussianFormat::money(object.value(QLatin1StringView("amount")).toInteger())));
    }
    return lines.isEmpty() ? RussianFormat::missing() : lines.join(QLatin1Char('\n'));
}

} // namespace

QString RussianFormat::missing()
{
    return QStringLiteral("—");
}

QString RussianFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString RussianFormat::date(const QString &isoDate)
{
    const QDate parsed = QDate::fromString(isoDate, Qt::ISODate);
    return parsed.isValid() ? date(parsed) : isoDate;
}

QDate RussianFormat::moscowDate(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toOffsetFromUtc(3 * 3600).date() : QDate();
}

QString RussianFormat::moscowDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return dateTime.toOffsetFromUtc(3 * 3600).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString RussianFormat::kopecksAsDecimal(qint64 kopecks)
{
    // Unsigned, so that the smallest qint64 has a magnitude too.
    const bool negative = kopecks < 0;
    const quint64 magnitude = negative ? 0 - quint64(kopecks) : quint64(kopecks);
    return (negative ? QStringLiteral("-") : QString()) +
           groupDigits(QString::number(magnitude / 100)) + QLatin1Char(',') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString RussianFormat::money(qint64 kopecks)
{
    return kopecksAsDecimal(kopecks) + QChar(kGroupSeparator) + QStringLiteral("₽");
}

QString RussianFormat::number(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return missing();
    QString text = QString::number(std::fabs(value), 'f', std::max(0, maxDecimals));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    const bool zero = whole == QLatin1String("0") && fraction.isEmpty();
    return (value < 0 && !zero ? QStringLiteral("-") : QString()) + groupDigits(whole) +
           (fraction.isEmpty() ? QString() : QString(QLatin1Char(',') + fraction));
}

QString RussianFormat::share(double share)
{
    if (!std::isfinite(share) || share <= 0 || share > 1)
        return number(share, 6);
    if (std::fabs(share - 1) < 1e-9)
        return QStringLiteral("целиком");
    // The smallest denominator that gives the share: 0.333333 is a third.
    for (int denominator = 2; denominator <= 1000; ++denominator) {
        const double numerator = share * denominator;
        if (std::fabs(numerator - std::round(numerator)) < 1e-6 * denominator)
            return QStringLiteral("%1/%2").arg(qRound64(numerator)).arg(denominator);
    }
    return number(share, 6);
}

QString RussianFormat::monthName(int month)
{
    static const char *const names[] = {"январь",   "февраль", "март",   "апрель",
                                        "май",      "июнь",    "июль",   "август",
                                        "сентябрь", "октябрь", "ноябрь", "декабрь"};
    if (month < 1 || month > 12)
        return QString::number(month);
    return QString::fromUtf8(names[month - 1]);
}

QString RussianFormat::yesNo(bool value)
{
    return value ? QStringLiteral("да") : QStringLiteral("нет");
}

QString RussianFormat::fieldLabel(QStringView recordType, const FieldSpec &field)
{
    if (const char *label = findLabel(recordType, QLatin1StringView(field.key)))
        return QString::fromUtf8(label);
    return cp::domain::RecordCatalogue::fieldLabel(field);
}

QString RussianFormat::fieldLabel(QStringView recordType, QAnyStringView fieldKey)
{
    if (const char *label = findLabel(recordType, fieldKey))
        return QString::fromUtf8(label);
    if (const cp::domain::RecordType *type = cp::domain::RecordCatalogue::find(recordType)) {
        if (const FieldSpec *field = type->field(fieldKey.toString()))
            return cp::domain::RecordCatalogue::fieldLabel(*field);
    }
    return fieldKey.toString();
}

QString RussianFormat::enumLabel(QStringView recordType, const FieldSpec &field,
                                 const QString &value)
{
    const QString key = QLatin1StringView(field.key) + QLatin1Char('=') + value;
    if (const char *label = findLabel(recordType, key))
        return QString::fromUtf8(label);
    for (const cp::domain::EnumValue &known : field.enumValues) {
        if (value == QLatin1StringView(known.key))
            return cp::domain::RecordCatalogue::enumLabel(known);
    }
    // A value outside the catalogue is shown as it came, never dropped.
    return value;
}

QString RussianFormat::value(QStringView recordType, const FieldSpec &field,
                             const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return missing();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Id:
        return value.toString();
    case FieldType::Date:
        return date(value.toString());
    case FieldType::Money:
        return money(value.toInteger());
    case FieldType::Number:
        return number(value.toDouble());
    case FieldType::Bool:
        return yesNo(value.toBool());
    case FieldType::Enum:
        return enumLabel(recordType, field, value.toString());
    case FieldType::MonthlyIncome:
        return monthlyIncome(value);
    }
    return value.toVariant().toString();
}

} // namespace cp::server
