#include "sync/consentdecisionoutbox.h"

#include "net/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcOutbox, "cp.sync.outbox")

namespace cp::sync {
namespace {

QString newIdempotencyKey()
{
    QByteArray bytes(24, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Refusals that a repeat would only repeat: the decision is settled, so that
// it does not hold up the decisions behind it. 401 (sign in again), 408 and
// 429 (try later) are not final.
bool isFinalRefusal(int status)
{
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

} // namespace

ConsentDecisionOutbox::ConsentDecisionOutbox(net::ApiClient *client,
                                             storage::ArchiveDatabase *archive, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
{}

qint64 ConsentDecisionOutbox::enqueue(const QString &action, const QString &target,
                                      const QStringList &optional)
{
    storage::OutboxEntry entry;
    entry.idempotencyKey = newIdempotencyKey();
    entry.action = action;
    entry.targetId = target;
    entry.optionalRecords = optional;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.state = QStringLiteral("waiting");
    const qint64 id = m_archive->enqueueDecision(entry);
    if (id == 0) {
        // Not stored, so not sent either: the caller says so to the citizen.
        qCWarning(lcOutbox) << "a decision could not be stored:" << action;
        return 0;
    }
    qCInfo(lcOutbox) << "a decision was stored:" << action;
    emit changed();
    flush();
    return id;
}

qint64 ConsentDecisionOutbox::grant(const QString &requestId, const QStringList &optionalRecords)
{
    return enqueue(QStringLiteral("grant"), requestId, optionalRecords);
}

qint64 ConsentDecisionOutbox::deny(const QString &requestId)
{
    return enqueue(QStringLiteral("deny"), requestId, {});
}

qint64 ConsentDecisionOutbox::revoke(const QString &consentId)
{
    return enqueue(QStringLiteral("revoke"), consentId, {});
}

QList<storage::OutboxEntry> ConsentDecisionOutbox::waiting() const
{
    return m_archive->decisions(QStringLiteral("waiting"));
}

void ConsentDecisionOutbox::flush(std::function<void(bool, const net::ApiError &)> done)
{
    if (done)
        m_waiters.append(std::move(done));
    if (m_flushing)
        return;
    m_flushing = true;
    sendNext();
}

void ConsentDecisionOutbox::finishFlush(bool ok, const net::ApiError &error)
{
    m_flushing = false;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &w : waiters)
        w(ok, error);
}

void ConsentDecisionOutbox::sendNext()
{
    const QList<storage::OutboxEntry> pending = waiting();
    if (pending.isEmpty()) {
        finishFlush(true, {});
        return;
    }
    storage::OutboxEntry entry = pending.first();
    net::ApiRequest request;
    request.method = "POST";
    request.retryable = true; // the idempotency key makes a repeat harmless
    request.headers.append({"Idempotency-Key", entry.idempotencyKey.toLatin1()});
    if (entry.action == u"revoke") {
        request.path = QStringLiteral("/api/v1/consents/%1/revoke").arg(entry.targetId);
    } else {
        request.path =
            QStringLiteral("/api/v1/consent-requests/%1/%2").arg(entry.targetId, entry.action);
        if (entry.action == u"grant") {
            request.contentType = "application/json";
            request.body =
                QJsonDocument(QJsonObject{{QStringLiteral("optional_records"),
                                           QJsonArray::fromStringList(entry.optionalRecords)}})
                    .toJson(QJsonDocument::Compact);
        }
    }
    ++entry.attempts;
    m_archive->updateDecision(entry);

    net::ApiReply *reply = m_client->send(request);
    // Ours until its handler hands it to deleteLater(). When the outbox goes
    // first (a CLI command that ends while the decision is in flight), the
    // handler never runs: the reply goes with the outbox instead of leaking.
    reply->setParent(this);
    connect(reply, &net::ApiReply::finished, this, [this, reply, entry]() mutable {
        reply->deleteLater();
        const int status = reply->status();
        if (status / 100 == 2 || isFinalRefusal(status)) {
            const QJsonObject body = reply->json();
            // The server's view of what the decision changed goes into the archive.
            domain::JsonError error;
            if (auto r = domain::consentRequestFromJson(
                    body.value(QStringLiteral("request")).toObject(), &error))
                m_archive->putRequest(*r);
            if (auto c = domain::consentFromJson(body.value(QStringLiteral("consent")).toObject(),
                                                 &error))
                m_archive->putConsent(*c);
            entry.state =
                status / 100 == 2 ? QStringLiteral("acknowledged") : QStringLiteral("refused");
            entry.resultCode = status / 100 == 2 ? QString() : reply->error().code;
            entry.settledAt = QDateTime::currentDateTimeUtc();
            m_archive->updateDecision(entry);
            qCInfo(lcOutbox) << "a decision was settled:" << entry.state;
            emit decisionSettled(entry);
            emit changed();
            sendNext();
            return;
        }
        // Not reached, or not now: the decision keeps waiting for the next flush.
        finishFlush(false, reply->error());
    });
}

} // namespace cp::sync
