#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace cp::testing {

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    for (Pipe *pipe : std::as_const(m_pipes)) {
        if (pipe->client)
            pipe->client->disconnect(this);
        if (pipe->server)
            pipe->server->disconnect(this);
        delete pipe->client.data();
        delete pipe->server.data();
        delete pipe;
    }
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::setStalled(bool stalled)
{
    m_stalled = stalled;
    if (!stalled) {
        const QList<Pipe *> pipes = m_pipes;
        for (Pipe *pipe : pipes)
            pump(pipe);
    }
}

void FaultProxy::resetAll()
{
    const QList<Pipe *> pipes = m_pipes;
    for (Pipe *pipe : pipes)
        close(pipe, true);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *pipe = new Pipe;
        pipe->client = client;
        pipe->server = new QTcpSocket(this);
        pipe->cutAfter = m_cutAfter;
        pipe->resetAfter = m_resetAfter;
        client->setParent(this);
        m_pipes.append(pipe);
        connect(client, &QTcpSocket::readyRead, this, [this, pipe]() {
            const QByteArray bytes = pipe->client->readAll();
            pipe->heldUp += bytes;
            pump(pipe);
        });
        connect(pipe->server, &QTcpSocket::readyRead, this, [this, pipe]() {
            const QByteArray bytes = pipe->server->readAll();
            pipe->heldDown += bytes;
            pump(pipe);
        });
        connect(pipe->server, &QTcpSocket::connected, this, [this, pipe]() { pump(pipe); });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe]() { close(pipe, false); });
        connect(pipe->server, &QTcpSocket::disconnected, this, [this, pipe]() {
            // What the server said before it closed still goes to the client.
            pump(pipe);
            close(pipe, false);
        });
        connect(pipe->server, &QTcpSocket::errorOccurred, this, [this, pipe]() {
            if (pipe->server && pipe->server->state() != QAbstractSocket::ConnectedState)
                close(pipe, true);
        });
        pipe->server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::pump(Pipe *pipe)
{
    if (m_stalled || pipe->closing || !pipe->server || !pipe->client ||
        pipe->server->state() != QAbstractSocket::ConnectedState)
        return;
    if (!pipe->heldUp.isEmpty())
        forward(pipe, true, std::exchange(pipe->heldUp, {}));
    if (!pipe->heldDown.isEmpty())
        forward(pipe, false, std::exchange(pipe->heldDown, {}));
}

void FaultProxy::forward(Pipe *pipe, bool toServer, const QByteArray &bytes)
{
    auto send = [this, pipe, toServer, bytes]() {
        if (!m_pipes.contains(pipe) || pipe->closing)
            return;
        if (toServer) {
            m_up += bytes.size();
            pipe->server->write(bytes);
            return;
        }
        QByteArray out = bytes;
        const qint64 limit = pipe->cutAfter >= 0 ? pipe->cutAfter : pipe->resetAfter;
        const bool cutting = limit >= 0 && pipe->down + out.size() >= limit;
        if (cutting)
            out.truncate(limit - pipe->down);
        pipe->down += out.size();
        m_down += out.size();
        pipe->client->write(out);
        if (cutting) {
            ++m_cuts;
            pipe->client->flush();
            close(pipe, pipe->cutAfter < 0);
        }
    };
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, this, send);
    else
        send();
}

void FaultProxy::close(Pipe *pipe, bool reset)
{
    if (!m_pipes.contains(pipe) || pipe->closing)
        return;
    pipe->closing = true;
    for (QTcpSocket *socket : {pipe->client.data(), pipe->server.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (reset)
            socket->abort();
        else
            socket->disconnectFromHost();
        socket->deleteLater();
    }
    m_pipes.removeOne(pipe);
    delete pipe;
}

} // namespace cp::testing
