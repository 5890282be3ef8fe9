// The outbox of the citizen's decisions (grant, deny, revoke): a decision is
// stored in the archive with a fresh idempotency key before anything is sent,
// then sent and re-sent until the server acknowledges it or refuses it for
// good. It survives a restart; the key makes a repeat harmless, so a decision
// is never lost and never applied twice. While it waits, the UI shows it as
// "waiting to send".
#pragma once

#include "net/apierror.h"
#include "storage/archivedatabase.h"

#include <QObject>
#include <QPointer>

namespace cp::net {
class ApiClient;
class ApiReply;
} // namespace cp::net

namespace cp::sync {

class ConsentDecisionOutbox : public QObject
{
    Q_OBJECT

public:
    ConsentDecisionOutbox(net::ApiClient *client, storage::ArchiveDatabase *archive,
                          QObject *parent = nullptr);

    // Stores the decision (state "waiting") and starts sending. Returns its id.
    qint64 grant(const QString &requestId, const QStringList &optionalRecords);
    qint64 deny(const QString &requestId);
    qint64 revoke(const QString &consentId);

    QList<storage::OutboxEntry> waiting() const;
    // Sends the waiting decisions one by one; `done` runs when the outbox is
    // empty or a send could not reach the server (then ok is false).
    void flush(std::function<void(bool ok, const net::ApiError &error)> done = {});
    bool isFlushing() const { return m_flushing; }

signals:
    void decisionSettled(const cp::storage::OutboxEntry &entry); // acknowledged or refused
    void changed();

private:
    qint64 enqueue(const QString &action, const QString &target, const QStringList &optional);
    void sendNext();
    void finishFlush(bool ok, const net::ApiError &error);

    net::ApiClient *m_client;
    storage::ArchiveDatabase *m_archive;
    bool m_flushing = false;
    QList<std::function<void(bool, const net::ApiError &)>> m_waiters;
};

} // namespace cp::sync
