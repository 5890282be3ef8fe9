#include "domain/consent.h"

#include "domain/enumkeys.h"
#include "domain/identifiers.h"
#include "domain/recordcatalogue.h"

#include <QJsonArray>
#include <QSet>

#include <array>

namespace cp::domain {
namespace {

constexpr const char *kContext = "Consent";

constexpr std::array<PurposeEntry, 14> kPurposes{{
    {"CREDIT_CONSUMER", QT_TRANSLATE_NOOP("Consent", "Consumer loan")},
    {"CREDIT_MORTGAGE", QT_TRANSLATE_NOOP("Consent", "Mortgage loan")},
    {"CREDIT_CAR", QT_TRANSLATE_NOOP("Consent", "Car loan")},
    {"INSURANCE_OSAGO", QT_TRANSLATE_NOOP("Consent", "Compulsory motor insurance (OSAGO)")},
    {"INSURANCE_KASKO", QT_TRANSLATE_NOOP("Consent", "Comprehensive motor insurance (KASKO)")},
    {"INSURANCE_LIFE", QT_TRANSLATE_NOOP("Consent", "Life insurance")},
    {"IDENTIFICATION_FIN_SERV",
     QT_TRANSLATE_NOOP("Consent", "Identification for financial services")},
    {"BANK_CARD", QT_TRANSLATE_NOOP("Consent", "Issuing a bank card")},
    {"BANK_ACCOUNT", QT_TRANSLATE_NOOP("Consent", "Opening a bank account")},
    {"DEPOSIT", QT_TRANSLATE_NOOP("Consent", "Opening a deposit")},
    {"BROKERAGE_ACCOUNT", QT_TRANSLATE_NOOP("Consent", "Opening a brokerage account")},
    {"NPF_AGREEMENT", QT_TRANSLATE_NOOP("Consent", "Non-state pension agreement")},
    {"CREDIT_HISTORY", QT_TRANSLATE_NOOP("Consent", "Credit history report")},
    {"DEPOSIT_INSURANCE_PAYOUT", QT_TRANSLATE_NOOP("Consent", "Deposit insurance payout")},
}};

constexpr std::array<EnumKey<OrganisationKind>, 7> kOrganisationKinds{{
    {OrganisationKind::Bank, "bank", QT_TRANSLATE_NOOP("Consent", "Bank")},
    {OrganisationKind::Insurer, "insurer", QT_TRANSLATE_NOOP("Consent", "Insurance company")},
    {OrganisationKind::Mfo, "mfo", QT_TRANSLATE_NOOP("Consent", "Microfinance organisation")},
    {OrganisationKind::Npf, "npf", QT_TRANSLATE_NOOP("Consent", "Non-state pension fund")},
    {OrganisationKind::Broker, "broker", QT_TRANSLATE_NOOP("Consent", "Broker")},
    {OrganisationKind::CreditBureau, "credit_bureau",
     QT_TRANSLATE_NOOP("Consent", "Credit history bureau")},
    {OrganisationKind::Dia, "dia", QT_TRANSLATE_NOOP("Consent", "Deposit Insurance Agency")},
}};

constexpr std::array<EnumKey<DataAction>, 2> kActions{{
    {DataAction::UseData, "USE_DATA", QT_TRANSLATE_NOOP("Consent", "Receive and use the data")},
    {DataAction::ShareData, "SHARE_DATA",
     QT_TRANSLATE_NOOP("Consent", "Pass the data on to the named processors")},
}};

constexpr std::array<EnumKey<AccessMode>, 2> kAccessModes{{
    {AccessMode::OneTime, "one_time", QT_TRANSLATE_NOOP("Consent", "One-time access")},
    {AccessMode::Periodic, "periodic", QT_TRANSLATE_NOOP("Consent", "Periodic access")},
}};

constexpr std::array<EnumKey<RequestState>, 5> kRequestStates{{
    {RequestState::Pending, "pending", QT_TRANSLATE_NOOP("Consent", "Waiting for your decision")},
    {RequestState::Granted, "granted", QT_TRANSLATE_NOOP("Consent", "Granted")},
    {RequestState::Denied, "denied", QT_TRANSLATE_NOOP("Consent", "Denied")},
    {RequestState::Expired, "expired", QT_TRANSLATE_NOOP("Consent", "Expired without an answer")},
    {RequestState::Withdrawn, "withdrawn",
     QT_TRANSLATE_NOOP("Consent", "Withdrawn by the organisation")},
}};

constexpr std::array<EnumKey<ConsentState>, 3> kConsentStates{{
    {ConsentState::Active, "active", QT_TRANSLATE_NOOP("Consent", "Active")},
    {ConsentState::Revoked, "revoked", QT_TRANSLATE_NOOP("Consent", "Revoked by you")},
    {ConsentState::Expired, "expired", QT_TRANSLATE_NOOP("Consent", "Term ended")},
}};

constexpr std::array<EnumKey<Actor>, 3> kActors{{
    {Actor::Citizen, "citizen", nullptr},
    {Actor::Organisation, "organisation", nullptr},
    {Actor::System, "system", nullptr},
}};

// Limits of the text fields of a request, shared by parsing and validation.
constexpr qsizetype kMaxName = 512;
constexpr qsizetype kMaxAddress = 1024;
constexpr qsizetype kMaxPurposeText = 2000;
constexpr qsizetype kMaxRecords = 64;
constexpr qsizetype kMaxProcessors = 32;
constexpr qsizetype kMaxHistory = 64;
constexpr qsizetype kMaxSignature = 8192;

QStringList operationKeys()
{
    QStringList keys;
    for (const OperationRow &row : TrustLevels::operations())
        keys.append(QString::fromLatin1(row.key));
    return keys;
}

template<typename E, typename Table>
E readEnum(JsonReader &reader, const QString &key, const Table &table)
{
    const QString value = reader.enumString(key, keysOf(table));
    return reader.ok() ? *fromKey<E>(table, value) : E{};
}

template<typename E, typename Table>
QList<E> readEnumList(JsonReader &reader, const QString &key, const Table &table)
{
    QList<E> result;
    const QStringList values = reader.stringList(key, static_cast<qsizetype>(table.size()) * 2, 64);
    for (qsizetype i = 0; reader.ok() && i < values.size(); ++i) {
        const std::optional<E> value = fromKey<E>(table, values.at(i));
        if (!value)
            reader.fail(key + u'[' + QString::number(i) + u']',
                        QStringLiteral("not one of the allowed values"));
        else
            result.append(*value);
    }
    return result;
}

template<typename Table, typename E>
QJsonArray enumListToJson(const Table &table, const QList<E> &values)
{
    QJsonArray array;
    for (E value : values)
        array.append(keyOf(table, value));
    return array;
}

Operation readOperation(JsonReader &reader)
{
    const QString key = reader.enumString(QStringLiteral("operation"), operationKeys());
    return reader.ok() ? *TrustLevels::operationFromKey(key) : Operation{};
}

QJsonArray historyToJson(const QList<Transition> &history)
{
    QJsonArray array;
    for (const Transition &t : history) {
        array.append(QJsonObject{{QStringLiteral("from"), t.from},
                                 {QStringLiteral("to"), t.to},
                                 {QStringLiteral("at"), toJsonDateTime(t.at)},
                                 {QStringLiteral("by"), keyOf(kActors, t.by)}});
    }
    return array;
}

QList<Transition> readHistory(JsonReader &reader, const QStringList &states)
{
    if (!reader.has(QStringLiteral("history")))
        return {};
    return reader.objects<Transition>(QStringLiteral("history"), kMaxHistory,
                                      [&states](JsonReader &item) -> std::optional<Transition> {
                                          Transition t;
                                          t.from = item.enumString(QStringLiteral("from"), states);
                                          t.to = item.enumString(QStringLiteral("to"), states);
                                          t.at = item.dateTime(QStringLiteral("at"));
                                          t.by =
                                              readEnum<Actor>(item, QStringLiteral("by"), kActors);
                                          return t;
                                      });
}

QJsonObject purposeToJson(const Purpose &purpose)
{
    return QJsonObject{{QStringLiteral("code"), purpose.code},
                       {QStringLiteral("text"), purpose.text}};
}

Purpose readPurpose(JsonReader &reader)
{
    JsonReader p = reader.child(QStringLiteral("purpose"));
    Purpose purpose;
    purpose.code = p.string(QStringLiteral("code"), 64);
    purpose.text = p.string(QStringLiteral("text"), kMaxPurposeText);
    reader.adopt(p);
    return purpose;
}

// States that a transition of a request or of a consent may name.
QStringList requestStateKeys()
{
    return keysOf(kRequestStates);
}

QStringList consentStateKeys()
{
    return keysOf(kConsentStates);
}

template<typename State, typename Table>
bool applyTransition(State &state, QList<Transition> &history, State to, Actor by,
                     const QDateTime &at, const Table &table)
{
    if (!ConsentLifecycle::canTransition(state, to) || ConsentLifecycle::actorFor(to) != by ||
        !at.isValid())
        return false;
    history.append(Transition{keyOf(table, state), keyOf(table, to), at.toUTC(), by});
    state = to;
    return true;
}

} // namespace

// --- lifecycle -------------------------------------------------------------

bool ConsentLifecycle::canTransition(RequestState from, RequestState to)
{
    return from == RequestState::Pending && to != RequestState::Pending;
}

bool ConsentLifecycle::canTransition(ConsentState from, ConsentState to)
{
    return from == ConsentState::Active && to != ConsentState::Active;
}

std::optional<Actor> ConsentLifecycle::actorFor(RequestState to)
{
    switch (to) {
    case RequestState::Pending:
        return std::nullopt;
    case RequestState::Granted:
    case RequestState::Denied:
        return Actor::Citizen;
    case RequestState::Expired:
        return Actor::System;
    case RequestState::Withdrawn:
        return Actor::Organisation;
    }
    return std::nullopt;
}

std::optional<Actor> ConsentLifecycle::actorFor(ConsentState to)
{
    switch (to) {
    case ConsentState::Active:
        return std::nullopt;
    case ConsentState::Revoked:
        return Actor::Citizen;
    case ConsentState::Expired:
        return Actor::System;
    }
    return std::nullopt;
}

bool ConsentLifecycle::apply(ConsentRequest &request, RequestState to, Actor by,
                             const QDateTime &at)
{
    return applyTransition(request.state, request.history, to, by, at, kRequestStates);
}

bool ConsentLifecycle::apply(Consent &consent, ConsentState to, Actor by, const QDateTime &at)
{
    return applyTransition(consent.state, consent.history, to, by, at, kConsentStates);
}

bool ConsentLifecycle::isFinal(RequestState state)
{
    return state != RequestState::Pending;
}

bool ConsentLifecycle::isFinal(ConsentState state)
{
    return state != ConsentState::Active;
}

// --- validation ------------------------------------------------------------

QList<ValidationError> validate(const ConsentRequest &request)
{
    QList<ValidationError> errors;
    auto add = [&errors](QString field, ValidationCode code, QString message) {
        errors.append(ValidationError{std::move(field), code, std::move(message)});
    };
    auto text = [&add](const QString &field, const QString &value, qsizetype max) {
        if (value.trimmed().isEmpty())
            add(field, ValidationCode::MissingField, QStringLiteral("is missing"));
        else if (value.size() > max)
            add(field, ValidationCode::TooLong,
                QStringLiteral("is longer than %1 characters").arg(max));
    };
    // Messages here are English for logs and the API, so the kind is named in
    // English too, not through the translated identifierKindName().
    auto identifier = [&add](const QString &field, const QString &value, IdentifierKind kind,
                             const char *what) {
        if (value.isEmpty()) {
            add(field, ValidationCode::MissingField, QStringLiteral("is missing"));
            return;
        }
        if (!checkIdentifier(kind, value).ok())
            add(field, ValidationCode::BadIdentifier,
                QStringLiteral("is not a valid %1").arg(QLatin1StringView(what)));
    };

    const Organisation &org = request.organisation;
    text(QStringLiteral("organisation.full_name"), org.fullName, kMaxName);
    text(QStringLiteral("organisation.short_name"), org.shortName, kMaxName);
    identifier(QStringLiteral("organisation.inn"), org.inn, IdentifierKind::OrganisationInn,
               "organisation INN");
    identifier(QStringLiteral("organisation.ogrn"), org.ogrn, IdentifierKind::Ogrn, "OGRN");
    text(QStringLiteral("organisation.address"), org.address, kMaxAddress);
    text(QStringLiteral("organisation.licence"), org.licence, kMaxName);

    for (qsizetype i = 0; i < request.processors.size(); ++i) {
        const QString at = QStringLiteral("processors[%1].").arg(i);
        text(at + QStringLiteral("name"), request.processors.at(i).name, kMaxName);
        text(at + QStringLiteral("address"), request.processors.at(i).address, kMaxAddress);
    }

    if (request.purpose.code.trimmed().isEmpty())
        add(QStringLiteral("purpose.code"), ValidationCode::EmptyPurpose,
            QStringLiteral("the purpose code is empty"));
    else if (!ConsentModel::findPurpose(request.purpose.code))
        add(QStringLiteral("purpose.code"), ValidationCode::UnknownPurpose,
            QStringLiteral("the purpose code is not in the purpose register"));
    if (request.purpose.text.trimmed().isEmpty())
        add(QStringLiteral("purpose.text"), ValidationCode::EmptyPurpose,
            QStringLiteral("the purpose text is empty"));
    else if (request.purpose.text.size() > kMaxPurposeText)
        add(QStringLiteral("purpose.text"), ValidationCode::TooLong,
            QStringLiteral("is longer than %1 characters").arg(kMaxPurposeText));

    if (request.records.isEmpty()) {
        add(QStringLiteral("records"), ValidationCode::NoRecords,
            QStringLiteral("the request names no records"));
    } else {
        QSet<QString> seen;
        bool anyRequired = false;
        for (qsizetype i = 0; i < request.records.size(); ++i) {
            const RequestedRecord &r = request.records.at(i);
            const QString field = QStringLiteral("records[%1].key").arg(i);
            if (!RecordCatalogue::find(r.key))
                add(field, ValidationCode::UnknownRecordKey,
                    QStringLiteral("is not a record type of the catalogue"));
            else if (seen.contains(r.key))
                add(field, ValidationCode::DuplicateRecordKey,
                    QStringLiteral("names a record type twice"));
            seen.insert(r.key);
            anyRequired = anyRequired || r.required;
        }
        if (!anyRequired)
            add(QStringLiteral("records"), ValidationCode::NoRequiredRecord,
                QStringLiteral("at least one record must be required"));
    }

    if (request.actions.isEmpty()) {
        add(QStringLiteral("actions"), ValidationCode::NoActions,
            QStringLiteral("the request names no actions"));
    } else {
        QSet<DataAction> seen;
        for (qsizetype i = 0; i < request.actions.size(); ++i) {
            if (seen.contains(request.actions.at(i)))
                add(QStringLiteral("actions[%1]").arg(i), ValidationCode::DuplicateAction,
                    QStringLiteral("names an action twice"));
            seen.insert(request.actions.at(i));
        }
        if (seen.contains(DataAction::ShareData) && request.processors.isEmpty())
            add(QStringLiteral("processors"), ValidationCode::ShareWithoutProcessors,
                QStringLiteral("SHARE_DATA needs the processors the data is passed to"));
    }

    if (!request.termFrom.isValid())
        add(QStringLiteral("term.from"), ValidationCode::MissingField,
            QStringLiteral("is missing"));
    if (!request.termUntil.isValid())
        add(QStringLiteral("term.until"), ValidationCode::MissingField,
            QStringLiteral("is missing"));
    if (request.termFrom.isValid() && request.termUntil.isValid() &&
        request.termUntil < request.termFrom)
        add(QStringLiteral("term.until"), ValidationCode::TermEndsBeforeStart,
            QStringLiteral("the term ends before it starts"));

    if (!request.requestedAt.isValid())
        add(QStringLiteral("requested_at"), ValidationCode::MissingField,
            QStringLiteral("is missing"));
    if (!request.answerBy.isValid())
        add(QStringLiteral("answer_by"), ValidationCode::MissingField,
            QStringLiteral("is missing"));
    if (request.requestedAt.isValid() && request.answerBy.isValid() &&
        request.answerBy <= request.requestedAt)
        add(QStringLiteral("answer_by"), ValidationCode::AnswerByBeforeRequest,
            QStringLiteral("the answer deadline is not after the request time"));

    if (request.signature.isEmpty())
        add(QStringLiteral("signature"), ValidationCode::MissingField,
            QStringLiteral("the organisation's signature is missing"));
    return errors;
}

// --- names -----------------------------------------------------------------

std::span<const PurposeEntry> ConsentModel::purposes()
{
    return kPurposes;
}

const PurposeEntry *ConsentModel::findPurpose(QStringView code)
{
    for (const PurposeEntry &entry : kPurposes) {
        if (code == QLatin1StringView(entry.code))
            return &entry;
    }
    return nullptr;
}

QString ConsentModel::purposeText(const PurposeEntry &entry)
{
    return QCoreApplication::translate(kContext, entry.text);
}

QString ConsentModel::key(OrganisationKind kind)
{
    return keyOf(kOrganisationKinds, kind);
}
QString ConsentModel::key(DataAction action)
{
    return keyOf(kActions, action);
}
QString ConsentModel::key(AccessMode mode)
{
    return keyOf(kAccessModes, mode);
}
QString ConsentModel::key(RequestState state)
{
    return keyOf(kRequestStates, state);
}
QString ConsentModel::key(ConsentState state)
{
    return keyOf(kConsentStates, state);
}
QString ConsentModel::key(Actor actor)
{
    return keyOf(kActors, actor);
}
QString ConsentModel::name(OrganisationKind kind)
{
    return nameOf(kOrganisationKinds, kind, kContext);
}
QString ConsentModel::name(DataAction action)
{
    return nameOf(kActions, action, kContext);
}
QString ConsentModel::name(AccessMode mode)
{
    return nameOf(kAccessModes, mode, kContext);
}
QString ConsentModel::name(RequestState state)
{
    return nameOf(kRequestStates, state, kContext);
}
QString ConsentModel::name(ConsentState state)
{
    return nameOf(kConsentStates, state, kContext);
}

// --- JSON ------------------------------------------------------------------

QJsonObject toJson(const Organisation &value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("full_name"), value.fullName},
        {QStringLiteral("short_name"), value.shortName},
        {QStringLiteral("inn"), value.inn},
        {QStringLiteral("ogrn"), value.ogrn},
        {QStringLiteral("address"), value.address},
        {QStringLiteral("kind"), keyOf(kOrganisationKinds, value.kind)},
        {QStringLiteral("licence"), value.licence},
        {QStringLiteral("registered_participant"), value.registeredParticipant},
    };
}

std::optional<Organisation> organisationFromJson(JsonReader &reader)
{
    Organisation org;
    org.id = reader.string(QStringLiteral("id"), 128);
    org.fullName = reader.string(QStringLiteral("full_name"), kMaxName);
    org.shortName = reader.string(QStringLiteral("short_name"), kMaxName);
    org.inn = reader.string(QStringLiteral("inn"), 32);
    org.ogrn = reader.string(QStringLiteral("ogrn"), 32);
    org.address = reader.string(QStringLiteral("address"), kMaxAddress);
    org.kind = readEnum<OrganisationKind>(reader, QStringLiteral("kind"), kOrganisationKinds);
    org.licence = reader.string(QStringLiteral("licence"), kMaxName);
    org.registeredParticipant = reader.boolean(QStringLiteral("registered_participant"));
    return reader.ok() ? std::optional<Organisation>(org) : std::nullopt;
}

QJsonObject toJson(const ConsentRequest &value)
{
    QJsonArray processors;
    for (const Processor &p : value.processors)
        processors.append(
            QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("address"), p.address}});
    QJsonArray records;
    for (const RequestedRecord &r : value.records)
        records.append(
            QJsonObject{{QStringLiteral("key"), r.key}, {QStringLiteral("required"), r.required}});
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("requested_at"), toJsonDateTime(value.requestedAt)},
        {QStringLiteral("answer_by"), toJsonDateTime(value.answerBy)},
        {QStringLiteral("organisation"), toJson(value.organisation)},
        {QStringLiteral("processors"), processors},
        {QStringLiteral("purpose"), purposeToJson(value.purpose)},
        {QStringLiteral("records"), records},
        {QStringLiteral("actions"), enumListToJson(kActions, value.actions)},
        {QStringLiteral("operation"), TrustLevels::operationKey(value.operation)},
        {QStringLiteral("required_trust_level"),
         static_cast<int>(TrustLevels::minimumLevel(value.operation))},
        {QStringLiteral("access"), keyOf(kAccessModes, value.access)},
        {QStringLiteral("term"),
         QJsonObject{{QStringLiteral("from"), toJsonDate(value.termFrom)},
                     {QStringLiteral("until"), toJsonDate(value.termUntil)}}},
        {QStringLiteral("signature"), QString::fromLatin1(value.signature.toBase64())},
        {QStringLiteral("state"), keyOf(kRequestStates, value.state)},
        {QStringLiteral("consent_id"),
         value.consentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.consentId)},
        {QStringLiteral("history"), historyToJson(value.history)},
    };
}

std::optional<ConsentRequest> consentRequestFromJson(const QJsonObject &object, JsonError *error)
{
    JsonReader reader(object);
    ConsentRequest request;
    request.id = reader.string(QStringLiteral("id"), 128);
    request.requestedAt = reader.dateTime(QStringLiteral("requested_at"));
    request.answerBy = reader.dateTime(QStringLiteral("answer_by"));

    JsonReader org = reader.child(QStringLiteral("organisation"));
    if (reader.ok()) {
        if (std::optional<Organisation> o = organisationFromJson(org))
            request.organisation = *o;
        reader.adopt(org);
    }

    request.processors =
        reader.objects<Processor>(QStringLiteral("processors"), kMaxProcessors,
                                  [](JsonReader &item) -> std::optional<Processor> {
                                      Processor p;
                                      p.name = item.string(QStringLiteral("name"), kMaxName);
                                      p.address =
                                          item.string(QStringLiteral("address"), kMaxAddress);
                                      return p;
                                  });
    request.purpose = readPurpose(reader);
    request.records =
        reader.objects<RequestedRecord>(QStringLiteral("records"), kMaxRecords,
                                        [](JsonReader &item) -> std::optional<RequestedRecord> {
                                            RequestedRecord r;
                                            r.key = item.string(QStringLiteral("key"), 64);
                                            r.required = item.boolean(QStringLiteral("required"));
                                            return r;
                                        });
    request.actions = readEnumList<DataAction>(reader, QStringLiteral("actions"), kActions);
    request.operation = readOperation(reader);
    if (reader.has(QStringLiteral("required_trust_level"))) {
        // Derived from the operation; a sender that disagrees is refused.
        const qint64 level = reader.integer(QStringLiteral("required_trust_level"), 1, 3);
        if (reader.ok() &&
            level != static_cast<qint64>(TrustLevels::minimumLevel(request.operation)))
            reader.fail(QStringLiteral("required_trust_level"),
                        QStringLiteral("does not match the operation"));
    }
    request.access = readEnum<AccessMode>(reader, QStringLiteral("access"), kAccessModes);
    JsonReader term = reader.child(QStringLiteral("term"));
    request.termFrom = term.date(QStringLiteral("from"));
    request.termUntil = term.date(QStringLiteral("until"));
    reader.adopt(term);
    request.signature = reader.base64(QStringLiteral("signature"), kMaxSignature);
    request.state = readEnum<RequestState>(reader, QStringLiteral("state"), kRequestStates);
    request.consentId = reader.optionalString(QStringLiteral("consent_id"), 128);
    request.history = readHistory(reader, requestStateKeys());

    return finishRead(reader, request, error);
}

QJsonObject toJson(const Consent &value)
{
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("request_id"), value.requestId},
        {QStringLiteral("state"), keyOf(kConsentStates, value.state)},
        {QStringLiteral("granted_at"), toJsonDateTime(value.grantedAt)},
        {QStringLiteral("valid_from"), toJsonDate(value.validFrom)},
        {QStringLiteral("valid_until"), toJsonDate(value.validUntil)},
        {QStringLiteral("records"), QJsonArray::fromStringList(value.records)},
        {QStringLiteral("organisation"), toJson(value.organisation)},
        {QStringLiteral("purpose"), purposeToJson(value.purpose)},
        {QStringLiteral("operation"), TrustLevels::operationKey(value.operation)},
        {QStringLiteral("access"), keyOf(kAccessModes, value.access)},
        {QStringLiteral("actions"), enumListToJson(kActions, value.actions)},
        {QStringLiteral("history"), historyToJson(value.history)},
    };
}

std::optional<Consent> consentFromJson(const QJsonObject &object, JsonError *error)
{
    JsonReader reader(object);
    Consent consent;
    consent.id = reader.string(QStringLiteral("id"), 128);
    consent.requestId = reader.string(QStringLiteral("request_id"), 128);
    consent.state = readEnum<ConsentState>(reader, QStringLiteral("state"), kConsentStates);
    consent.grantedAt = reader.dateTime(QStringLiteral("granted_at"));
    consent.validFrom = reader.date(QStringLiteral("valid_from"));
    consent.validUntil = reader.date(QStringLiteral("valid_until"));
    consent.records = reader.stringList(QStringLiteral("records"), kMaxRecords, 64);
    for (qsizetype i = 0; reader.ok() && i < consent.records.size(); ++i) {
        if (!RecordCatalogue::find(consent.records.at(i)))
            reader.fail(QStringLiteral("records[%1]").arg(i),
                        QStringLiteral("is not a record type of the catalogue"));
    }
    JsonReader org = reader.child(QStringLiteral("organisation"));
    if (reader.ok()) {
        if (std::optional<Organisation> o = organisationFromJson(org))
            consent.organisation = *o;
        reader.adopt(org);
    }
    consent.purpose = readPurpose(reader);
    consent.operation = readOperation(reader);
    consent.access = readEnum<AccessMode>(reader, QStringLiteral("access"), kAccessModes);
    consent.actions = readEnumList<DataAction>(reader, QStringLiteral("actions"), kActions);
    consent.history = readHistory(reader, consentStateKeys());
    if (reader.ok() && consent.validUntil < consent.validFrom)
        reader.fail(QStringLiteral("valid_until"), QStringLiteral("ends before valid_from"));

    return finishRead(reader, consent, error);
}

} // namespace cp::domain
