#include "net/apiclient.h"

#include "net/netlogging.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslSocket>

namespace cp::net {
namespace {

// A CA bundle is a few hundred kilobytes at most; a bigger "bundle" is a
// wrong file.
constexpr qint64 kMaxCaFileSize = 4 * 1024 * 1024;

bool isCredentialHeader(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("Cookie", Qt::CaseInsensitive) == 0;
}

bool hasHeader(const ApiRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Our code follows redirects: only it knows where the token may go.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // The replies' network requests die with the manager: tell their owners.
    const QList<QPointer<ApiReply>> replies = m_replies;
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply)
            reply->clientGone();
    }
}

bool ApiClient::configure(const ServerSettings &settings, QString *error)
{
    auto refuse = [error](const QString &why) {
        qCWarning(lcNet).noquote() << "server settings refused:" << why;
        if (error != nullptr)
            *error = why;
        return false;
    };
    const QUrl &url = settings.baseUrl;
    if (url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) != 0)
        return refuse(QStringLiteral("the server address must start with https://"));
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment())
        return refuse(QStringLiteral("the server address is not a valid https:// address"));
    if (!settings.pinSha256.isEmpty() && settings.pinSha256.size() != 32)
        return refuse(QStringLiteral("the pin must be a SHA-256 digest of 32 bytes"));
    if (settings.transferTimeoutMs < 1 || settings.maxAttempts < 1)
        return refuse(
            QStringLiteral("the transfer timeout and the attempt count must be positive"));

    QList<QSslCertificate> authorities;
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.exists())
            return refuse(QStringLiteral("the CA file %1 does not exist").arg(settings.caFile));
        if (!file.open(QIODevice::ReadOnly))
            return refuse(QStringLiteral("the CA file %1 cannot be read").arg(settings.caFile));
        const QByteArray pem = file.read(kMaxCaFileSize + 1);
        if (pem.size() > kMaxCaFileSize)
            return refuse(QStringLiteral("the CA file %1 is too large").arg(settings.caFile));
        authorities = QSslCertificate::fromData(pem, QSsl::Pem);
        if (authorities.isEmpty())
            return refuse(
                QStringLiteral("the CA file %1 holds no PEM certificate").arg(settings.caFile));
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Setting the list replaces the system store and turns off its
    // on-demand loading: the configured CA is then the only trust.
    if (!authorities.isEmpty())
        tls.setCaCertificates(authorities);

    m_settings = settings;
    m_tls = tls;
    m_configured = true;
    // Connections opened under the old trust or pin must not be reused.
    m_network->clearConnectionCache();
    qCInfo(lcNet).noquote() << "server" << url.host() << "port" << url.port(443)
                            << (authorities.isEmpty() ? "system CA store" : "own CA list")
                            << (settings.pinSha256.isEmpty() ? "no pin" : "pinned")
                            << (settings.http2 ? "HTTP/2 allowed" : "HTTP/1.1 only");
    return true;
}

void ApiClient::setAccessToken(const QByteArray &token)
{
    m_token = token;
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(this, request);
    m_replies.removeAll(QPointer<ApiReply>());
    m_replies.append(reply);
    reply->start();
    return reply;
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool ApiClient::sameOrigin(const QUrl &url) const
{
    const QUrl &base = m_settings.baseUrl;
    return url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(443) == base.port(443);
}

QNetworkRequest ApiClient::prepare(const QUrl &url, const ApiRequest &request, bool withToken,
                                   const QByteArray &requestId) const
{
    QNetworkRequest out(url);
    out.setSslConfiguration(m_tls);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_settings.http2);
    // No cookies either way: the API does not use them, and a cookie jar
    // would be one more place where a session could leak.
    out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    out.setTransferTimeout(m_settings.transferTimeoutMs);
    for (const auto &[name, value] : request.headers) {
        if (!withToken && isCredentialHeader(name))
            continue;
        out.setRawHeader(name, value);
    }
    // Bodies as sent: ranges and SHA-256 checks work on the real bytes, and
    // no compressed answer can inflate into memory.
    if (!hasHeader(request, "Accept-Encoding"))
        out.setRawHeader("Accept-Encoding", "identity");
    if (!request.contentType.isEmpty())
        out.setRawHeader("Content-Type", request.contentType);
    out.setRawHeader("User-Agent", QByteArrayLiteral("citizen-profile/" CP_VERSION));
    out.setRawHeader("X-Request-Id", requestId);
    if (withToken && request.authenticated && !m_token.isEmpty())
        out.setRawHeader("Authorization", "Bearer " + m_token);
    return out;
}

QNetworkReply *ApiClient::transmit(const QNetworkRequest &request, const QByteArray &method,
                                   const QByteArray &body)
{
    if (method == "GET")
        return m_network->get(request);
    // HEAD through its own call: as a custom verb, QNetworkAccessManager
    // would wait for the body that Content-Length announces.
    if (method == "HEAD")
        return m_network->head(request);
    return m_network->sendCustomRequest(request, method, body);
}

void ApiClient::forget(ApiReply *reply)
{
    m_replies.removeAll(QPointer<ApiReply>(reply));
}

} // namespace cp::net
