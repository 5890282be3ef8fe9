// The loopback end of an RFC 8252 sign-in: a small HTTP listener on
// 127.0.0.1 and a port the system picks, where the browser lands after the
// login page. It reads one request per connection, answers anything but
// GET /callback itself (404/405), and hands each callback's query to its
// owner, who answers it with a bilingual page. It takes nothing but
// loopback connections and no request larger than a few kilobytes.
#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

namespace cp::net {

class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    bool listen(QString *error);
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback

    // Answers the callback `id` with a UTF-8 page in Russian and English and
    // closes its connection.
    void respond(quint64 id, int status, const QString &russian, const QString &english);
    // Takes no more connections; those not waiting for respond() are closed.
    void close();

    static QByteArray page(int status, const QString &russian, const QString &english);

signals:
    void callbackReceived(quint64 id, const QUrlQuery &query);

private:
    struct Connection
    {
        QByteArray received;
        quint64 callbackId = 0; // set while the owner prepares the answer
        quint64 serial = 0;
    };

    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &russian, const QString &english,
                const QByteArray &extraHeaders = {});

    QTcpServer m_server;
    quint16 m_port = 0;
    quint64 m_lastId = 0;
    quint64 m_lastSerial = 0;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace cp::net
