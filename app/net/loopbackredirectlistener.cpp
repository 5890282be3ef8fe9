#include "net/loopbackredirectlistener.h"

#include "net/netlogging.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace cp::net {
namespace {

// A redirect with a code and a state fits easily; more is not a browser.
constexpr qsizetype kMaxRequestHead = 16 * 1024;
// A connection that says nothing is dropped; the listener keeps waiting.
constexpr int kIdleConnectionMs = 15000;
// An answered connection closes once its page is out, or after this.
constexpr int kFlushMs = 5000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::accept);
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

bool LoopbackRedirectListener::listen(QString *error)
{
    // 127.0.0.1 and not "localhost": no resolver, no firewall prompt, and
    // what RFC 8252 §7.3 recommends.
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        if (error != nullptr)
            *error = QStringLiteral("cannot listen on 127.0.0.1: ") + m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    qCDebug(lcNet) << "sign-in listener on 127.0.0.1 port" << m_port;
    return true;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void LoopbackRedirectListener::close()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (m_connections.value(socket).callbackId != 0)
            continue;
        m_connections.remove(socket);
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirectListener::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (socket->peerAddress() != QHostAddress(QHostAddress::LocalHost)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            if (m_connections.value(socket).callbackId == 0) {
                m_connections.remove(socket);
                socket->deleteLater();
            }
        });
        // Matched by serial, not by address: the address may be reused by then.
        const quint64 serial = ++m_lastSerial;
        m_connections[socket].serial = serial;
        QTimer::singleShot(kIdleConnectionMs, this, [this, socket, serial]() {
            const auto it = m_connections.constFind(socket);
            if (it == m_connections.constEnd() || it->serial != serial || it->callbackId != 0)
                return;
            m_connections.remove(socket);
            disconnect(socket, nullptr, this, nullptr);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->callbackId != 0)
        return;
    it->received += socket->read(kMaxRequestHead + 1 - it->received.size());
    const qsizetype end = it->received.indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->received.size() > kMaxRequestHead)
            answer(socket, 431, QStringLiteral("Запрос слишком велик."),
                   QStringLiteral("The request is too large."));
        return;
    }
    const QList<QByteArray> lines = it->received.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, QStringLiteral("Запрос не понят."),
               QStringLiteral("The request was not understood."));
        return;
    }
    // A page in another site could reach this port through a name that
    // resolves to 127.0.0.1 (DNS rebinding); the browser then names that site.
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(m_port);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("Host", Qt::CaseInsensitive) == 0 &&
            line.mid(colon + 1).trimmed() != expectedHost) {
            answer(socket, 400, QStringLiteral("Запрос не понят."),
                   QStringLiteral("The request was not understood."));
            return;
        }
    }
    const QByteArray &method = requestLine.at(0);
    const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + requestLine.at(1));
    if (!target.isValid() || !requestLine.at(1).startsWith('/') || target.path() != u"/callback") {
        answer(socket, 404, QStringLiteral("Здесь ничего нет."),
               QStringLiteral("There is nothing here."));
        return;
    }
    if (method != "GET") {
        answer(socket, 405, QStringLiteral("Этот метод здесь не принимается."),
               QStringLiteral("This method is not accepted here."), "Allow: GET\r\n");
        return;
    }
    it->callbackId = ++m_lastId;
    it->received.clear();
    // The query holds the code and the state: never logged.
    qCDebug(lcNet) << "sign-in callback received";
    emit callbackReceived(m_lastId, QUrlQuery(target));
}

void LoopbackRedirectListener::respond(quint64 id, int status, const QString &russian,
                                       const QString &english)
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->callbackId == id) {
            QTcpSocket *socket = it.key();
            it->callbackId = 0;
            answer(socket, status, russian, english);
            return;
        }
    }
}

QByteArray LoopbackRedirectListener::page(int status, const QString &russian,
                                          const QString &english)
{
    const QString title =
        status == 200 ? QStringLiteral("Профиль гражданина / Citizen Profile")
                      : QStringLiteral("Профиль гражданина: вход / Citizen Profile: sign-in");
    return QStringLiteral("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>body{font-family:sans-serif;max-width:32em;"
                          "margin:3em auto}</style></head><body><h1>%1</h1>"
                          "<p lang=\"ru\">%2</p><p lang=\"en\">%3</p></body></html>")
        .arg(title.toHtmlEscaped(), russian.toHtmlEscaped(), english.toHtmlEscaped())
        .toUtf8();
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QString &russian,
                                      const QString &english, const QByteArray &extraHeaders)
{
    // The socket leaves our books and the server's ownership: it closes
    // itself once the page is out, even when the sign-in is over by then.
    m_connections.remove(socket);
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    const QByteArray body = page(status, russian, english);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                      QByteArray::number(body.size()) +
                      "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
                      "X-Content-Type-Options: nosniff\r\nContent-Security-Policy: "
                      "default-src 'none'; style-src 'unsafe-inline'\r\nConnection: close\r\n" +
                      extraHeaders + "\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kFlushMs, socket, [socket]() {
        socket->abort();
        socket->deleteLater();
    });
}

} // namespace cp::net
