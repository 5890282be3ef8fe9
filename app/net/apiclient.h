// The one HTTPS entry point of the core to the backend. It owns the
// QNetworkAccessManager and applies to every request what the security of
// the app depends on: https only, the configured CA list as the only trust,
// an optional public-key pin checked on new connections and on every reply,
// redirects followed by our own code that never carry the token to another
// origin, a request id, a transfer timeout, and retries with backoff, jitter
// and Retry-After for requests that may be repeated. Never ignoreSslErrors.
#pragma once

#include "net/apierror.h"
#include "net/apireply.h"
#include "net/apirequest.h"
#include "net/serversettings.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace cp::net {

class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Refuses an http:// or malformed address, a missing, unreadable or
    // empty CA file, a pin that is not 32 bytes, a timeout or attempt count
    // below 1 — then the previous settings stay and *error says why. With a
    // CA file its certificates are the only trust.
    bool configure(const ServerSettings &settings, QString *error);
    const ServerSettings &settings() const { return m_settings; }
    bool isConfigured() const { return m_configured; }

    // Kept in memory only; an empty token sends no Authorization.
    void setAccessToken(const QByteArray &token);

    // Asynchronous; the reply is owned by the caller (deleteLater). It always
    // finishes, also when the client is not configured or goes away.
    ApiReply *send(const ApiRequest &request);

    // The URL of `path` (and `query`) below the configured base URL.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

signals:
    // A 401 on an authenticated request: the token needs refreshing.
    void unauthorized();

private:
    friend class ApiReply;

    bool sameOrigin(const QUrl &url) const;
    QNetworkRequest prepare(const QUrl &url, const ApiRequest &request, bool withToken,
                            const QByteArray &requestId) const;
    QNetworkReply *transmit(const QNetworkRequest &request, const QByteArray &method,
                            const QByteArray &body);
    void forget(ApiReply *reply);

    QNetworkAccessManager *m_network = nullptr;
    ServerSettings m_settings;
    QSslConfiguration m_tls;
    bool m_configured = false;
    QByteArray m_token;
    QList<QPointer<ApiReply>> m_replies; // unfinished, to finish them when we go away
};

} // namespace cp::net
