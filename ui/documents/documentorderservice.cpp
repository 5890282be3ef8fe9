#include "documents/documentorderservice.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "session/profilesession.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDocuments, "cp.ui.documents")

namespace cp::ui {

DocumentOrderService::DocumentOrderService(session::ProfileSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // The session makes a new engine on every unlock; follow it.
    connect(m_session, &session::ProfileSession::unlocked, this,
            &DocumentOrderService::attachEngine);
    attachEngine();
}

void DocumentOrderService::attachEngine()
{
    sync::SyncEngine *engine = m_session->engine();
    if (!engine || engine == m_engine)
        return;
    m_engine = engine;
    restorePendingOrders();
    connect(engine, &sync::SyncEngine::orderFulfilled, this,
            &DocumentOrderService::onOrderFulfilled);
    // A fulfilled order's documents come in the same sync as its event;
    // whichever is stored first, the order is settled once its document is here.
    connect(engine, &sync::SyncEngine::finished, this, [this](bool ok, const net::ApiError &) {
        if (!ok)
            return;
        for (const Order &order : std::as_const(m_orders)) {
            if (order.state == OrderState::Pending && !order.serverId.isEmpty())
                onOrderFulfilled(order.serverId);
        }
    });
}

void DocumentOrderService::restorePendingOrders()
{
    // Orders placed before a restart or a lock still wait for their documents.
    storage::ArchiveDatabase *archive = m_session->archive();
    if (!archive)
        return;
    for (const QJsonObject &stored : archive->orders()) {
        const QString id = stored.value(u"id").toString();
        if (id.isEmpty() || stored.value(u"state").toString() != u"pending")
            continue;
        const bool known = std::any_of(m_orders.cbegin(), m_orders.cend(),
                                       [&id](const Order &order) { return order.serverId == id; });
        if (known)
            continue;
        Order order;
        order.key = id;
        order.serverId = id;
        order.kind = stored.value(u"kind").toString();
        order.year = stored.value(u"year").toInt();
        order.state = OrderState::Pending;
        m_orders.append(order);
        emit orderChanged(order.key);
    }
}

DocumentOrderService::Order *DocumentOrderService::find(const QString &key)
{
    for (Order &order : m_orders) {
        if (order.key == key)
            return &order;
    }
    return nullptr;
}

void DocumentOrderService::order(const QString &kind, int year)
{
    Order order;
    order.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.kind = kind;
    order.year = year;
    m_orders.prepend(order);
    emit orderChanged(order.key);

    QJsonObject body{{QStringLiteral("kind"), kind}};
    if (year > 0)
        body.insert(QStringLiteral("year"), year);
    net::ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/orders");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.headers.append({"Idempotency-Key", order.key.toLatin1()});
    request.retryable = true; // the key makes a repeat harmless

    net::ApiReply *reply = m_session->api()->send(request);
    connect(reply, &net::ApiReply::finished, this, [this, reply, key = order.key]() {
        reply->deleteLater();
        Order *placed = find(key);
        if (!placed)
            return;
        const QJsonObject answer = reply->json();
        if (!reply->error().ok() || answer.value(u"id").toString().isEmpty()) {
            qCWarning(lcDocuments) << "an order was not accepted:" << reply->error().message
                                   << reply->error().requestId;
            placed->state = OrderState::Failed;
            placed->message = errorText(reply->error());
            emit orderChanged(key);
            return;
        }
        placed->serverId = answer.value(u"id").toString();
        placed->state = OrderState::Pending;
        // The archive knows the order at once, so that a restart still shows it.
        if (storage::ArchiveDatabase *archive = m_session->archive())
            archive->putOrder(answer);
        emit orderChanged(key);
    });
}

void DocumentOrderService::onOrderFulfilled(const QString &serverId)
{
    storage::ArchiveDatabase *archive = m_session->archive();
    if (!archive)
        return;
    for (Order &order : m_orders) {
        if (order.serverId != serverId || order.state != OrderState::Pending)
            continue;
        for (const QJsonObject &stored : archive->orders()) {
            if (stored.value(u"id").toString() != serverId)
                continue;
            const QString state = stored.value(u"state").toString();
            if (state == u"pending")
                break;
            QStringList ids;
            for (const QJsonValue &v : stored.value(u"document_ids").toArray())
                ids.append(v.toString());
            // Settled only when its documents are in the archive too.
            const bool arrived =
                std::all_of(ids.cbegin(), ids.cend(), [archive](const QString &id) {
                    return archive->document(id).has_value();
                });
            if (state == u"fulfilled" && !arrived)
                break;
            order.documentIds = ids;
            order.state = state == u"fulfilled" ? OrderState::Fulfilled : OrderState::Failed;
            if (order.state == OrderState::Failed)
                order.message = tr("The issuing body could not prepare the document.");
            emit orderChanged(order.key);
            break;
        }
    }
}

void DocumentOrderService::upload(const QByteArray &content, const QByteArray &mediaType,
                                  const QString &title)
{
    net::ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/documents");
    request.body = content;
    request.contentType = mediaType;
    request.headers.append({"X-Document-Title", QUrl::toPercentEncoding(title.left(200))});
    // No idempotency key for uploads: a repeat would add the file twice.
    request.retryable = false;
    ++m_uploads;
    net::ApiReply *reply = m_session->api()->send(request);
    connect(reply, &net::ApiReply::finished, this, [this, reply]() {
        reply->deleteLater();
        --m_uploads;
        if (!reply->error().ok()) {
            qCWarning(lcDocuments)
                << "an upload was refused:" << reply->error().message << reply->error().requestId;
            emit uploadFinished(false, errorText(reply->error()));
            return;
        }
        emit uploadFinished(true, tr("The file was added. It appears in the list after the "
                                     "next sync."));
    });
}

QString DocumentOrderService::errorText(const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
    case Kind::Timeout:
        return tr("The server could not be reached. Check the connection and try again.");
    case Kind::Tls:
    case Kind::PinMismatch:
    case Kind::InsecureUrl:
        return tr("The server's certificate is not trusted, so nothing was sent.");
    case Kind::Http:
        if (error.status == 401)
            return tr("You are not signed in. Sign in and try again.");
        if (error.status == 413)
            return tr("The file is larger than 20 MiB.");
        if (error.status == 415 || error.status == 422)
            return tr("The server did not accept this request. Only PDF, PNG and JPEG files can "
                      "be added, and a year is needed for a 2-NDFL certificate.");
        if (error.status == 503)
            return tr("The server is busy. Try again in a few minutes.");
        return tr("The server refused the request (error %1).").arg(error.status);
    default:
        return tr("The request failed. Try again later.");
    }
}

} // namespace cp::ui
