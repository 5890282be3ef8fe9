#include "core/profileserver.h"

#include "core/serverstore.h"
#include "pki/tokens.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcHttp, "cp.server.http")

namespace cp::server {
namespace {

constexpr qsizetype kMaxJsonBody = 1024 * 1024;
constexpr qsizetype kMaxUploadBody = 20 * 1024 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QString validRequestId(const QByteArray &given)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    const QString id = QString::fromLatin1(given);
    if (!given.isEmpty() && pattern.match(id).hasMatch())
        return id;
    return QString::fromLatin1(randomUrlToken(12));
}

// The decoded path, segment by segment: an encoded slash (%2F) stays inside
// its segment, written %2F again, so it never splits one id into two
// segments (and '%' matches no id and no literal segment).
QString decodedPath(const QUrl &url)
{
    QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    for (QString &segment : segments)
        segment =
            QUrl::fromPercentEncoding(segment.toLatin1()).replace(u'/', QStringLiteral("%2F"));
    return segments.join(u'/');
}

bool isOAuthPath(const QString &path)
{
    return path.startsWith(u"/oauth/");
}

// The error shape of the path: the OAuth token endpoints answer RFC 6749's.
HttpResponse pathError(const QString &path, int status, const QString &code, const QString &message)
{
    if (path == u"/oauth/token" || path == u"/oauth/revoke") {
        const QString oauthCode =
            status == 413 || status == 415 ? QStringLiteral("invalid_request") : code;
        return HttpResponse::json(status,
                                  QJsonObject{{QStringLiteral("error"), oauthCode},
                                              {QStringLiteral("error_description"), message},
                                              {QStringLiteral("message"), message}});
    }
    if (path == u"/oauth/authorize") {
        return HttpResponse::html(
            status, QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                   "<title>Error</title></head><body><p>%1</p></body></html>")
                        .arg(message.toHtmlEscaped()));
    }
    return HttpResponse::error(status, code, message);
}

// The canonical form of a JSON body for idempotency: parsed and re-written,
// so whitespace and member order do not count.
QByteArray canonicalBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isNull() ? body : doc.toJson(QJsonDocument::Compact);
}

} // namespace

ProfileServer::ProfileServer(ServerContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
{}

bool ProfileServer::handleRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest request;
    request.method = methodName(raw.method());
    request.path = decodedPath(raw.url());
    request.query = raw.query();
    request.body = raw.body();
    request.headers = raw.headers();
    request.requestId = validRequestId(request.header("X-Request-Id"));

    const bool head = request.method == "HEAD";
    HttpResponse response = process(request);
    qCInfo(lcHttp).noquote() << request.method
                             << (request.routePattern.isEmpty() ? QStringLiteral("(no route)")
                                                                : request.routePattern)
                             << response.status << timer.elapsed() << "ms id" << request.requestId;

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(raw, socket));
    const Faults &faults = m_context.config.faults;
    const int latency =
        faults.latencyMs + (request.routePattern == u"/api/v1/documents/{id}/signature"
                                ? faults.signatureLatencyMs
                                : 0);
    if (latency > 0) {
        // Answer later without blocking the other connections; the socket may
        // be gone by then.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(latency, this, [this, guard, responder, response, head]() mutable {
            if (guard)
                write(*responder, guard, std::move(response), head);
        });
        return true;
    }
    write(*responder, socket, std::move(response), head);
    return true;
}

void ProfileServer::missingHandler(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(raw, socket);
    write(responder, socket,
          HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource")),
          false);
}

HttpResponse ProfileServer::process(HttpRequest &request)
{
    HttpResponse response;
    try {
        response = dispatch(request);
    } catch (const std::exception &) {
        qCCritical(lcHttp) << "a handler failed; request id" << request.requestId;
        response = HttpResponse::error(500, QStringLiteral("internal_error"),
                                       QStringLiteral("the server failed to answer"));
    }
    response.setHeader("X-Request-Id", request.requestId.toLatin1());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse ProfileServer::dispatch(HttpRequest &request)
{
    Faults &faults = m_context.config.faults;
    if (faults.unavailableNext > 0 && !request.path.startsWith(u"/test/")) {
        --faults.unavailableNext;
        HttpResponse r = pathError(request.path, 503, QStringLiteral("service_unavailable"),
                                   QStringLiteral("the service is temporarily unavailable"));
        if (isOAuthPath(request.path) && request.path != u"/oauth/authorize")
            r = HttpResponse::error(503, QStringLiteral("service_unavailable"),
                                    QStringLiteral("the service is temporarily unavailable"));
        r.setHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
        return r;
    }

    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.pathKnown)
        return pathError(request.path, 404, QStringLiteral("not_found"),
                         QStringLiteral("no such resource"));
    if (!match.route) {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                             QStringLiteral("this method is not allowed here"));
        r.setHeader("Allow", match.allowed.join(", "));
        return r;
    }
    const Route &route = *match.route;
    request.params = match.params;
    request.routePattern = route.pattern;

    // Body: size and type before anything reads it.
    const qsizetype limit = route.body == BodyKind::Upload ? kMaxUploadBody : kMaxJsonBody;
    if (request.body.size() > limit)
        return pathError(request.path, 413, QStringLiteral("payload_too_large"),
                         QStringLiteral("the body is larger than %1 bytes").arg(limit));
    const QByteArray type = request.mediaType();
    switch (route.body) {
    case BodyKind::None:
        break;
    case BodyKind::Json:
    case BodyKind::OptionalJson:
        if (route.body == BodyKind::OptionalJson && request.body.trimmed().isEmpty())
            break;
        if (type != "application/json")
            return pathError(request.path, 415, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("the body must be application/json"));
        break;
    case BodyKind::Form:
        if (type != "application/x-www-form-urlencoded")
            return pathError(request.path, 415, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("the body must be application/x-www-form-urlencoded"));
        break;
    case BodyKind::Upload:
        break; // the handler knows the types it takes
    }

    if (route.auth != Caller::None) {
        if (std::optional<HttpResponse> refusal = authenticate(request, route.auth))
            return *refusal;
    }
    if (route.idempotencyKey)
        return runIdempotent(request, route);
    HttpResponse response = route.handler(request);
    if (route.cuttable && faults.cutAfterBytes >= 0 && response.status / 100 == 2)
        response.cutAfter = faults.cutAfterBytes;
    return response;
}

std::optional<HttpResponse> ProfileServer::authenticate(HttpRequest &request, Caller needed)
{
    auto refuse = [](const QString &message) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("unauthorized"), message);
        r.setHeader("WWW-Authenticate",
                    "Bearer realm=\"citizen-profile\", error=\"invalid_token\"");
        return r;
    };
    const QByteArray authorization = request.header("Authorization");
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    if (request.headerCount("Authorization") != 1 ||
        authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("unauthorized"),
                                             QStringLiteral("a bearer token is needed"));
        r.setHeader("WWW-Authenticate", "Bearer realm=\"citizen-profile\"");
        return r;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    if (token.isEmpty() || token.size() > 512)
        return refuse(QStringLiteral("the token is not valid"));
    const QByteArray hash = sha256Hex(token);
    const std::optional<StoredToken> stored = m_context.store.token(hash);
    if (!stored || stored->kind != u"access" || stored->revoked ||
        stored->expiresAt <= m_context.now())
        return refuse(QStringLiteral("the token is not valid, has expired or was revoked"));
    // A valid token of the other kind of caller: the contract's 403, not a
    // 401 that would send the client to sign in again.
    if (stored->callerKind != needed)
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            needed == Caller::Citizen
                ? QStringLiteral("this route is for citizens; the token belongs to an organisation")
                : QStringLiteral(
                      "this route is for organisations; the token belongs to a citizen"));
    request.caller = stored->callerKind;
    request.callerId = stored->subjectId;
    request.tokenHash = QString::fromLatin1(hash);
    return std::nullopt;
}

HttpResponse ProfileServer::runIdempotent(HttpRequest &request, const Route &route)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_-]{8,128}$"));
    const QString key = QString::fromLatin1(request.header("Idempotency-Key"));
    if (request.headerCount("Idempotency-Key") != 1 || !keyPattern.match(key).hasMatch())
        return HttpResponse::error(
            400, QStringLiteral("invalid_request"),
            QStringLiteral(
                "an Idempotency-Key header of 8 to 128 characters [A-Za-z0-9_-] is needed"));

    const QString caller =
        QString::number(static_cast<int>(request.caller)) + u':' + request.callerId;
    const QString fingerprint = QString::fromLatin1(sha256Hex(
        request.method + ' ' + request.path.toUtf8() + '\n' + canonicalBody(request.body)));
    if (const std::optional<StoredAnswer> stored = m_context.store.answer(caller, key)) {
        if (stored->fingerprint != fingerprint)
            return HttpResponse::error(
                422, QStringLiteral("idempotency_key_reused"),
                QStringLiteral("this Idempotency-Key was used for another request"));
        HttpResponse replay;
        replay.status = stored->status;
        replay.body = stored->body;
        const QJsonObject headers = QJsonDocument::fromJson(stored->headersJson).object();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            replay.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
        replay.setHeader("Idempotency-Replayed", "true");
        return replay;
    }

    HttpResponse response = route.handler(request);
    // Only answers of the operation itself are kept; a refusal before it ran
    // (validation of the transport) may be retried.
    const bool operationAnswer = response.status / 100 == 2 || response.status == 403 ||
                                 response.status == 404 || response.status == 409 ||
                                 response.status == 422;
    if (operationAnswer) {
        QJsonObject headers;
        for (const auto &h : response.headers)
            headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
        m_context.store.storeAnswer(
            caller, key,
            StoredAnswer{fingerprint, response.status,
                         QJsonDocument(headers).toJson(QJsonDocument::Compact), response.body});
    }
    return response;
}

void ProfileServer::write(QHttpServerResponder &responder, QTcpSocket *socket,
                          HttpResponse response, bool head)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    const bool noBody = response.status == 204 || response.status == 304;
    if (!noBody && response.header("Content-Length").isEmpty())
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (head || noBody) {
        responder.writeBody(QByteArray());
        return;
    }
    if (response.cutAfter >= 0 && response.cutAfter < response.body.size()) {
        // The fault: part of the body, then the connection closes.
        responder.writeBody(response.body.left(response.cutAfter));
        socket->disconnectFromHost();
        return;
    }
    responder.writeBody(response.body);
}

} // namespace cp::server
