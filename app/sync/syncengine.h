// Brings the local archive up to date with the profile server: the first
// sync fetches everything; later ones read the change feed from the stored
// cursor (one small request when nothing is new). Every record version is
// kept; documents are downloaded for offline use (resumable, SHA-256 checked,
// signature verified); decisions in the outbox are sent first. Progress,
// state changes and what changed for the citizen are signals that the GUI and
// the CLI both show. A sync can be cancelled; it never blocks its thread.
#pragma once

#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"
#include "net/apierror.h"
#include "support/coalescedcall.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace cp::net {
class ApiClient;
class ApiReply;
struct ApiRequest;
} // namespace cp::net

namespace cp::storage {
class ArchiveDatabase;
class ArchiveLoader;
class DocumentStore;
struct ArchivedDocument;
} // namespace cp::storage

namespace cp::sync {

class ConsentDecisionOutbox;
class DocumentDownloader;

// Documents downloaded at once: HTTP/1.1 over QNetworkAccessManager opens up
// to 6 connections a host; 4 leave room for the other requests of the app
// (their signatures among them, small answers asked for alongside).
constexpr int kParallelDownloads = 4;
// Downloaders: twice as many as transfers, so that while one checks and
// stores a document whose content is in (sync, signature check, rows), the
// next document's content is on its way already.
constexpr int kDownloaders = 2 * kParallelDownloads;
// Times a document download cut in the middle resumes before the sync fails.
constexpr int kDownloadRetries = 2;

struct SyncOptions
{
    bool downloadDocuments = true;
    qint64 offlineSizeCap = qint64(500) * 1024 * 1024; // all issued documents up to this total
    // How long one slice of a large answer may store before the event loop
    // gets the thread again (at least one entry a slice).
    int storeSliceMs = 8;
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Syncing,
        Offline,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    SyncEngine(net::ApiClient *client, storage::ArchiveDatabase *archive,
               storage::DocumentStore *files, ConsentDecisionOutbox *outbox,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const SyncOptions &options) { m_options = options; }
    // Asked to renew the access token after a 401; calls back with success.
    void setTokenRefresher(std::function<void(std::function<void(bool)>)> refresher);

    void sync();
    void cancel();
    State state() const { return m_state; }
    bool isFirstSync() const;

signals:
    void stateChanged(cp::sync::SyncEngine::State state);
    void progress(int itemsDone, int itemsTotal, qint64 bytesDone, qint64 bytesTotal);
    void finished(bool ok, const cp::net::ApiError &error);

    // What changed for the citizen.
    void consentRequestArrived(const cp::domain::ConsentRequest &request);
    void recordChanged(const cp::domain::Record &before, const cp::domain::Record &after,
                       const QStringList &changedFields);
    void documentArrived(const QString &documentId);
    void orderFulfilled(const QString &orderId);
    void consentExpiringSoon(const cp::domain::Consent &consent);

private:
    using Handler = std::function<void(net::ApiReply *)>;
    template<typename T>
    using Parser = std::optional<T> (*)(const QJsonObject &, domain::JsonError *);
    template<typename T>
    void fetchList(const QString &path, const QString &member, Parser<T> parse,
                   std::function<void(const T &)> store);
    template<typename T>
    void fetchOne(const QString &path, Parser<T> parse, std::function<void(const T &)> store);

    // Stores the entries of a large answer (ten thousand documents, pages of
    // the access log) a slice at a time: each slice one transaction of at
    // most a few milliseconds, the event loop runs between slices, and the
    // next request goes out after the last slice and `then`.
    void storeSliced(const QJsonArray &items, std::function<void(const QJsonValue &)> store,
                     std::function<void()> then = {});
    void storeNextSlice();

    void setState(State state);
    void enqueue(const net::ApiRequest &request, Handler handler, bool front = false);
    void runNext();
    void fail(const net::ApiError &error);
    void done();

    void planFirstSync();
    void planIncremental();
    void readFeedForCursor(const QString &cursor, bool front = false);
    void readFeed(const QString &cursor);
    void handleEvent(const QJsonObject &event);

    void fetchCitizen();
    void fetchRecords();
    void fetchRecordHistory(const QString &type, const QString &id);
    void fetchDocuments();
    void fetchDocument(const QString &id);
    void fetchRequests();
    void fetchRequest(const QString &id);
    void fetchConsents();
    void fetchConsent(const QString &id);
    void fetchAccessLog();
    void fetchOrders();
    void fetchOrder(const QString &id);
    void fetchTrustRoots();
    void storeDocumentInfo(const domain::DocumentInfo &info, bool announce);
    void storeRecordVersions(const QList<domain::Record> &versions);
    void storeRequest(const domain::ConsentRequest &request);
    void storeConsent(const domain::Consent &consent);
    void finishWithDownloads();
    void startDownloads(const QStringList &toFetch, qint64 total);
    // Starts the next documents of the list on idle downloaders while fewer
    // than kParallelDownloads contents are on their way.
    void downloadNext();
    void download(DocumentDownloader *downloader, const QString &id, int retries);
    void stopDownloads();
    // Fails the sync when a statement of the archive failed since it began,
    // when the server sent entries that were refused as malformed, or when a
    // document was refused (its checksum, its answer).
    bool archiveFailed();
    void malformed(const QString &what);
    void checkExpiringConsents();

    net::ApiClient *m_client;
    storage::ArchiveDatabase *m_archive;
    storage::DocumentStore *m_files;
    ConsentDecisionOutbox *m_outbox;
    QList<DocumentDownloader *> m_downloaders; // kDownloaders, made once
    SyncOptions m_options;
    std::function<void(std::function<void(bool)>)> m_refresher;

    struct Step
    {
        std::shared_ptr<net::ApiRequest> request;
        Handler handler;
        bool refreshed = false;
    };
    QList<Step> m_queue;
    struct Slices
    {
        QJsonArray items;
        qsizetype next = 0;
        std::function<void(const QJsonValue &)> store;
        std::function<void()> then;
    };
    std::optional<Slices> m_slices; // while set, the queue waits for them
    QTimer *m_sliceTimer;
    storage::ArchiveLoader *m_reader; // reads of the archive on a worker
    QPointer<net::ApiReply> m_current;
    State m_state = State::Idle;
    QString m_pendingCursor;
    QByteArray m_pendingFeedEtag;
    QSet<QString> m_fetched; // "kind:id" fetched in this sync
    int m_itemsDone = 0;
    int m_itemsTotal = 0;
    qint64 m_bytesDone = 0;     // document bytes received in this sync
    qint64 m_bytesTotal = 0;    // document bytes this sync downloads
    int m_failedStatements = 0; // ArchiveDatabase::failedStatements() when the sync began
    QString m_malformed;        // the first entry refused in this sync
    QString m_refusedDocument;  // why the first document refused in this sync was
    QStringList m_toDownload;   // documents this sync downloads, in order
    qsizetype m_nextDownload = 0;
    int m_downloadsRunning = 0;
    int m_transfers = 0;               // downloads whose content is on its way
    QSet<DocumentDownloader *> m_busy; // downloaders with a document
    // downloadNext() once a content is in: in the next turn, so that a
    // download resumed at once by its callback keeps its place.
    support::CoalescedCall m_nextDownloads{this, [this]() { downloadNext(); }};
    quint64 m_downloadRun = 0; // a callback of an earlier run's download is ignored
};

} // namespace cp::sync
