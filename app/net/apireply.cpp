#include "net/apireply.h"

#include "net/apiclient.h"
#include "net/netlogging.h"
#include "net/publickeypin.h"
#include "net/retrypolicy.h"
#include "support/poolwork.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <memory>
#include <utility>

namespace cp::net {
namespace {

constexpr int kMaxRedirects = 5;
// A whole body held in memory; documents are streamed instead.
constexpr qsizetype kMaxBufferedBody = 64 * 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Failures below the HTTP layer: network (1–99) and proxy (101–199).
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return code > 0 && code < 200;
}

QByteArray newRequestId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

bool validMethod(const QByteArray &method)
{
    if (method.isEmpty() || method.size() > 16)
        return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

} // namespace

ApiReply::ApiReply(ApiClient *client, const ApiRequest &request)
    : m_client(client)
    , m_request(request)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::sendOnce);
}

ApiReply::~ApiReply()
{
    dropCurrent();
    if (m_client)
        m_client->forget(this);
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

const QJsonDocument &ApiReply::document() const
{
    if (!m_document || !m_finished)
        m_document = QJsonDocument::fromJson(m_body);
    return *m_document;
}

QJsonObject ApiReply::json() const
{
    return document().object();
}

bool ApiReply::isJsonObject() const
{
    return document().isObject();
}

QByteArray ApiReply::takeAvailable()
{
    return std::exchange(m_available, QByteArray());
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the request was cancelled"),
                        currentRequestId()));
}

void ApiReply::clientGone()
{
    m_client = nullptr;
    if (m_finished)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the network client was closed"),
                        currentRequestId()));
}

void ApiReply::start()
{
    m_clock.start();
    m_baseRequestId = newRequestId();
    m_request.method = m_request.method.toUpper();
    auto refuseSoon = [this](const QString &why) {
        // Later, so that the caller has connected to finished() by then.
        const ApiError error = ApiError::make(ApiError::Kind::Configuration, why,
                                              QString::fromLatin1(m_baseRequestId));
        QTimer::singleShot(0, this, [this, error]() { fail(error); });
    };
    const ApiClient *client = m_client;
    if (client == nullptr || !client->isConfigured())
        return refuseSoon(QStringLiteral("the server address is not configured"));
    const QString &path = m_request.path;
    if (!path.startsWith(u'/') || path.startsWith(QStringLiteral("//")) || path.contains(u'?') ||
        path.contains(u'#'))
        return refuseSoon(QStringLiteral("a request path must start with a single /"));
    if (!validMethod(m_request.method))
        return refuseSoon(QStringLiteral("the request method is not valid"));
    m_url = client->urlFor(path, m_request.query);

    bool idempotencyKey = false;
    for (const auto &header : std::as_const(m_request.headers))
        idempotencyKey |= header.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0;
    const QByteArray &method = m_request.method;
    // A POST repeated without a key could do its work twice.
    m_retryable = method == "GET" || method == "HEAD" ||
                  (m_request.retryable && (method != "POST" || idempotencyKey));
    if (m_request.retryable && !m_retryable)
        qCWarning(lcNet).noquote()
            << method << path << "asks for retries without an Idempotency-Key: sent once";
    sendOnce();
}

QString ApiReply::logPath() const
{
    // The path only: queries may carry cursors, codes or names.
    return m_url.isEmpty() ? m_request.path.section(u'?', 0, 0) : m_url.path();
}

QString ApiReply::withoutUrl(QString text) const
{
    // Some of Qt's error strings quote the whole URL, query included.
    text.replace(m_url.toString(QUrl::FullyEncoded), logPath());
    text.replace(m_url.toString(), logPath());
    return text;
}

QString ApiReply::currentRequestId() const
{
    // The first send carries the bare id, repeats a suffix: the server's log
    // tells them apart and still groups them.
    return QString::fromLatin1(m_sends > 1 ? m_baseRequestId + '.' + QByteArray::number(m_sends)
                                           : m_baseRequestId);
}

void ApiReply::sendOnce()
{
    ApiClient *client = m_client;
    if (client == nullptr)
        return clientGone();
    ++m_sends;
    m_sslErrors.clear();
    m_pinRefused = false;
    m_pinVerified = false;
    m_body.clear();
    const bool withToken = client->sameOrigin(m_url);
    const QNetworkRequest request =
        client->prepare(m_url, m_request, withToken, currentRequestId().toLatin1());
    m_attemptClock.start();
    QNetworkReply *reply = client->transmit(request, m_request.method, m_request.body);
    m_current = reply;
    connect(reply, &QNetworkReply::encrypted, this, &ApiReply::checkPinOnEncrypted);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this]() { pinHolds(); });
    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::readFromCurrent);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (currentIsFinalAnswer() && statusOf(m_current) / 100 == 2)
            emit progress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, &ApiReply::attemptFinished);
}

void ApiReply::checkPinOnEncrypted()
{
    // A new connection: the handshake is done and no byte of the request has
    // been written yet. A wrong key ends it here, before the token leaves.
    pinHolds();
}

bool ApiReply::pinHolds()
{
    if (m_pinVerified || m_pinRefused || !m_current)
        return !m_pinRefused;
    const QByteArray pin = m_client ? m_client->settings().pinSha256 : QByteArray();
    if (pin.isEmpty() ||
        PublicKeyPin::matches(m_current->sslConfiguration().peerCertificate(), pin)) {
        m_pinVerified = true;
        return true;
    }
    m_pinRefused = true;
    qCWarning(lcNet).noquote() << m_request.method << logPath()
                               << "the server's public key does not match the pin; id"
                               << currentRequestId();
    m_current->abort(); // finished() follows at once
    return false;
}

bool ApiReply::currentIsFinalAnswer() const
{
    if (!m_current)
        return false;
    const int status = statusOf(m_current);
    return status > 0 && !isRedirect(status) &&
           !(RetryPolicy::isRetryableStatus(status) && mayRetry());
}

void ApiReply::readFromCurrent()
{
    if (!m_current || m_finished || !pinHolds())
        return;
    if (!currentIsFinalAnswer()) {
        // A redirect, or an answer that will be asked again: its body is not ours.
        m_current->readAll();
        return;
    }
    const QByteArray data = m_current->readAll();
    if (data.isEmpty())
        return;
    if (m_streaming && statusOf(m_current) / 100 == 2) {
        // A streaming reader needs the status and headers (ETag,
        // Content-Range) with the first bytes, not at the end; they do not
        // change after them (nothing is asked again once bytes are delivered).
        if (!m_delivered) {
            m_status = statusOf(m_current);
            m_headers = m_current->rawHeaderPairs();
        }
        m_available += data;
        m_delivered = true;
        emit readyRead();
        return;
    }
    if (m_body.size() + data.size() > kMaxBufferedBody) {
        const int status = statusOf(m_current);
        dropCurrent();
        ApiError error = ApiError::make(
            ApiError::Kind::Protocol,
            QStringLiteral("the answer is larger than %1 bytes").arg(kMaxBufferedBody),
            currentRequestId());
        error.status = status;
        return fail(error);
    }
    m_body += data;
    emit readyRead();
}

void ApiReply::attemptFinished()
{
    QNetworkReply *reply = m_current;
    if (reply == nullptr || m_finished)
        return;
    const int status = statusOf(reply);
    const QNetworkReply::NetworkError networkError = reply->error();
    QString answeredId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    if (answeredId.isEmpty() || answeredId.size() > 128)
        answeredId = currentRequestId();
    // Connections are reused and encrypted() comes only for new ones: the
    // pin is checked again on every reply that has an answer.
    if (status > 0 && !m_pinRefused)
        readFromCurrent();
    if (m_finished)
        return;
    const qint64 elapsed = m_attemptClock.elapsed();
    qCDebug(lcNet).noquote() << m_request.method << logPath() << status << elapsed << "ms id"
                             << answeredId;

    if (m_pinRefused) {
        dropCurrent();
        return fail(ApiError::make(ApiError::Kind::PinMismatch,
                                   QStringLiteral("the server's public key does not match the "
                                                  "configured pin"),
                                   currentRequestId()));
    }

    if (status == 0 || isTransportError(networkError)) {
        const QString detail = withoutUrl(reply->errorString());
        ApiError error;
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            QStringList reasons;
            for (const QSslError &e : std::as_const(m_sslErrors))
                reasons.append(e.errorString());
            error = ApiError::make(
                ApiError::Kind::Tls,
                QStringLiteral("the server's certificate is not trusted: ") +
                    (reasons.isEmpty() ? detail : reasons.join(QStringLiteral("; "))),
                currentRequestId());
        } else if (networkError == QNetworkReply::TimeoutError ||
                   networkError == QNetworkReply::OperationCanceledError) {
            // Cancelled by Qt, not by us (abort() disconnects first): the
            // transfer timeout ran out.
            error = ApiError::make(ApiError::Kind::Timeout,
                                   QStringLiteral("no answer within %1 ms")
                                       .arg(m_client ? m_client->settings().transferTimeoutMs : 0),
                                   currentRequestId());
        } else if (isTransportError(networkError)) {
            error = ApiError::make(ApiError::Kind::Network,
                                   QStringLiteral("network error: ") + detail, currentRequestId());
        } else {
            error =
                ApiError::make(ApiError::Kind::Protocol,
                               QStringLiteral("unreadable answer: ") + detail, currentRequestId());
        }
        error.status = status;
        const bool transient =
            error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        if (transient && mayRetry())
            return retryLater({}, error.message);
        dropCurrent();
        if (error.kind == ApiError::Kind::Tls)
            qCWarning(lcNet).noquote() << m_request.method << logPath() << error.message;
        return fail(error);
    }

    if (networkError != QNetworkReply::NoError && status / 100 == 2) {
        // Headers came, then the body broke in a way Qt calls a protocol
        // fault (a Content-Length that lies, a bad chunk).
        const QString detail = withoutUrl(reply->errorString());
        dropCurrent();
        ApiError error = ApiError::make(ApiError::Kind::Protocol,
                                        QStringLiteral("unreadable answer: ") + detail, answeredId);
        error.status = status;
        return fail(error);
    }

    if (isRedirect(status))
        return followRedirect(reply->rawHeader("Location"), status);
    if (RetryPolicy::isRetryableStatus(status) && mayRetry())
        return retryLater(reply->rawHeader("Retry-After"), QStringLiteral("HTTP %1").arg(status));

    m_status = status;
    m_headers = reply->rawHeaderPairs();
    dropCurrent();
    if (status >= 400) {
        m_error = ApiError::fromHttp(status, m_body, answeredId);
        if (status == 401 && m_request.authenticated && m_client && m_client->sameOrigin(m_url))
            emit m_client->unauthorized();
    } else if (status < 200) {
        m_error = ApiError::make(ApiError::Kind::Protocol,
                                 QStringLiteral("an interim answer %1 came last").arg(status),
                                 answeredId);
        m_error.status = status;
    }
    m_error.requestId = answeredId;
    finish();
}

void ApiReply::followRedirect(const QByteArray &location, int status)
{
    dropCurrent();
    auto refuse = [this, status](ApiError::Kind kind, const QString &why) {
        ApiError error = ApiError::make(kind, why, currentRequestId());
        error.status = status;
        qCWarning(lcNet).noquote() << m_request.method << logPath() << status << why;
        fail(error);
    };
    if (m_redirects >= kMaxRedirects)
        return refuse(ApiError::Kind::Protocol,
                      QStringLiteral("more than %1 redirects").arg(kMaxRedirects));
    const QUrl relative = QUrl::fromEncoded(location.trimmed(), QUrl::StrictMode);
    if (location.trimmed().isEmpty() || !relative.isValid())
        return refuse(ApiError::Kind::Protocol,
                      QStringLiteral("a redirect without a readable Location"));
    QUrl target = m_url.resolved(relative);
    target.setFragment(QString());
    if (target.scheme().compare(QLatin1StringView("http"), Qt::CaseInsensitive) == 0)
        return refuse(ApiError::Kind::InsecureUrl,
                      QStringLiteral("a redirect from https:// to http:// was refused"));
    if (target.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) != 0 ||
        target.host().isEmpty() || !target.userInfo().isEmpty())
        return refuse(ApiError::Kind::Protocol,
                      QStringLiteral("a redirect to an address that is not https:// was refused"));

    ++m_redirects;
    // RFC 9110 §15.4: 303 turns into a GET; 301/302 after a POST do so in
    // practice; 307 and 308 repeat the request as it was.
    const bool toGet = (status == 303 && m_request.method != "HEAD") ||
                       ((status == 301 || status == 302) && m_request.method == "POST");
    if (toGet) {
        m_request.method = "GET";
        m_request.body.clear();
        m_request.contentType.clear();
    }
    m_url = target;
    m_failures = 0;
    const bool sameOrigin = m_client && m_client->sameOrigin(target);
    qCInfo(lcNet).noquote() << "redirect" << status << "to" << target.path()
                            << (sameOrigin ? "(same origin)"
                                           : "(another origin: no token, no cookies)");
    sendOnce();
}

bool ApiReply::mayRetry() const
{
    return m_retryable && m_client && m_failures + 1 < m_client->settings().maxAttempts &&
           !(m_streaming && m_delivered);
}

void ApiReply::retryLater(const QByteArray &retryAfter, const QString &why)
{
    dropCurrent();
    ++m_failures;
    m_body.clear();
    const auto after = RetryPolicy::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    const std::chrono::milliseconds wait = RetryPolicy::delay(m_failures, after);
    qCInfo(lcNet).noquote() << m_request.method << logPath() << why << "- attempt" << m_failures + 1
                            << "in" << wait.count() << "ms; id" << currentRequestId();
    m_retryTimer.start(wait);
}

void ApiReply::fail(const ApiError &error)
{
    m_error = error;
    if (m_error.requestId.isEmpty())
        m_error.requestId = currentRequestId();
    finish();
}

void ApiReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    dropCurrent();
    // Forgotten by the client, which then no longer tells this reply that it
    // goes away: a finished reply deleted later must not reach back to it.
    if (m_client)
        m_client->forget(this);
    m_client = nullptr;
    if (m_error.ok()) {
        qCDebug(lcNet).noquote() << m_request.method << logPath() << m_status << "in"
                                 << m_clock.elapsed() << "ms," << m_sends << "send(s); id"
                                 << m_error.requestId;
    } else {
        QString what = ApiError::kindName(m_error.kind);
        if (m_error.status != 0)
            what += u' ' + QString::number(m_error.status);
        if (!m_error.code.isEmpty())
            what += u' ' + m_error.code;
        qCInfo(lcNet).noquote() << m_request.method << logPath() << "failed:" << what << "in"
                                << m_clock.elapsed() << "ms," << m_sends << "send(s); id"
                                << m_error.requestId;
    }
    // A large JSON body (the list of ten thousand documents) is read on a
    // worker, so that the thread of the caller — the GUI's — never parses
    // megabytes at once; finished() comes when it is read.
    constexpr qsizetype kParseOnWorker = 256 * 1024;
    if (m_error.ok() && m_body.size() >= kParseOnWorker && m_body.startsWith('{')) {
        support::runOnPool(
            this, [body = m_body]() { return QJsonDocument::fromJson(body); },
            [this](QJsonDocument document) {
                m_document = std::move(document);
                emit finished();
            });
        return;
    }
    emit finished();
}

void ApiReply::dropCurrent()
{
    if (!m_current)
        return;
    QNetworkReply *reply = m_current;
    m_current = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

} // namespace cp::net
