#include "core/organisationendpoints.h"

#include "core/apisupport.h"
#include "core/serverstore.h"
#include "domain/identifiers.h"
#include "pki/es256.h"
#include "pki/tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOrgApi, "cp.server.organisation")

namespace cp::server {

using namespace api;

namespace {

const QStringList kCreateMembers{QStringLiteral("citizen"),   QStringLiteral("processors"),
                                 QStringLiteral("purpose"),   QStringLiteral("records"),
                                 QStringLiteral("actions"),   QStringLiteral("operation"),
                                 QStringLiteral("access"),    QStringLiteral("term"),
                                 QStringLiteral("answer_by"), QStringLiteral("signature")};

// The members of a request's JSON that an organisation writes itself.
QJsonObject postedPart(const domain::ConsentRequest &request, const QString &snils)
{
    QJsonObject full = domain::toJson(request);
    QJsonObject posted;
    for (const QString &key : kCreateMembers) {
        if (key != u"citizen" && key != u"signature")
            posted.insert(key, full.value(key));
    }
    posted.insert(QStringLiteral("citizen"), QJsonObject{{QStringLiteral("snils"), snils}});
    return posted;
}

// The form the store keeps a SNILS in, "NNN-NNN-NNN NN", from either form
// the contract allows (that one, or 11 digits).
QString canonicalSnils(const QString &snils)
{
    QString digits = snils;
    digits.remove(u'-').remove(u' ');
    if (digits.size() != 11)
        return snils;
    return digits.left(3) + u'-' + digits.mid(3, 3) + u'-' + digits.mid(6, 3) + u' ' +
           digits.right(2);
}

} // namespace

OrganisationEndpoints::OrganisationEndpoints(ServerContext &context, Housekeeping &housekeeping)
    : m_context(context)
    , m_housekeeping(housekeeping)
{}

QByteArray OrganisationEndpoints::signedBytes(const domain::ConsentRequest &request,
                                              const QString &snils)
{
    return QJsonDocument(postedPart(request, snils)).toJson(QJsonDocument::Compact);
}

void OrganisationEndpoints::registerRoutes(Router &router)
{
    auto add = [this, &router](const char *method, const char *pattern, BodyKind body,
                               HttpResponse (OrganisationEndpoints::*handler)(HttpRequest &)) {
        router.add({method, QString::fromLatin1(pattern), Caller::Organisation, body, false, false,
                    [this, handler](HttpRequest &r) {
                        m_housekeeping.run();
                        return (this->*handler)(r);
                    }});
    };
    using O = OrganisationEndpoints;
    add("POST", "/api/v1/org/consent-requests", BodyKind::Json, &O::create);
    add("GET", "/api/v1/org/consent-requests/{id}", BodyKind::None, &O::get);
    add("POST", "/api/v1/org/consent-requests/{id}/withdraw", BodyKind::OptionalJson, &O::withdraw);
    add("GET", "/api/v1/org/consents/{id}/data", BodyKind::None, &O::data);
}

HttpResponse OrganisationEndpoints::create(HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<QJsonObject> body = jsonBody(request, kCreateMembers, &refusal);
    if (!body)
        return refusal;
    const std::optional<StoredOrganisation> org = m_context.store.organisation(request.callerId);
    if (!org)
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("unknown organisation"));

    // The citizen, named by SNILS.
    domain::JsonReader reader(*body);
    domain::JsonReader citizenPart = reader.child(QStringLiteral("citizen"));
    const QString snils = citizenPart.string(QStringLiteral("snils"), 32);
    reader.adopt(citizenPart);
    if (reader.ok() && !domain::checkSnils(snils).ok())
        reader.fail(QStringLiteral("citizen.snils"), QStringLiteral("not a valid SNILS"));
    if (!reader.ok())
        return invalid(reader.error()->toString());

    // The rest is read by the domain, as a whole request with what the server adds.
    const QDateTime now = m_context.now();
    QJsonObject whole = *body;
    whole.remove(QStringLiteral("citizen"));
    whole.insert(QStringLiteral("id"),
                 QString(QStringLiteral("req-") + QString::fromLatin1(randomUrlToken(9))));
    whole.insert(QStringLiteral("requested_at"), domain::toJsonDateTime(now));
    whole.insert(QStringLiteral("organisation"), domain::toJson(org->organisation));
    whole.insert(QStringLiteral("state"), QStringLiteral("pending"));
    domain::JsonError error;
    std::optional<domain::ConsentRequest> consentRequest =
        domain::consentRequestFromJson(whole, &error);
    if (!consentRequest)
        return invalid(error.toString());
    const QList<domain::ValidationError> problems = domain::validate(*consentRequest);
    if (!problems.isEmpty())
        return invalid(problems.first().field + QStringLiteral(": ") + problems.first().message);
    if (consentRequest->answerBy <= now)
        return invalid(QStringLiteral("answer_by: must be in the future"));

    QJsonObject unsigned_ = *body;
    unsigned_.remove(QStringLiteral("signature"));
    if (!verifyEs256(QJsonDocument(unsigned_).toJson(QJsonDocument::Compact),
                     consentRequest->signature, org->publicKeyPem))
        return invalid(QStringLiteral("signature: does not verify with the organisation's key"));

    const std::optional<StoredCitizen> citizen =
        m_context.store.citizenBySnils(canonicalSnils(snils));
    if (!citizen)
        return notFound();
    if (!citizen->citizen.accountConfirmed)
        return HttpResponse::error(403, QStringLiteral("account_not_confirmed"),
                                   QStringLiteral("the citizen's account is not confirmed"));

    m_context.store.transaction();
    m_context.store.putRequest(citizen->citizen.id, *consentRequest);
    m_context.store.addFeedEvent(citizen->citizen.id,
                                 feedEvent(QStringLiteral("consent_request_changed"), now,
                                           {{"request_id", consentRequest->id}}));
    m_context.store.commit();
    qCInfo(lcOrgApi) << "a consent request was created";
    HttpResponse created = HttpResponse::json(201, domain::toJson(*consentRequest));
    created.setHeader(
        "Location",
        (m_context.baseUrl + QStringLiteral("/api/v1/org/consent-requests/") + consentRequest->id)
            .toUtf8());
    return created;
}

HttpResponse OrganisationEndpoints::get(HttpRequest &request)
{
    const auto r = m_context.store.request(request.param(QStringLiteral("id")));
    if (!r || r->organisation.id != request.callerId)
        return notFound();
    return HttpResponse::json(200, domain::toJson(*r));
}

HttpResponse OrganisationEndpoints::withdraw(HttpRequest &request)
{
    HttpResponse refusal;
    if (!request.body.trimmed().isEmpty() && !jsonBody(request, {}, &refusal))
        return refusal;
    QString citizenId;
    std::optional<domain::ConsentRequest> r =
        m_context.store.request(request.param(QStringLiteral("id")), &citizenId);
    if (!r || r->organisation.id != request.callerId)
        return notFound();
    const QDateTime now = m_context.now();
    if (!domain::ConsentLifecycle::apply(*r, domain::RequestState::Withdrawn,
                                         domain::Actor::Organisation, now))
        return HttpResponse::error(409, QStringLiteral("request_not_pending"),
                                   QStringLiteral("only a pending request can be withdrawn"));
    m_context.store.transaction();
    m_context.store.putRequest(citizenId, *r);
    m_context.store.addFeedEvent(citizenId, feedEvent(QStringLiteral("consent_request_changed"),
                                                      now, {{"request_id", r->id}}));
    m_context.store.commit();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("request"), domain::toJson(*r)}});
}

HttpResponse OrganisationEndpoints::data(HttpRequest &request)
{
    QString citizenId;
    int fetches = 0;
    const std::optional<domain::Consent> consent =
        m_context.store.consent(request.param(QStringLiteral("id")), &citizenId, &fetches);
    if (!consent || consent->organisation.id != request.callerId)
        return notFound();

    QStringList wanted = consent->records;
    if (request.query.hasQueryItem(QStringLiteral("records"))) {
        wanted = request.query.queryItemValue(QStringLiteral("records")).split(u',');
        for (const QString &key : wanted) {
            if (!domain::RecordCatalogue::find(key))
                return badRequest(QStringLiteral("records: unknown record key"));
        }
    }
    const QDateTime now = m_context.now();
    domain::AccessEvent event;
    event.id = QStringLiteral("acc-") + QString::fromLatin1(randomUrlToken(9));
    event.at = now;
    event.organisationId = consent->organisation.id;
    event.organisationName = consent->organisation.shortName;
    event.consentId = consent->id;
    event.records = wanted;

    HttpResponse answer;
    const std::optional<StoredCitizen> citizen = m_context.store.citizen(citizenId);
    const std::optional<domain::TrustLevel> level =
        citizen ? citizen->citizen.trustLevel() : std::nullopt;
    // Not active: revoked, expired, not yet valid (its term starts later), or
    // a one-time consent already used.
    if (consent->state != domain::ConsentState::Active || consent->validFrom > now.date() ||
        (consent->access == domain::AccessMode::OneTime && fetches > 0)) {
        event.refusalReason = consent->state == domain::ConsentState::Revoked
                                  ? QStringLiteral("consent_revoked")
                              : consent->state == domain::ConsentState::Expired
                                  ? QStringLiteral("consent_expired")
                                  : QStringLiteral("consent_not_active");
        answer = HttpResponse::error(403, QStringLiteral("consent_not_active"),
                                     QStringLiteral("the consent is not active"));
    } else if (!domain::TrustLevels::allows(consent->operation, level)) {
        event.refusalReason = QStringLiteral("trust_level_insufficient");
        answer = HttpResponse::error(403, QStringLiteral("trust_level_insufficient"),
                                     QStringLiteral("the citizen's trust level does not allow the "
                                                    "operation of this consent"));
    } else if (std::any_of(wanted.begin(), wanted.end(),
                           [&](const QString &k) { return !consent->records.contains(k); })) {
        event.refusalReason = QStringLiteral("record_not_granted");
        answer = HttpResponse::error(403, QStringLiteral("forbidden"),
                                     QStringLiteral("a requested record is not granted"));
    } else {
        QJsonArray records;
        for (const domain::Record &r : m_context.store.latestRecords(citizenId)) {
            if (wanted.contains(r.type))
                records.append(domain::toJson(r));
        }
        answer = HttpResponse::json(
            200, QJsonObject{{QStringLiteral("consent_id"), consent->id},
                             {QStringLiteral("fetched_at"), domain::toJsonDateTime(now)},
                             {QStringLiteral("records"), records}});
        ++fetches;
    }
    event.refused = !event.refusalReason.isEmpty();

    m_context.store.transaction();
    m_context.store.putConsent(citizenId, *consent, fetches);
    m_context.store.addAccessEvent(citizenId, event);
    m_context.store.addFeedEvent(
        citizenId, feedEvent(QStringLiteral("access_event"), now,
                             {{"access_event_id", event.id}, {"consent_id", consent->id}}));
    m_context.store.commit();
    qCInfo(lcOrgApi) << "an organisation fetched under a consent; refused:" << event.refused;
    return answer;
}

} // namespace cp::server
