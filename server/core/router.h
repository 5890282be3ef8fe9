// The route table of the reference server: method and path pattern
// ("/api/v1/documents/{id}/content") to handler, with what the route needs
// from the dispatcher (who may call it, what body it takes, whether it is
// idempotent by key). The table is also what `profile-server --print-routes`
// prints, so a test can compare it with the contract.
#pragma once

#include "core/httpmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cp::server {

enum class BodyKind
{
    None,
    Json,
    OptionalJson,
    Form,
    Upload
};

struct Route
{
    QByteArray method;
    QString pattern;
    Caller auth = Caller::None; // who must be signed in; None: public
    BodyKind body = BodyKind::None;
    bool idempotencyKey = false; // requires Idempotency-Key and replays answers
    bool cuttable = false;       // the body-cut fault applies
    std::function<HttpResponse(HttpRequest &)> handler;
};

class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowed; // methods of the path, for 405
        bool pathKnown = false;
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

    // "GET /api/v1/me" lines, sorted.
    QStringList describe() const;

private:
    static bool matchPattern(const QString &pattern, const QString &path,
                             QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace cp::server
