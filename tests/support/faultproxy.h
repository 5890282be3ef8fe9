// Test support: a TCP proxy on 127.0.0.1 and a free port that forwards to
// a target port (TLS passes through untouched, so the client still checks
// the real server's certificate) and misbehaves on demand: it delays every
// chunk, stalls (holds everything back), cuts the server-to-client stream of
// a connection after N bytes (a clean close) or resets it (an abort). It runs
// in the event loop of the thread that made it and counts what it forwarded.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace cp::testing {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }

    void setDelayMs(int ms) { m_delayMs = ms; }
    // Held back while stalled; what was held goes on when the stall ends.
    void setStalled(bool stalled);
    // Of each new connection: after this many server-to-client bytes, close
    // (cut) or abort (reset) both sides. -1: never.
    void setCutAfter(qint64 bytes) { m_cutAfter = bytes; }
    void setResetAfter(qint64 bytes) { m_resetAfter = bytes; }
    // Drops every open connection at once (reset).
    void resetAll();

    int connections() const { return m_connections; }
    int cuts() const { return m_cuts; }
    qint64 bytesToServer() const { return m_up; }
    qint64 bytesToClient() const { return m_down; }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray heldUp;
        QByteArray heldDown;
        qint64 down = 0;
        qint64 cutAfter = -1;
        qint64 resetAfter = -1;
        bool closing = false;
    };

    void accept();
    void pump(Pipe *pipe);
    void forward(Pipe *pipe, bool toServer, const QByteArray &bytes);
    void close(Pipe *pipe, bool reset);

    quint16 m_target;
    QTcpServer m_server;
    QList<Pipe *> m_pipes;
    int m_delayMs = 0;
    bool m_stalled = false;
    qint64 m_cutAfter = -1;
    qint64 m_resetAfter = -1;
    int m_connections = 0;
    int m_cuts = 0;
    qint64 m_up = 0;
    qint64 m_down = 0;
};

} // namespace cp::testing
