// The Documents screen's calls to the server, kept out of the widgets: it
// orders an issued document (POST /api/v1/orders with an Idempotency-Key, so
// a retried send cannot order twice) and adds a file of the citizen's own
// (POST /api/v1/documents). It reports each order's state: sending, pending
// at the source, and fulfilled once the next sync brings the document in.
#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace cp::session {
class ProfileSession;
}

namespace cp::sync {
class SyncEngine;
}

namespace cp::ui {

class DocumentOrderService : public QObject
{
    Q_OBJECT

public:
    enum class OrderState
    {
        Sending,   // not yet accepted by the server
        Pending,   // accepted; the source has not issued the document yet
        Fulfilled, // the document has arrived with a sync
        Failed     // refused by the server or by the source
    };
    Q_ENUM(OrderState)

    struct Order
    {
        QString key;      // the Idempotency-Key: ours from the start
        QString serverId; // "ord-…" once accepted
        QString kind;
        int year = 0; // 0: the kind names no year
        OrderState state = OrderState::Sending;
        QString message; // translated, why it failed
        QStringList documentIds;
    };

    explicit DocumentOrderService(session::ProfileSession *session, QObject *parent = nullptr);

    // year: only for kinds that need one (2-NDFL); 0 otherwise.
    void order(const QString &kind, int year);
    QList<Order> orders() const { return m_orders; }

    // The raw file, "application/pdf", "image/png" or "image/jpeg", and a
    // title of 1–200 characters. The document arrives with the next sync.
    void upload(const QByteArray &content, const QByteArray &mediaType, const QString &title);
    bool isUploading() const { return m_uploads > 0; }

    // The largest file the server accepts.
    static constexpr qint64 maxUploadSize = qint64(20) * 1024 * 1024;
    // Words for the citizen about a failed call.
    static QString errorText(const net::ApiError &error);

signals:
    void orderChanged(const QString &key);
    void uploadFinished(bool ok, const QString &message);

private:
    void attachEngine();
    void restorePendingOrders();
    void onOrderFulfilled(const QString &serverId);
    Order *find(const QString &key);

    session::ProfileSession *m_session;
    QPointer<sync::SyncEngine> m_engine;
    QList<Order> m_orders;
    int m_uploads = 0;
};

} // namespace cp::ui
