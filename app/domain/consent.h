// The consent model of consents-and-trust.md: a consent request of an
// organisation with every field that Federal Law 152-FZ art. 9 part 4 and the
// Digital Profile ask for, the consent that a grant creates, their lifecycles
// and the validation of a request against the catalogue. JSON shapes are
// those of docs/api/openapi.yaml.
#pragma once

#include "domain/jsonreader.h"
#include "domain/trustlevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace cp::domain {

enum class OrganisationKind
{
    Bank,
    Insurer,
    Mfo,
    Npf,
    Broker,
    CreditBureau,
    Dia
};

struct Organisation
{
    QString id;
    QString fullName;
    QString shortName;
    QString inn;  // 10 digits
    QString ogrn; // 13 digits
    QString address;
    OrganisationKind kind = OrganisationKind::Bank;
    QString licence;
    bool registeredParticipant = false; // only the server may say so

    bool operator==(const Organisation &) const = default;
};

struct Processor
{
    QString name;
    QString address;
    bool operator==(const Processor &) const = default;
};

// The fixed register of purposes.
struct PurposeEntry
{
    const char *code; // "CREDIT_CONSUMER"
    const char *text; // English source text, context "Consent"
};

struct Purpose
{
    QString code;
    QString text; // as the organisation wrote it
    bool operator==(const Purpose &) const = default;
};

struct RequestedRecord
{
    QString key; // a record key of the catalogue
    bool required = true;
    bool operator==(const RequestedRecord &) const = default;
};

enum class DataAction
{
    UseData,
    ShareData
};
enum class AccessMode
{
    OneTime,
    Periodic
};

enum class RequestState
{
    Pending,
    Granted,
    Denied,
    Expired,
    Withdrawn
};
enum class ConsentState
{
    Active,
    Revoked,
    Expired
};
enum class Actor
{
    Citizen,
    Organisation,
    System
};

struct Transition
{
    QString from; // state key
    QString to;
    QDateTime at;
    Actor by = Actor::System;
    bool operator==(const Transition &) const = default;
};

struct ConsentRequest
{
    QString id;
    QDateTime requestedAt;
    QDateTime answerBy;
    Organisation organisation;
    QList<Processor> processors;
    Purpose purpose;
    QList<RequestedRecord> records;
    QList<DataAction> actions;
    Operation operation = Operation::InfoServicesIndividual;
    AccessMode access = AccessMode::OneTime;
    QDate termFrom;
    QDate termUntil;
    QByteArray signature; // the organisation's signature over the request
    RequestState state = RequestState::Pending;
    QString consentId; // set once granted
    QList<Transition> history;

    bool operator==(const ConsentRequest &) const = default;
};

struct Consent
{
    QString id;
    QString requestId;
    ConsentState state = ConsentState::Active;
    QDateTime grantedAt;
    QDate validFrom;
    QDate validUntil;
    QStringList records; // record keys granted: the required ones and the optional ones chosen
    Organisation organisation;
    Purpose purpose;
    Operation operation = Operation::InfoServicesIndividual;
    AccessMode access = AccessMode::OneTime;
    QList<DataAction> actions;
    QList<Transition> history;

    bool operator==(const Consent &) const = default;
};

// Lifecycle: pending → granted | denied | expired | withdrawn;
// active → revoked | expired. Each transition has its one actor.
class ConsentLifecycle
{
public:
    static bool canTransition(RequestState from, RequestState to);
    static bool canTransition(ConsentState from, ConsentState to);
    // The actor who alone may cause the transition (granted/denied: citizen,
    // withdrawn: organisation, expired: system, revoked: citizen).
    static std::optional<Actor> actorFor(RequestState to);
    static std::optional<Actor> actorFor(ConsentState to);

    // Applies a transition and records it in the history; false (and nothing
    // changed) when the transition or the actor is not allowed.
    static bool apply(ConsentRequest &request, RequestState to, Actor by, const QDateTime &at);
    static bool apply(Consent &consent, ConsentState to, Actor by, const QDateTime &at);

    static bool isFinal(RequestState state);
    static bool isFinal(ConsentState state);
};

enum class ValidationCode
{
    MissingField,
    TooLong,
    UnknownRecordKey,
    DuplicateRecordKey,
    NoRecords,
    NoRequiredRecord,
    EmptyPurpose,
    UnknownPurpose,
    NoActions,
    DuplicateAction,
    ShareWithoutProcessors,
    TermEndsBeforeStart,
    AnswerByBeforeRequest,
    BadIdentifier
};

struct ValidationError
{
    QString field; // "organisation.inn", "records[3].key"
    ValidationCode code;
    QString message; // English, precise, no personal values
    bool operator==(const ValidationError &) const = default;
};

QList<ValidationError> validate(const ConsentRequest &request);

class ConsentModel
{
public:
    static std::span<const PurposeEntry> purposes();
    static const PurposeEntry *findPurpose(QStringView code);
    static QString purposeText(const PurposeEntry &entry); // translated

    static QString key(OrganisationKind kind);
    static QString key(DataAction action);
    static QString key(AccessMode mode);
    static QString key(RequestState state);
    static QString key(ConsentState state);
    static QString key(Actor actor);
    static QString name(OrganisationKind kind); // translated
    static QString name(DataAction action);     // translated
    static QString name(AccessMode mode);       // translated
    static QString name(RequestState state);    // translated
    static QString name(ConsentState state);    // translated
};

// JSON round-trip. fromJson never returns a half-filled object: on any problem
// it returns nullopt and sets *error.
QJsonObject toJson(const Organisation &value);
QJsonObject toJson(const ConsentRequest &value);
QJsonObject toJson(const Consent &value);
std::optional<Organisation> organisationFromJson(JsonReader &reader);
std::optional<ConsentRequest> consentRequestFromJson(const QJsonObject &object, JsonError *error);
std::optional<Consent> consentFromJson(const QJsonObject &object, JsonError *error);

} // namespace cp::domain
