#include "documents/documentrenderer.h"

#include "documents/pdfcomposer.h"
#include "documents/russianformat.h"
#include "domain/document.h"
#include "domain/recordcatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <algorithm>
#include <utility>

namespace cp::server {
namespace {

using cp::domain::FieldSpec;
using cp::domain::Record;
using cp::domain::RecordCatalogue;
using cp::domain::RecordType;
using Fields = QList<std::pair<QString, QString>>;

const QString kNdfl2 = QStringLiteral("ndfl2");
const QString kPensionAccount = QStringLiteral("pension_account_statement");
const QString kPensionCertificate = QStringLiteral("pension_certificate");
const QString kEmploymentHistory = QStringLiteral("employment_history_extract");
const QString kEgrn = QStringLiteral("egrn_extract");
const QString kMaternityCapital = QStringLiteral("maternity_capital_statement");
const QString kNoTaxArrears = QStringLiteral("no_tax_arrears_certificate");

const QString kNdflPerson = QStringLiteral("ndfl_person");
const QString kIlsDoc = QStringLiteral("ils_doc");
const QString kPensionReference = QStringLiteral("pension_reference");
const QString kWorkbook = QStringLiteral("electronic_workbook");
const QString kRealEstate = QStringLiteral("reg_realestate");
const QString kCapital = QStringLiteral("maternity_capital");
const QString kTaxDebt = QStringLiteral("tax_debt");

QString footerText()
{
    return QStringLiteral(
        "Документ сформирован демонстрационным сервером; подпись демонстрационная");
}

QJsonValue fieldOf(const Record &record, const char *key)
{
    return record.fields.value(QLatin1StringView(key));
}

bool hasField(const Record &record, const char *key)
{
    const QJsonValue value = fieldOf(record, key);
    return !value.isUndefined() && !value.isNull();
}

QString textOf(const Record &record, const char *key)
{
    return fieldOf(record, key).toString();
}

// A field as the document prints it, in the form of its catalogue type.
QString shown(const Record &record, const char *key)
{
    const QJsonValue value = fieldOf(record, key);
    const RecordType *type = RecordCatalogue::find(record.type);
    const FieldSpec *field = type ? type->field(QString::fromLatin1(key)) : nullptr;
    if (!field)
        return value.isString() ? value.toString() : RussianFormat::missing();
    return RussianFormat::value(record.type, *field, value);
}

QString label(const QString &recordType, const char *key)
{
    return RussianFormat::fieldLabel(recordType, QLatin1StringView(key));
}

QList<Record> recordsOf(const DocumentSpec &spec, const QString &type)
{
    QList<Record> result;
    for (const Record &record : spec.records) {
        if (record.type == type)
            result.append(record);
    }
    return result;
}

// The record type whose values each kind states.
QString mainRecordType(const QString &kind)
{
    if (kind == kNdfl2)
        return kNdflPerson;
    if (kind == kPensionAccount)
        return kIlsDoc;
    if (kind == kPensionCertificate)
        return kPensionReference;
    if (kind == kEmploymentHistory)
        return kWorkbook;
    if (kind == kEgrn)
        return kRealEstate;
    if (kind == kMaternityCapital)
        return kCapital;
    if (kind == kNoTaxArrears)
        return kTaxDebt;
    return QString();
}

int yearOf(const DocumentSpec &spec)
{
    if (spec.year > 0)
        return spec.year;
    for (const Record &record : spec.records) {
        if (record.type == kNdflPerson && hasField(record, "year"))
            return int(fieldOf(record, "year").toInteger());
    }
    return spec.periodFrom.isValid() ? spec.periodFrom.year() : 0;
}

// Work history reads in order of time; entries of one date keep the source's order.
QList<Record> byDate(QList<Record> records, const char *dateKey)
{
    std::stable_sort(records.begin(), records.end(), [dateKey](const Record &a, const Record &b) {
        return textOf(a, dateKey) < textOf(b, dateKey);
    });
    return records;
}

QString defaultIssuer(const QString &kind)
{
    const cp::domain::DocumentKind *known = cp::domain::DocumentKinds::find(kind);
    const QLatin1StringView issuer(known ? known->issuer : "");
    if (issuer == QLatin1StringView("fns"))
        return QStringLiteral("Федеральная налоговая служба");
    if (issuer == QLatin1StringView("sfr"))
        return QStringLiteral("Фонд пенсионного и социального страхования Российской Федерации");
    if (issuer == QLatin1StringView("rosreestr"))
        return QStringLiteral(
            "Федеральная служба государственной регистрации, кадастра и картографии");
    return QString();
}

QString issuerOf(const DocumentSpec &spec)
{
    return spec.issuerName.isEmpty() ? defaultIssuer(spec.kind) : spec.issuerName;
}

// How each document names the person it is about.
QString citizenRole(const QString &kind)
{
    if (kind == kNdfl2)
        return QStringLiteral("Получатель дохода");
    if (kind == kPensionAccount || kind == kEmploymentHistory)
        return QStringLiteral("Застрахованное лицо");
    if (kind == kPensionCertificate)
        return QStringLiteral("Получатель");
    if (kind == kEgrn)
        return QStringLiteral("Правообладатель");
    if (kind == kMaternityCapital)
        return QStringLiteral("Владелец сертификата");
    if (kind == kNoTaxArrears)
        return QStringLiteral("Налогоплательщик");
    return QStringLiteral("Гражданин");
}

// The day a statement speaks of: the end of its period, else the day of issue.
QDate asOfDate(const DocumentSpec &spec)
{
    return spec.periodUntil.isValid() ? spec.periodUntil : RussianFormat::moscowDate(spec.issuedAt);
}

QString periodLine(const DocumentSpec &spec)
{
    if (spec.periodFrom.isValid() && spec.periodUntil.isValid())
        return QStringLiteral("за период с %1 по %2")
            .arg(RussianFormat::date(spec.periodFrom), RussianFormat::date(spec.periodUntil));
    if (spec.periodUntil.isValid())
        return QStringLiteral("по состоянию на %1").arg(RussianFormat::date(spec.periodUntil));
    if (spec.periodFrom.isValid())
        return QStringLiteral("за период с %1").arg(RussianFormat::date(spec.periodFrom));
    return QString();
}

void composeHeading(PdfComposer &pdf, const DocumentSpec &spec, const QString &title)
{
    const QString issuer = issuerOf(spec);
    if (!issuer.isEmpty())
        pdf.addText(PdfComposer::Style::Issuer, issuer, Qt::AlignHCenter);
    pdf.addText(PdfComposer::Style::Title, title, Qt::AlignHCenter);
    QString numberLine = QStringLiteral("№ ") + spec.number;
    if (spec.issuedAt.isValid())
        numberLine +=
            QStringLiteral(" от ") + RussianFormat::date(RussianFormat::moscowDate(spec.issuedAt));
    pdf.addText(PdfComposer::Style::Body, numberLine, Qt::AlignHCenter);
    const QString period = periodLine(spec);
    if (!period.isEmpty())
        pdf.addText(PdfComposer::Style::Body, period, Qt::AlignHCenter);
    pdf.addSpace(3);

    Fields fields{{citizenRole(spec.kind), spec.citizenName}};
    if (spec.issuedAt.isValid())
        fields.append({QStringLiteral("Дата и время формирования"),
                       RussianFormat::moscowDateTime(spec.issuedAt) + QStringLiteral(" (МСК)")});
    pdf.addFields(fields);
}

void composeNdfl2(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kNdflPerson);
    if (records.isEmpty()) {
        const int year = yearOf(spec);
        pdf.addText(PdfComposer::Style::Body,
                    year > 0 ? QStringLiteral("Сведения о доходах за %1 год отсутствуют.").arg(year)
                             : QStringLiteral("Сведения о доходах отсутствуют."));
        return;
    }
    for (const Record &record : records) {
        pdf.addText(PdfComposer::Style::Heading, QStringLiteral("Сведения о налоговом агенте"));
        pdf.addFields({
            {label(kNdflPerson, "tax_agent"), shown(record, "tax_agent")},
            {label(kNdflPerson, "tax_agent_inn"), shown(record, "tax_agent_inn")},
            {QStringLiteral("Налоговый период (год)"),
             hasField(record, "year") ? QString::number(fieldOf(record, "year").toInteger())
                                      : RussianFormat::missing()},
        });

        pdf.addText(PdfComposer::Style::Heading, QStringLiteral("Доходы по месяцам"));
        QList<QJsonObject> lines;
        for (const QJsonValue &line : fieldOf(record, "income_by_month").toArray())
            lines.append(line.toObject());
        // The form lists incomes in order of month; one month's codes in the source's order.
        std::stable_sort(lines.begin(), lines.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(QLatin1StringView("month")).toInteger() <
                                    b.value(QLatin1StringView("month")).toInteger();
                         });
        PdfComposer::Table table;
        table.headers = {QStringLiteral("Месяц"), QStringLiteral("Код дохода"),
                         QStringLiteral("Сумма дохода")};
        table.widths = {0.4, 0.25, 0.35};
        table.alignments = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight};
        for (const QJsonObject &line : lines) {
            const int month = int(line.value(QLatin1StringView("month")).toInteger());
            table.rows.append(
                {QStringLiteral("%1 (%2)")
                     .arg(month, 2, 10, QLatin1Char('0'))
                     .arg(RussianFormat::monthName(month)),
                 line.value(QLatin1StringView("code")).toString(),
                 RussianFormat::money(line.value(QLatin1StringView("amount")).toInteger())});
        }
        if (table.rows.isEmpty())
            pdf.addText(PdfComposer::Style::Body, QStringLiteral("Доходы не выплачивались."));
        else
            pdf.addTable(table);

        pdf.addText(PdfComposer::Style::Heading, QStringLiteral("Общие суммы дохода и налога"));
        pdf.addFields({
            {label(kNdflPerson, "total_income"), shown(record, "total_income")},
            {label(kNdflPerson, "tax_withheld"), shown(record, "tax_withheld")},
        });
    }
}

void composePensionAccount(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kIlsDoc);
    pdf.addText(PdfComposer::Style::Heading,
                QStringLiteral("Сведения о пенсионных правах по состоянию на %1")
                    .arg(RussianFormat::date(asOfDate(spec))));
    if (records.isEmpty()) {
        pdf.addText(PdfComposer::Style::Body, QStringLiteral("Сведения отсутствуют."));
        return;
    }
    for (const Record &record : records) {
        pdf.addFields({
            {label(kIlsDoc, "pension_points"), shown(record, "pension_points")},
            {label(kIlsDoc, "insurance_record_years"), shown(record, "insurance_record_years")},
            {label(kIlsDoc, "savings"), shown(record, "savings")},
        });
    }
}

void composePensionCertificate(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kPensionReference);
    pdf.addText(PdfComposer::Style::Heading,
                QStringLiteral("Назначенные пенсии и социальные выплаты"));
    if (records.isEmpty()) {
        pdf.addText(PdfComposer::Style::Body,
                    QStringLiteral("Пенсии и социальные выплаты не назначены."));
        return;
    }
    PdfComposer::Table table;
    table.headers = {QStringLiteral("№"), label(kPensionReference, "kind"),
                     label(kPensionReference, "amount_per_month"),
                     label(kPensionReference, "since"), label(kPensionReference, "until")};
    table.widths = {0.06, 0.42, 0.2, 0.16, 0.16};
    table.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignHCenter,
                        Qt::AlignHCenter};
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        table.rows.append(
            {QString::number(i + 1), shown(record, "kind"), shown(record, "amount_per_month"),
             shown(record, "since"),
             hasField(record, "until") ? shown(record, "until") : QStringLiteral("бессрочно")});
    }
    pdf.addTable(table);
}

void composeEmploymentHistory(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = byDate(recordsOf(spec, kWorkbook), "date");
    pdf.addText(PdfComposer::Style::Heading, QStringLiteral("Сведения о трудовой деятельности"));
    if (records.isEmpty()) {
        pdf.addText(PdfComposer::Style::Body,
                    QStringLiteral("Сведения о трудовой деятельности отсутствуют."));
        return;
    }
    PdfComposer::Table table;
    table.headers = {QStringLiteral("№"), label(kWorkbook, "date"), label(kWorkbook, "event"),
                     label(kWorkbook, "employer"), label(kWorkbook, "position")};
    table.widths = {0.06, 0.13, 0.17, 0.36, 0.28};
    table.alignments = {Qt::AlignRight, Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft,
                        Qt::AlignLeft};
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        QString employer = shown(record, "employer");
        if (hasField(record, "employer_inn"))
            employer += QStringLiteral("\nИНН ") + shown(record, "employer_inn");
        table.rows.append({QString::number(i + 1), shown(record, "date"), shown(record, "event"),
                           employer, shown(record, "position")});
    }
    pdf.addTable(table);
}

void composeEgrn(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kRealEstate);
    if (records.isEmpty()) {
        pdf.addText(PdfComposer::Style::Heading,
                    QStringLiteral("Сведения о правах на объекты недвижимости"));
        pdf.addText(PdfComposer::Style::Body,
                    QStringLiteral("В Едином государственном реестре недвижимости сведения о "
                                   "правах на объекты недвижимости отсутствуют."));
        return;
    }
    pdf.addText(
        PdfComposer::Style::Body,
        QStringLiteral("Количество объектов недвижимости, права на которые зарегистрированы: %1.")
            .arg(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        pdf.addText(PdfComposer::Style::Heading,
                    QStringLiteral("%1. %2").arg(i + 1).arg(shown(record, "kind")));
        const double share = fieldOf(record, "share").toDouble(1);
        pdf.addFields({
            {label(kRealEstate, "cadastral_number"), shown(record, "cadastral_number")},
            {label(kRealEstate, "kind"), shown(record, "kind")},
            {label(kRealEstate, "address"), shown(record, "address")},
            {label(kRealEstate, "area"), shown(record, "area")},
            {QStringLiteral("Вид права"), share < 1 ? QStringLiteral("Общая долевая собственность")
                                                    : QStringLiteral("Собственность")},
            {label(kRealEstate, "share"),
             hasField(record, "share") ? RussianFormat::share(share) : RussianFormat::missing()},
            {label(kRealEstate, "registration_date"), shown(record, "registration_date")},
            {label(kRealEstate, "encumbrances"),
             hasField(record, "encumbrances") && !textOf(record, "encumbrances").isEmpty()
                 ? shown(record, "encumbrances")
                 : QStringLiteral("не зарегистрировано")},
        });
    }
}

void composeMaternityCapital(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kCapital);
    pdf.addText(PdfComposer::Style::Heading,
                QStringLiteral("Сведения о средствах материнского (семейного) капитала "
                               "по состоянию на %1")
                    .arg(RussianFormat::date(asOfDate(spec))));
    if (records.isEmpty()) {
        pdf.addText(PdfComposer::Style::Body,
                    QStringLiteral("Сертификат на материнский (семейный) капитал не выдавался."));
        return;
    }
    for (const Record &record : records) {
        pdf.addFields({
            {label(kCapital, "certificate_number"), shown(record, "certificate_number")},
            {label(kCapital, "issue_date"), shown(record, "issue_date")},
            {label(kCapital, "balance"), shown(record, "balance")},
        });
    }
}

void composeNoTaxArrears(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kTaxDebt);
    const QString asOf = RussianFormat::date(asOfDate(spec));
    const QString obligations = QStringLiteral(
        "по уплате налогов, сборов, страховых взносов, пеней, штрафов, процентов, подлежащих "
        "уплате в соответствии с законодательством Российской Федерации о налогах и сборах");
    if (records.isEmpty()) {
        pdf.addText(PdfComposer::Style::Body,
                    QStringLiteral("По состоянию на %1 %2 не имеет неисполненной обязанности %3.")
                        .arg(asOf, spec.citizenName, obligations));
        return;
    }
    pdf.addText(PdfComposer::Style::Body,
                QStringLiteral("По состоянию на %1 %2 имеет неисполненную обязанность %3:")
                    .arg(asOf, spec.citizenName, obligations));
    PdfComposer::Table table;
    table.headers = {QStringLiteral("№"), label(kTaxDebt, "tax"), label(kTaxDebt, "amount"),
                     label(kTaxDebt, "penalties"), label(kTaxDebt, "due_date")};
    table.widths = {0.06, 0.4, 0.19, 0.19, 0.16};
    table.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight,
                        Qt::AlignHCenter};
    qint64 totalAmount = 0;
    qint64 totalPenalties = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        totalAmount += fieldOf(record, "amount").toInteger();
        totalPenalties += fieldOf(record, "penalties").toInteger();
        table.rows.append({QString::number(i + 1), shown(record, "tax"), shown(record, "amount"),
                           shown(record, "penalties"), shown(record, "due_date")});
    }
    table.rows.append({QString(), QStringLiteral("Итого"), RussianFormat::money(totalAmount),
                       RussianFormat::money(totalPenalties), QString()});
    table.emphasisedRows = {table.rows.size() - 1};
    pdf.addTable(table);
}

// Records that the kind does not expect are still stated, field by field.
void composeOtherRecords(PdfComposer &pdf, const DocumentSpec &spec)
{
    const QString expected = mainRecordType(spec.kind);
    for (const Record &record : spec.records) {
        if (record.type == expected)
            continue;
        const RecordType *type = RecordCatalogue::find(record.type);
        pdf.addText(PdfComposer::Style::Heading, type ? type->displayName() : record.type);
        Fields fields;
        if (type) {
            for (const FieldSpec &field : type->fields)
                fields.append(
                    {RussianFormat::fieldLabel(record.type, field),
                     RussianFormat::value(record.type, field,
                                          record.fields.value(QLatin1StringView(field.key)))});
        } else {
            for (auto it = record.fields.begin(); it != record.fields.end(); ++it)
                fields.append({it.key(), it.value().toVariant().toString()});
        }
        pdf.addFields(fields);
    }
}

// XML 1.0 has no place for most control characters; a register's stray one
// must not make the whole document unreadable.
QString xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF) ||
                             (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            result.append(c);
    }
    return result;
}

void attribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeAttribute(name, xmlSafe(value));
}

// An optional field as an attribute, left out when the record lacks it.
void fieldAttribute(QXmlStreamWriter &xml, const QString &name, const Record &record,
                    const char *key)
{
    const QJsonValue value = fieldOf(record, key);
    if (value.isString())
        attribute(xml, name, value.toString());
    else if (value.isDouble())
        attribute(xml, name, QString::number(value.toDouble(), 'g', 15));
    else if (value.isBool())
        attribute(xml, name, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
}

// Money stays integer kopecks for machines.
void moneyAttribute(QXmlStreamWriter &xml, const QString &name, const Record &record,
                    const char *key)
{
    if (hasField(record, key))
        attribute(xml, name, QString::number(fieldOf(record, key).toInteger()));
}

void textElement(QXmlStreamWriter &xml, const QString &name, const Record &record, const char *key)
{
    if (hasField(record, key))
        xml.writeTextElement(name, xmlSafe(textOf(record, key)));
}

void writeXmlHeader(QXmlStreamWriter &xml, const DocumentSpec &spec)
{
    xml.writeStartElement(QStringLiteral("Document"));
    attribute(xml, QStringLiteral("kind"), spec.kind);
    attribute(xml, QStringLiteral("number"), spec.number);
    if (spec.issuedAt.isValid())
        attribute(xml, QStringLiteral("issued"), spec.issuedAt.toUTC().toString(Qt::ISODate));
    attribute(xml, QStringLiteral("issuer"), issuerOf(spec));
    if (spec.periodFrom.isValid())
        attribute(xml, QStringLiteral("periodFrom"), spec.periodFrom.toString(Qt::ISODate));
    if (spec.periodUntil.isValid())
        attribute(xml, QStringLiteral("periodUntil"), spec.periodUntil.toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Citizen"));
    attribute(xml, QStringLiteral("name"), spec.citizenName);
    xml.writeEndElement();
}

void writeNdfl2Xml(QXmlStreamWriter &xml, const DocumentSpec &spec)
{
    for (const Record &record : recordsOf(spec, kNdflPerson)) {
        xml.writeStartElement(QStringLiteral("Statement"));
        fieldAttribute(xml, QStringLiteral("year"), record, "year");
        xml.writeStartElement(QStringLiteral("TaxAgent"));
        fieldAttribute(xml, QStringLiteral("name"), record, "tax_agent");
        fieldAttribute(xml, QStringLiteral("inn"), record, "tax_agent_inn");
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Income"));
        for (const QJsonValue &value : fieldOf(record, "income_by_month").toArray()) {
            const QJsonObject line = value.toObject();
            xml.writeStartElement(QStringLiteral("Month"));
            attribute(xml, QStringLiteral("month"),
                      QString::number(line.value(QLatin1StringView("month")).toInteger()));
            attribute(xml, QStringLiteral("code"),
                      line.value(QLatin1StringView("code")).toString());
            attribute(xml, QStringLiteral("amount"),
                      QString::number(line.value(QLatin1StringView("amount")).toInteger()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Totals"));
        moneyAttribute(xml, QStringLiteral("totalIncome"), record, "total_income");
        moneyAttribute(xml, QStringLiteral("taxWithheld"), record, "tax_withheld");
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

void writeEmploymentHistoryXml(QXmlStreamWriter &xml, const DocumentSpec &spec)
{
    const QList<Record> records = byDate(recordsOf(spec, kWorkbook), "date");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        xml.writeStartElement(QStringLiteral("Event"));
        attribute(xml, QStringLiteral("number"), QString::number(i + 1));
        fieldAttribute(xml, QStringLiteral("date"), record, "date");
        fieldAttribute(xml, QStringLiteral("kind"), record, "event");
        xml.writeStartElement(QStringLiteral("Employer"));
        fieldAttribute(xml, QStringLiteral("inn"), record, "employer_inn");
        if (hasField(record, "employer"))
            xml.writeCharacters(xmlSafe(textOf(record, "employer")));
        xml.writeEndElement();
        textElement(xml, QStringLiteral("Position"), record, "position");
        xml.writeEndElement();
    }
}

void writeEgrnXml(QXmlStreamWriter &xml, const DocumentSpec &spec)
{
    const QList<Record> records = recordsOf(spec, kRealEstate);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        xml.writeStartElement(QStringLiteral("Object"));
        attribute(xml, QStringLiteral("number"), QString::number(i + 1));
        fieldAttribute(xml, QStringLiteral("cadastralNumber"), record, "cadastral_number");
        fieldAttribute(xml, QStringLiteral("kind"), record, "kind");
        fieldAttribute(xml, QStringLiteral("area"), record, "area");
        fieldAttribute(xml, QStringLiteral("share"), record, "share");
        fieldAttribute(xml, QStringLiteral("registrationDate"), record, "registration_date");
        textElement(xml, QStringLiteral("Address"), record, "address");
        textElement(xml, QStringLiteral("Encumbrances"), record, "encumbrances");
        xml.writeEndElement();
    }
}

} // namespace

QString DocumentRenderer::title(const DocumentSpec &spec)
{
    if (spec.kind == kNdfl2) {
        const int year = yearOf(spec);
        const QString base = QStringLiteral("Справка о доходах и суммах налога физического лица");
        return year > 0 ? base + QStringLiteral(" за %1 год").arg(year) : base;
    }
    if (spec.kind == kPensionAccount)
        return QStringLiteral(
            "Сведения о состоянии индивидуального лицевого счёта застрахованного лица");
    if (spec.kind == kPensionCertificate)
        return QStringLiteral("Справка о назначенных пенсиях и социальных выплатах");
    if (spec.kind == kEmploymentHistory)
        return QStringLiteral("Сведения о трудовой деятельности, предоставляемые из "
                              "информационных ресурсов Социального фонда России (СТД-Р)");
    if (spec.kind == kEgrn)
        return QStringLiteral("Выписка из Единого государственного реестра недвижимости о правах "
                              "отдельного лица на имеющиеся у него объекты недвижимости");
    if (spec.kind == kMaternityCapital)
        return QStringLiteral(
            "Справка о размере (оставшейся части) средств материнского (семейного) капитала");
    if (spec.kind == kNoTaxArrears)
        return QStringLiteral("Справка об исполнении налогоплательщиком обязанности по уплате "
                              "налогов, сборов, страховых взносов, пеней, штрафов, процентов");
    return QStringLiteral("Документ");
}

RenderedDocument DocumentRenderer::render(const DocumentSpec &spec)
{
    RenderedDocument document;
    document.title = title(spec);
    document.pdf = renderPdf(spec);
    const cp::domain::DocumentKind *kind = cp::domain::DocumentKinds::find(spec.kind);
    if (kind && kind->hasXml)
        document.xml = renderXml(spec);
    return document;
}

QByteArray DocumentRenderer::renderPdf(const DocumentSpec &spec)
{
    const QString documentTitle = title(spec);
    PdfComposer pdf;
    composeHeading(pdf, spec, documentTitle);
    if (spec.kind == kNdfl2)
        composeNdfl2(pdf, spec);
    else if (spec.kind == kPensionAccount)
        composePensionAccount(pdf, spec);
    else if (spec.kind == kPensionCertificate)
        composePensionCertificate(pdf, spec);
    else if (spec.kind == kEmploymentHistory)
        composeEmploymentHistory(pdf, spec);
    else if (spec.kind == kEgrn)
        composeEgrn(pdf, spec);
    else if (spec.kind == kMaternityCapital)
        composeMaternityCapital(pdf, spec);
    else if (spec.kind == kNoTaxArrears)
        composeNoTaxArrears(pdf, spec);
    composeOtherRecords(pdf, spec);

    const QString issuer = issuerOf(spec);
    pdf.addSpace(6);
    pdf.addText(PdfComposer::Style::Note,
                QStringLiteral("Документ подписан электронной подписью: %1. Подпись "
                               "демонстрационная: её ключ выпущен демонстрационным "
                               "удостоверяющим центром сервера Citizen Profile и не имеет "
                               "юридической силы.")
                    .arg(issuer.isEmpty() ? QStringLiteral("издатель документа") : issuer));

    PdfComposer::Metadata metadata;
    metadata.title = documentTitle;
    metadata.creator =
        QStringLiteral("Citizen Profile reference server (profile-server) " CP_VERSION);
    metadata.runningHeader =
        QStringLiteral("№ %1 · %2 · %3").arg(spec.number, spec.citizenName, documentTitle);
    metadata.footer = footerText();
    return pdf.render(metadata);
}

QByteArray DocumentRenderer::renderXml(const DocumentSpec &spec)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    if (spec.kind == kNdfl2) {
        xml.writeStartElement(QStringLiteral("Ndfl2"));
        if (const int year = yearOf(spec); year > 0)
            attribute(xml, QStringLiteral("year"), QString::number(year));
        writeXmlHeader(xml, spec);
        writeNdfl2Xml(xml, spec);
    } else if (spec.kind == kEmploymentHistory) {
        xml.writeStartElement(QStringLiteral("EmploymentHistory"));
        writeXmlHeader(xml, spec);
        writeEmploymentHistoryXml(xml, spec);
    } else if (spec.kind == kEgrn) {
        xml.writeStartElement(QStringLiteral("EgrnExtract"));
        writeXmlHeader(xml, spec);
        writeEgrnXml(xml, spec);
    } else {
        return QByteArray();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace cp::server
