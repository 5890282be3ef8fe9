// Pieces that the citizen and organisation APIs share: strict JSON bodies,
// ETags and conditional requests, cursors and limits, feed events.
#pragma once

#include "core/httpmessage.h"
#include "core/serverstore.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cp::server::api {

// Parses a JSON object body; on failure *refusal holds the 400/422 answer.
// Members outside `allowed` are refused: objects of the contract are closed.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, const QStringList &allowed,
                                    HttpResponse *refusal);

// A strong ETag of `content`.
QByteArray strongEtag(const QByteArray &content);
// 304 when If-None-Match names `etag` (or *); the answer carries the ETag.
std::optional<HttpResponse> notModified(const HttpRequest &request, const QByteArray &etag);
HttpResponse jsonWithEtag(const HttpRequest &request, const QJsonObject &body);

struct Page
{
    qint64 after = 0;
    int limit = 100;
};
// cursor (absent: the start) and limit (1–500, default 100) from the query.
std::optional<Page> page(const HttpRequest &request, HttpResponse *refusal);

// A feed event of `kind` now, with its id members.
QJsonObject feedEvent(const QString &kind, const QDateTime &at,
                      std::initializer_list<std::pair<const char *, QJsonValue>> members);

HttpResponse notFound();
HttpResponse invalid(const QString &message);    // 422 invalid_request
HttpResponse badRequest(const QString &message); // 400 invalid_request

} // namespace cp::server::api
