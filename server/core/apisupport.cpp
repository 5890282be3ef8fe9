#include "core/apisupport.h"

#include "domain/jsonreader.h"
#include "pki/tokens.h"

#include <QRegularExpression>

namespace cp::server::api {

std::optional<QJsonObject> jsonBody(const HttpRequest &request, const QStringList &allowed,
                                    HttpResponse *refusal)
{
    domain::JsonError error;
    const std::optional<QJsonObject> object =
        domain::parseJsonObject(request.body, &error, 1024 * 1024);
    if (!object) {
        *refusal = HttpResponse::error(400, QStringLiteral("invalid_json"), error.message);
        return std::nullopt;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!allowed.contains(it.key())) {
            *refusal = invalid(it.key().left(64) + QStringLiteral(": unknown member"));
            return std::nullopt;
        }
    }
    return object;
}

QByteArray strongEtag(const QByteArray &content)
{
    return '"' + sha256Hex(content).left(32) + '"';
}

std::optional<HttpResponse> notModified(const HttpRequest &request, const QByteArray &etag)
{
    const QByteArray given = request.header("If-None-Match");
    if (given.isEmpty())
        return std::nullopt;
    for (QByteArray candidate : given.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2); // weak comparison for If-None-Match
        if (candidate == etag || candidate == "*") {
            HttpResponse r = HttpResponse::empty(304);
            r.setHeader("ETag", etag);
            return r;
        }
    }
    return std::nullopt;
}

HttpResponse jsonWithEtag(const HttpRequest &request, const QJsonObject &body)
{
    HttpResponse r = HttpResponse::json(200, body);
    const QByteArray etag = strongEtag(r.body);
    if (std::optional<HttpResponse> unchanged = notModified(request, etag))
        return *unchanged;
    r.setHeader("ETag", etag);
    return r;
}

std::optional<Page> page(const HttpRequest &request, HttpResponse *refusal)
{
    Page p;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
        if (!digits.match(cursor).hasMatch()) {
            *refusal = badRequest(QStringLiteral("cursor: not a cursor of this server"));
            return std::nullopt;
        }
        p.after = cursor.toLongLong();
    }
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 500) {
            *refusal = badRequest(QStringLiteral("limit: expected an integer from 1 to 500"));
            return std::nullopt;
        }
        p.limit = limit;
    }
    return p;
}

QJsonObject feedEvent(const QString &kind, const QDateTime &at,
                      std::initializer_list<std::pair<const char *, QJsonValue>> members)
{
    QJsonObject event{{QStringLiteral("kind"), kind},
                      {QStringLiteral("at"), domain::toJsonDateTime(at)}};
    for (const auto &[name, value] : members)
        event.insert(QString::fromLatin1(name), value);
    return event;
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("no such resource"));
}

HttpResponse invalid(const QString &message)
{
    return HttpResponse::error(422, QStringLiteral("invalid_request"), message);
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"), message);
}

} // namespace cp::server::api
