#include "cli/cliformat.h"

#include "cli/clioutput.h"
#include "domain/jsonreader.h"
#include "domain/trustlevel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cp::cli {
namespace {

QString fromJsonScalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

CliFormat::CliFormat(const QString &language)
    : m_locale(language == u"ru" ? QLocale(QLocale::Russian, QLocale::Russia)
                                 : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , m_russian(language == u"ru")
{}

// --- readable text ---------------------------------------------------------------

QString CliFormat::date(const QDate &value) const
{
    if (!value.isValid())
        return QStringLiteral("—");
    return m_locale.toString(value, m_russian ? QStringLiteral("dd.MM.yyyy")
                                              : QStringLiteral("d MMM yyyy"));
}

QString CliFormat::dateTime(const QDateTime &value) const
{
    if (!value.isValid())
        return QStringLiteral("—");
    return m_locale.toString(value.toLocalTime(), m_russian ? QStringLiteral("dd.MM.yyyy HH:mm")
                                                            : QStringLiteral("d MMM yyyy HH:mm"));
}

QString CliFormat::money(qint64 kopecks) const
{
    const bool negative = kopecks < 0;
    const qint64 abs = negative ? -kopecks : kopecks;
    // Whole roubles through the locale (its group separator), kopecks by hand:
    // money never goes through a floating-point number.
    QString text = m_locale.toString(abs / 100) + m_locale.decimalPoint() +
                   QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("−") : QString()) + text + QStringLiteral(" ₽");
}

QString CliFormat::size(qint64 bytes) const
{
    return m_locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString CliFormat::yesNo(bool value) const
{
    return value ? QCoreApplication::translate("Cli", "yes")
                 : QCoreApplication::translate("Cli", "no");
}

QString CliFormat::fieldValue(const domain::FieldSpec &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    switch (field.type) {
    case domain::FieldType::Date:
        return date(QDate::fromString(value.toString(), Qt::ISODate));
    case domain::FieldType::Money:
        return money(value.toInteger());
    case domain::FieldType::Bool:
        return yesNo(value.toBool());
    case domain::FieldType::Enum:
        for (const domain::EnumValue &e : field.enumValues) {
            if (value.toString() == QLatin1StringView(e.key))
                return domain::RecordCatalogue::enumLabel(e);
        }
        return value.toString();
    case domain::FieldType::MonthlyIncome: {
        QStringList lines;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject line = v.toObject();
            const int month = line.value(QStringLiteral("month")).toInt();
            lines.append(QStringLiteral("%1  %2  %3")
                             .arg(m_locale.standaloneMonthName(month, QLocale::ShortFormat), -6)
                             .arg(line.value(QStringLiteral("code")).toString())
                             .arg(money(line.value(QStringLiteral("amount")).toInteger())));
        }
        return lines.isEmpty() ? QStringLiteral("—") : lines.join(u'\n');
    }
    case domain::FieldType::Text:
    case domain::FieldType::Number:
    case domain::FieldType::Id:
        break;
    }
    return fromJsonScalar(value);
}

QStringList CliFormat::recordLines(const domain::Record &record, int indent) const
{
    TextTable table;
    const domain::RecordType *type = domain::RecordCatalogue::find(record.type);
    if (!type) {
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it)
            table.addRow({it.key(), fromJsonScalar(it.value())});
        return table.lines(indent);
    }
    for (const domain::FieldSpec &field : type->fields) {
        const QJsonValue value = record.fields.value(QLatin1StringView(field.key));
        if (value.isUndefined())
            continue;
        table.addRow({domain::RecordCatalogue::fieldLabel(field), fieldValue(field, value)});
    }
    return table.lines(indent);
}

QString CliFormat::recordName(const QString &key) const
{
    const domain::RecordType *type = domain::RecordCatalogue::find(key);
    return type ? type->displayName() : key;
}

QString CliFormat::recordNames(const QStringList &keys) const
{
    QStringList names;
    for (const QString &key : keys)
        names.append(recordName(key));
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
}

QString CliFormat::levelName(std::optional<domain::TrustLevel> level) const
{
    return level ? domain::TrustLevels::levelName(*level)
                 : QCoreApplication::translate("Cli", "not identified");
}

QString CliFormat::documentKindName(const QString &kind) const
{
    if (const domain::DocumentKind *k = domain::DocumentKinds::find(kind))
        return domain::DocumentKinds::name(*k);
    return kind == u"upload" ? QCoreApplication::translate("Cli", "Your own file") : kind;
}

QString CliFormat::signatureName(const QString &state) const
{
    if (state == u"valid")
        return QCoreApplication::translate("Cli", "valid");
    if (state == u"invalid")
        return QCoreApplication::translate("Cli", "invalid");
    if (state == u"unknown_issuer")
        return QCoreApplication::translate("Cli", "unknown issuer");
    if (state == u"unchecked")
        return QCoreApplication::translate("Cli", "not checked yet");
    if (state == u"malformed")
        return QCoreApplication::translate("Cli", "unreadable");
    return QCoreApplication::translate("Cli", "unsigned");
}

QString CliFormat::storedName(const QString &state) const
{
    if (state == u"complete")
        return QCoreApplication::translate("Cli", "offline");
    if (state == u"partial")
        return QCoreApplication::translate("Cli", "partly");
    return QCoreApplication::translate("Cli", "online only");
}

QString CliFormat::requestStateName(domain::RequestState state) const
{
    return domain::ConsentModel::name(state);
}

QString CliFormat::consentStateName(domain::ConsentState state) const
{
    return domain::ConsentModel::name(state);
}

QString CliFormat::decisionName(const QString &action) const
{
    if (action == u"grant")
        return QCoreApplication::translate("Cli", "grant");
    if (action == u"deny")
        return QCoreApplication::translate("Cli", "deny");
    if (action == u"revoke")
        return QCoreApplication::translate("Cli", "revoke");
    return action;
}

QStringList CliFormat::requestLines(const domain::ConsentRequest &r,
                                    std::optional<domain::TrustLevel> citizenLevel) const
{
    TextTable table;
    const domain::Organisation &o = r.organisation;
    table.addRow({QCoreApplication::translate("Cli", "Organisation"),
                  QStringLiteral("%1 (%2)").arg(o.fullName, domain::ConsentModel::name(o.kind))});
    table.addRow(
        {QCoreApplication::translate("Cli", "INN / OGRN"), o.inn + QStringLiteral(" / ") + o.ogrn});
    table.addRow({QCoreApplication::translate("Cli", "Address"), o.address});
    if (!o.licence.isEmpty())
        table.addRow({QCoreApplication::translate("Cli", "Licence"), o.licence});
    table.addRow({QCoreApplication::translate("Cli", "Registered participant"),
                  yesNo(o.registeredParticipant)});
    table.addRow({QCoreApplication::translate("Cli", "Purpose"),
                  QStringLiteral("%1 (%2)").arg(r.purpose.text, r.purpose.code)});
    const domain::TrustLevel needed = domain::TrustLevels::minimumLevel(r.operation);
    table.addRow({QCoreApplication::translate("Cli", "Operation"),
                  domain::TrustLevels::operationName(r.operation)});
    table.addRow(
        {QCoreApplication::translate("Cli", "Needs"), domain::TrustLevels::levelName(needed)});
    table.addRow({QCoreApplication::translate("Cli", "Your trust level"), levelName(citizenLevel)});
    QStringList actions;
    for (domain::DataAction a : r.actions)
        actions.append(domain::ConsentModel::name(a));
    table.addRow({QCoreApplication::translate("Cli", "Actions"), actions.join(u'\n')});
    for (const domain::Processor &p : r.processors)
        table.addRow({QCoreApplication::translate("Cli", "Shared with"),
                      p.name + QStringLiteral(", ") + p.address});
    table.addRow(
        {QCoreApplication::translate("Cli", "Access"), domain::ConsentModel::name(r.access)});
    table.addRow({QCoreApplication::translate("Cli", "Term"),
                  date(r.termFrom) + QStringLiteral(" – ") + date(r.termUntil)});
    table.addRow({QCoreApplication::translate("Cli", "Requested"), dateTime(r.requestedAt)});
    table.addRow({QCoreApplication::translate("Cli", "Answer by"), dateTime(r.answerBy)});
    QStringList required;
    QStringList optional;
    for (const domain::RequestedRecord &rec : r.records)
        (rec.required ? required : optional)
            .append(QStringLiteral("%1 (%2)").arg(recordName(rec.key), rec.key));
    table.addRow({QCoreApplication::translate("Cli", "Required records"),
                  required.isEmpty() ? QStringLiteral("—") : required.join(u'\n')});
    table.addRow({QCoreApplication::translate("Cli", "Optional records"),
                  optional.isEmpty() ? QStringLiteral("—") : optional.join(u'\n')});
    table.addRow({QCoreApplication::translate("Cli", "State"), requestStateName(r.state)});
    if (!r.consentId.isEmpty())
        table.addRow({QCoreApplication::translate("Cli", "Consent"), r.consentId});
    return table.lines(2);
}

QStringList CliFormat::consentLines(const domain::Consent &c) const
{
    TextTable table;
    table.addRow({QCoreApplication::translate("Cli", "Organisation"),
                  QStringLiteral("%1 (%2)").arg(c.organisation.fullName,
                                                domain::ConsentModel::name(c.organisation.kind))});
    table.addRow({QCoreApplication::translate("Cli", "Purpose"),
                  QStringLiteral("%1 (%2)").arg(c.purpose.text, c.purpose.code)});
    table.addRow({QCoreApplication::translate("Cli", "Operation"),
                  domain::TrustLevels::operationName(c.operation)});
    table.addRow(
        {QCoreApplication::translate("Cli", "Access"), domain::ConsentModel::name(c.access)});
    table.addRow({QCoreApplication::translate("Cli", "Granted"), dateTime(c.grantedAt)});
    table.addRow({QCoreApplication::translate("Cli", "Valid"),
                  date(c.validFrom) + QStringLiteral(" – ") + date(c.validUntil)});
    QStringList records;
    for (const QString &key : c.records)
        records.append(QStringLiteral("%1 (%2)").arg(recordName(key), key));
    table.addRow({QCoreApplication::translate("Cli", "Records"), records.join(u'\n')});
    table.addRow({QCoreApplication::translate("Cli", "Request"), c.requestId});
    table.addRow({QCoreApplication::translate("Cli", "State"), consentStateName(c.state)});
    return table.lines(2);
}

// --- JSON ----------------------------------------------------------------------------

QJsonValue CliFormat::jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(domain::toJsonDateTime(time)) : QJsonValue();
}

QJsonValue CliFormat::jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(domain::toJsonDate(date)) : QJsonValue();
}

QJsonValue CliFormat::jsonString(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue CliFormat::jsonLevel(std::optional<domain::TrustLevel> level)
{
    return level ? QJsonValue(int(*level)) : QJsonValue();
}

QJsonObject CliFormat::recordJson(const domain::Record &r) const
{
    const domain::RecordType *type = domain::RecordCatalogue::find(r.type);
    return {{QStringLiteral("type"), r.type},
            {QStringLiteral("name"), recordName(r.type)},
            {QStringLiteral("category"),
             type ? domain::RecordCatalogue::categoryKey(type->category) : QString()},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("updated_at"), jsonTime(r.updatedAt)},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("verified"), r.verified},
            {QStringLiteral("fields"), r.fields}};
}

QJsonObject CliFormat::recordVersionJson(const domain::Record &r, const QStringList &changed) const
{
    return {{QStringLiteral("version"), r.version},
            {QStringLiteral("updated_at"), jsonTime(r.updatedAt)},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("verified"), r.verified},
            {QStringLiteral("changed_fields"), stringArray(changed)},
            {QStringLiteral("fields"), r.fields}};
}

QJsonObject CliFormat::documentJson(const storage::ArchivedDocument &d)
{
    const domain::DocumentInfo &i = d.info;
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("kind"), i.kind},
        {QStringLiteral("origin"), i.origin == domain::DocumentOrigin::Issued
                                       ? QStringLiteral("issued")
                                       : QStringLiteral("uploaded")},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("issuer"), i.issuer},
        {QStringLiteral("period_from"), jsonDate(i.periodFrom)},
        {QStringLiteral("period_until"), jsonDate(i.periodUntil)},
        {QStringLiteral("issued_at"), jsonTime(i.issuedAt)},
        {QStringLiteral("media_type"), i.mediaType},
        {QStringLiteral("size"), i.size},
        {QStringLiteral("sha256"), QString::fromLatin1(i.sha256.toHex())},
        {QStringLiteral("has_signature"), i.hasSignature},
        {QStringLiteral("related_id"), jsonString(i.relatedId)},
        {QStringLiteral("stored"), d.state.isEmpty() ? QStringLiteral("none") : d.state},
        {QStringLiteral("signature"), i.hasSignature ? jsonString(d.signatureState) : QJsonValue()},
        {QStringLiteral("signer"), jsonString(d.signer)},
        {QStringLiteral("signing_time"), jsonTime(d.signingTime)},
    };
}

QJsonObject CliFormat::requestSummaryJson(const domain::ConsentRequest &r,
                                          const QString &waitingDecision)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("state"), domain::ConsentModel::key(r.state)},
            {QStringLiteral("organisation"), r.organisation.shortName},
            {QStringLiteral("purpose"), r.purpose.code},
            {QStringLiteral("operation"), domain::TrustLevels::operationKey(r.operation)},
            {QStringLiteral("required_level"), int(domain::TrustLevels::minimumLevel(r.operation))},
            {QStringLiteral("requested_at"), jsonTime(r.requestedAt)},
            {QStringLiteral("answer_by"), jsonTime(r.answerBy)},
            {QStringLiteral("consent_id"), jsonString(r.consentId)},
            {QStringLiteral("waiting_decision"), jsonString(waitingDecision)}};
}

QJsonObject CliFormat::consentSummaryJson(const domain::Consent &c, const QString &waitingDecision)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("state"), domain::ConsentModel::key(c.state)},
            {QStringLiteral("request_id"), c.requestId},
            {QStringLiteral("organisation"), c.organisation.shortName},
            {QStringLiteral("purpose"), c.purpose.code},
            {QStringLiteral("granted_at"), jsonTime(c.grantedAt)},
            {QStringLiteral("valid_from"), jsonDate(c.validFrom)},
            {QStringLiteral("valid_until"), jsonDate(c.validUntil)},
            {QStringLiteral("records"), stringArray(c.records)},
            {QStringLiteral("waiting_decision"), jsonString(waitingDecision)}};
}

QJsonObject CliFormat::accessEventJson(const domain::AccessEvent &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), jsonTime(e.at)},
            {QStringLiteral("organisation_id"), e.organisationId},
            {QStringLiteral("organisation"), e.organisationName},
            {QStringLiteral("consent_id"), jsonString(e.consentId)},
            {QStringLiteral("records"), stringArray(e.records)},
            {QStringLiteral("refused"), e.refused},
            {QStringLiteral("refusal_reason"), jsonString(e.refusalReason)}};
}

QJsonObject CliFormat::decisionJson(const storage::OutboxEntry &e, const QString &consentId)
{
    return {{QStringLiteral("action"), e.action},
            {QStringLiteral("target"), e.targetId},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("optional_records"), stringArray(e.optionalRecords)},
            {QStringLiteral("created_at"), jsonTime(e.createdAt)},
            {QStringLiteral("settled_at"), jsonTime(e.settledAt)},
            {QStringLiteral("consent_id"), jsonString(consentId)}};
}

} // namespace cp::cli
