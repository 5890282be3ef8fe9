#include "hostilehttpsserver.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

namespace cp::testing {
namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QUrl &location)
{
    ScriptedResponse response;
    response.status = status;
    response.headers.append(qMakePair(QByteArray("Location"), QByteArray(location.toEncoded())));
    return response;
}

ScriptedResponse ScriptedResponse::silence()
{
    ScriptedResponse response;
    response.neverAnswer = true;
    return response;
}

HostileHttpsServer::HostileHttpsServer(const TestCertificate &identity, QObject *parent)
    : QObject(parent)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate());
    tls.setPrivateKey(identity.key());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this]() { ++m_started; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this,
            &HostileHttpsServer::takeConnections);
}

HostileHttpsServer::~HostileHttpsServer()
{
    m_server.close();
    const QList<QSslSocket *> sockets = m_buffers.keys();
    for (QSslSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

bool HostileHttpsServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileHttpsServer::url(const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port());
    url.setPath(path);
    return url;
}

void HostileHttpsServer::enqueue(const ScriptedResponse &response)
{
    m_script.enqueue(response);
}

void HostileHttpsServer::clearRecords()
{
    m_requests.clear();
    m_started = 0;
    m_encrypted = 0;
    m_bytes = 0;
}

void HostileHttpsServer::takeConnections()
{
    // QSslServer hands a socket over only once its handshake is done.
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(next);
        if (socket == nullptr) {
            next->deleteLater();
            continue;
        }
        ++m_encrypted;
        m_buffers.insert(socket, {});
        connect(socket, &QSslSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void HostileHttpsServer::readFrom(QSslSocket *socket)
{
    const QByteArray data = socket->readAll();
    m_bytes += data.size();
    QByteArray &buffer = m_buffers[socket];
    buffer += data;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxHead)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        RecordedRequest request;
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_requests.append(request);
        answer(socket, request);
        emit requestReceived();
    }
}

void HostileHttpsServer::answer(QSslSocket *socket, const RecordedRequest &request)
{
    std::optional<ScriptedResponse> dynamic;
    if (m_responder)
        dynamic = m_responder(request);
    const ScriptedResponse response =
        dynamic ? *dynamic : (m_script.isEmpty() ? m_fallback : m_script.dequeue());
    if (response.neverAnswer)
        return;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        hasLength |= name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += response.body;
    socket->write(out);
    if (response.closeAfter)
        socket->disconnectFromHost(); // after the bytes written so far
}

} // namespace cp::testing
