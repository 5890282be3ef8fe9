// The encrypted backup against a real archive: filled by a real sync from the
// real profile-server over TLS, backed up while open, the data folder wiped,
// the backup restored into another folder and the archive found identical —
// every record and its history, the documents and their contents, requests,
// consents, the access log, orders, the timeline, the outbox and the sync
// state. Then what must fail does: a wrong passphrase, a byte flipped or cut
// anywhere, hostile entry names in a backup crafted with ChunkedFileWriter —
// each leaving the target as it was and nothing outside the staging folder.
// And the backup file shows nothing of the citizen, the key or the passphrase.
#include "net/apiclient.h"
#include "serverfixture.h"
#include "storage/archivedatabase.h"
#include "storage/backuparchive.h"
#include "storage/chunkedcipher.h"
#include "storage/documentstore.h"
#include "storage/keyvault.h"
#include "storage/passphrasekdf.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/syncengine.h"
#include "syncclient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <memory>
#include <sys/stat.h>

using namespace cp;
using namespace cp::testing;
using storage::BackupArchive;
using storage::BackupResult;
using storage::SecureBytes;

namespace {

constexpr int Patience = 120000; // ms; a bound for a hung test, not a timing check
const QByteArray BackupPassphrase = QByteArrayLiteral("backup passphrase: тёплый ветер 7e1");
const QByteArray VaultPassphrase = QByteArrayLiteral("vault passphrase of the first machine");

// Every message of the run, to prove that no secret is logged.
QMutex logMutex;
QStringList capturedLogs;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&logMutex);
        capturedLogs.append(message);
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

// One client: archive, files, network and engine over a data folder (as in
// tests/sync/tst_sync.cpp).
using Client = cp::testing::SyncClient;

struct VaultReply
{
    int calls = 0;
    bool ok = false;
    QString error;
};

storage::KeyVault::Done recorder(VaultReply &reply)
{
    return [&reply](bool ok, QString error) {
        ++reply.calls;
        reply.ok = ok;
        reply.error = std::move(error);
    };
}

bool waitFor(VaultReply &reply)
{
    return QTest::qWaitFor([&reply]() { return reply.calls > 0; }, Patience);
}

SecureBytes copyOf(const SecureBytes &key)
{
    SecureBytes copy(key.size());
    std::copy_n(key.data(), key.size(), copy.data());
    return copy;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(bytes) == bytes.size() && file.commit();
}

int unixMode(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

// Every entry below a folder (files and folders, hidden ones too), relative.
QStringList entriesUnder(const QString &folder)
{
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(folder).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The logical content of an archive: what the app can read from it.
QJsonObject logicalContent(const storage::ArchiveDatabase &archive,
                           const storage::DocumentStore &files)
{
    QJsonObject content;
    const auto citizen = archive.citizen();
    content.insert(u"citizen"_qs, citizen ? domain::toJson(*citizen) : QJsonObject());
    QJsonArray records;
    QJsonObject histories;
    for (const domain::Record &record : archive.latestRecords()) {
        records.append(domain::toJson(record));
        QJsonArray versions;
        for (const domain::Record &version : archive.history(record.id))
            versions.append(domain::toJson(version));
        histories.insert(record.id, versions);
    }
    content.insert(u"records"_qs, records);
    content.insert(u"histories"_qs, histories);
    QJsonArray documents;
    for (const storage::ArchivedDocument &d : archive.documents()) {
        QString error;
        const auto bytes = files.content(d.fileName, &error);
        const auto signature = storage::storedSignature(archive, files, d.fileName, &error);
        documents.append(QJsonObject{
            {u"info"_qs, domain::toJson(d.info)},
            {u"file"_qs, d.fileName},
            {u"state"_qs, d.state},
            {u"etag"_qs, QString::fromLatin1(d.etag.toBase64())},
            {u"signature_state"_qs, d.signatureState},
            {u"signer"_qs, d.signer},
            {u"signing_time"_qs, d.signingTime.toString(Qt::ISODateWithMs)},
            {u"keep_offline"_qs, d.keepOffline},
            {u"content_sha256"_qs, bytes ? sha256Hex(*bytes) : u"unreadable"_qs},
            {u"signature_sha256"_qs, signature ? sha256Hex(*signature) : u"unreadable"_qs},
        });
    }
    content.insert(u"documents"_qs, documents);
    QJsonArray requests;
    for (const domain::ConsentRequest &r : archive.requests())
        requests.append(domain::toJson(r));
    content.insert(u"requests"_qs, requests);
    QJsonArray consents;
    for (const domain::Consent &c : archive.consents())
        consents.append(domain::toJson(c));
    content.insert(u"consents"_qs, consents);
    QJsonArray accessLog;
    for (const domain::AccessEvent &e : archive.accessLog())
        accessLog.append(domain::toJson(e));
    content.insert(u"access_log"_qs, accessLog);
    QJsonArray orders;
    for (const QJsonObject &o : archive.orders())
        orders.append(o);
    content.insert(u"orders"_qs, orders);
    QJsonArray timeline;
    for (const storage::TimelineEntry &t : archive.timeline())
        timeline.append(QJsonObject{{u"seq"_qs, t.seq}, {u"event"_qs, t.event}});
    content.insert(u"timeline"_qs, timeline);
    QJsonArray outbox;
    for (const storage::OutboxEntry &e : archive.decisions()) {
        outbox.append(QJsonObject{
            {u"id"_qs, e.id},
            {u"key"_qs, e.idempotencyKey},
            {u"action"_qs, e.action},
            {u"target"_qs, e.targetId},
            {u"optional"_qs, QJsonArray::fromStringList(e.optionalRecords)},
            {u"created"_qs, e.createdAt.toString(Qt::ISODateWithMs)},
            {u"state"_qs, e.state},
            {u"attempts"_qs, e.attempts},
            {u"result"_qs, e.resultCode},
            {u"settled"_qs, e.settledAt.toString(Qt::ISODateWithMs)},
        });
    }
    content.insert(u"outbox"_qs, outbox);
    QJsonObject meta;
    for (const QString &key : {u"feed_cursor"_qs, u"feed_etag"_qs, u"access_cursor"_qs,
                               u"last_sync"_qs, u"trust_roots"_qs})
        meta.insert(key, archive.meta(key));
    content.insert(u"meta"_qs, meta);
    content.insert(u"damaged_rows"_qs, archive.damagedRows());
    return content;
}

// What SQLite keeps outside the tables the app reads: the schema version and
// the AUTOINCREMENT counters, which must carry on where they were.
QJsonObject databaseFacts(const QString &path)
{
    QJsonObject facts;
    const QString connection = u"facts-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_qs) && q.next())
                facts.insert(u"user_version"_qs, q.value(0).toInt());
            QJsonObject sequences;
            if (q.exec(u"SELECT name, seq FROM sqlite_sequence ORDER BY name"_qs)) {
                while (q.next())
                    sequences.insert(q.value(0).toString(), q.value(1).toLongLong());
            }
            facts.insert(u"sequences"_qs, sequences);
            QJsonObject counts;
            for (const QString &table :
                 {u"records"_qs, u"documents"_qs, u"requests"_qs, u"consents"_qs, u"orders"_qs,
                  u"access_log"_qs, u"timeline"_qs, u"outbox"_qs, u"meta"_qs, u"sealed_meta"_qs}) {
                if (q.exec(u"SELECT COUNT(*) FROM "_qs + table) && q.next())
                    counts.insert(table, q.value(0).toLongLong());
            }
            facts.insert(u"rows"_qs, counts);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return facts;
}

// Where the parts of a backup file are, read from its own length fields.
struct Layout
{
    qsizetype headerLengthField = 4;
    qsizetype header = 8;
    qsizetype headerSize = 0;
    qsizetype stream = 0;                       // "CPF1" | file id
    QList<QPair<qsizetype, qsizetype>> records; // offset of the length field, envelope size
};

Layout layoutOf(const QByteArray &backup)
{
    Layout layout;
    layout.headerSize = qsizetype(qFromBigEndian<quint32>(backup.constData() + 4));
    layout.stream = layout.header + layout.headerSize;
    qsizetype position = layout.stream + 4 + 16;
    while (position + 4 <= backup.size()) {
        const qsizetype length = qsizetype(qFromBigEndian<quint32>(backup.constData() + position));
        layout.records.append({position, length});
        position += 4 + length;
    }
    return layout;
}

// One entry of a crafted backup; declaredSize < 0 means the data's size.
struct CraftedEntry
{
    QByteArray name;
    QByteArray data;
    qint64 declaredSize = -1;
};

QByteArray entryBytes(const CraftedEntry &entry)
{
    char length[2];
    qToBigEndian(static_cast<quint16>(entry.name.size()), length);
    char size[8];
    qToBigEndian(
        static_cast<quint64>(entry.declaredSize < 0 ? entry.data.size() : entry.declaredSize),
        size);
    return QByteArray(length, 2) + entry.name + QByteArray(size, 8) + entry.data;
}

// A backup written by hand from the documented format, its stream made with
// ChunkedFileWriter itself: the test does not trust the code under test to
// write what it then refuses to read.
QByteArray craftBackup(const QString &scratchDir, const QByteArray &passphrase,
                       const QList<CraftedEntry> &entries, QJsonObject kdfOverride = {},
                       const QByteArray &headerPadding = {})
{
    storage::KdfParams kdf = storage::KdfParams::withRandomSalt();
    QJsonObject kdfJson = kdf.toJson();
    for (auto it = kdfOverride.begin(); it != kdfOverride.end(); ++it)
        kdfJson.insert(it.key(), it.value());
    QJsonObject headerJson{
        {u"version"_qs, 1}, {u"created"_qs, u"2026-01-01T00:00:00Z"_qs}, {u"kdf"_qs, kdfJson}};
    if (!headerPadding.isEmpty())
        headerJson.insert(u"padding"_qs, QString::fromLatin1(headerPadding));
    const QByteArray header = QJsonDocument(headerJson).toJson(QJsonDocument::Compact);
    // A weakened KDF is refused before derivation; derive with the real one.
    const SecureBytes key = storage::derivePassphraseKey(passphrase, kdf);
    const QString streamPath = scratchDir + u"/stream.cpf"_qs;
    storage::ChunkedFileWriter writer(key, QByteArrayLiteral("backup v1") + header);
    QString error;
    if (!writer.open(streamPath, false, &error))
        return {};
    for (const CraftedEntry &entry : entries)
        writer.write(entryBytes(entry));
    if (!writer.finish())
        return {};
    char length[4];
    qToBigEndian(static_cast<quint32>(header.size()), length);
    const QByteArray stream = readFile(streamPath);
    QFile::remove(streamPath);
    return QByteArrayLiteral("CPB1") + QByteArray(length, 4) + header + stream;
}

QList<QByteArray> encodingsOf(const QByteArray &secret)
{
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

} // namespace

class TestBackupArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void exportWipeImportIdentical();
    void backupShowsNothing();
    void wrongPassphraseWritesNothing();
    void flippedByte_data();
    void flippedByte();
    void truncatedOrExtended_data();
    void truncatedOrExtended();
    void craftedBackupControl();
    void hostileEntries_data();
    void hostileEntries();
    void hostileHeader_data();
    void hostileHeader();
    void targetWithArchiveRefused();
    void exportRefusals();

private:
    // A fresh parent folder under the root for one import; the target is
    // <parent>/profile. Everything the import leaves is then in the parent.
    QString freshParent(const QString &label);
    void expectRefused(const QString &backupPath, const QString &label,
                       const QString &expectedError = {});
    QString searchValue(const QString &type, const QString &field) const;

    ServerFixture m_server;
    QTemporaryDir m_root;
    QString m_token;
    QJsonArray m_serverRecords;
    QString m_dataDir;
    QString m_backupPath;
    QByteArray m_backup;
    QByteArray m_key; // the data key, for comparisons and the leak checks
    QJsonObject m_content;
    QJsonObject m_facts;
    QByteArray m_settings;
    int m_files = 0;
    int m_parents = 0;
};

QString TestBackupArchive::searchValue(const QString &type, const QString &field) const
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

QString TestBackupArchive::freshParent(const QString &label)
{
    const QString parent = m_root.filePath(u"imports/%1-%2"_qs.arg(++m_parents).arg(label));
    if (!QDir().mkpath(parent))
        return {};
    return parent;
}

void TestBackupArchive::expectRefused(const QString &backupPath, const QString &label,
                                      const QString &expectedError)
{
    const QString parent = freshParent(label);
    QVERIFY(!parent.isEmpty());
    SecureBytes key = SecureBytes::random(32);
    const BackupResult result =
        BackupArchive::importFrom(backupPath, parent + u"/profile"_qs, BackupPassphrase, &key);
    QVERIFY2(!result.ok, qPrintable(label));
    QVERIFY2(!result.error.isEmpty(), qPrintable(label));
    QVERIFY2(!result.error.contains(QString::fromUtf8(BackupPassphrase)), qPrintable(label));
    if (!expectedError.isEmpty())
        QVERIFY2(result.error.contains(expectedError), qPrintable(label + u": "_qs + result.error));
    QVERIFY(key.isEmpty()); // no key handed out, and the caller's old one wiped
    // Not the target, not a staging folder, not a stray file: nothing.
    QVERIFY2(entriesUnder(parent).isEmpty(),
             qPrintable(label + u": left "_qs + entriesUnder(parent).join(u", ")));
}

void TestBackupArchive::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(m_root.isValid());
    QString error;
    QVERIFY2(m_server.start({u"--order-delay-ms"_qs, u"200"_qs}, &error), qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    m_serverRecords =
        m_server.get(u"/api/v1/records"_qs, m_token).json().value(u"records").toArray();
    QVERIFY(m_serverRecords.size() > 30);

    // The first machine: a passphrase vault, as where no keychain answers.
    m_dataDir = m_root.filePath(u"first-machine/profile"_qs);
    storage::KeyVault vault(m_dataDir, nullptr);
    VaultReply created;
    vault.createWithPassphrase(VaultPassphrase, recorder(created));
    QVERIFY(waitFor(created));
    QVERIFY2(created.ok, qPrintable(created.error));
    const SecureBytes key = copyOf(vault.dataKey());
    m_key = key.toByteArray();

    // An order fulfilled on the server first, so that orders hold a row.
    const Reply order =
        m_server.postJson(u"/api/v1/orders"_qs, {{u"kind"_qs, u"pension_account_statement"_qs}},
                          m_token, {{"Idempotency-Key", "backup-order-000001"}});
    QCOMPARE(order.status, 202);
    const QString orderId = order.json().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_server.get(u"/api/v1/orders/"_qs + orderId, m_token).json().value(u"state").toString(),
        u"fulfilled"_qs, 20000);

    m_settings = QByteArrayLiteral("{\"lang\":\"en\",\"server\":\"") + m_server.baseUrl().toUtf8() +
                 QByteArrayLiteral("\"}\n");
    {
        Client client(m_server, m_dataDir, key, m_token);
        QCOMPARE(client.opened, storage::ArchiveDatabase::OpenResult::Created);
        QVERIFY(client.syncOnce());
        QCOMPARE(client.archive.documents().size(), 19);
        QCOMPARE(client.archive.orders().size(), 1);
        QVERIFY(!client.archive.timeline().isEmpty());

        // One signature as an archive of schema version 1 kept it: in a
        // file of its own, not in the archive. The backup carries it too.
        const storage::ArchivedDocument legacy = client.archive.documents().first();
        const auto der = client.archive.documentSignature(legacy.fileName);
        QVERIFY(der && !der->isEmpty());
        {
            storage::ChunkedFileWriter writer(key,
                                              client.files.fileAad(legacy.fileName, "signature"));
            QVERIFY(writer.open(client.files.signaturePath(legacy.fileName), false, &error));
            QVERIFY(writer.write(*der) && writer.finish());
        }
        client.archive.removeDocumentSignature(legacy.fileName);
        QVERIFY(!client.archive.documentSignature(legacy.fileName));
        const auto fromFile =
            storage::storedSignature(client.archive, client.files, legacy.fileName, &error);
        QVERIFY2(fromFile && *fromFile == *der, qPrintable(error));

        // The outbox: one decision acknowledged by the server, one waiting.
        QString pendingId;
        QStringList otherPending;
        for (const domain::ConsentRequest &r : client.archive.requests()) {
            if (r.state != domain::RequestState::Pending)
                continue;
            if (pendingId.isEmpty() &&
                domain::TrustLevels::minimumLevel(r.operation) != domain::TrustLevel::High)
                pendingId = r.id;
            else
                otherPending.append(r.id);
        }
        QVERIFY(!pendingId.isEmpty());
        QVERIFY(!otherPending.isEmpty());
        client.outbox->grant(pendingId, {});
        QTRY_VERIFY_WITH_TIMEOUT(client.archive.decisions(u"acknowledged"_qs).size() == 1 &&
                                     !client.outbox->isFlushing(),
                                 60000);
        storage::OutboxEntry waiting;
        waiting.idempotencyKey = u"backup-test-waiting-decision"_qs;
        waiting.action = u"deny"_qs;
        waiting.targetId = otherPending.first();
        waiting.createdAt = QDateTime::currentDateTimeUtc();
        waiting.state = u"waiting"_qs;
        QVERIFY(client.archive.enqueueDecision(waiting) > 0);
        QVERIFY(writeFile(m_dataDir + u"/settings.json"_qs, m_settings));

        // The last writes are still in the WAL: the copy must carry them.
        QVERIFY(QFileInfo(m_dataDir + u"/archive.sqlite-wal"_qs).size() > 0);
        const QString copyDir = m_root.filePath(u"copy"_qs);
        QVERIFY(QDir().mkpath(copyDir));
        QVERIFY(QFile::setPermissions(copyDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner));
        const QString copy = copyDir + u"/archive-copy.sqlite"_qs;
        QVERIFY2(client.archive.copyConsistent(copy, &error), qPrintable(error));
        QCOMPARE(unixMode(copy), 0600);
        QString again;
        QVERIFY(!client.archive.copyConsistent(copy, &again)); // never over an existing file
        QVERIFY(!again.isEmpty());

        const QString backupDir = m_root.filePath(u"backups"_qs);
        QVERIFY(QDir().mkpath(backupDir));
        m_backupPath = backupDir + u"/profile.cpbackup"_qs;
        QElapsedTimer timer;
        timer.start();
        const BackupResult exported =
            BackupArchive::exportTo(m_backupPath, m_dataDir, copy, key, BackupPassphrase);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        qInfo("export: %d files, %lld bytes in %lld ms", exported.files, exported.bytes,
              timer.elapsed());
        QVERIFY(QFile::remove(copy));
        // The archive, the settings, every document and the one signature
        // kept as a file (the others are in the archive).
        const QStringList documentFiles =
            QDir(m_dataDir + u"/documents"_qs).entryList({u"*.cpf"_qs, u"*.sig"_qs}, QDir::Files);
        QCOMPARE(documentFiles.size(), 19 + 1);
        QCOMPARE(exported.files, 2 + int(documentFiles.size()));
        m_files = exported.files;
        m_backup = readFile(m_backupPath);
        QCOMPARE(exported.bytes, qint64(m_backup.size()));

        m_content = logicalContent(client.archive, client.files);
        QCOMPARE(m_content.value(u"outbox").toArray().size(), 2);
        // Every signed document's signature reads, from the archive or its file.
        int signedDocuments = 0;
        for (const QJsonValue &d : m_content.value(u"documents").toArray()) {
            if (!d[u"info"][u"has_signature"].toBool())
                continue;
            ++signedDocuments;
            QVERIFY(d[u"signature_sha256"].toString() != u"unreadable");
        }
        QVERIFY(signedDocuments > 1);
        QCOMPARE(client.archive.damagedRows(), 0);
    }
    m_facts = databaseFacts(m_dataDir + u"/archive.sqlite"_qs);
    QVERIFY(m_facts.value(u"sequences").toObject().size() >= 2);
}

void TestBackupArchive::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    const QMutexLocker locker(&logMutex);
    QList<QByteArray> secrets = encodingsOf(m_key);
    secrets.append(BackupPassphrase);
    secrets.append(VaultPassphrase);
    for (const QByteArray &secret : std::as_const(secrets)) {
        for (const QString &line : std::as_const(capturedLogs)) {
            if (line.contains(QString::fromUtf8(secret)))
                QFAIL(qPrintable(u"a secret appears in a log line: "_qs + line));
        }
    }
}

void TestBackupArchive::exportWipeImportIdentical()
{
    // The first machine is gone: its whole data folder, key file included.
    QVERIFY(QDir(m_root.filePath(u"first-machine"_qs)).removeRecursively());
    QVERIFY(!QFileInfo::exists(m_dataDir));

    // Another machine, in a folder whose parent does not exist yet.
    const QString target = m_root.filePath(u"second-machine/data/profile"_qs);
    SecureBytes key;
    QElapsedTimer timer;
    timer.start();
    const BackupResult imported =
        BackupArchive::importFrom(m_backupPath, target, BackupPassphrase, &key);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    qInfo("import: %d files, %lld bytes in %lld ms", imported.files, imported.bytes,
          timer.elapsed());
    QCOMPARE(imported.files, m_files);
    QCOMPARE(key.toByteArray(), m_key);

    // Owner-only everywhere, and no staging folder left beside the target.
    QCOMPARE(entriesUnder(m_root.filePath(u"second-machine/data"_qs)).filter(u"restore").size(), 0);
    QCOMPARE(unixMode(target), 0700);
    QCOMPARE(unixMode(target + u"/documents"_qs), 0700);
    const QStringList restored = entriesUnder(target);
    QCOMPARE(restored.size(), m_files + 1); // + the documents folder
    for (const QString &entry : restored) {
        if (entry != u"documents")
            QVERIFY2(unixMode(target + u'/' + entry) == 0600, qPrintable(entry));
    }
    QCOMPARE(readFile(target + u"/settings.json"_qs), m_settings);
    QVERIFY(!QFileInfo::exists(target + u"/keys.json"_qs));

    // The key gets its new key file under the new machine's passphrase.
    {
        storage::KeyVault vault(target, nullptr);
        VaultReply adopted;
        vault.adoptWithPassphrase(std::move(key), "passphrase of the second machine",
                                  recorder(adopted));
        QVERIFY(waitFor(adopted));
        QVERIFY2(adopted.ok, qPrintable(adopted.error));
        QVERIFY(key.isEmpty());
        QCOMPARE(vault.dataKey().toByteArray(), m_key);
        QCOMPARE(unixMode(vault.keyFilePath()), 0600);
    }
    storage::KeyVault vault(target, nullptr);
    QCOMPARE(vault.mode(), storage::KeyVault::Mode::Passphrase);
    VaultReply unlocked;
    vault.unlockWithPassphrase("passphrase of the second machine", recorder(unlocked));
    QVERIFY(waitFor(unlocked));
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(vault.dataKey().toByteArray(), m_key);

    // Restored exactly: every part of the logical content, then SQLite's own state.
    QCOMPARE(databaseFacts(target + u"/archive.sqlite"_qs), m_facts);
    Client client(m_server, target, vault.dataKey(), m_token);
    QCOMPARE(client.opened, storage::ArchiveDatabase::OpenResult::Opened);
    QCOMPARE(client.archive.integrityCheck(), u"ok"_qs);
    const QJsonObject content = logicalContent(client.archive, client.files);
    QCOMPARE(content.keys(), m_content.keys());
    for (const QString &part : m_content.keys())
        QVERIFY2(content.value(part) == m_content.value(part), qPrintable(part));
    QCOMPARE(client.archive.damagedRows(), 0);
    // The documents decrypt to the bytes the server signed.
    const QList<storage::ArchivedDocument> documents = client.archive.documents();
    QCOMPARE(documents.size(), 19);
    for (const storage::ArchivedDocument &d : documents) {
        QString error;
        const auto bytes = client.files.content(d.fileName, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256), d.info.sha256);
    }
    // And it carries on: the next sync is an incremental one from the cursor.
    QVERIFY(!client.engine->isFirstSync());
    QVERIFY(client.syncOnce());
    QCOMPARE(client.archive.documents().size(), 19);
}

void TestBackupArchive::backupShowsNothing()
{
    QCOMPARE(unixMode(m_backupPath), 0600);
    QVERIFY(!QFileInfo::exists(m_backupPath + u".partial"_qs));
    QVERIFY(m_backup.startsWith("CPB1"));

    const QStringList values{
        searchValue(u"id_doc"_qs, u"number"_qs),
        searchValue(u"snils"_qs, u"number"_qs),
        searchValue(u"inn"_qs, u"number"_qs),
        searchValue(u"addresses"_qs, u"full_address"_qs),
        searchValue(u"ndfl_person"_qs, u"total_income"_qs),
        u"Кольцова"_qs,
    };
    for (const QString &value : values) {
        QVERIFY2(value.size() >= 6, qPrintable(u"a search value is too short: "_qs + value));
        QVERIFY(!m_backup.contains(value.toUtf8()));
        QVERIFY(!m_backup.contains(
            QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2)));
    }
    for (const QByteArray &form : encodingsOf(m_key) + encodingsOf(BackupPassphrase))
        QVERIFY(!m_backup.contains(form));
    // Not even the names of what is inside, nor SQLite's own header.
    for (const QByteArray &name : {QByteArrayLiteral("data-key"), QByteArrayLiteral("archive"),
                                   QByteArrayLiteral("documents"), QByteArrayLiteral("settings"),
                                   QByteArrayLiteral(".cpf"), QByteArrayLiteral("SQLite format")})
        QVERIFY2(!m_backup.contains(name), name.constData());
    // The header says only what is needed to derive the key.
    const Layout layout = layoutOf(m_backup);
    const QJsonObject header =
        QJsonDocument::fromJson(m_backup.mid(layout.header, layout.headerSize)).object();
    QCOMPARE(header.keys(), (QStringList{u"created"_qs, u"kdf"_qs, u"version"_qs}));
    QCOMPARE(header.value(u"version").toInt(), 1);
    QVERIFY(header.value(u"kdf").toObject().value(u"memoryKiB").toInt() >= 65536);
    QVERIFY(header.value(u"kdf").toObject().value(u"passes").toInt() >= 3);
    // The stream reads as one whole ChunkedFileWriter file to the end.
    QVERIFY(layout.records.size() > 3);
    const auto [lastOffset, lastLength] = layout.records.last();
    QCOMPARE(lastOffset + 4 + lastLength, m_backup.size());
}

void TestBackupArchive::wrongPassphraseWritesNothing()
{
    const QString parent = freshParent(u"wrong-passphrase"_qs);
    SecureBytes key;
    const BackupResult result = BackupArchive::importFrom(
        m_backupPath, parent + u"/profile"_qs, "backup passphrase: тёплый ветер 7e2", &key);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, BackupArchive::wrongPassphraseMessage());
    QVERIFY(key.isEmpty());
    QVERIFY(entriesUnder(parent).isEmpty());
}

void TestBackupArchive::flippedByte_data()
{
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("error");
    const Layout layout = layoutOf(m_backup);
    QVERIFY(layout.records.size() >= 5);
    const auto inside = [](const QPair<qsizetype, qsizetype> &record) {
        return record.first + 4 + record.second / 2;
    };
    const auto middle = layout.records.at(layout.records.size() / 2);
    QTest::newRow("magic") << qsizetype(1) << QString();
    QTest::newRow("header length field") << qsizetype(7) << QString();
    QTest::newRow("header") << layout.header + layout.headerSize / 2 << QString();
    QTest::newRow("header, last byte") << layout.header + layout.headerSize - 2 << QString();
    QTest::newRow("stream magic") << layout.stream + 1 << QString();
    QTest::newRow("file id") << layout.stream + 4 + 8 << QString();
    QTest::newRow("first chunk") << inside(layout.records.first()) << QString();
    QTest::newRow("first chunk, nonce") << layout.records.first().first + 4 + 6 << QString();
    QTest::newRow("middle chunk") << inside(middle) << QString();
    QTest::newRow("middle chunk, length field") << middle.first + 3 << QString();
    QTest::newRow("middle chunk, length field high byte") << middle.first << QString();
    QTest::newRow("last chunk") << inside(layout.records.last()) << QString();
    QTest::newRow("last chunk, tag") << m_backup.size() - 1 << QString();
    QTest::newRow("last chunk, length field") << layout.records.last().first + 3 << QString();
    // A digit of the creation time still reads as a valid header: only the
    // header's place in the AAD of every chunk can notice.
    const qsizetype created = m_backup.indexOf("\"created\":\"", layout.header);
    QVERIFY(created > 0 && created < layout.stream);
    QTest::newRow("header, creation time")
        << created + 13 << BackupArchive::wrongPassphraseMessage();
}

void TestBackupArchive::flippedByte()
{
    QFETCH(qsizetype, position);
    QFETCH(QString, error);
    QByteArray damaged = m_backup;
    damaged[position] = char(damaged[position] ^ 0x01);
    const QString path = m_root.filePath(u"flipped.cpbackup"_qs);
    QVERIFY(writeFile(path, damaged));
    expectRefused(path, QString::fromLatin1(QTest::currentDataTag()), error);
}

void TestBackupArchive::truncatedOrExtended_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<QByteArray>("appended");
    QTest::addColumn<QString>("error");
    const Layout layout = layoutOf(m_backup);
    QTest::newRow("empty") << qsizetype(0) << QByteArray() << u"not a Citizen Profile backup"_qs;
    QTest::newRow("magic only") << qsizetype(4) << QByteArray() << QString();
    QTest::newRow("inside the header")
        << layout.header + 10 << QByteArray() << u"truncated inside its header"_qs;
    QTest::newRow("header only") << layout.stream << QByteArray() << u"truncated"_qs;
    QTest::newRow("no chunk") << layout.stream + 20 << QByteArray() << u"final chunk is missing"_qs;
    QTest::newRow("inside the first chunk")
        << layout.records.first().first + 100 << QByteArray() << u"truncated inside chunk 0"_qs;
    QTest::newRow("final chunk dropped")
        << layout.records.last().first << QByteArray() << u"final chunk is missing"_qs;
    QTest::newRow("last byte cut") << m_backup.size() - 1 << QByteArray() << u"truncated"_qs;
    QTest::newRow("a byte appended") << m_backup.size() << QByteArray(1, '\0') << QString();
    QTest::newRow("a chunk appended")
        << m_backup.size()
        << m_backup.mid(layout.records.at(1).first, 4 + layout.records.at(1).second)
        << u"after its final chunk"_qs;
}

void TestBackupArchive::truncatedOrExtended()
{
    QFETCH(qsizetype, size);
    QFETCH(QByteArray, appended);
    QFETCH(QString, error);
    const QString path = m_root.filePath(u"cut.cpbackup"_qs);
    QVERIFY(writeFile(path, m_backup.left(size) + appended));
    expectRefused(path, QString::fromLatin1(QTest::currentDataTag()), error);
}

void TestBackupArchive::craftedBackupControl()
{
    // The crafted backups below are refused for their names, not for being
    // crafted: a well-formed one imports.
    const QString scratch = m_root.filePath(u"scratch"_qs);
    QVERIFY(QDir().mkpath(scratch));
    const QByteArray dataKey = SecureBytes::random(32).toByteArray();
    const QByteArray backup = craftBackup(
        scratch, BackupPassphrase,
        {{"data-key", dataKey}, {"documents/abc123.cpf", "document"}, {"archive.sqlite", "db"}});
    QVERIFY(!backup.isEmpty());
    const QString path = m_root.filePath(u"crafted.cpbackup"_qs);
    QVERIFY(writeFile(path, backup));
    const QString parent = freshParent(u"control"_qs);
    SecureBytes key;
    const BackupResult result =
        BackupArchive::importFrom(path, parent + u"/profile"_qs, BackupPassphrase, &key);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(key.toByteArray(), dataKey);
    QCOMPARE(result.files, 2);
    QCOMPARE(entriesUnder(parent),
             (QStringList{u"profile"_qs, u"profile/archive.sqlite"_qs, u"profile/documents"_qs,
                          u"profile/documents/abc123.cpf"_qs}));
    QCOMPARE(readFile(parent + u"/profile/documents/abc123.cpf"_qs), QByteArray("document"));
}

void TestBackupArchive::hostileEntries_data()
{
    QTest::addColumn<QList<CraftedEntry>>("entries");
    QTest::addColumn<QString>("error");
    const CraftedEntry key{"data-key", SecureBytes::random(32).toByteArray()};
    const CraftedEntry archive{"archive.sqlite", "db"};
    const auto withName = [&](const QByteArray &name) {
        return QList<CraftedEntry>{key, {name, "planted"}, archive};
    };
    const QString forbidden = u"forbidden name"_qs;
    QTest::newRow("../x") << withName("../x") << forbidden;
    QTest::newRow("/etc/passwd") << withName("/etc/passwd") << forbidden;
    QTest::newRow("a/../../b") << withName("a/../../b") << forbidden;
    QTest::newRow("NUL inside") << withName(QByteArray("documents/x.cpf\0y", 17)) << forbidden;
    QTest::newRow("documents/../keys.json") << withName("documents/../keys.json") << forbidden;
    QTest::newRow("keys.json") << withName("keys.json") << forbidden;
    QTest::newRow("backslash") << withName("documents\\x.cpf") << forbidden;
    QTest::newRow("sub folder") << withName("documents/a/x.cpf") << forbidden;
    QTest::newRow("partial download") << withName("documents/x.part") << forbidden;
    QTest::newRow("double slash") << withName("documents//x.cpf") << forbidden;
    QTest::newRow("dot segment") << withName("./archive.sqlite") << forbidden;
    QTest::newRow("not UTF-8") << withName("documents/\xff\xfe.cpf") << forbidden;
    QTest::newRow("name over 255 bytes")
        << withName("documents/" + QByteArray(250, 'a') + ".cpf") << u"impossible length"_qs;
    QTest::newRow("empty name") << withName(QByteArray()) << u"impossible length"_qs;
    QTest::newRow("an entry twice")
        << QList<CraftedEntry>{key, {"documents/a.cpf", "1"}, {"documents/a.cpf", "2"}, archive}
        << u"twice"_qs;
    QTest::newRow("entry over 1 GiB")
        << QList<CraftedEntry>{key, {"documents/a.cpf", "x", (qint64(1) << 30) + 1}, archive}
        << u"larger than 1 GiB"_qs;
    QTest::newRow("sizes do not add up")
        << QList<CraftedEntry>{key, archive, {"documents/a.cpf", "short", 100}} << u"cut short"_qs;
    QTest::newRow("no data key") << QList<CraftedEntry>{archive} << u"no data key"_qs;
    QTest::newRow("short data key")
        << QList<CraftedEntry>{{"data-key", QByteArray(16, 'k')}, archive} << u"wrong size"_qs;
    QTest::newRow("no archive") << QList<CraftedEntry>{key} << u"no archive"_qs;
}

void TestBackupArchive::hostileEntries()
{
    QFETCH(QList<CraftedEntry>, entries);
    QFETCH(QString, error);
    const QString scratch = m_root.filePath(u"scratch"_qs);
    QVERIFY(QDir().mkpath(scratch));
    struct stat before = {};
    QCOMPARE(::stat("/etc/passwd", &before), 0);
    const QByteArray backup = craftBackup(scratch, BackupPassphrase, entries);
    QVERIFY(!backup.isEmpty());
    const QString path = m_root.filePath(u"hostile.cpbackup"_qs);
    QVERIFY(writeFile(path, backup));
    expectRefused(path, QString::fromLatin1(QTest::currentDataTag()), error);
    struct stat after = {};
    QCOMPARE(::stat("/etc/passwd", &after), 0);
    QCOMPARE(after.st_size, before.st_size);
    QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
    QCOMPARE(entriesUnder(scratch), QStringList());
}

void TestBackupArchive::hostileHeader_data()
{
    QTest::addColumn<QJsonObject>("kdf");
    QTest::addColumn<QByteArray>("padding");
    QTest::addColumn<QString>("error");
    QTest::newRow("memory below 64 MiB")
        << QJsonObject{{u"memoryKiB"_qs, 32768}} << QByteArray() << u"too weak"_qs;
    QTest::newRow("two passes") << QJsonObject{{u"passes"_qs, 2}} << QByteArray() << u"too weak"_qs;
    QTest::newRow("another algorithm")
        << QJsonObject{{u"algorithm"_qs, u"pbkdf2"_qs}} << QByteArray() << u"too weak"_qs;
    QTest::newRow("header over 4 KiB")
        << QJsonObject() << QByteArray(4200, 'p') << u"impossible length"_qs;
}

void TestBackupArchive::hostileHeader()
{
    QFETCH(QJsonObject, kdf);
    QFETCH(QByteArray, padding);
    QFETCH(QString, error);
    const QString scratch = m_root.filePath(u"scratch"_qs);
    const CraftedEntry key{"data-key", SecureBytes::random(32).toByteArray()};
    const QByteArray backup =
        craftBackup(scratch, BackupPassphrase, {key, {"archive.sqlite", "db"}}, kdf, padding);
    QVERIFY(!backup.isEmpty());
    const QString path = m_root.filePath(u"header.cpbackup"_qs);
    QVERIFY(writeFile(path, backup));
    expectRefused(path, QString::fromLatin1(QTest::currentDataTag()), error);
}

void TestBackupArchive::targetWithArchiveRefused()
{
    for (const QString &name : {u"keys.json"_qs, u"archive.sqlite"_qs, u"documents/a.cpf"_qs}) {
        const QString parent = freshParent(u"occupied"_qs);
        const QString target = parent + u"/profile"_qs;
        QVERIFY(QDir().mkpath(target + u"/documents"_qs));
        QVERIFY(writeFile(target + u'/' + name, "already here"));
        const QStringList before = entriesUnder(parent);
        SecureBytes key;
        const BackupResult result =
            BackupArchive::importFrom(m_backupPath, target, BackupPassphrase, &key);
        QVERIFY2(!result.ok, qPrintable(name));
        QVERIFY(result.error.contains(u"already holds an archive"));
        QVERIFY(key.isEmpty());
        QCOMPARE(entriesUnder(parent), before);
        QCOMPARE(readFile(target + u'/' + name), QByteArray("already here"));
    }
}

void TestBackupArchive::exportRefusals()
{
    const QString dataDir = m_root.filePath(u"refusals/profile"_qs);
    QVERIFY(QDir().mkpath(dataDir));
    const QString copy = m_root.filePath(u"refusals/copy.sqlite"_qs);
    QVERIFY(writeFile(copy, "SQLite format 3"));
    const QString backup = m_root.filePath(u"refusals/out.cpbackup"_qs);
    const SecureBytes key = SecureBytes::random(32);

    BackupResult result = BackupArchive::exportTo(backup, dataDir, copy, SecureBytes(), "pass");
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"locked"));
    result = BackupArchive::exportTo(backup, dataDir, copy, key, QByteArray());
    QVERIFY(!result.ok);
    result = BackupArchive::exportTo(backup, dataDir, dataDir + u"/missing.sqlite"_qs, key, "pass");
    QVERIFY(!result.ok);
    result = BackupArchive::exportTo(dataDir + u"/settings.json"_qs, dataDir, copy, key, "pass");
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"data folder"));
    result = BackupArchive::exportTo(m_root.filePath(u"refusals/none/out.cpbackup"_qs), dataDir,
                                     copy, key, "pass");
    QVERIFY(!result.ok);
    QCOMPARE(entriesUnder(m_root.filePath(u"refusals"_qs)),
             (QStringList{u"copy.sqlite"_qs, u"profile"_qs}));
}

QTEST_GUILESS_MAIN(TestBackupArchive)
#include "tst_backuparchive.moc"
