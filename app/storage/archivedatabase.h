// The citizen's local archive: one SQLite file (WAL, synchronous=NORMAL, a
// busy timeout, quick_check on open unless the file is as a clean close left
// it, schema version in user_version with
// forward migrations) in which every personal value is sealed with the data
// key (AES-256-GCM, AAD = table, keyed id, version). Rows are found by keyed
// hashes of their ids, so not even the ids the server gave — which name record
// types — are readable on disk. A file that fails its check is moved aside
// (quarantined), never deleted, and a new archive is created for a full sync.
#pragma once

#include "domain/citizen.h"
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"
#include "storage/securebytes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cp::storage {

// A document of the archive: its metadata, where its encrypted file is, and
// what the client knows of its download and signature.
struct ArchivedDocument
{
    domain::DocumentInfo info;
    QString fileName;       // random, never anything the server sent
    QString state;          // "none" | "partial" | "complete"
    QByteArray etag;        // of the partial download, for If-Range
    QString signatureState; // "unchecked" | "valid" | "invalid" | "unknown_issuer"
    QString signer;         // subject of the signing certificate
    QDateTime signingTime;
    bool keepOffline = true;
    bool operator==(const ArchivedDocument &) const = default;
};

// A decision waiting in (or gone through) the outbox.
struct OutboxEntry
{
    qint64 id = 0;
    QString idempotencyKey;
    QString action;   // "grant" | "deny" | "revoke"
    QString targetId; // request id (grant, deny) or consent id (revoke)
    QStringList optionalRecords;
    QDateTime createdAt;
    QString state; // "waiting" | "acknowledged" | "refused"
    int attempts = 0;
    QString resultCode; // the server's error code when refused
    QDateTime settledAt;
    bool operator==(const OutboxEntry &) const = default;
};

// An entry of the activity timeline (record changed, document arrived, order
// fulfilled …); the access log has its own table.
struct TimelineEntry
{
    qint64 seq = 0;
    QJsonObject event;
};

class ArchiveDatabase
{
public:
    enum class OpenResult
    {
        Opened,
        Created,
        Quarantined,
        WrongKey,
        Failed
    };

    explicit ArchiveDatabase(QString dataDir);
    ~ArchiveDatabase();
    ArchiveDatabase(const ArchiveDatabase &) = delete;
    ArchiveDatabase &operator=(const ArchiveDatabase &) = delete;

    // Opens (or creates) <dataDir>/archive.sqlite with the data key. A file
    // that is not a sound database is moved to *quarantinedPath and a new one
    // created (Quarantined). A sound file sealed with another key: WrongKey,
    // nothing changed.
    OpenResult open(const SecureBytes &dataKey, QString *error, QString *quarantinedPath = nullptr,
                    bool checkedSound = false);
    // PRAGMA quick_check of <dataDir>/archive.sqlite on a connection of the
    // calling thread: it reads the whole file, so a caller with a worker runs
    // it there and passes checkedSound = true to open() when it said "ok"
    // (anything else: open() checks again, and quarantines a damaged file).
    static bool fileIsSound(const QString &dataDir);
    // True when <dataDir>/archive.sqlite and its WAL are exactly as this
    // class's close() of an archive checked sound left them: the same files
    // (device, inode), sizes and modification and change times, recorded in
    // <dataDir>/archive.closed. open() removes that record first, so an app
    // that dies while the archive is open leaves none. A file changed in any
    // way since — damaged, truncated, replaced, written by a crashed run —
    // does not match, and is checked. Reads two stat()s and a small file.
    static bool isAsClosedCleanly(const QString &dataDir);
    // Records the files of <dataDir> as they are now, as close() does; for a
    // test, the same as a disk that changes a byte without a write (the
    // times stay as they were).
    static void recordCleanClose(const QString &dataDir);
    // Closes the connection; an archive opened for writing and known sound
    // (isChecked()) records how it left its files (see isAsClosedCleanly()).
    void close();
    // Whether the file was found sound in this session: by open()'s check,
    // or by the caller's (checkedSound) — until setUnchecked(), for an
    // archive opened on the strength of its clean close alone, then again
    // from markChecked(), once a check later in the session said so. An
    // archive never checked records no clean close: its next open checks.
    bool isChecked() const { return m_checked; }
    void setUnchecked() { m_checked = false; }
    void markChecked() { m_checked = isOpen(); }

    // What another thread needs to read this archive on a connection of its
    // own (a SQLite connection belongs to the thread that opened it): the
    // folder and a copy of the data key, wiped when the last holder lets go.
    struct ReadAccess
    {
        QString dataDir;
        std::shared_ptr<const SecureBytes> dataKey;
    };
    // Empty (no key) when the archive is not open.
    ReadAccess readAccess() const;
    // Opens the existing archive of `access` for reading on the calling
    // thread: no check, no migration, nothing created, every write refused
    // (query_only). WAL lets it read while the archive's own connection
    // writes; a read inside transaction() sees one consistent state.
    bool openForReading(const ReadAccess &access, QString *error);
    bool isOpen() const;
    QString path() const;
    static int schemaVersion();

    bool transaction();
    bool commit();
    void rollback();

    // Plain settings of the sync (cursors, ETags, times): never personal data.
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // Sealed settings that hold personal data (the citizen's name, facts).
    std::optional<domain::Citizen> citizen() const;
    void setCitizen(const domain::Citizen &citizen);

    // Records: every version is kept. Storing a version again changes nothing.
    // Returns true when the version is new.
    bool putRecordVersion(const domain::Record &record);
    QList<domain::Record> latestRecords() const;
    QList<domain::Record> history(const QString &recordId) const;
    int damagedRows() const; // rows whose seal did not open on the last read

    void putDocument(const ArchivedDocument &document);
    std::optional<ArchivedDocument> document(const QString &id) const;
    QList<ArchivedDocument> documents() const;
    void removeDocument(const QString &id);
    // A document content's detached signature (DER), sealed as every row, by
    // the content's file name (a replaced content has a new one). Archives
    // of schema version 1 kept it in a file (DocumentStore::signature()).
    void putDocumentSignature(const QString &fileName, const QByteArray &der);
    std::optional<QByteArray> documentSignature(const QString &fileName) const;
    void removeDocumentSignature(const QString &fileName);

    void putRequest(const domain::ConsentRequest &request);
    std::optional<domain::ConsentRequest> request(const QString &id) const;
    QList<domain::ConsentRequest> requests() const; // newest first
    void putConsent(const domain::Consent &consent);
    std::optional<domain::Consent> consent(const QString &id) const;
    QList<domain::Consent> consents() const; // newest first

    // The access log keeps the server's order; adding an event again changes nothing.
    bool putAccessEvent(const domain::AccessEvent &event);
    QList<domain::AccessEvent> accessLog() const;
    // The same, one event at a time (fifty thousand need not be in memory at once).
    void forEachAccessEvent(const std::function<void(const domain::AccessEvent &)> &visit) const;

    void putOrder(const QJsonObject &order);
    QList<QJsonObject> orders() const;

    qint64 addTimelineEntry(const QJsonObject &event);
    QList<TimelineEntry> timeline() const;

    // Outbox of decisions.
    // The new entry's id; 0 when it could not be stored (then nothing is).
    qint64 enqueueDecision(const OutboxEntry &entry);
    void updateDecision(const OutboxEntry &entry);
    QList<OutboxEntry> decisions(const QString &state = {}) const;

    // Runs PRAGMA integrity_check; "ok" when sound.
    QString integrityCheck() const;
    // How many statements have failed so far (a full disk, an I/O error), in
    // any archive of this process: a sync that saw it grow has not stored
    // everything and says so.
    static int failedStatements();

    // A consistent snapshot of the open archive (committed data, the WAL
    // included) as one standalone SQLite file, made with VACUUM INTO while the
    // archive stays in use — what a backup reads. targetPath must not exist;
    // it is created 0600 (put it in a 0700 folder). Fails inside a
    // transaction. Call on the archive's thread: the connection is bound to it.
    bool copyConsistent(const QString &targetPath, QString *error);

private:
    bool deriveIndexKey();
    bool writeDecision(const OutboxEntry &entry);
    QSqlDatabase db() const;
    // The statement of `sql`, prepared once for this connection (the rows'
    // reads and writes, hundreds a sync). Reset it (finish()) once its rows
    // are read.
    std::shared_ptr<QSqlQuery> statement(const QString &sql) const;
    QString keyedId(const QString &table, const QString &id) const;
    QByteArray seal(const QString &table, const QString &keyed, qint64 version,
                    const QByteArray &plain) const;
    std::optional<QByteArray> unseal(const QString &table, const QString &keyed, qint64 version,
                                     const QByteArray &sealed) const;
    void putSealedJson(const QString &table, const QString &id, const QJsonObject &json);
    std::optional<QJsonObject> sealedJsonRow(const QString &table, const QString &id) const;
    QList<QJsonObject> sealedJsonRows(const QString &table, const char *orderBy) const;
    void forEachSealedJson(const QString &table, const char *orderBy,
                           const std::function<void(const QJsonObject &)> &visit) const;
    bool migrate(QString *error);
    bool quarantine(QString *quarantinedPath, QString *error);
    void checkpointInBackground();

    QString m_dataDir;
    QString m_connection;
    SecureBytes m_dataKey;
    SecureBytes m_indexKey;
    mutable int m_damaged = 0;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // see statement()
    bool m_checked = false;                                          // see isChecked()
    // The WAL is copied into the database file on a worker (a checkpoint
    // syncs the disk), not by SQLite at a commit on this — the GUI's —
    // thread. Set while the archive is open for writing.
    struct Checkpoints;
    std::shared_ptr<Checkpoints> m_checkpoints;
};

} // namespace cp::storage
