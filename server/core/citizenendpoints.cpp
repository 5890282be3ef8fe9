#include "core/citizenendpoints.h"

#include "core/apisupport.h"
#include "core/byterange.h"
#include "core/serverstore.h"
#include "domain/cataloguejson.h"
#include "domain/document.h"
#include "pki/serverpki.h"
#include "pki/tokens.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCitizenApi, "cp.server.citizen")

namespace cp::server {

using namespace api;

namespace {

QJsonArray toJsonArray(const auto &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(domain::toJson(item));
    return array;
}

QJsonObject pageBody(const char *name, const QList<FeedEntry> &entries, const Page &p, bool more)
{
    QJsonArray events;
    for (const FeedEntry &e : entries)
        events.append(e.event);
    const qint64 next = entries.isEmpty() ? p.after : entries.last().seq;
    return QJsonObject{{QString::fromLatin1(name), events},
                       {QStringLiteral("next_cursor"), QString::number(next)},
                       {QStringLiteral("has_more"), more}};
}

const QStringList kRequestStates{QStringLiteral("pending"), QStringLiteral("granted"),
                                 QStringLiteral("denied"), QStringLiteral("expired"),
                                 QStringLiteral("withdrawn")};
const QStringList kConsentStates{QStringLiteral("active"), QStringLiteral("revoked"),
                                 QStringLiteral("expired")};

std::optional<QString> stateFilter(const HttpRequest &request, const QStringList &allowed,
                                   HttpResponse *refusal)
{
    if (!request.query.hasQueryItem(QStringLiteral("state")))
        return QString();
    const QString state = request.query.queryItemValue(QStringLiteral("state"));
    if (!allowed.contains(state)) {
        *refusal = badRequest(QStringLiteral("state: not one of ") + allowed.join(u", "));
        return std::nullopt;
    }
    return state;
}

} // namespace

CitizenEndpoints::CitizenEndpoints(ServerContext &context, Housekeeping &housekeeping)
    : m_context(context)
    , m_housekeeping(housekeeping)
{}

void CitizenEndpoints::registerRoutes(Router &router)
{
    auto add = [this, &router](const char *method, const char *pattern, BodyKind body,
                               bool idempotent, bool cuttable,
                               HttpResponse (CitizenEndpoints::*handler)(HttpRequest &)) {
        router.add({method, QString::fromLatin1(pattern), Caller::Citizen, body, idempotent,
                    cuttable, [this, handler](HttpRequest &r) {
                        m_housekeeping.run();
                        return (this->*handler)(r);
                    }});
    };
    using C = CitizenEndpoints;
    add("GET", "/api/v1/me", BodyKind::None, false, false, &C::me);
    router.add({"GET", QStringLiteral("/api/v1/catalogue"), Caller::Citizen, BodyKind::None, false,
                false, [](HttpRequest &r) { return jsonWithEtag(r, domain::catalogueToJson()); }});
    add("GET", "/api/v1/records", BodyKind::None, false, false, &C::records);
    add("GET", "/api/v1/records/{type}", BodyKind::None, false, false, &C::recordsOfType);
    add("GET", "/api/v1/records/{type}/{id}/history", BodyKind::None, false, false,
        &C::recordHistory);
    add("GET", "/api/v1/feed", BodyKind::None, false, false, &C::feed);
    add("GET", "/api/v1/documents", BodyKind::None, false, false, &C::documents);
    add("POST", "/api/v1/documents", BodyKind::Upload, false, false, &C::upload);
    add("GET", "/api/v1/documents/{id}", BodyKind::None, false, false, &C::document);
    for (const char *method : {"GET", "HEAD"}) {
        router.add({method, QStringLiteral("/api/v1/documents/{id}/content"), Caller::Citizen,
                    BodyKind::None, false, true,
                    [this](HttpRequest &r) { return documentBytes(r, false); }});
        router.add({method, QStringLiteral("/api/v1/documents/{id}/signature"), Caller::Citizen,
                    BodyKind::None, false, true,
                    [this](HttpRequest &r) { return documentBytes(r, true); }});
    }
    add("GET", "/api/v1/orders", BodyKind::None, false, false, &C::orders);
    add("POST", "/api/v1/orders", BodyKind::Json, true, false, &C::createOrder);
    add("GET", "/api/v1/orders/{id}", BodyKind::None, false, false, &C::order);
    add("GET", "/api/v1/consent-requests", BodyKind::None, false, false, &C::consentRequests);
    add("GET", "/api/v1/consent-requests/{id}", BodyKind::None, false, false, &C::consentRequest);
    add("POST", "/api/v1/consent-requests/{id}/grant", BodyKind::OptionalJson, true, false,
        &C::grant);
    add("POST", "/api/v1/consent-requests/{id}/deny", BodyKind::OptionalJson, true, false,
        &C::deny);
    add("GET", "/api/v1/consents", BodyKind::None, false, false, &C::consents);
    add("GET", "/api/v1/consents/{id}", BodyKind::None, false, false, &C::consent);
    add("POST", "/api/v1/consents/{id}/revoke", BodyKind::OptionalJson, true, false, &C::revoke);
    add("GET", "/api/v1/access-log", BodyKind::None, false, false, &C::accessLog);
    add("GET", "/api/v1/trust-roots", BodyKind::None, false, false, &C::trustRoots);
}

HttpResponse CitizenEndpoints::me(HttpRequest &request)
{
    const std::optional<StoredCitizen> c = m_context.store.citizen(request.callerId);
    return c ? HttpResponse::json(200, domain::toJson(c->citizen)) : notFound();
}

HttpResponse CitizenEndpoints::records(HttpRequest &request)
{
    return jsonWithEtag(
        request, QJsonObject{{QStringLiteral("records"),
                              toJsonArray(m_context.store.latestRecords(request.callerId))}});
}

HttpResponse CitizenEndpoints::recordsOfType(HttpRequest &request)
{
    const QString type = request.param(QStringLiteral("type"));
    if (!domain::RecordCatalogue::find(type))
        return notFound();
    QList<domain::Record> ofType = m_context.store.latestRecords(request.callerId);
    ofType.removeIf([&type](const domain::Record &r) { return r.type != type; });
    return jsonWithEtag(request, QJsonObject{{QStringLiteral("records"), toJsonArray(ofType)}});
}

HttpResponse CitizenEndpoints::recordHistory(HttpRequest &request)
{
    const QList<domain::Record> versions =
        m_context.store.recordHistory(request.callerId, request.param(QStringLiteral("id")));
    if (versions.isEmpty() || versions.first().type != request.param(QStringLiteral("type")))
        return notFound();
    return jsonWithEtag(request, QJsonObject{{QStringLiteral("versions"), toJsonArray(versions)}});
}

HttpResponse CitizenEndpoints::feed(HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<Page> p = page(request, &refusal);
    if (!p)
        return refusal;
    QList<FeedEntry> entries = m_context.store.feed(request.callerId, p->after, p->limit + 1);
    const bool more = entries.size() > p->limit;
    if (more)
        entries.removeLast();
    const QJsonObject body = pageBody("events", entries, *p, more);
    // The ETag names where the page ends: asking again from there with it
    // gives 304 while nothing is new — a sync with nothing new is one small
    // exchange.
    const QByteArray etag = "\"f" +
                            body.value(QStringLiteral("next_cursor")).toString().toLatin1() +
                            (more ? "+" : "") + '"';
    if (entries.isEmpty()) {
        if (std::optional<HttpResponse> unchanged = notModified(request, etag))
            return *unchanged;
    }
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("ETag", etag);
    return r;
}

HttpResponse CitizenEndpoints::documents(HttpRequest &request)
{
    return jsonWithEtag(request,
                        QJsonObject{{QStringLiteral("documents"),
                                     toJsonArray(m_context.store.documents(request.callerId))}});
}

HttpResponse CitizenEndpoints::document(HttpRequest &request)
{
    const auto doc =
        m_context.store.document(request.callerId, request.param(QStringLiteral("id")));
    return doc ? HttpResponse::json(200, domain::toJson(*doc)) : notFound();
}

HttpResponse CitizenEndpoints::documentBytes(HttpRequest &request, bool signature)
{
    const QString id = request.param(QStringLiteral("id"));
    const auto doc = m_context.store.document(request.callerId, id);
    if (!doc || (signature && !doc->hasSignature))
        return notFound();
    const QByteArray content = signature ? m_context.store.documentSignature(request.callerId, id)
                                         : m_context.store.documentContent(request.callerId, id);
    // A content's tag is its SHA-256, stored with the document when it was
    // issued or uploaded: hashing up to 20 MB again for every answer (Qt's
    // SHA-256, about 300 MB/s) held up every other request of the server.
    const QByteArray etag =
        '"' + (!signature && doc->sha256.size() == 32 ? doc->sha256.toHex() : sha256Hex(content)) +
        '"';
    const QByteArray mediaType =
        signature ? QByteArrayLiteral("application/pkcs7-signature") : doc->mediaType.toLatin1();
    if (std::optional<HttpResponse> unchanged = notModified(request, etag)) {
        unchanged->setHeader("Accept-Ranges", "bytes");
        return *unchanged;
    }
    HttpResponse full = HttpResponse::bytes(200, content, mediaType);
    full.setHeader("ETag", etag);
    full.setHeader("Accept-Ranges", "bytes");
    const QByteArray range = request.header("Range");
    if (request.method == "HEAD" || range.isEmpty())
        return full;
    // If-Range: the range applies only to the representation the client has;
    // otherwise the whole new one is sent (strong comparison).
    const QByteArray ifRange = request.header("If-Range").trimmed();
    if (!ifRange.isEmpty() && ifRange != etag)
        return full;
    bool unsatisfiable = false;
    const std::optional<ByteRange> r = parseRange(range, content.size(), &unsatisfiable);
    if (unsatisfiable) {
        HttpResponse refusal =
            HttpResponse::error(416, QStringLiteral("range_not_satisfiable"),
                                QStringLiteral("the range is outside the content"));
        refusal.setHeader("Content-Range", "bytes */" + QByteArray::number(content.size()));
        refusal.setHeader("ETag", etag);
        refusal.setHeader("Accept-Ranges", "bytes");
        return refusal;
    }
    if (!r)
        return full;
    HttpResponse part =
        HttpResponse::bytes(206, content.mid(r->first, r->last - r->first + 1), mediaType);
    part.setHeader("ETag", etag);
    part.setHeader("Accept-Ranges", "bytes");
    part.setHeader("Content-Range", "bytes " + QByteArray::number(r->first) + '-' +
                                        QByteArray::number(r->last) + '/' +
                                        QByteArray::number(content.size()));
    return part;
}

HttpResponse CitizenEndpoints::upload(HttpRequest &request)
{
    struct Accepted
    {
        const char *type;
        QByteArray magic;
    };
    const Accepted accepted[] = {{"application/pdf", QByteArrayLiteral("%PDF-")},
                                 {"image/png", QByteArrayLiteral("\x89PNG\r\n\x1a\n")},
                                 {"image/jpeg", QByteArrayLiteral("\xff\xd8\xff")}};
    const QByteArray type = request.mediaType();
    const Accepted *match = nullptr;
    for (const Accepted &a : accepted) {
        if (type == a.type)
            match = &a;
    }
    if (!match)
        return HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
                                   QStringLiteral("uploads are PDF, PNG or JPEG files"));
    const bool inQuery = request.query.hasQueryItem(QStringLiteral("title"));
    const bool inHeader = request.headerCount("X-Document-Title") > 0;
    if (inQuery == inHeader)
        return invalid(QStringLiteral("title: give exactly one of the title parameter or the "
                                      "X-Document-Title header"));
    const QString title =
        inQuery ? request.query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded)
                : QString::fromUtf8(
                      QByteArray::fromPercentEncoding(request.header("X-Document-Title")));
    if (title.trimmed().isEmpty() || title.size() > 200)
        return invalid(QStringLiteral("title: expected 1 to 200 characters"));
    if (request.body.isEmpty() || !request.body.startsWith(match->magic))
        return invalid(QStringLiteral("body: the file is not of the declared type"));

    const QDateTime now = m_context.now();
    domain::DocumentInfo info;
    info.id = QStringLiteral("up-") + QString::fromLatin1(randomUrlToken(12));
    info.kind = QStringLiteral("upload");
    info.origin = domain::DocumentOrigin::Uploaded;
    info.title = title.trimmed();
    info.issuedAt = now;
    info.mediaType = QString::fromLatin1(match->type);
    info.size = request.body.size();
    info.sha256 = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256);
    m_context.store.addDocument(request.callerId, info, request.body, {});
    m_context.store.addFeedEvent(request.callerId, feedEvent(QStringLiteral("document_added"), now,
                                                             {{"document_id", info.id}}));
    HttpResponse created = HttpResponse::json(201, domain::toJson(info));
    created.setHeader(
        "Location", (m_context.baseUrl + QStringLiteral("/api/v1/documents/") + info.id).toUtf8());
    return created;
}

HttpResponse CitizenEndpoints::orders(HttpRequest &request)
{
    QJsonArray list;
    for (const StoredOrder &o : m_context.store.orders(request.callerId))
        list.append(o.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("orders"), list}});
}

HttpResponse CitizenEndpoints::order(HttpRequest &request)
{
    const auto o = m_context.store.order(request.callerId, request.param(QStringLiteral("id")));
    return o ? HttpResponse::json(200, o->toJson()) : notFound();
}

HttpResponse CitizenEndpoints::createOrder(HttpRequest &request)
{
    HttpResponse refusal;
    const auto body = jsonBody(request, {QStringLiteral("kind"), QStringLiteral("year")}, &refusal);
    if (!body)
        return refusal;
    domain::JsonReader reader(*body);
    const QString kind = reader.string(QStringLiteral("kind"), 64);
    const domain::DocumentKind *spec = reader.ok() ? domain::DocumentKinds::find(kind) : nullptr;
    if (reader.ok() && (!spec || !spec->orderable))
        reader.fail(QStringLiteral("kind"),
                    QStringLiteral("not a kind of document that can be ordered"));
    int year = 0;
    if (reader.ok() && spec->needsYear)
        year = static_cast<int>(reader.integer(QStringLiteral("year"), 2000, 2100));
    else if (reader.ok() && reader.has(QStringLiteral("year")))
        reader.fail(QStringLiteral("year"), QStringLiteral("this kind of document names no year"));
    if (!reader.ok())
        return invalid(reader.error()->toString());

    StoredOrder o;
    o.id = QStringLiteral("ord-") + QString::fromLatin1(randomUrlToken(9));
    o.citizenId = request.callerId;
    o.kind = kind;
    o.year = year;
    o.state = QStringLiteral("pending");
    o.requestedAt = m_context.now();
    o.dueAt = o.requestedAt.addMSecs(m_context.config.orderDelayMs);
    m_context.store.putOrder(o);
    HttpResponse accepted = HttpResponse::json(202, o.toJson());
    accepted.setHeader("Location",
                       (m_context.baseUrl + QStringLiteral("/api/v1/orders/") + o.id).toUtf8());
    return accepted;
}

HttpResponse CitizenEndpoints::consentRequests(HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<QString> state = stateFilter(request, kRequestStates, &refusal);
    if (!state)
        return refusal;
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("requests"),
                          toJsonArray(m_context.store.requests(request.callerId, *state))}});
}

HttpResponse CitizenEndpoints::consentRequest(HttpRequest &request)
{
    QString owner;
    const auto r = m_context.store.request(request.param(QStringLiteral("id")), &owner);
    if (!r || owner != request.callerId)
        return notFound();
    return HttpResponse::json(200, domain::toJson(*r));
}

std::optional<domain::ConsentRequest> CitizenEndpoints::pendingRequest(const HttpRequest &request,
                                                                       HttpResponse *refusal)
{
    QString owner;
    const auto r = m_context.store.request(request.param(QStringLiteral("id")), &owner);
    if (!r || owner != request.callerId) {
        *refusal = notFound();
        return std::nullopt;
    }
    switch (r->state) {
    case domain::RequestState::Pending:
        return r;
    case domain::RequestState::Expired:
        *refusal = HttpResponse::error(409, QStringLiteral("request_expired"),
                                       QStringLiteral("the request expired without an answer"));
        break;
    case domain::RequestState::Withdrawn:
        *refusal = HttpResponse::error(409, QStringLiteral("request_withdrawn"),
                                       QStringLiteral("the organisation withdrew the request"));
        break;
    case domain::RequestState::Granted:
    case domain::RequestState::Denied:
        *refusal = HttpResponse::error(409, QStringLiteral("request_not_pending"),
                                       QStringLiteral("the request was already answered"));
        break;
    }
    return std::nullopt;
}

HttpResponse CitizenEndpoints::grant(HttpRequest &request)
{
    HttpResponse refusal;
    std::optional<domain::ConsentRequest> pending = pendingRequest(request, &refusal);
    if (!pending)
        return refusal;
    QStringList optional;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = jsonBody(request, {QStringLiteral("optional_records")}, &refusal);
        if (!body)
            return refusal;
        domain::JsonReader reader(*body);
        if (reader.has(QStringLiteral("optional_records")))
            optional = reader.stringList(QStringLiteral("optional_records"), 64, 64);
        for (qsizetype i = 0; reader.ok() && i < optional.size(); ++i) {
            const bool isOptional = std::any_of(pending->records.begin(), pending->records.end(),
                                                [&](const domain::RequestedRecord &r) {
                                                    return r.key == optional.at(i) && !r.required;
                                                });
            if (!isOptional)
                reader.fail(QStringLiteral("optional_records[%1]").arg(i),
                            QStringLiteral("not an optional record of this request"));
        }
        if (!reader.ok())
            return invalid(reader.error()->toString());
    }

    const std::optional<StoredCitizen> citizen = m_context.store.citizen(request.callerId);
    const std::optional<domain::TrustLevel> level = citizen->citizen.trustLevel();
    if (!domain::TrustLevels::allows(pending->operation, level)) {
        const domain::TrustLevel needed = domain::TrustLevels::minimumLevel(pending->operation);
        return HttpResponse::error(
            403, QStringLiteral("trust_level_insufficient"),
            QStringLiteral(
                "the operation needs trust level %1; the citizen's identification has %2")
                .arg(static_cast<int>(needed))
                .arg(level ? QString::number(static_cast<int>(*level)) : QStringLiteral("none")));
    }

    const QDateTime now = m_context.now();
    domain::Consent consent;
    consent.id = QStringLiteral("con-") + QString::fromLatin1(randomUrlToken(9));
    consent.requestId = pending->id;
    consent.state = domain::ConsentState::Active;
    consent.grantedAt = now;
    consent.validFrom = qMax(now.date(), pending->termFrom);
    consent.validUntil = qMax(consent.validFrom, pending->termUntil);
    for (const domain::RequestedRecord &r : pending->records) {
        if (r.required || optional.contains(r.key))
            consent.records.append(r.key);
    }
    consent.organisation = pending->organisation;
    consent.purpose = pending->purpose;
    consent.operation = pending->operation;
    consent.access = pending->access;
    consent.actions = pending->actions;

    domain::ConsentLifecycle::apply(*pending, domain::RequestState::Granted, domain::Actor::Citizen,
                                    now);
    pending->consentId = consent.id;
    ServerStore &store = m_context.store;
    store.transaction();
    store.putRequest(request.callerId, *pending);
    store.putConsent(request.callerId, consent, 0);
    store.addFeedEvent(request.callerId, feedEvent(QStringLiteral("consent_request_changed"), now,
                                                   {{"request_id", pending->id}}));
    store.addFeedEvent(request.callerId, feedEvent(QStringLiteral("consent_changed"), now,
                                                   {{"consent_id", consent.id}}));
    store.commit();
    qCInfo(lcCitizenApi) << "a consent request was granted";
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("request"), domain::toJson(*pending)},
                                          {QStringLiteral("consent"), domain::toJson(consent)}});
}

HttpResponse CitizenEndpoints::deny(HttpRequest &request)
{
    HttpResponse refusal;
    if (!request.body.trimmed().isEmpty() && !jsonBody(request, {}, &refusal))
        return refusal;
    std::optional<domain::ConsentRequest> pending = pendingRequest(request, &refusal);
    if (!pending)
        return refusal;
    const QDateTime now = m_context.now();
    domain::ConsentLifecycle::apply(*pending, domain::RequestState::Denied, domain::Actor::Citizen,
                                    now);
    m_context.store.transaction();
    m_context.store.putRequest(request.callerId, *pending);
    m_context.store.addFeedEvent(
        request.callerId,
        feedEvent(QStringLiteral("consent_request_changed"), now, {{"request_id", pending->id}}));
    m_context.store.commit();
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("request"), domain::toJson(*pending)}});
}

HttpResponse CitizenEndpoints::consents(HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<QString> state = stateFilter(request, kConsentStates, &refusal);
    if (!state)
        return refusal;
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("consents"),
                          toJsonArray(m_context.store.consents(request.callerId, *state))}});
}

HttpResponse CitizenEndpoints::consent(HttpRequest &request)
{
    QString owner;
    const auto c = m_context.store.consent(request.param(QStringLiteral("id")), &owner);
    if (!c || owner != request.callerId)
        return notFound();
    return HttpResponse::json(200, domain::toJson(*c));
}

HttpResponse CitizenEndpoints::revoke(HttpRequest &request)
{
    HttpResponse refusal;
    if (!request.body.trimmed().isEmpty() && !jsonBody(request, {}, &refusal))
        return refusal;
    QString owner;
    int fetches = 0;
    std::optional<domain::Consent> c =
        m_context.store.consent(request.param(QStringLiteral("id")), &owner, &fetches);
    if (!c || owner != request.callerId)
        return notFound();
    const QDateTime now = m_context.now();
    if (!domain::ConsentLifecycle::apply(*c, domain::ConsentState::Revoked, domain::Actor::Citizen,
                                         now))
        return HttpResponse::error(409, QStringLiteral("consent_not_active"),
                                   QStringLiteral("only an active consent can be revoked"));
    m_context.store.transaction();
    m_context.store.putConsent(request.callerId, *c, fetches);
    m_context.store.addFeedEvent(request.callerId, feedEvent(QStringLiteral("consent_changed"), now,
                                                             {{"consent_id", c->id}}));
    m_context.store.commit();
    qCInfo(lcCitizenApi) << "a consent was revoked";
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("consent"), domain::toJson(*c)}});
}

HttpResponse CitizenEndpoints::accessLog(HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<Page> p = page(request, &refusal);
    if (!p)
        return refusal;
    QList<FeedEntry> entries = m_context.store.accessLog(request.callerId, p->after, p->limit + 1);
    const bool more = entries.size() > p->limit;
    if (more)
        entries.removeLast();
    return HttpResponse::json(200, pageBody("events", entries, *p, more));
}

HttpResponse CitizenEndpoints::trustRoots(HttpRequest &request)
{
    Q_UNUSED(request);
    return HttpResponse::bytes(200, m_context.pki.stateRootPem(), "application/x-pem-file");
}

} // namespace cp::server
