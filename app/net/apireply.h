// The answer to one ApiRequest, however many sends it took: ApiClient
// follows redirects and retries behind it and the caller sees one
// finished(). The body is accumulated unless streaming was asked for; an
// error is always mapped into error(). The caller owns it (deleteLater).
#pragma once

#include <optional>

#include "net/apierror.h"
#include "net/apirequest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace cp::net {

class ApiClient;

class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    int status() const { return m_status; }
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QByteArray body() const { return m_body; } // whole body unless streaming
    const ApiError &error() const { return m_error; }
    QJsonObject json() const;  // the body as an object; empty when it is not one
    bool isJsonObject() const; // the whole body is one JSON object (read once, then kept)
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_sends; } // sends, redirects and retries included

    // Stops everything; finished() comes at once with Kind::Cancelled.
    void abort();
    // Before the first readyRead(): the body of a 2xx answer is not kept but
    // read piece by piece with takeAvailable(). A streamed answer that has
    // delivered bytes is never retried (the caller resumes with Range).
    void setStreaming(bool streaming) { m_streaming = streaming; }
    QByteArray takeAvailable();

signals:
    void readyRead();
    void progress(qint64 received, qint64 total);
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, const ApiRequest &request);

    void start();
    void fail(const ApiError &error);
    const QJsonDocument &document() const;
    void sendOnce();
    void checkPinOnEncrypted();
    bool pinHolds();
    void readFromCurrent();
    void attemptFinished();
    void followRedirect(const QByteArray &location, int status);
    bool mayRetry() const;
    void retryLater(const QByteArray &retryAfter, const QString &why);
    void finish();
    void dropCurrent();
    void clientGone();
    bool currentIsFinalAnswer() const;
    QString currentRequestId() const;
    QString logPath() const;
    QString withoutUrl(QString text) const;

    ApiClient *m_client = nullptr; // cleared by clientGone()
    ApiRequest m_request;
    QPointer<QNetworkReply> m_current;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;        // since send()
    QElapsedTimer m_attemptClock; // since the current send
    QUrl m_url;
    QByteArray m_baseRequestId;
    bool m_retryable = false;
    bool m_streaming = false;
    bool m_finished = false;
    bool m_pinRefused = false;
    bool m_pinVerified = false; // of the current send
    bool m_delivered = false;   // body bytes of a final answer handed out
    int m_sends = 0;
    int m_failures = 0; // failed sends of the current target that may be retried
    int m_redirects = 0;
    QList<QSslError> m_sslErrors;

    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QByteArray m_available;
    ApiError m_error;
    // The body read as JSON, once, when first asked for (finished bodies only).
    mutable std::optional<QJsonDocument> m_document;
};

} // namespace cp::net
