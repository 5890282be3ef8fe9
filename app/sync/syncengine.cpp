#include "sync/syncengine.h"

#include "net/apiclient.h"
#include "storage/archivedatabase.h"
#include "storage/archiveloader.h"
#include "storage/documentstore.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/documentdownloader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "cp.sync")

namespace cp::sync {
namespace {

const QString kCursor = QStringLiteral("feed_cursor");
const QString kFeedEtag = QStringLiteral("feed_etag");
const QString kAccessCursor = QStringLiteral("access_cursor");
const QString kLastSync = QStringLiteral("last_sync");

net::ApiRequest get(const QString &path, const QUrlQuery &query = {})
{
    net::ApiRequest r;
    r.path = path;
    r.query = query;
    r.retryable = true;
    return r;
}

} // namespace

SyncEngine::SyncEngine(net::ApiClient *client, storage::ArchiveDatabase *archive,
                       storage::DocumentStore *files, ConsentDecisionOutbox *outbox,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
    , m_files(files)
    , m_outbox(outbox)
    , m_sliceTimer(new QTimer(this))
    , m_reader(new storage::ArchiveLoader([archive]() { return archive; }, this))
{
    connect(m_reader, &storage::ArchiveLoader::failed, this, [this](const QString &why) {
        if (m_state != State::Syncing)
            return;
        qCWarning(lcSync) << "the documents to download could not be read:" << why;
        net::ApiError e;
        e.kind = net::ApiError::Kind::Storage;
        e.message = QStringLiteral("the archive could not be read");
        fail(e);
    });
    // One timer: a sync cancelled and begun again never has two slicers.
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &SyncEngine::storeNextSlice);
    for (int i = 0; i < kDownloaders; ++i) {
        auto *downloader = new DocumentDownloader(client, archive, files, this);
        connect(downloader, &DocumentDownloader::bytesReceived, this, [this](qint64 bytes) {
            m_bytesDone += bytes;
            emit progress(m_itemsDone, m_itemsTotal, m_bytesDone, m_bytesTotal);
        });
        connect(downloader, &DocumentDownloader::transferEnded, this, [this]() {
            --m_transfers;
            m_nextDownloads.request();
        });
        m_downloaders.append(downloader);
    }
}

SyncEngine::~SyncEngine()
{
    // A download cancelled by its destructor must not call back into a
    // half-destroyed engine.
    ++m_downloadRun;
    qDeleteAll(std::exchange(m_downloaders, {}));
}

void SyncEngine::setTokenRefresher(std::function<void(std::function<void(bool)>)> refresher)
{
    m_refresher = std::move(refresher);
}

bool SyncEngine::isFirstSync() const
{
    return m_archive->meta(kCursor).isEmpty();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::sync()
{
    if (m_state == State::Syncing)
        return;
    m_queue.clear();
    m_slices.reset();
    m_fetched.clear();
    m_itemsDone = 0;
    m_itemsTotal = 0;
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_failedStatements = storage::ArchiveDatabase::failedStatements();
    m_malformed.clear();
    m_refusedDocument.clear();
    setState(State::Syncing);
    // Decisions go first: they are what the citizen is waiting on.
    m_outbox->flush([this](bool ok, const net::ApiError &error) {
        if (m_state != State::Syncing)
            return;
        if (!ok && error.status == 401 && m_refresher) {
            m_refresher([this](bool refreshed) {
                if (!refreshed) {
                    net::ApiError e;
                    e.kind = net::ApiError::Kind::Http;
                    e.status = 401;
                    e.message = QStringLiteral("the sign-in has ended");
                    fail(e);
                    return;
                }
                m_outbox->flush();
                isFirstSync() ? planFirstSync() : planIncremental();
            });
            return;
        }
        if (!ok && (error.kind == net::ApiError::Kind::Network ||
                    error.kind == net::ApiError::Kind::Timeout)) {
            fail(error);
            return;
        }
        isFirstSync() ? planFirstSync() : planIncremental();
    });
}

void SyncEngine::cancel()
{
    if (m_state != State::Syncing)
        return;
    m_queue.clear();
    m_slices.reset();
    m_reader->cancel();
    // The state first: an aborted reply reports at once, and its handler must
    // see a cancelled sync, not a failed one.
    setState(State::Cancelled);
    if (m_current)
        m_current->abort();
    stopDownloads();
    net::ApiError e;
    e.kind = net::ApiError::Kind::Cancelled;
    e.message = QStringLiteral("the sync was cancelled");
    emit finished(false, e);
}

void SyncEngine::enqueue(const net::ApiRequest &request, Handler handler, bool front)
{
    Step step{std::make_shared<net::ApiRequest>(request), std::move(handler), false};
    if (front)
        m_queue.prepend(std::move(step));
    else
        m_queue.append(std::move(step));
    ++m_itemsTotal;
}

void SyncEngine::runNext()
{
    if (m_state != State::Syncing)
        return;
    if (m_queue.isEmpty()) {
        done();
        return;
    }
    Step step = m_queue.takeFirst();
    net::ApiReply *reply = m_client->send(*step.request);
    m_current = reply;
    connect(reply, &net::ApiReply::finished, this, [this, reply, step]() mutable {
        reply->deleteLater();
        m_current = nullptr;
        if (m_state != State::Syncing)
            return;
        if (reply->status() == 401 && !step.refreshed && m_refresher) {
            // Renew the token once, then the same step again.
            step.refreshed = true;
            m_refresher([this, step](bool ok) mutable {
                if (!ok) {
                    net::ApiError e;
                    e.kind = net::ApiError::Kind::Http;
                    e.status = 401;
                    e.message = QStringLiteral("the sign-in has ended");
                    fail(e);
                    return;
                }
                m_queue.prepend(step);
                runNext();
            });
            return;
        }
        if (!reply->error().ok() && reply->status() != 304 && reply->status() != 404) {
            fail(reply->error());
            return;
        }
        // Every answer but the trust roots (PEM) is one JSON object; anything
        // else (not JSON, invalid UTF-8, nested too deep, compressed) is refused.
        if (reply->status() >= 200 && reply->status() < 300 &&
            step.request->path != u"/api/v1/trust-roots" && !reply->isJsonObject()) {
            net::ApiError e = net::ApiError::make(net::ApiError::Kind::Protocol,
                                                  QStringLiteral("an answer is not a JSON object"),
                                                  reply->error().requestId);
            e.status = reply->status();
            fail(e);
            return;
        }
        ++m_itemsDone;
        emit progress(m_itemsDone, m_itemsTotal, m_bytesDone, m_bytesTotal);
        step.handler(reply);
        if (!m_slices)
            runNext();
    });
}

void SyncEngine::storeSliced(const QJsonArray &items, std::function<void(const QJsonValue &)> store,
                             std::function<void()> then)
{
    // Never inline: the handler that calls this returns first, and the queue
    // then waits for the slices.
    m_slices = Slices{items, 0, std::move(store), std::move(then)};
    m_sliceTimer->start();
}

void SyncEngine::storeNextSlice()
{
    if (!m_slices)
        return;
    if (m_state != State::Syncing) {
        m_slices.reset();
        return;
    }
    // A slice is well under the 50 ms a citizen would notice as a stall.
    const qint64 sliceMs = m_options.storeSliceMs;
    QElapsedTimer clock;
    clock.start();
    const bool inTransaction = m_archive->transaction();
    const qsizetype first = m_slices->next;
    while (m_slices->next < m_slices->items.size() &&
           (m_slices->next == first || clock.elapsed() < sliceMs))
        m_slices->store(m_slices->items.at(m_slices->next++));
    if (inTransaction)
        m_archive->commit();
    if (m_slices->next < m_slices->items.size()) {
        m_sliceTimer->start();
        return;
    }
    const std::function<void()> then = std::move(m_slices->then);
    m_slices.reset();
    if (then)
        then();
    runNext();
}

void SyncEngine::stopDownloads()
{
    m_toDownload.clear();
    m_nextDownload = 0;
    ++m_downloadRun; // what the aborted downloads report is not this sync's
    m_downloadsRunning = 0;
    for (DocumentDownloader *downloader : std::as_const(m_downloaders))
        downloader->cancel();
    m_transfers = 0;
    m_busy.clear();
}

void SyncEngine::fail(const net::ApiError &error)
{
    m_queue.clear();
    const bool offline =
        error.kind == net::ApiError::Kind::Network || error.kind == net::ApiError::Kind::Timeout;
    qCWarning(lcSync) << "the sync stopped:" << error.message;
    setState(offline ? State::Offline : State::Failed);
    stopDownloads(); // the other documents in flight stop too; their partials stay
    emit finished(false, error);
}

void SyncEngine::done()
{
    finishWithDownloads();
}

// --- planning ------------------------------------------------------------------

void SyncEngine::planFirstSync()
{
    qCInfo(lcSync) << "first sync";
    // Where the feed ends now: changes after this point come by the feed.
    readFeedForCursor(QString());
    fetchCitizen();
    fetchTrustRoots();
    fetchRecords();
    fetchDocuments();
    fetchRequests();
    fetchConsents();
    fetchAccessLog();
    fetchOrders();
    runNext();
}

void SyncEngine::planIncremental()
{
    readFeed(m_archive->meta(kCursor));
    runNext();
}

void SyncEngine::readFeedForCursor(const QString &cursor, bool front)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    enqueue(
        get(QStringLiteral("/api/v1/feed"), query),
        [this](net::ApiReply *reply) {
            const QJsonObject page = reply->json();
            m_pendingCursor = page.value(QStringLiteral("next_cursor")).toString();
            m_pendingFeedEtag = reply->header("ETag");
            // The next page before anything else, so the cursor marks the end of
            // the feed as it was when the full fetch began.
            if (page.value(QStringLiteral("has_more")).toBool())
                readFeedForCursor(m_pendingCursor, true);
        },
        front);
}

void SyncEngine::readFeed(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    net::ApiRequest request = get(QStringLiteral("/api/v1/feed"), query);
    const QByteArray etag = m_archive->meta(kFeedEtag).toLatin1();
    if (!etag.isEmpty())
        request.headers.append(qMakePair(QByteArray("If-None-Match"), etag));
    enqueue(request, [this, cursor, etag](net::ApiReply *reply) {
        if (reply->status() == 304) {
            // Nothing new: the cursor and the ETag stay as they are (the ETag
            // is stored again with the cursor; left empty, the next sync
            // would fetch the whole page again).
            m_pendingCursor = cursor;
            m_pendingFeedEtag = etag;
            return;
        }
        const QJsonObject page = reply->json();
        const QJsonArray events = page.value(QStringLiteral("events")).toArray();
        for (const QJsonValue &event : events)
            handleEvent(event.toObject());
        m_pendingCursor = page.value(QStringLiteral("next_cursor")).toString();
        m_pendingFeedEtag = reply->header("ETag");
        if (page.value(QStringLiteral("has_more")).toBool())
            readFeed(m_pendingCursor);
    });
}

void SyncEngine::handleEvent(const QJsonObject &event)
{
    const QString kind = event.value(QStringLiteral("kind")).toString();
    auto once = [this](const QString &key) {
        if (m_fetched.contains(key))
            return false;
        m_fetched.insert(key);
        return true;
    };
    if (kind == u"record_changed") {
        const QString id = event.value(QStringLiteral("record_id")).toString();
        if (once(u"record:" + id))
            fetchRecordHistory(event.value(QStringLiteral("record_type")).toString(), id);
    } else if (kind == u"document_added") {
        const QString id = event.value(QStringLiteral("document_id")).toString();
        if (once(u"document:" + id))
            fetchDocument(id);
    } else if (kind == u"order_fulfilled") {
        const QString id = event.value(QStringLiteral("order_id")).toString();
        if (once(u"order:" + id))
            fetchOrder(id);
    } else if (kind == u"consent_request_changed") {
        const QString id = event.value(QStringLiteral("request_id")).toString();
        if (once(u"request:" + id))
            fetchRequest(id);
    } else if (kind == u"consent_changed") {
        const QString id = event.value(QStringLiteral("consent_id")).toString();
        if (once(u"consent:" + id))
            fetchConsent(id);
    } else if (kind == u"access_event") {
        if (once(QStringLiteral("access-log")))
            fetchAccessLog();
    }
    // Unknown kinds come from a newer server: skipped, the cursor moves on.
}

// --- fetching ------------------------------------------------------------------

// One list (GET path → {member: [...]}) or one object, each entry read by
// the domain and handed to `store`; a malformed entry is skipped and logged.
template<typename T>
void SyncEngine::fetchList(const QString &path, const QString &member, Parser<T> parse,
                           std::function<void(const T &)> store)
{
    enqueue(get(path), [this, member, parse, store](net::ApiReply *reply) {
        const QJsonValue list = reply->json().value(member);
        if (!list.isArray())
            malformed(member + QStringLiteral(": not a list"));
        storeSliced(list.toArray(), [this, member, parse, store](const QJsonValue &v) {
            domain::JsonError error;
            if (auto item = parse(v.toObject(), &error))
                store(*item);
            else
                malformed(member + QStringLiteral(": ") + error.toString());
        });
    });
}

template<typename T>
void SyncEngine::fetchOne(const QString &path, Parser<T> parse,
                          std::function<void(const T &)> store)
{
    enqueue(get(path), [this, parse, store](net::ApiReply *reply) {
        domain::JsonError error;
        if (auto item = parse(reply->json(), &error))
            store(*item);
        else
            malformed(error.toString());
    });
}

void SyncEngine::fetchCitizen()
{
    enqueue(get(QStringLiteral("/api/v1/me")), [this](net::ApiReply *reply) {
        domain::JsonError error;
        if (auto c = domain::citizenFromJson(reply->json(), &error))
            m_archive->setCitizen(*c);
        else
            malformed(QStringLiteral("me: ") + error.toString());
    });
}

void SyncEngine::fetchTrustRoots()
{
    enqueue(get(QStringLiteral("/api/v1/trust-roots")), [this](net::ApiReply *reply) {
        if (reply->body().contains("-----BEGIN CERTIFICATE-----"))
            m_archive->setMeta(QStringLiteral("trust_roots"), QString::fromLatin1(reply->body()));
    });
}

void SyncEngine::storeRecordVersions(const QList<domain::Record> &versions)
{
    if (versions.isEmpty())
        return;
    const QList<domain::Record> before = m_archive->history(versions.last().id);
    bool added = false;
    for (const domain::Record &r : versions)
        added = m_archive->putRecordVersion(r) || added;
    if (added && !before.isEmpty() && before.last().version < versions.last().version) {
        const QStringList changed = domain::changedFields(before.last(), versions.last());
        m_archive->addTimelineEntry(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("record_changed")},
                        {QStringLiteral("at"), domain::toJsonDateTime(versions.last().updatedAt)},
                        {QStringLiteral("record_type"), versions.last().type},
                        {QStringLiteral("record_id"), versions.last().id},
                        {QStringLiteral("version"), versions.last().version}});
        emit recordChanged(before.last(), versions.last(), changed);
    }
}

void SyncEngine::fetchRecords()
{
    enqueue(get(QStringLiteral("/api/v1/records")), [this](net::ApiReply *reply) {
        const QJsonValue list = reply->json().value(QStringLiteral("records"));
        if (!list.isArray())
            malformed(QStringLiteral("records: not a list"));
        for (const QJsonValue &v : list.toArray()) {
            domain::JsonError error;
            const auto r = domain::recordFromJson(v.toObject(), &error);
            if (!r) {
                malformed(QStringLiteral("records: ") + error.toString());
                continue;
            }
            // Earlier versions come from the record's history.
            if (r->version > 1)
                fetchRecordHistory(r->type, r->id);
            else
                storeRecordVersions({*r});
        }
    });
}

void SyncEngine::fetchRecordHistory(const QString &type, const QString &id)
{
    enqueue(get(QStringLiteral("/api/v1/records/%1/%2/history").arg(type, id)),
            [this](net::ApiReply *reply) {
                QList<domain::Record> versions;
                for (const QJsonValue &v :
                     reply->json().value(QStringLiteral("versions")).toArray()) {
                    domain::JsonError error;
                    if (auto r = domain::recordFromJson(v.toObject(), &error))
                        versions.append(*r);
                    else
                        malformed(QStringLiteral("versions: ") + error.toString());
                }
                storeRecordVersions(versions);
            });
}

void SyncEngine::storeDocumentInfo(const domain::DocumentInfo &info, bool announce)
{
    std::optional<storage::ArchivedDocument> existing = m_archive->document(info.id);
    storage::ArchivedDocument doc = existing.value_or(storage::ArchivedDocument{});
    const bool isNew = !existing;
    const bool changed = existing && existing->info.sha256 != info.sha256;
    doc.info = info;
    if (isNew || changed) {
        if (changed) {
            m_files->remove(doc.fileName);
            m_archive->removeDocumentSignature(doc.fileName);
        }
        doc.fileName = storage::DocumentStore::newFileName();
        doc.state = QStringLiteral("none");
        doc.etag.clear();
        doc.signatureState = info.hasSignature ? QStringLiteral("unchecked") : QString();
        doc.keepOffline = info.origin == domain::DocumentOrigin::Issued;
    }
    m_archive->putDocument(doc);
    if (isNew && announce) {
        m_archive->addTimelineEntry(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("document_added")},
                        {QStringLiteral("at"), domain::toJsonDateTime(info.issuedAt)},
                        {QStringLiteral("document_id"), info.id}});
        emit documentArrived(info.id);
    }
}

void SyncEngine::fetchDocuments()
{
    fetchList<domain::DocumentInfo>(
        QStringLiteral("/api/v1/documents"), QStringLiteral("documents"),
        &domain::documentInfoFromJson,
        [this](const domain::DocumentInfo &d) { storeDocumentInfo(d, false); });
}

void SyncEngine::fetchDocument(const QString &id)
{
    fetchOne<domain::DocumentInfo>(
        QStringLiteral("/api/v1/documents/") + id, &domain::documentInfoFromJson,
        [this](const domain::DocumentInfo &d) { storeDocumentInfo(d, true); });
}

void SyncEngine::storeRequest(const domain::ConsentRequest &request)
{
    const auto before = m_archive->request(request.id);
    m_archive->putRequest(request);
    if (request.state == domain::RequestState::Pending &&
        (!before || before->state != request.state)) {
        m_archive->addTimelineEntry(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("consent_request_added")},
                        {QStringLiteral("at"), domain::toJsonDateTime(request.requestedAt)},
                        {QStringLiteral("request_id"), request.id}});
        emit consentRequestArrived(request);
    }
}

void SyncEngine::fetchRequests()
{
    fetchList<domain::ConsentRequest>(QStringLiteral("/api/v1/consent-requests"),
                                      QStringLiteral("requests"), &domain::consentRequestFromJson,
                                      [this](const domain::ConsentRequest &r) { storeRequest(r); });
}

void SyncEngine::fetchRequest(const QString &id)
{
    fetchOne<domain::ConsentRequest>(QStringLiteral("/api/v1/consent-requests/") + id,
                                     &domain::consentRequestFromJson,
                                     [this](const domain::ConsentRequest &r) { storeRequest(r); });
}

void SyncEngine::storeConsent(const domain::Consent &consent)
{
    m_archive->putConsent(consent);
}

void SyncEngine::fetchConsents()
{
    fetchList<domain::Consent>(QStringLiteral("/api/v1/consents"), QStringLiteral("consents"),
                               &domain::consentFromJson,
                               [this](const domain::Consent &c) { storeConsent(c); });
}

void SyncEngine::fetchConsent(const QString &id)
{
    fetchOne<domain::Consent>(QStringLiteral("/api/v1/consents/") + id, &domain::consentFromJson,
                              [this](const domain::Consent &c) { storeConsent(c); });
}

void SyncEngine::fetchAccessLog()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    const QString cursor = m_archive->meta(kAccessCursor);
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    enqueue(get(QStringLiteral("/api/v1/access-log"), query), [this](net::ApiReply *reply) {
        const QJsonObject page = reply->json();
        storeSliced(
            page.value(QStringLiteral("events")).toArray(),
            [this](const QJsonValue &v) {
                domain::JsonError error;
                if (auto e = domain::accessEventFromJson(v.toObject(), &error))
                    m_archive->putAccessEvent(*e);
                else
                    malformed(QStringLiteral("access log: ") + error.toString());
            },
            [this, page]() {
                m_archive->setMeta(kAccessCursor,
                                   page.value(QStringLiteral("next_cursor")).toString());
                if (page.value(QStringLiteral("has_more")).toBool())
                    fetchAccessLog();
            });
    });
}

void SyncEngine::fetchOrders()
{
    enqueue(get(QStringLiteral("/api/v1/orders")), [this](net::ApiReply *reply) {
        for (const QJsonValue &v : reply->json().value(QStringLiteral("orders")).toArray())
            m_archive->putOrder(v.toObject());
    });
}

void SyncEngine::fetchOrder(const QString &id)
{
    enqueue(get(QStringLiteral("/api/v1/orders/") + id), [this](net::ApiReply *reply) {
        const QJsonObject order = reply->json();
        if (order.value(QStringLiteral("id")).toString().isEmpty())
            return;
        m_archive->putOrder(order);
        if (order.value(QStringLiteral("state")).toString() != u"pending") {
            m_archive->addTimelineEntry(
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("order_fulfilled")},
                            {QStringLiteral("at"), order.value(QStringLiteral("fulfilled_at"))},
                            {QStringLiteral("order_id"), order.value(QStringLiteral("id"))}});
            emit orderFulfilled(order.value(QStringLiteral("id")).toString());
        }
    });
}

// --- the end of a sync -----------------------------------------------------------

bool SyncEngine::archiveFailed()
{
    net::ApiError e;
    if (storage::ArchiveDatabase::failedStatements() != m_failedStatements) {
        e.kind = net::ApiError::Kind::Storage;
        e.message = QStringLiteral("the archive could not be written");
    } else if (!m_refusedDocument.isEmpty()) {
        e.kind = net::ApiError::Kind::Protocol;
        e.message = QStringLiteral("a document was refused (") + m_refusedDocument + u')';
    } else if (!m_malformed.isEmpty()) {
        // What could be read is stored; the cursor stays, so the next sync
        // asks again.
        e.kind = net::ApiError::Kind::Protocol;
        e.message =
            QStringLiteral("the server sent entries that cannot be read (") + m_malformed + u')';
    } else {
        return false;
    }
    fail(e);
    return true;
}

void SyncEngine::malformed(const QString &what)
{
    qCWarning(lcSync) << "a malformed answer was refused:" << what;
    if (m_malformed.isEmpty())
        m_malformed = what;
}

void SyncEngine::finishWithDownloads()
{
    // The cursor moves only once everything it covers is stored.
    if (archiveFailed())
        return;
    if (!m_pendingCursor.isEmpty()) {
        m_archive->setMeta(kCursor, m_pendingCursor);
        m_archive->setMeta(kFeedEtag, QString::fromLatin1(m_pendingFeedEtag));
    }
    m_archive->setMeta(kLastSync, domain::toJsonDateTime(QDateTime::currentDateTimeUtc()));
    checkExpiringConsents();

    if (!m_options.downloadDocuments) {
        if (archiveFailed())
            return;
        setState(State::Idle);
        emit finished(true, {});
        return;
    }
    // Issued documents for offline use, up to the size cap, oldest first:
    // the list is thousands of sealed rows in a large archive, read on a
    // worker so that this thread goes on.
    struct ToFetch
    {
        QStringList ids;
        qint64 total = 0;
    };
    const qint64 cap = m_options.offlineSizeCap;
    m_reader->load<ToFetch>(
        [cap](const storage::ArchiveDatabase &archive) {
            ToFetch plan;
            for (const storage::ArchivedDocument &d : archive.documents()) {
                if (d.state == u"complete" || !d.keepOffline)
                    continue;
                if (plan.total + d.info.size > cap)
                    continue;
                plan.total += d.info.size;
                plan.ids.append(d.info.id);
            }
            return plan;
        },
        [this](ToFetch plan) {
            if (m_state == State::Syncing)
                startDownloads(plan.ids, plan.total);
        });
}

void SyncEngine::startDownloads(const QStringList &toFetch, qint64 total)
{
    m_itemsTotal += toFetch.size();
    m_bytesTotal = total;
    if (toFetch.isEmpty()) {
        if (archiveFailed())
            return;
        setState(State::Idle);
        emit finished(true, {});
        return;
    }
    // kParallelDownloads contents on their way at once; a downloader whose
    // content is in checks and stores it while an idle one takes the next
    // document of the list. No closure holds itself: the list and the
    // counters are members, and a run's callbacks carry its number (the leak
    // of a self-holding chain, 64b24c8, cannot come back).
    stopDownloads();
    m_toDownload = toFetch;
    downloadNext();
}

void SyncEngine::downloadNext()
{
    while (m_state == State::Syncing && m_transfers < kParallelDownloads &&
           m_nextDownload < m_toDownload.size()) {
        const auto idle = std::find_if(
            m_downloaders.cbegin(), m_downloaders.cend(),
            [this](DocumentDownloader *downloader) { return !m_busy.contains(downloader); });
        if (idle == m_downloaders.cend())
            return;
        ++m_downloadsRunning;
        download(*idle, m_toDownload.at(m_nextDownload++), 0);
    }
}

void SyncEngine::download(DocumentDownloader *downloader, const QString &id, int retries)
{
    const quint64 run = m_downloadRun;
    // Counted before it starts: a download may end inside the call.
    ++m_transfers;
    m_busy.insert(downloader);
    downloader->download(
        id, [this, downloader, id, retries, run](bool ok, const net::ApiError &error) {
            if (run != m_downloadRun || m_state != State::Syncing)
                return; // stopped: the sync has reported already
            // A connection lost in the middle of a document that was arriving
            // (an idle connection of the pool may be a dead one, more likely with
            // several at once) resumes from the partial on a fresh attempt; a
            // server that does not answer at all still ends the sync at once.
            if (!ok && error.kind == net::ApiError::Kind::Network &&
                downloader->receivedInLastAttempt() && retries < kDownloadRetries) {
                qCInfo(lcSync) << "a document download was cut; it resumes";
                download(downloader, id, retries + 1);
                return;
            }
            --m_downloadsRunning;
            m_busy.remove(downloader);
            // A full disk stops the sync too: the next documents would not fit either.
            if (!ok && (error.kind == net::ApiError::Kind::Network ||
                        error.kind == net::ApiError::Kind::Timeout ||
                        error.kind == net::ApiError::Kind::Storage ||
                        error.kind == net::ApiError::Kind::Cancelled)) {
                fail(error);
                return;
            }
            // A document refused (wrong checksum, an answer that cannot be
            // read) is not kept; the others still come, then the sync says so.
            if (!ok && m_refusedDocument.isEmpty())
                m_refusedDocument = error.message;
            ++m_itemsDone;
            emit progress(m_itemsDone, m_itemsTotal, m_bytesDone, m_bytesTotal);
            downloadNext();
            if (m_downloadsRunning == 0 && m_state == State::Syncing) {
                m_toDownload.clear();
                if (archiveFailed())
                    return;
                setState(State::Idle);
                emit finished(true, {});
            }
        });
}

void SyncEngine::checkExpiringConsents()
{
    const QDate soon = QDate::currentDate().addDays(7);
    for (const domain::Consent &c : m_archive->consents()) {
        if (c.state == domain::ConsentState::Active && c.validUntil <= soon)
            emit consentExpiringSoon(c);
    }
}

} // namespace cp::sync
