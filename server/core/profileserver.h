// The HTTP front of the reference server: receives every request over TLS,
// finds its route, applies what all routes share (request ids, body limits
// and content types, bearer tokens, Idempotency-Key replays, the fault
// knobs, Cache-Control: no-store, one log line without personal data) and
// writes the handler's answer.
#pragma once

#include "core/router.h"
#include "core/servercontext.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

namespace cp::server {

class ProfileServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ProfileServer(ServerContext &context, QObject *parent = nullptr);

    Router &router() { return m_router; }

    // Runs a request through the whole pipeline and returns the answer; the
    // HTTP layer and the tests of the pipeline share it.
    HttpResponse process(HttpRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(HttpRequest &request);
    std::optional<HttpResponse> authenticate(HttpRequest &request, Caller needed);
    HttpResponse runIdempotent(HttpRequest &request, const Route &route);
    void write(QHttpServerResponder &responder, QTcpSocket *socket, HttpResponse response,
               bool head);

    ServerContext &m_context;
    Router m_router;
};

} // namespace cp::server
