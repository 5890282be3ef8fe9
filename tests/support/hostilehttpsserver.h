// Test support: a tiny HTTPS/1.1 server on 127.0.0.1 and a free port, with
// the certificate the test gives it (wrong name, expired, self-signed…). It
// records every request it receives exactly as it came (method, target,
// headers, body), counts handshakes and decrypted bytes, and answers from a
// script: statuses, headers, bodies, redirects to another origin, or no
// answer at all. What it saw is what a hostile server would have learnt.
#pragma once

#include "certificatefactory.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QSslServer>
#include <QUrl>

#include <functional>
#include <optional>

class QSslSocket;

namespace cp::testing {

struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first one
    bool hasHeader(const QByteArray &name) const;
};

struct ScriptedResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool neverAnswer = false; // keep the connection open and say nothing
    bool closeAfter = false;  // close the connection once the answer is written

    static ScriptedResponse json(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static ScriptedResponse redirect(int status, const QUrl &location);
    static ScriptedResponse silence();
};

class HostileHttpsServer : public QObject
{
    Q_OBJECT

public:
    explicit HostileHttpsServer(const TestCertificate &identity, QObject *parent = nullptr);
    ~HostileHttpsServer() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    // https://HOST:PORT + path; the host as the client should name it.
    QUrl url(const QString &path = {}, const QString &host = QStringLiteral("127.0.0.1")) const;

    // Answers in this order; when the queue is empty, the fallback
    // (200 {"ok":true} unless set).
    void enqueue(const ScriptedResponse &response);
    void setFallback(const ScriptedResponse &response) { m_fallback = response; }
    // Asked first for every request; an answer from it wins over the script.
    using Responder = std::function<std::optional<ScriptedResponse>(const RecordedRequest &)>;
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    QList<RecordedRequest> requests() const { return m_requests; }
    int connectionsStarted() const { return m_started; }  // TCP accepted, handshake begun
    int sessionsEncrypted() const { return m_encrypted; } // handshakes completed
    qint64 bytesReceived() const { return m_bytes; }      // decrypted request bytes
    void clearRecords();

signals:
    void requestReceived();

private:
    void takeConnections();
    void readFrom(QSslSocket *socket);
    void answer(QSslSocket *socket, const RecordedRequest &request);

    QSslServer m_server;
    QQueue<ScriptedResponse> m_script;
    ScriptedResponse m_fallback = ScriptedResponse::json(200, "{\"ok\":true}");
    Responder m_responder;
    QList<RecordedRequest> m_requests;
    QHash<QSslSocket *, QByteArray> m_buffers;
    int m_started = 0;
    int m_encrypted = 0;
    qint64 m_bytes = 0;
};

} // namespace cp::testing
