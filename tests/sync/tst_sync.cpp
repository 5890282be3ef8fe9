// The sync engine against the real profile-server over TLS, into a real
// encrypted SQLite archive: first and incremental sync (one request when
// nothing is new), every record version kept, documents downloaded with their
// SHA-256 and signature checked, a download resumed after a cut, decisions
// through the outbox across a restart and a 503 storm (never lost, never
// doubled), offline reading, and no plaintext of the citizen anywhere in the
// data folder.
#include "net/apiclient.h"
#include "serverfixture.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/syncengine.h"
#include "syncclient.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace cp;
using namespace cp::testing;

namespace {

using Client = cp::testing::SyncClient;

// The client's log of finished requests ("GET <path> <status> in <n> ms, …"),
// each with the moment it was written, while it is installed.
class RequestLog
{
public:
    struct Entry
    {
        QString path;
        qint64 finishedAt = 0; // ms on the log's clock
        qint64 tookMs = 0;
    };

    RequestLog()
    {
        s_log = this;
        m_clock.start();
        // The tests' logging rules switch debug output off; cp.net's is
        // switched on here whatever they say.
        m_previousFilter = QLoggingCategory::installFilter(&RequestLog::filter);
        m_previous = qInstallMessageHandler(&RequestLog::handle);
    }
    ~RequestLog()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::installFilter(m_previousFilter);
        s_log = nullptr;
    }
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    const QList<Entry> &entries() const { return m_entries; }

private:
    static void filter(QLoggingCategory *category)
    {
        if (s_log && s_log->m_previousFilter)
            s_log->m_previousFilter(category);
        if (qstrcmp(category->categoryName(), "cp.net") == 0)
            category->setEnabled(QtDebugMsg, true);
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        static const QRegularExpression finished(QStringLiteral("^GET (\\S+) 200 in (\\d+) ms,"));
        const QRegularExpressionMatch m = finished.match(message);
        if (s_log && m.hasMatch() && qstrcmp(context.category, "cp.net") == 0) {
            s_log->m_entries.append(
                {m.captured(1), s_log->m_clock.elapsed(), m.captured(2).toLongLong()});
            return;
        }
        if (s_log && s_log->m_previous)
            s_log->m_previous(type, context, message);
    }

    static inline RequestLog *s_log = nullptr;
    QElapsedTimer m_clock;
    QtMessageHandler m_previous = nullptr;
    QLoggingCategory::CategoryFilter m_previousFilter = nullptr;
    QList<Entry> m_entries;
};

// The largest number of the intervals [start, end) (ms) open at one moment;
// intervals that touch within `slack` ms do not count as overlapping (the
// log's times are whole milliseconds).
int mostAtOnce(QList<QPair<qint64, qint64>> intervals, qint64 slack)
{
    QList<QPair<qint64, int>> edges;
    for (const auto &[start, end] : intervals) {
        edges.append({start + slack, +1});
        edges.append({end, -1});
    }
    std::sort(edges.begin(), edges.end()); // at one moment, ends (-1) first
    int open = 0;
    int most = 0;
    for (const auto &edge : edges)
        most = std::max(most, open += edge.second);
    return most;
}

// Every file below `dir`, whole.
QList<QPair<QString, QByteArray>> allFiles(const QString &dir)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            files.append({f.fileName(), f.readAll()});
    }
    return files;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSync();
    void nothingNewIsOneRequest();
    void incrementalSyncSeesChanges();
    void noPlaintextOnDisk();
    void decisionsThroughOutboxAcrossRestartAnd503();
    void downloadResumesAfterCut();
    void offlineReading();
    void quarantinedArchiveIsRebuiltBySync();
    void syncCanBeCancelled();
    void largeAnswersAreStoredInSlices();
    void signatureIsAskedForWithTheContent();
    void contentsGoOnWhileSignaturesAreAwaited();

private:
    QString searchValue(const QString &type, const QString &field);
    // A sync with the server's test fault `fault` set to `ms` meanwhile:
    // the client's log of its requests; nullopt when the sync fails.
    std::optional<QList<RequestLog::Entry>> syncLogged(Client &client, const QString &fault,
                                                       int ms);

    ServerFixture m_server;
    QTemporaryDir m_dir;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QString m_token;
    QJsonArray m_serverRecords;
};

void TestSync::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--order-delay-ms"), QStringLiteral("200")}, &error),
             qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    m_serverRecords =
        m_server.get(QStringLiteral("/api/v1/records"), m_token).json().value(u"records").toArray();
    QCOMPARE(m_serverRecords.size() > 30, true);
}

QString TestSync::searchValue(const QString &type, const QString &field)
{
    for (const QJsonValue &v : m_serverRecords) {
        const QJsonObject r = v.toObject();
        if (r.value(u"type").toString() == type) {
            const QJsonValue value = r.value(u"fields").toObject().value(field);
            return value.isString() ? value.toString() : QString::number(value.toInteger());
        }
    }
    return {};
}

void TestSync::firstSync()
{
    Client client(m_server, m_dir.filePath(QStringLiteral("a")), m_key, m_token);
    QCOMPARE(client.opened, storage::ArchiveDatabase::OpenResult::Created);
    QVERIFY(client.engine->isFirstSync());
    QSignalSpy requests(client.engine.get(), &sync::SyncEngine::consentRequestArrived);
    QSignalSpy progress(client.engine.get(), &sync::SyncEngine::progress);
    net::ApiError error;
    QVERIFY2(client.syncOnce(&error), qPrintable(error.message));
    QVERIFY(!client.engine->isFirstSync());

    // Every record of the server, with every version of the changed ones.
    const QList<domain::Record> records = client.archive.latestRecords();
    QCOMPARE(records.size(), m_serverRecords.size());
    QSet<QString> types;
    for (const domain::Record &r : records)
        types.insert(r.type);
    QCOMPARE(types.size(), 30);
    const QList<domain::Record> addressHistory =
        client.archive.history(QStringLiteral("rec-addresses"));
    QCOMPARE(addressHistory.size(), 2);
    QVERIFY(!domain::changedFields(addressHistory.at(0), addressHistory.at(1)).isEmpty());

    // Documents downloaded, checked and signature-verified.
    const QList<storage::ArchivedDocument> documents = client.archive.documents();
    QCOMPARE(documents.size(), 18);
    for (const storage::ArchivedDocument &d : documents) {
        QCOMPARE(d.state, QStringLiteral("complete"));
        QCOMPARE(d.signatureState, QStringLiteral("valid"));
        QVERIFY(!d.signer.isEmpty());
        QVERIFY(d.signingTime.isValid());
        QString readError;
        const auto content = client.files.content(d.fileName, &readError);
        QVERIFY2(content, qPrintable(readError));
        QCOMPARE(QCryptographicHash::hash(*content, QCryptographicHash::Sha256), d.info.sha256);
        QVERIFY(!d.fileName.contains(d.info.id)); // named by us, not by the server
        // The signature is kept in the archive, no longer in a file of its own.
        const auto signature = client.archive.documentSignature(d.fileName);
        QVERIFY(signature && signature->size() > 100);
        QVERIFY(!QFile::exists(client.files.signaturePath(d.fileName)));
    }
    QVERIFY(
        QDir(client.files.folder()).entryList({QStringLiteral("*.sig*")}, QDir::Files).isEmpty());

    QCOMPARE(client.archive.requests().size(), 9);
    QCOMPARE(client.archive.consents().size(), 3);
    QCOMPARE(client.archive.accessLog().size(), 12);
    QCOMPARE(requests.size(), 3); // the three pending requests
    // Progress in items and bytes: the last report counts everything.
    QVERIFY(progress.size() > 18);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), last.at(1).toInt());
    qint64 bytes = 0;
    for (const storage::ArchivedDocument &d : documents)
        bytes += d.info.size;
    QCOMPARE(last.at(3).toLongLong(), bytes);
    QCOMPARE(last.at(2).toLongLong(), bytes);
    QVERIFY(client.archive.citizen().has_value());
    QCOMPARE(client.archive.integrityCheck(), QStringLiteral("ok"));
}

void TestSync::nothingNewIsOneRequest()
{
    // Twice, each with an engine of its own (as each run of the CLI has): a
    // sync that found nothing new keeps the feed's ETag for the next one.
    for (int round = 0; round < 2; ++round) {
        Client client(m_server, m_dir.filePath(QStringLiteral("a")), m_key, m_token);
        QCOMPARE(client.opened, storage::ArchiveDatabase::OpenResult::Opened);
        const qsizetype before = m_server.output().count("cp.server.http");
        const qsizetype notModified = m_server.output().count(" 304 ");
        QVERIFY(client.syncOnce());
        QTRY_COMPARE(m_server.output().count("cp.server.http") - before, qsizetype(1));
        QTRY_COMPARE(m_server.output().count(" 304 ") - notModified, qsizetype(1));
    }
}

void TestSync::incrementalSyncSeesChanges()
{
    Client client(m_server, m_dir.filePath(QStringLiteral("a")), m_key, m_token);
    QSignalSpy arrived(client.engine.get(), &sync::SyncEngine::documentArrived);
    QSignalSpy fulfilled(client.engine.get(), &sync::SyncEngine::orderFulfilled);
    // An order on the server; once it is fulfilled, the feed says so.
    const Reply order = m_server.postJson(QStringLiteral("/api/v1/orders"),
                                          {{u"kind"_qs, u"pension_account_statement"_qs}}, m_token,
                                          {{"Idempotency-Key", "sync-order-000001"}});
    QCOMPARE(order.status, 202);
    const QString orderId = order.json().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.get(QStringLiteral("/api/v1/orders/") + orderId, m_token)
                                  .json()
                                  .value(u"state")
                                  .toString(),
                              QStringLiteral("fulfilled"), 20000);
    QVERIFY(client.syncOnce());
    QCOMPARE(fulfilled.size(), 1);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(client.archive.documents().size(), 19);
    const auto doc = client.archive.document(arrived.first().at(0).toString());
    QVERIFY(doc);
    QCOMPARE(doc->state, QStringLiteral("complete"));
    QCOMPARE(doc->signatureState, QStringLiteral("valid"));
}

void TestSync::noPlaintextOnDisk()
{
    // With the archive open, so that its WAL and SHM files exist too.
    Client open(m_server, m_dir.filePath(QStringLiteral("a")), m_key, m_token);
    QVERIFY(open.syncOnce());
    const QStringList secrets{
        searchValue(QStringLiteral("id_doc"), QStringLiteral("number")),
        searchValue(QStringLiteral("snils"), QStringLiteral("number")),
        searchValue(QStringLiteral("inn"), QStringLiteral("number")),
        searchValue(QStringLiteral("addresses"), QStringLiteral("full_address")),
        searchValue(QStringLiteral("ndfl_person"), QStringLiteral("total_income")),
        QStringLiteral("Кольцова"),
    };
    int checked = 0;
    for (const QString &secret : secrets) {
        QVERIFY2(secret.size() >= 6,
                 qPrintable(u"a search value is too short to mean anything: "_qs + secret));
        for (const auto &[path, bytes] : allFiles(m_dir.path())) {
            // The value as UTF-8, and as UTF-16 in case anything wrote QStrings raw.
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                secret.size() * 2)),
                     qPrintable(path));
            ++checked;
        }
    }
    QVERIFY(checked > 6 * 20); // the archive, its WAL and SHM and the document files were read
    const auto files = allFiles(m_dir.path());
    QVERIFY(std::any_of(files.begin(), files.end(),
                        [](const auto &f) { return f.first.endsWith(u"-wal"); }));
}

void TestSync::decisionsThroughOutboxAcrossRestartAnd503()
{
    const QString dir = m_dir.filePath(QStringLiteral("a"));
    QString pendingId;
    {
        Client client(m_server, dir, m_key, m_token);
        for (const domain::ConsentRequest &r : client.archive.requests()) {
            if (r.state == domain::RequestState::Pending &&
                domain::TrustLevels::minimumLevel(r.operation) != domain::TrustLevel::High) {
                pendingId = r.id;
                break;
            }
        }
        QVERIFY(!pendingId.isEmpty());
        // The server answers 503 for a while: the decision is stored, not sent.
        QVERIFY(m_server.setFaults({{u"unavailable_next"_qs, 100}, {u"retry_after"_qs, 0}}));
        QSignalSpy flushed(client.outbox.get(), &sync::ConsentDecisionOutbox::changed);
        client.outbox->grant(pendingId, {});
        QTRY_VERIFY_WITH_TIMEOUT(!client.outbox->isFlushing(), 60000);
        QCOMPARE(client.outbox->waiting().size(), 1);
        QVERIFY(client.outbox->waiting().first().attempts >= 1);
    } // the app stops here with the decision waiting
    QVERIFY(m_server.setFaults({{u"unavailable_next"_qs, 0}}));

    Client restarted(m_server, dir, m_key, m_token);
    QCOMPARE(restarted.outbox->waiting().size(), 1);
    const QString key = restarted.outbox->waiting().first().idempotencyKey;
    QVERIFY(restarted.syncOnce());
    QVERIFY(restarted.outbox->waiting().isEmpty());
    const QList<storage::OutboxEntry> settled =
        restarted.archive.decisions(QStringLiteral("acknowledged"));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.first().idempotencyKey, key);
    // Exactly one consent came of it on the server.
    int consentsOfRequest = 0;
    for (const QJsonValue &c : m_server.get(QStringLiteral("/api/v1/consents"), m_token)
                                   .json()
                                   .value(u"consents")
                                   .toArray())
        consentsOfRequest += c.toObject().value(u"request_id").toString() == pendingId;
    QCOMPARE(consentsOfRequest, 1);
    QCOMPARE(restarted.archive.request(pendingId)->state, domain::RequestState::Granted);
    // Sending the same decision again with its key changes nothing.
    const Reply replay = m_server.postJson(
        QStringLiteral("/api/v1/consent-requests/%1/grant").arg(pendingId),
        {{u"optional_records"_qs, QJsonArray()}}, m_token, {{"Idempotency-Key", key.toLatin1()}});
    QCOMPARE(replay.header("Idempotency-Replayed"), QByteArray("true"));
}

void TestSync::downloadResumesAfterCut()
{
    const QString dir = m_dir.filePath(QStringLiteral("b"));
    QVERIFY(m_server.setFaults({{u"cut_after_bytes"_qs, 3000}}));
    {
        Client client(m_server, dir, m_key, m_token);
        net::ApiError error;
        QVERIFY(!client.syncOnce(&error)); // the first download is cut
        bool partial = false;
        for (const storage::ArchivedDocument &d : client.archive.documents())
            partial = partial || d.state == u"partial";
        QVERIFY(partial);
    }
    QVERIFY(m_server.setFaults({{u"cut_after_bytes"_qs, -1}}));
    Client client(m_server, dir, m_key, m_token);
    QVERIFY(client.syncOnce());
    for (const storage::ArchivedDocument &d : client.archive.documents()) {
        QCOMPARE(d.state, QStringLiteral("complete"));
        QString error;
        const auto content = client.files.content(d.fileName, &error);
        QVERIFY(content);
        QCOMPARE(QCryptographicHash::hash(*content, QCryptographicHash::Sha256), d.info.sha256);
    }
}

void TestSync::offlineReading()
{
    const QString dir = m_dir.filePath(QStringLiteral("a"));
    m_server.stop();
    Client client(m_server, dir, m_key, m_token);
    QCOMPARE(client.opened, storage::ArchiveDatabase::OpenResult::Opened);
    QCOMPARE(client.archive.latestRecords().size(), m_serverRecords.size());
    const auto documents = client.archive.documents();
    QString error;
    QVERIFY(client.files.content(documents.first().fileName, &error).has_value());
    net::ApiError syncError;
    QVERIFY(!client.syncOnce(&syncError));
    QCOMPARE(client.engine->state(), sync::SyncEngine::State::Offline);
    // A decision made offline waits.
    client.outbox->revoke(QStringLiteral("con-0003"));
    QTRY_VERIFY(!client.outbox->isFlushing());
    QCOMPARE(client.outbox->waiting().size(), 1);
    QVERIFY(m_server.restart());
}

void TestSync::quarantinedArchiveIsRebuiltBySync()
{
    const QString dir = m_dir.filePath(QStringLiteral("c"));
    {
        Client client(m_server, dir, m_key, m_token);
        QVERIFY(client.syncOnce());
    }
    // The database file damaged (half of it gone).
    QFile file(dir + QStringLiteral("/archive.sqlite"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();

    Client client(m_server, dir, m_key, m_token);
    QCOMPARE(client.opened, storage::ArchiveDatabase::OpenResult::Quarantined);
    QVERIFY(client.archive.latestRecords().isEmpty());
    QVERIFY(client.engine->isFirstSync());
    QVERIFY(client.syncOnce());
    QCOMPARE(client.archive.latestRecords().size(), m_serverRecords.size());
    QCOMPARE(client.archive.documents().size(), 19);
}

void TestSync::syncCanBeCancelled()
{
    // Slow answers, so that the sync is surely under way when it is cancelled.
    QVERIFY(m_server.setFaults({{u"latency_ms"_qs, 300}}));
    Client client(m_server, m_dir.filePath(QStringLiteral("d")), m_key, m_token);
    QSignalSpy finished(client.engine.get(), &sync::SyncEngine::finished);
    client.engine->sync();
    QCOMPARE(client.engine->state(), sync::SyncEngine::State::Syncing);
    QTest::qWait(100);
    client.engine->cancel();
    QCOMPARE(client.engine->state(), sync::SyncEngine::State::Cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).value<net::ApiError>().kind, net::ApiError::Kind::Cancelled);
    QVERIFY(client.engine->isFirstSync()); // the cursor did not move
    QVERIFY(m_server.setFaults({{u"latency_ms"_qs, 0}}));
    // A later sync completes from where things are.
    QVERIFY(client.syncOnce());
    QCOMPARE(client.archive.latestRecords().size(), m_serverRecords.size());
}

void TestSync::largeAnswersAreStoredInSlices()
{
    // A slice of one entry: between two entries of one answer (the access
    // log's page of 12 events), the event loop runs — here a probe that
    // counts the stored events each time it gets the thread.
    Client client(m_server, m_dir.filePath(QStringLiteral("sliced")), m_key, m_token);
    sync::SyncOptions options;
    options.storeSliceMs = 0;
    options.downloadDocuments = false;
    client.engine->setOptions(options);
    QSet<qsizetype> seen;
    QTimer probe;
    probe.setInterval(0);
    connect(&probe, &QTimer::timeout, this,
            [&]() { seen.insert(client.archive.accessLog().size()); });
    probe.start();
    QVERIFY(client.syncOnce());
    probe.stop();
    const qsizetype events = client.archive.accessLog().size();
    QCOMPARE(events, m_server.get(QStringLiteral("/api/v1/access-log?limit=500"), m_token)
                         .json()
                         .value(u"events")
                         .toArray()
                         .size());
    QVERIFY(events >= 12);
    QCOMPARE(client.archive.documents().size(),
             m_server.get(QStringLiteral("/api/v1/documents"), m_token)
                 .json()
                 .value(u"documents")
                 .toArray()
                 .size());
    QCOMPARE(client.archive.integrityCheck(), QStringLiteral("ok"));
    // Every count from none to all was seen: the page was stored one event
    // at a time with the loop running in between, not in one go.
    for (qsizetype n = 0; n <= events; ++n)
        QVERIFY2(seen.contains(n), qPrintable(QString::number(n)));
}

std::optional<QList<RequestLog::Entry>> TestSync::syncLogged(Client &client, const QString &fault,
                                                             int ms)
{
    if (!m_server.setFaults({{fault, ms}}))
        return std::nullopt;
    std::optional<QList<RequestLog::Entry>> entries;
    {
        RequestLog log;
        if (client.syncOnce())
            entries = log.entries();
    }
    if (!m_server.setFaults({{fault, 0}}))
        return std::nullopt;
    return entries;
}

void TestSync::signatureIsAskedForWithTheContent()
{
    // Every answer comes 300 ms late: asked one after the other, a
    // document's signature would be asked for only once its content is in.
    Client client(m_server, m_dir.filePath(QStringLiteral("signatures")), m_key, m_token);
    const std::optional<QList<RequestLog::Entry>> logged =
        syncLogged(client, QStringLiteral("latency_ms"), 300);
    QVERIFY(logged);
    const QList<RequestLog::Entry> &entries = *logged;

    const QList<storage::ArchivedDocument> documents = client.archive.documents();
    QVERIFY(documents.size() >= 18); // earlier tests ordered more
    int signedDocuments = 0;
    for (const storage::ArchivedDocument &d : documents) {
        QCOMPARE(d.state, QStringLiteral("complete"));
        if (!d.info.hasSignature)
            continue;
        ++signedDocuments;
        QCOMPARE(d.signatureState, QStringLiteral("valid"));
        const QString base = QStringLiteral("/api/v1/documents/") + d.info.id;
        const auto find = [&entries](const QString &path) {
            return std::find_if(entries.cbegin(), entries.cend(),
                                [&path](const RequestLog::Entry &e) { return e.path == path; });
        };
        const auto content = find(base + QStringLiteral("/content"));
        const auto signature = find(base + QStringLiteral("/signature"));
        QVERIFY2(content != entries.cend() && signature != entries.cend(), qPrintable(base));
        // Asked for with the content, not once its answer (300 ms late) is
        // in: half the latency apart at most.
        const qint64 contentAsked = content->finishedAt - content->tookMs;
        const qint64 signatureAsked = signature->finishedAt - signature->tookMs;
        QVERIFY2(signatureAsked < contentAsked + 150,
                 qPrintable(QStringLiteral("%1: content asked at %2 ms, signature at %3 ms")
                                .arg(d.info.id)
                                .arg(contentAsked)
                                .arg(signatureAsked)));
    }
    QVERIFY(signedDocuments > 0);
}

void TestSync::contentsGoOnWhileSignaturesAreAwaited()
{
    // Signatures answered 400 ms late: a downloader waiting for one while
    // its content is in hands on, and the next contents come meanwhile, but
    // never more than kParallelDownloads of them at once.
    Client client(m_server, m_dir.filePath(QStringLiteral("pipelined")), m_key, m_token);
    const std::optional<QList<RequestLog::Entry>> logged =
        syncLogged(client, QStringLiteral("signature_latency_ms"), 400);
    QVERIFY(logged);
    const QList<RequestLog::Entry> &entries = *logged;

    QHash<QString, QPair<qint64, qint64>> contents; // document id -> asked, in
    QHash<QString, qint64> signaturesIn;
    static const QRegularExpression path(
        QStringLiteral("^/api/v1/documents/([^/]+)/(content|signature)$"));
    for (const RequestLog::Entry &e : std::as_const(entries)) {
        const QRegularExpressionMatch m = path.match(e.path);
        if (!m.hasMatch())
            continue;
        if (m.captured(2) == u"content")
            contents.insert(m.captured(1), {e.finishedAt - e.tookMs, e.finishedAt});
        else
            signaturesIn.insert(m.captured(1), e.finishedAt);
    }
    const QList<storage::ArchivedDocument> documents = client.archive.documents();
    QVERIFY(documents.size() >= 18);
    QCOMPARE(contents.size(), documents.size());
    QList<QPair<qint64, qint64>> transfers = contents.values();
    QList<QPair<qint64, qint64>> inProgress; // content asked to signature in
    for (const storage::ArchivedDocument &d : documents) {
        QCOMPARE(d.state, QStringLiteral("complete"));
        if (d.info.hasSignature) {
            QCOMPARE(d.signatureState, QStringLiteral("valid"));
            QVERIFY(signaturesIn.contains(d.info.id));
            inProgress.append({contents.value(d.info.id).first, signaturesIn.value(d.info.id)});
        }
    }
    QVERIFY(inProgress.size() > sync::kParallelDownloads);
    QVERIFY2(mostAtOnce(transfers, 2) <= sync::kParallelDownloads,
             qPrintable(QString::number(mostAtOnce(transfers, 2))));
    QVERIFY2(mostAtOnce(inProgress, 2) > sync::kParallelDownloads,
             qPrintable(QString::number(mostAtOnce(inProgress, 2))));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
