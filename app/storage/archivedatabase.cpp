#include "storage/archivedatabase.h"

#include "storage/cipherenvelope.h"
#include "support/poolwork.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <sys/stat.h>
#include <time.h>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcArchive, "cp.storage")

namespace cp::storage {
namespace {

// SQLITE_CORRUPT and SQLITE_NOTADB (and their extended codes): the file is
// not a sound database. Anything else (SQLITE_FULL, SQLITE_IOERR, …) is not
// the file's fault.
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

constexpr int kSchemaVersion = 2;
const QString kFileName = QStringLiteral("archive.sqlite");
// What a clean close left: see isAsClosedCleanly(). No personal data.
const QString kClosedName = QStringLiteral("archive.closed");

// A file's device, inode, size, modification and change times as one line;
// "none" when there is no such file.
QByteArray fileState(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QByteArrayLiteral("none");
    QByteArray line;
    for (const long long value :
         {static_cast<long long>(st.st_dev), static_cast<long long>(st.st_ino),
          static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec),
          static_cast<long long>(st.st_mtim.tv_nsec), static_cast<long long>(st.st_ctim.tv_sec),
          static_cast<long long>(st.st_ctim.tv_nsec)}) {
        line += QByteArray::number(value) + ' ';
    }
    line.chop(1);
    return line;
}

// Returns once the kernel's coarse clock, which stamps a file's writes, is
// past the last write of `path` (a few milliseconds at most): a write in the
// same tick would leave its times as they were, unseen by the record.
void waitPastLastWrite(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return;
    const auto later = [](const timespec &a, const timespec &b) {
        return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
    };
    const timespec last = later(st.st_ctim, st.st_mtim) ? st.st_ctim : st.st_mtim;
    for (int i = 0; i < 100; ++i) {
        timespec now{};
        ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
        if (later(now, last))
            return;
        const timespec pause{0, 500'000};
        ::nanosleep(&pause, nullptr);
    }
}

// The state of the archive's file and of its WAL, as archive.closed holds it.
QByteArray archiveFilesState(const QString &dataDir)
{
    const QString file = dataDir + u'/' + kFileName;
    return QByteArrayLiteral("citizen-profile archive closed v1\n") + fileState(file) + '\n' +
           fileState(file + QStringLiteral("-wal")) + '\n';
}
const QByteArray kKeyCheck = QByteArrayLiteral("citizen-profile archive key check v1");

// Forward migrations: the statements that take a database from version N-1
// to N are at index N-1.
const QList<QStringList> kMigrations{
    {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sealed_meta (key TEXT PRIMARY KEY, sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE records (kid TEXT NOT NULL, version INTEGER NOT NULL,"
                       " sealed BLOB NOT NULL, PRIMARY KEY (kid, version))"),
        QStringLiteral("CREATE TABLE documents (kid TEXT PRIMARY KEY, sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE requests (kid TEXT PRIMARY KEY, sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE consents (kid TEXT PRIMARY KEY, sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE orders (kid TEXT PRIMARY KEY, sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE access_log (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kid TEXT UNIQUE NOT NULL, sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE timeline (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " state TEXT NOT NULL, sealed BLOB NOT NULL)"),
    },
    {
        // Version 2: documents' signatures in the archive instead of a file
        // each (a file, an fsync and a rename a document).
        QStringLiteral("CREATE TABLE document_signatures (kid TEXT PRIMARY KEY,"
                       " sealed BLOB NOT NULL)"),
    },
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A null QString would bind as SQL NULL, where every comparison fails
// ("? = ''" included) and NOT NULL columns refuse it: text binds as text.
void bindText(QSqlQuery &q, const QString &text)
{
    q.addBindValue(text.isNull() ? QStringLiteral("") : text);
}

// Every failed statement is counted (see ArchiveDatabase::failedStatements).
std::atomic<int> g_failedStatements{0};

bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        ++g_failedStatements;
        qCWarning(lcArchive) << "query failed:" << q.lastError().text();
        return false;
    }
    return true;
}

QJsonObject toJson(const ArchivedDocument &d)
{
    return QJsonObject{
        {QStringLiteral("info"), domain::toJson(d.info)},
        {QStringLiteral("file"), d.fileName},
        {QStringLiteral("state"), d.state},
        {QStringLiteral("etag"), QString::fromLatin1(d.etag.toBase64())},
        {QStringLiteral("signature_state"), d.signatureState},
        {QStringLiteral("signer"), d.signer},
        {QStringLiteral("signing_time"),
         d.signingTime.isValid() ? domain::toJsonDateTime(d.signingTime) : QString()},
        {QStringLiteral("keep_offline"), d.keepOffline},
    };
}

std::optional<ArchivedDocument> documentFromJson(const QJsonObject &o)
{
    domain::JsonError error;
    const auto info =
        domain::documentInfoFromJson(o.value(QStringLiteral("info")).toObject(), &error);
    if (!info)
        return std::nullopt;
    ArchivedDocument d;
    d.info = *info;
    d.fileName = o.value(QStringLiteral("file")).toString();
    d.state = o.value(QStringLiteral("state")).toString();
    d.etag = QByteArray::fromBase64(o.value(QStringLiteral("etag")).toString().toLatin1());
    d.signatureState = o.value(QStringLiteral("signature_state")).toString();
    d.signer = o.value(QStringLiteral("signer")).toString();
    const QString signing = o.value(QStringLiteral("signing_time")).toString();
    if (!signing.isEmpty())
        d.signingTime = QDateTime::fromString(signing, Qt::ISODateWithMs).toUTC();
    d.keepOffline = o.value(QStringLiteral("keep_offline")).toBool(true);
    return d;
}

QJsonObject toJson(const OutboxEntry &e)
{
    return QJsonObject{
        {QStringLiteral("key"), e.idempotencyKey},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("target"), e.targetId},
        {QStringLiteral("optional"), QJsonArray::fromStringList(e.optionalRecords)},
        {QStringLiteral("created"), domain::toJsonDateTime(e.createdAt)},
        {QStringLiteral("state"), e.state},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("result"), e.resultCode},
        {QStringLiteral("settled"),
         e.settledAt.isValid() ? domain::toJsonDateTime(e.settledAt) : QString()},
    };
}

OutboxEntry outboxFromJson(qint64 id, const QJsonObject &o)
{
    OutboxEntry e;
    e.id = id;
    e.idempotencyKey = o.value(QStringLiteral("key")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.targetId = o.value(QStringLiteral("target")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("optional")).toArray())
        e.optionalRecords.append(v.toString());
    e.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)
            .toUTC();
    e.state = o.value(QStringLiteral("state")).toString();
    e.attempts = o.value(QStringLiteral("attempts")).toInt();
    e.resultCode = o.value(QStringLiteral("result")).toString();
    const QString settled = o.value(QStringLiteral("settled")).toString();
    if (!settled.isEmpty())
        e.settledAt = QDateTime::fromString(settled, Qt::ISODateWithMs).toUTC();
    return e;
}

} // namespace

ArchiveDatabase::ArchiveDatabase(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_connection(QStringLiteral("cp-archive-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ArchiveDatabase::~ArchiveDatabase()
{
    close();
}

int ArchiveDatabase::schemaVersion()
{
    return kSchemaVersion;
}

QString ArchiveDatabase::path() const
{
    return m_dataDir + u'/' + kFileName;
}

QSqlDatabase ArchiveDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ArchiveDatabase::isOpen() const
{
    return db().isOpen();
}

struct ArchiveDatabase::Checkpoints
{
    QElapsedTimer sinceLast;
    std::atomic<bool> queued{false}; // one at a time
    std::atomic<bool> closed{false};
};

void ArchiveDatabase::close()
{
    const bool recordClose = m_checkpoints != nullptr && m_checked;
    m_checked = false;
    if (m_checkpoints) {
        // One queued stays off the file from now (SQLite checkpoints at the
        // close of this connection).
        m_checkpoints->closed.store(true);
        m_checkpoints.reset();
    }
    m_statements.clear();
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
    m_dataKey.clear();
    m_indexKey.clear();
    if (recordClose)
        recordCleanClose(m_dataDir);
}

void ArchiveDatabase::recordCleanClose(const QString &dataDir)
{
    // After the connection has closed (the last one checkpoints the WAL into
    // the file and removes it). A background checkpoint that still writes
    // afterwards changes the times: the next open checks, as it should.
    const QString recordPath = dataDir + u'/' + kClosedName;
    QFile record(recordPath);
    const QString file = dataDir + u'/' + kFileName;
    waitPastLastWrite(file);
    waitPastLastWrite(file + QStringLiteral("-wal"));
    const QByteArray state = archiveFilesState(dataDir);
    if (!record.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !record.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        record.write(state) != state.size()) {
        record.close();
        QFile::remove(recordPath);
    }
}

bool ArchiveDatabase::isAsClosedCleanly(const QString &dataDir)
{
    QFile record(dataDir + u'/' + kClosedName);
    if (!record.open(QIODevice::ReadOnly))
        return false;
    const QByteArray recorded = record.read(1024);
    return QFile::exists(dataDir + u'/' + kFileName) && recorded == archiveFilesState(dataDir);
}

bool ArchiveDatabase::quarantine(QString *quarantinedPath, QString *error)
{
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    const QString target = path() + QStringLiteral(".damaged-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path() + suffix) && !QFile::rename(path() + suffix, target + suffix)) {
            *error = QStringLiteral("the damaged archive could not be moved aside");
            return false;
        }
    }
    if (quarantinedPath)
        *quarantinedPath = target;
    qCWarning(lcArchive) << "a damaged archive was moved aside";
    return true;
}

bool ArchiveDatabase::fileIsSound(const QString &dataDir)
{
    const QString connection =
        QStringLiteral("cp-archive-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool sound = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(dataDir + u'/' + kFileName);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFile::exists(d.databaseName()) && d.open()) {
            QSqlQuery q(d);
            // The archive may be open and written meanwhile (a check of an
            // archive opened on its clean close).
            sound = q.exec(QStringLiteral("PRAGMA busy_timeout=5000")) &&
                    q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
                    q.value(0).toString() == u"ok";
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return sound;
}

ArchiveDatabase::OpenResult ArchiveDatabase::open(const SecureBytes &dataKey, QString *error,
                                                  QString *quarantinedPath, bool checkedSound)
{
    close();
    // Open from now on: a run that ends without close() leaves no record of
    // a clean close, and the next open checks the file.
    QFile::remove(m_dataDir + u'/' + kClosedName);
    if (dataKey.size() != 32) {
        *error = QStringLiteral("the data key is not unlocked");
        return OpenResult::Failed;
    }
    const QFileDevice::Permissions dirMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(m_dataDir) || !QFile::setPermissions(m_dataDir, dirMode)) {
        *error = QStringLiteral("the data folder cannot be created");
        return OpenResult::Failed;
    }
    bool quarantined = false;
    const bool existed = QFile::exists(path());

    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!QFile::exists(path())) {
            // Create the file ourselves first so that it, and the WAL and SHM
            // files SQLite derives from it, are 0600 from the start.
            QFile file(path());
            if (!file.open(QIODevice::WriteOnly) ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                *error = QStringLiteral("the archive file cannot be created");
                return OpenResult::Failed;
            }
        }
        bool damaged = false;
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            d.setDatabaseName(path());
            bool sound = d.open();
            QSqlError failure = d.lastError();
            if (sound) {
                QSqlQuery q(d);
                // Checked on a worker a moment ago (the first attempt only).
                if (!checkedSound || attempt > 0) {
                    sound = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
                    damaged = sound && q.value(0).toString() != u"ok";
                    sound = sound && !damaged;
                }
                // No automatic checkpoint at a commit: commit() asks one on
                // a worker (checkpointInBackground).
                for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                           "PRAGMA busy_timeout=5000", "PRAGMA secure_delete=ON",
                                           "PRAGMA wal_autocheckpoint=0"}) {
                    sound = sound && q.exec(QString::fromLatin1(pragma));
                }
                if (!sound && !damaged)
                    failure = q.lastError();
            }
            if (sound)
                break;
            // Only a file that SQLite finds damaged is moved aside; a full
            // disk, an I/O error or a lock leave a sound archive where it is.
            damaged = damaged || isDamage(failure);
            if (!damaged) {
                *error = QStringLiteral("the archive cannot be opened: ") + failure.databaseText();
                qCWarning(lcArchive) << "the archive cannot be opened:" << failure.databaseText();
            }
        }
        if (!damaged) {
            close();
            return OpenResult::Failed;
        }
        if (attempt == 1 || !quarantine(quarantinedPath, error)) {
            if (error->isEmpty())
                *error = QStringLiteral("the archive cannot be opened");
            close();
            return OpenResult::Failed;
        }
        quarantined = true;
    }

    m_dataKey = SecureBytes(dataKey.size());
    std::copy_n(dataKey.data(), dataKey.size(), m_dataKey.data());
    if (!deriveIndexKey()) {
        *error = QStringLiteral("the index key cannot be derived");
        close();
        return OpenResult::Failed;
    }
    if (!migrate(error)) {
        close();
        return OpenResult::Failed;
    }

    // The key check: a fresh archive gets one; an existing one must open it.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT sealed FROM sealed_meta WHERE key = 'key_check'"));
    if (exec(q) && q.next()) {
        const auto check = unseal(QStringLiteral("sealed_meta"), QStringLiteral("key_check"), 0,
                                  q.value(0).toByteArray());
        if (!check || *check != kKeyCheck) {
            *error = QStringLiteral("the archive was sealed with another key");
            close();
            return OpenResult::WrongKey;
        }
    } else {
        QSqlQuery insert(db());
        insert.prepare(
            QStringLiteral("INSERT INTO sealed_meta (key, sealed) VALUES ('key_check', ?)"));
        insert.addBindValue(
            seal(QStringLiteral("sealed_meta"), QStringLiteral("key_check"), 0, kKeyCheck));
        exec(insert);
    }
    m_checkpoints = std::make_shared<Checkpoints>();
    m_checked = true; // by the check above, or by the caller's
    if (quarantined)
        return OpenResult::Quarantined;
    return existed ? OpenResult::Opened : OpenResult::Created;
}

ArchiveDatabase::ReadAccess ArchiveDatabase::readAccess() const
{
    if (!isOpen() || m_dataKey.size() != 32)
        return {m_dataDir, nullptr};
    auto key = std::make_shared<SecureBytes>(m_dataKey.size());
    std::copy_n(m_dataKey.data(), m_dataKey.size(), key->data());
    return {m_dataDir, std::move(key)};
}

bool ArchiveDatabase::deriveIndexKey()
{
    // The key of the keyed ids: HMAC-SHA256 of a label under the data key.
    m_indexKey = SecureBytes(32);
    unsigned int length = 32;
    static const QByteArray label = QByteArrayLiteral("citizen-profile index key v1");
    return HMAC(EVP_sha256(), m_dataKey.data(), static_cast<int>(m_dataKey.size()),
                reinterpret_cast<const unsigned char *>(label.constData()),
                static_cast<size_t>(label.size()), m_indexKey.data(), &length) != nullptr;
}

bool ArchiveDatabase::openForReading(const ReadAccess &access, QString *error)
{
    close();
    if (!access.dataKey || access.dataKey->size() != 32) {
        *error = QStringLiteral("the data key is not unlocked");
        return false;
    }
    if (access.dataDir != m_dataDir || !QFile::exists(path())) {
        *error = QStringLiteral("there is no archive to read");
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(path());
        const bool opened = d.open();
        QSqlQuery q(d);
        const bool set = opened && q.exec(QStringLiteral("PRAGMA busy_timeout=5000")) &&
                         q.exec(QStringLiteral("PRAGMA query_only=ON"));
        if (!set)
            *error = QStringLiteral("the archive cannot be read: ") + d.lastError().databaseText();
        else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() ||
                 q.value(0).toInt() != kSchemaVersion)
            *error = QStringLiteral("the archive is not at this version's schema");
        else
            ok = true;
    }
    if (!ok) {
        close();
        return false;
    }
    m_dataKey = SecureBytes(access.dataKey->size());
    std::copy_n(access.dataKey->data(), access.dataKey->size(), m_dataKey.data());
    if (!deriveIndexKey()) {
        *error = QStringLiteral("the index key cannot be derived");
        close();
        return false;
    }
    return true;
}

bool ArchiveDatabase::migrate(QString *error)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QStringLiteral("the schema version cannot be read");
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        *error = QStringLiteral("the archive was written by a newer version of the app");
        return false;
    }
    for (int v = version; v < kSchemaVersion; ++v) {
        db().transaction();
        for (const QString &statement : kMigrations.at(v)) {
            if (!q.exec(statement)) {
                db().rollback();
                *error = QStringLiteral("the archive cannot be upgraded: ") + q.lastError().text();
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        db().commit();
    }
    return true;
}

void ArchiveDatabase::checkpointInBackground()
{
    // At most one a second, one at a time: SQLite's own would come every
    // thousand pages of WAL, at a commit, on the committing thread.
    constexpr qint64 kEveryMs = 1000;
    Checkpoints *checkpoints = m_checkpoints.get();
    if (!checkpoints || checkpoints->queued.load() ||
        (checkpoints->sinceLast.isValid() && checkpoints->sinceLast.elapsed() < kEveryMs))
        return;
    checkpoints->queued.store(true);
    checkpoints->sinceLast.start();
    std::shared_ptr<Checkpoints> shared = m_checkpoints;
    const QString file = path();
    support::workPool()->start([shared, file]() {
        if (shared->closed.load())
            return;
        const QString connection =
            QStringLiteral("cp-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            // mode=rw: a file deleted meanwhile (a wipe) is not made again.
            d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
            d.setDatabaseName(QStringLiteral("file:") +
                              QString::fromLatin1(QUrl::toPercentEncoding(file, "/")) +
                              QStringLiteral("?mode=rw"));
            if (d.open()) {
                QSqlQuery q(d);
                // PASSIVE: copies what no reader still needs, waits for no one.
                if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qCDebug(lcArchive)
                        << "a background checkpoint failed:" << q.lastError().databaseText();
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(connection);
        shared->queued.store(false);
    });
}

bool ArchiveDatabase::transaction()
{
    return db().transaction();
}

bool ArchiveDatabase::commit()
{
    if (db().commit()) {
        checkpointInBackground();
        return true;
    }
    ++g_failedStatements;
    qCWarning(lcArchive) << "commit failed:" << db().lastError().text();
    return false;
}

void ArchiveDatabase::rollback()
{
    db().rollback();
}

std::shared_ptr<QSqlQuery> ArchiveDatabase::statement(const QString &sql) const
{
    const auto prepared = m_statements.constFind(sql);
    if (prepared != m_statements.cend())
        return *prepared;
    auto q = std::make_shared<QSqlQuery>(db());
    if (q->prepare(sql))
        m_statements.insert(sql, q);
    return q; // one that does not prepare fails, and says why, at its exec()
}

QString ArchiveDatabase::keyedId(const QString &table, const QString &id) const
{
    const QByteArray data = table.toUtf8() + '\x1f' + id.toUtf8();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_indexKey.data(), static_cast<int>(m_indexKey.size()),
         reinterpret_cast<const unsigned char *>(data.constData()),
         static_cast<size_t>(data.size()), out, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), length).toHex());
}

QByteArray ArchiveDatabase::seal(const QString &table, const QString &keyed, qint64 version,
                                 const QByteArray &plain) const
{
    return CipherEnvelope::seal(m_dataKey, plain, CipherEnvelope::aad(table, keyed, version));
}

std::optional<QByteArray> ArchiveDatabase::unseal(const QString &table, const QString &keyed,
                                                  qint64 version, const QByteArray &sealed) const
{
    auto plain =
        CipherEnvelope::open(m_dataKey, sealed, CipherEnvelope::aad(table, keyed, version));
    if (!plain) {
        ++m_damaged;
        qCWarning(lcArchive) << "a sealed value in" << table << "does not open";
    }
    return plain;
}

int ArchiveDatabase::damagedRows() const
{
    return m_damaged;
}

QString ArchiveDatabase::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

void ArchiveDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    bindText(q, value);
    exec(q);
}

std::optional<domain::Citizen> ArchiveDatabase::citizen() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT sealed FROM sealed_meta WHERE key = 'citizen'"));
    if (!exec(q) || !q.next())
        return std::nullopt;
    const auto plain = unseal(QStringLiteral("sealed_meta"), QStringLiteral("citizen"), 0,
                              q.value(0).toByteArray());
    if (!plain)
        return std::nullopt;
    domain::JsonError error;
    return domain::citizenFromJson(QJsonDocument::fromJson(*plain).object(), &error);
}

void ArchiveDatabase::setCitizen(const domain::Citizen &citizen)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sealed_meta (key, sealed) VALUES ('citizen', ?)"));
    q.addBindValue(seal(QStringLiteral("sealed_meta"), QStringLiteral("citizen"), 0,
                        compact(domain::toJson(citizen))));
    exec(q);
}

bool ArchiveDatabase::putRecordVersion(const domain::Record &record)
{
    const QString kid = keyedId(QStringLiteral("records"), record.id);
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO records (kid, version, sealed) VALUES (?, ?, ?)"));
    q.addBindValue(kid);
    q.addBindValue(record.version);
    q.addBindValue(
        seal(QStringLiteral("records"), kid, record.version, compact(domain::toJson(record))));
    return exec(q) && q.numRowsAffected() == 1;
}

QList<domain::Record> ArchiveDatabase::latestRecords() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT r.kid, r.version, r.sealed FROM records r WHERE r.version ="
                             " (SELECT MAX(version) FROM records x WHERE x.kid = r.kid)"));
    QList<domain::Record> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        const auto plain = unseal(QStringLiteral("records"), q.value(0).toString(),
                                  q.value(1).toLongLong(), q.value(2).toByteArray());
        domain::JsonError error;
        if (plain) {
            if (auto r = domain::recordFromJson(QJsonDocument::fromJson(*plain).object(), &error))
                result.append(*r);
        }
    }
    // Catalogue order, then id: the order the profile shows.
    std::sort(result.begin(), result.end(), [](const domain::Record &a, const domain::Record &b) {
        const auto *ta = domain::RecordCatalogue::find(a.type);
        const auto *tb = domain::RecordCatalogue::find(b.type);
        const int na = ta ? ta->number : 99;
        const int nb = tb ? tb->number : 99;
        return na != nb ? na < nb : a.id < b.id;
    });
    return result;
}

QList<domain::Record> ArchiveDatabase::history(const QString &recordId) const
{
    const QString kid = keyedId(QStringLiteral("records"), recordId);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT version, sealed FROM records WHERE kid = ? ORDER BY version"));
    q.addBindValue(kid);
    QList<domain::Record> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        const auto plain = unseal(QStringLiteral("records"), kid, q.value(0).toLongLong(),
                                  q.value(1).toByteArray());
        domain::JsonError error;
        if (plain) {
            if (auto r = domain::recordFromJson(QJsonDocument::fromJson(*plain).object(), &error))
                result.append(*r);
        }
    }
    return result;
}

void ArchiveDatabase::putSealedJson(const QString &table, const QString &id,
                                    const QJsonObject &json)
{
    const QString kid = keyedId(table, id);
    const auto q = statement(
        QStringLiteral("INSERT OR REPLACE INTO %1 (kid, sealed) VALUES (?, ?)").arg(table));
    q->bindValue(0, kid);
    q->bindValue(1, seal(table, kid, 0, compact(json)));
    exec(*q);
    q->finish();
}

void ArchiveDatabase::forEachSealedJson(const QString &table, const char *orderBy,
                                        const std::function<void(const QJsonObject &)> &visit) const
{
    // One row at a time: a list of ten thousand parsed JSON objects would
    // weigh several times what the caller keeps of them.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kid, sealed FROM %1 ORDER BY %2")
                  .arg(table, QLatin1StringView(orderBy)));
    if (!exec(q))
        return;
    while (q.next()) {
        if (const auto plain = unseal(table, q.value(0).toString(), 0, q.value(1).toByteArray()))
            visit(QJsonDocument::fromJson(*plain).object());
    }
}

QList<QJsonObject> ArchiveDatabase::sealedJsonRows(const QString &table, const char *orderBy) const
{
    QList<QJsonObject> rows;
    forEachSealedJson(table, orderBy, [&rows](const QJsonObject &o) { rows.append(o); });
    return rows;
}

void ArchiveDatabase::putDocument(const ArchivedDocument &document)
{
    putSealedJson(QStringLiteral("documents"), document.info.id, toJson(document));
}

std::optional<QJsonObject> ArchiveDatabase::sealedJsonRow(const QString &table,
                                                          const QString &id) const
{
    // One row by its keyed id (the index), not every row opened to find it.
    const QString kid = keyedId(table, id);
    const auto q = statement(QStringLiteral("SELECT sealed FROM %1 WHERE kid = ?").arg(table));
    q->bindValue(0, kid);
    const bool found = exec(*q) && q->next();
    const QByteArray sealed = found ? q->value(0).toByteArray() : QByteArray();
    q->finish(); // no read left open on the connection
    if (!found)
        return std::nullopt;
    const auto plain = unseal(table, kid, 0, sealed);
    if (!plain)
        return std::nullopt;
    return QJsonDocument::fromJson(*plain).object();
}

std::optional<ArchivedDocument> ArchiveDatabase::document(const QString &id) const
{
    const auto object = sealedJsonRow(QStringLiteral("documents"), id);
    return object ? documentFromJson(*object) : std::nullopt;
}

QList<ArchivedDocument> ArchiveDatabase::documents() const
{
    QList<ArchivedDocument> result;
    forEachSealedJson(QStringLiteral("documents"), "rowid", [&result](const QJsonObject &o) {
        if (auto d = documentFromJson(o))
            result.append(std::move(*d));
    });
    return result;
}

void ArchiveDatabase::putDocumentSignature(const QString &fileName, const QByteArray &der)
{
    putSealedJson(QStringLiteral("document_signatures"), fileName,
                  QJsonObject{{QStringLiteral("der"), QString::fromLatin1(der.toBase64())}});
}

std::optional<QByteArray> ArchiveDatabase::documentSignature(const QString &fileName) const
{
    const auto object = sealedJsonRow(QStringLiteral("document_signatures"), fileName);
    if (!object)
        return std::nullopt;
    const QJsonValue der = object->value(QStringLiteral("der"));
    if (!der.isString())
        return std::nullopt;
    return QByteArray::fromBase64(der.toString().toLatin1());
}

void ArchiveDatabase::removeDocumentSignature(const QString &fileName)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM document_signatures WHERE kid = ?"));
    q.addBindValue(keyedId(QStringLiteral("document_signatures"), fileName));
    exec(q);
}

void ArchiveDatabase::removeDocument(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM documents WHERE kid = ?"));
    q.addBindValue(keyedId(QStringLiteral("documents"), id));
    exec(q);
}

void ArchiveDatabase::putRequest(const domain::ConsentRequest &request)
{
    putSealedJson(QStringLiteral("requests"), request.id, domain::toJson(request));
}

std::optional<domain::ConsentRequest> ArchiveDatabase::request(const QString &id) const
{
    const auto object = sealedJsonRow(QStringLiteral("requests"), id);
    domain::JsonError error;
    auto request = object ? domain::consentRequestFromJson(*object, &error) : std::nullopt;
    return request && request->id == id ? request : std::nullopt;
}

QList<domain::ConsentRequest> ArchiveDatabase::requests() const
{
    QList<domain::ConsentRequest> result;
    for (const QJsonObject &o : sealedJsonRows(QStringLiteral("requests"), "rowid")) {
        domain::JsonError error;
        if (auto r = domain::consentRequestFromJson(o, &error))
            result.append(*r);
        else
            qCWarning(lcArchive) << "a stored consent request does not parse:" << error.toString();
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.requestedAt > b.requestedAt; });
    return result;
}

void ArchiveDatabase::putConsent(const domain::Consent &consent)
{
    putSealedJson(QStringLiteral("consents"), consent.id, domain::toJson(consent));
}

std::optional<domain::Consent> ArchiveDatabase::consent(const QString &id) const
{
    const auto object = sealedJsonRow(QStringLiteral("consents"), id);
    domain::JsonError error;
    auto consent = object ? domain::consentFromJson(*object, &error) : std::nullopt;
    return consent && consent->id == id ? consent : std::nullopt;
}

QList<domain::Consent> ArchiveDatabase::consents() const
{
    QList<domain::Consent> result;
    for (const QJsonObject &o : sealedJsonRows(QStringLiteral("consents"), "rowid")) {
        domain::JsonError error;
        if (auto c = domain::consentFromJson(o, &error))
            result.append(*c);
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.grantedAt > b.grantedAt; });
    return result;
}

bool ArchiveDatabase::putAccessEvent(const domain::AccessEvent &event)
{
    const QString kid = keyedId(QStringLiteral("access_log"), event.id);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO access_log (kid, sealed) VALUES (?, ?)"));
    q.addBindValue(kid);
    q.addBindValue(seal(QStringLiteral("access_log"), kid, 0, compact(domain::toJson(event))));
    return exec(q) && q.numRowsAffected() == 1;
}

QList<domain::AccessEvent> ArchiveDatabase::accessLog() const
{
    QList<domain::AccessEvent> result;
    forEachAccessEvent([&result](const domain::AccessEvent &event) { result.append(event); });
    return result;
}

void ArchiveDatabase::forEachAccessEvent(
    const std::function<void(const domain::AccessEvent &)> &visit) const
{
    forEachSealedJson(QStringLiteral("access_log"), "seq", [&visit](const QJsonObject &o) {
        domain::JsonError error;
        if (auto e = domain::accessEventFromJson(o, &error))
            visit(*e);
    });
}

void ArchiveDatabase::putOrder(const QJsonObject &order)
{
    putSealedJson(QStringLiteral("orders"), order.value(QStringLiteral("id")).toString(), order);
}

QList<QJsonObject> ArchiveDatabase::orders() const
{
    return sealedJsonRows(QStringLiteral("orders"), "rowid");
}

qint64 ArchiveDatabase::addTimelineEntry(const QJsonObject &event)
{
    // The seq is known after the insert and sealed into the AAD, so the row is
    // written in two steps inside one transaction of the caller or its own.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO timeline (sealed) VALUES (x'')"));
    if (!exec(q))
        return 0;
    const qint64 seq = q.lastInsertId().toLongLong();
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE timeline SET sealed = ? WHERE seq = ?"));
    update.addBindValue(seal(QStringLiteral("timeline"), QString::number(seq), 0, compact(event)));
    update.addBindValue(seq);
    exec(update);
    return seq;
}

QList<TimelineEntry> ArchiveDatabase::timeline() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT seq, sealed FROM timeline ORDER BY seq"));
    QList<TimelineEntry> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (auto plain = unseal(QStringLiteral("timeline"), QString::number(seq), 0,
                                q.value(1).toByteArray()))
            result.append(TimelineEntry{seq, QJsonDocument::fromJson(*plain).object()});
    }
    return result;
}

qint64 ArchiveDatabase::enqueueDecision(const OutboxEntry &entry)
{
    // The row id is sealed into the row, so it is written in two steps; a
    // savepoint makes them one (inside a caller's transaction or alone), so
    // that a crash or a full disk leaves the decision whole or not at all,
    // never an empty row that cannot be sent.
    QSqlQuery savepoint(db());
    if (!savepoint.exec(QStringLiteral("SAVEPOINT enqueue_decision"))) {
        ++g_failedStatements;
        qCWarning(lcArchive) << "a decision could not be stored:" << savepoint.lastError().text();
        return 0;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO outbox (state, sealed) VALUES (?, x'')"));
    q.addBindValue(entry.state);
    OutboxEntry stored = entry;
    const bool inserted = exec(q);
    if (inserted)
        stored.id = q.lastInsertId().toLongLong();
    if (!inserted || !writeDecision(stored) ||
        !savepoint.exec(QStringLiteral("RELEASE enqueue_decision"))) {
        QSqlQuery undo(db());
        undo.exec(QStringLiteral("ROLLBACK TO enqueue_decision"));
        undo.exec(QStringLiteral("RELEASE enqueue_decision"));
        return 0;
    }
    return stored.id;
}

void ArchiveDatabase::updateDecision(const OutboxEntry &entry)
{
    writeDecision(entry);
}

bool ArchiveDatabase::writeDecision(const OutboxEntry &entry)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, sealed = ? WHERE id = ?"));
    q.addBindValue(entry.state);
    q.addBindValue(
        seal(QStringLiteral("outbox"), QString::number(entry.id), 0, compact(toJson(entry))));
    q.addBindValue(entry.id);
    return exec(q);
}

QList<OutboxEntry> ArchiveDatabase::decisions(const QString &state) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT id, sealed FROM outbox WHERE (? = '' OR state = ?) ORDER BY id"));
    bindText(q, state);
    bindText(q, state);
    QList<OutboxEntry> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (auto plain =
                unseal(QStringLiteral("outbox"), QString::number(id), 0, q.value(1).toByteArray()))
            result.append(outboxFromJson(id, QJsonDocument::fromJson(*plain).object()));
    }
    return result;
}

int ArchiveDatabase::failedStatements()
{
    return g_failedStatements.load();
}

QString ArchiveDatabase::integrityCheck() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                        : QStringLiteral("failed");
}

bool ArchiveDatabase::copyConsistent(const QString &targetPath, QString *error)
{
    if (!isOpen()) {
        *error = QStringLiteral("the archive is not open");
        return false;
    }
    // VACUUM INTO accepts an empty file as its target, so the file is created
    // here first, 0600 and exclusively: the copy is never readable by others,
    // not even for a moment, and an existing file is never overwritten.
    {
        QFile file(targetPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error =
                QStringLiteral("the copy of the archive cannot be created: ") + file.errorString();
            return false;
        }
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        *error = QStringLiteral("the archive cannot be copied: ") + q.lastError().text();
        QFile::remove(targetPath);
        return false;
    }
    return true;
}

} // namespace cp::storage
