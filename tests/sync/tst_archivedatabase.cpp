// The encrypted archive on real SQLite files: values sealed and bound to
// their rows (a flipped byte is reported as damaged while the rest still
// opens, a row moved to another id does not open), nothing of the citizen
// readable in the file, a damaged file quarantined and replaced, a wrong key
// refused without touching anything, 0600 files in a 0700 folder, the schema
// version kept in user_version.
#include "domainsamples.h"
#include "storage/archivedatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using namespace cp::testing;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on the archive file directly, as an attacker with the file would.
void rawSql(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QString::number(qHash(sql));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The archive's own connection: the only one a test has open.
QSqlDatabase onlyConnection()
{
    const QStringList connections = QSqlDatabase::connectionNames();
    return connections.size() == 1 ? QSqlDatabase::database(connections.first(), false)
                                   : QSqlDatabase();
}

domain::Record secondPassport()
{
    domain::Record r = samplePassport();
    r.version = 3;
    r.fields.insert(QStringLiteral("number"), QStringLiteral("654321"));
    return r;
}

} // namespace

class TestArchiveDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createdSealedAndPrivate();
    void versionsAreKeptOnce();
    void tamperedValueIsReportedOthersOpen();
    void rowMovedToAnotherIdDoesNotOpen();
    void wrongKeyChangesNothing();
    void damagedFileIsQuarantined_data();
    void damagedFileIsQuarantined();
    void cleanCloseIsRecorded();
    void outboxSurvivesReopen();
    void decisionIsStoredWholeOrNotAtAll();
    void walIsCopiedIntoTheFileOnAWorker();
    void documentSignaturesAreSealedRows();
    void schemaOneArchiveIsUpgraded();

private:
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
};

void TestArchiveDatabase::createdSealedAndPrivate()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        storage::ArchiveDatabase archive(data);
        QString error;
        QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
        QVERIFY(archive.putRecordVersion(samplePassport()));
        archive.putRequest(sampleRequest());
        archive.putConsent(sampleConsent());
        archive.putAccessEvent(sampleAccessEvent());
        archive.setCitizen(sampleCitizen());
        QCOMPARE(archive.latestRecords().size(), 1);
        QCOMPARE(archive.request(QStringLiteral("req-1"))->organisation.inn,
                 sampleOrganisation().inn);
        QCOMPARE(archive.citizen()->displayName, sampleCitizen().displayName);
        QCOMPARE(archive.integrityCheck(), QStringLiteral("ok"));
    }
    QCOMPARE(QFile::permissions(data) & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                    QFileDevice::WriteUser | QFileDevice::ExeUser);
    const QString file = data + QStringLiteral("/archive.sqlite");
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.size() > 1000);
    // Values, ids and even the record type are not in the file.
    for (const char *plain : {"123456", "4508", "770-001", "id_doc", "rec-passport", "req-1",
                              "7707083893", "Иванов", "CREDIT_CONSUMER"})
        QVERIFY2(!bytes.contains(QByteArray(plain)), plain);
    // The schema version is kept where SQLite keeps it.
    const QString name = QStringLiteral("version-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), storage::ArchiveDatabase::schemaVersion());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestArchiveDatabase::versionsAreKeptOnce()
{
    QTemporaryDir dir;
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    archive.open(m_key, &error);
    QVERIFY(archive.putRecordVersion(samplePassport()));
    QVERIFY(!archive.putRecordVersion(samplePassport())); // the same version again: nothing new
    QVERIFY(archive.putRecordVersion(secondPassport()));
    const QList<domain::Record> history = archive.history(QStringLiteral("rec-passport"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last(), secondPassport());
    QCOMPARE(archive.latestRecords(), QList<domain::Record>{secondPassport()});
    QVERIFY(archive.putAccessEvent(sampleAccessEvent()));
    QVERIFY(!archive.putAccessEvent(sampleAccessEvent()));
    QCOMPARE(archive.accessLog().size(), 1);
}

void TestArchiveDatabase::tamperedValueIsReportedOthersOpen()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("archive.sqlite"));
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        archive.open(m_key, &error);
        archive.putRecordVersion(samplePassport());
        archive.putRecordVersion(secondPassport());
    }
    // One byte in the middle of version 3's sealed value.
    rawSql(file, QStringLiteral("UPDATE records SET sealed = substr(sealed, 1, 40) ||"
                                " char((unicode(substr(sealed, 41, 1)) + 1) % 256) ||"
                                " substr(sealed, 42) WHERE version = 3"));
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    const QList<domain::Record> history = archive.history(QStringLiteral("rec-passport"));
    QCOMPARE(history.size(), 1); // version 2 still opens
    QCOMPARE(history.first(), samplePassport());
    QCOMPARE(archive.damagedRows(), 1);
}

void TestArchiveDatabase::rowMovedToAnotherIdDoesNotOpen()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("archive.sqlite"));
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        archive.open(m_key, &error);
        archive.putRecordVersion(samplePassport());
        archive.putRecordVersion(secondPassport());
    }
    // Version 2's ciphertext copied over version 3: the AAD names the version.
    rawSql(file, QStringLiteral("UPDATE records SET sealed = (SELECT sealed FROM records WHERE"
                                " version = 2) WHERE version = 3"));
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    archive.open(m_key, &error);
    QCOMPARE(archive.history(QStringLiteral("rec-passport")).size(), 1);
    QCOMPARE(archive.damagedRows(), 1);
}

void TestArchiveDatabase::wrongKeyChangesNothing()
{
    QTemporaryDir dir;
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        archive.open(m_key, &error);
        archive.putRecordVersion(samplePassport());
    }
    const QByteArray before = fileBytes(dir.filePath(QStringLiteral("archive.sqlite")));
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QCOMPARE(archive.open(storage::SecureBytes::random(32), &error),
             storage::ArchiveDatabase::OpenResult::WrongKey);
    QVERIFY(!archive.isOpen());
    QCOMPARE(fileBytes(dir.filePath(QStringLiteral("archive.sqlite"))), before);
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    QCOMPARE(archive.latestRecords().size(), 1);
}

void TestArchiveDatabase::damagedFileIsQuarantined_data()
{
    QTest::addColumn<QByteArray>("damage"); // "truncate", "garbage", "header"
    QTest::newRow("truncated") << QByteArray("truncate");
    QTest::newRow("not a database") << QByteArray("garbage");
    QTest::newRow("damaged header") << QByteArray("header");
}

void TestArchiveDatabase::damagedFileIsQuarantined()
{
    QFETCH(QByteArray, damage);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("archive.sqlite"));
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        archive.open(m_key, &error);
        for (int i = 0; i < 50; ++i) {
            domain::Record r = samplePassport();
            r.id = QStringLiteral("rec-%1").arg(i);
            archive.putRecordVersion(r);
        }
    }
    QByteArray bytes = fileBytes(file);
    if (damage == "truncate")
        bytes.truncate(bytes.size() / 3);
    else if (damage == "garbage")
        bytes = QByteArray(bytes.size(), 'x');
    else
        bytes.replace(0, 16, QByteArray(16, '\0'));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();

    // The check a session runs on a worker before it opens says so too, and
    // the open that follows checks again and moves the file aside.
    QVERIFY(!storage::ArchiveDatabase::fileIsSound(dir.path()));
    QCOMPARE(fileBytes(file), bytes);
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QString quarantined;
    QCOMPARE(archive.open(m_key, &error, &quarantined),
             storage::ArchiveDatabase::OpenResult::Quarantined);
    QVERIFY(!quarantined.isEmpty());
    QCOMPARE(fileBytes(quarantined), bytes);    // moved aside, never deleted
    QVERIFY(archive.latestRecords().isEmpty()); // a new, empty archive for a full sync
    QCOMPARE(archive.integrityCheck(), QStringLiteral("ok"));
    QVERIFY(storage::ArchiveDatabase::fileIsSound(dir.path()));
    QVERIFY(!storage::ArchiveDatabase::fileIsSound(dir.filePath(QStringLiteral("nothing"))));
}

void TestArchiveDatabase::cleanCloseIsRecorded()
{
    // A session opens an archive left exactly as a clean close left it
    // without reading it whole first; any other file is checked.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("archive.sqlite"));
    const QString record = dir.filePath(QStringLiteral("archive.closed"));
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
        QVERIFY(archive.putRecordVersion(samplePassport()));
        QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    }
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    QCOMPARE(QFile::permissions(record) & 0x0077, QFileDevice::Permissions()); // 0600
    // No personal value in it: the files' numbers and times only.
    const QByteArray recorded = fileBytes(record);
    QVERIFY(!recorded.contains("123456") && !recorded.contains("passport"));

    // Open again: the record goes at once (an app that dies now leaves none).
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        QCOMPARE(archive.open(m_key, &error, nullptr, true),
                 storage::ArchiveDatabase::OpenResult::Opened);
        QVERIFY(!QFile::exists(record));
        QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
        // A reader on a connection of its own records nothing when it closes.
        storage::ArchiveDatabase reader(dir.path());
        QVERIFY2(reader.openForReading(archive.readAccess(), &error), qPrintable(error));
        reader.close();
        QVERIFY(!QFile::exists(record));
    }
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));

    // Opened on the strength of that record alone: until a check in this
    // session says the file is sound, its close records nothing.
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        QCOMPARE(archive.open(m_key, &error, nullptr, true),
                 storage::ArchiveDatabase::OpenResult::Opened);
        QVERIFY(archive.isChecked());
        archive.setUnchecked();
        QVERIFY(!archive.isChecked());
    }
    QVERIFY(!QFile::exists(record));
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
        archive.setUnchecked();
        archive.markChecked(); // a later check said so
    }
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));

    // One byte changed and changed back, the size the same: the file's times
    // say it was written, and it is checked.
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadWrite));
        const qint64 offset = out.size() / 2;
        QVERIFY(out.seek(offset));
        char byte = 0;
        QVERIFY(out.getChar(&byte));
        QVERIFY(out.seek(offset));
        QVERIFY(out.putChar(char(byte ^ 0x5a)));
        QVERIFY(out.seek(offset));
        QVERIFY(out.putChar(byte));
    }
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    // A record that says something else, or none, neither.
    storage::ArchiveDatabase::recordCleanClose(dir.path());
    QVERIFY(storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    {
        QFile out(record);
        QVERIFY(out.open(QIODevice::Append));
        out.write("x");
    }
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    QVERIFY(QFile::remove(record));
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
    // A WAL left beside it (a run that was killed) is not as it was closed.
    storage::ArchiveDatabase::recordCleanClose(dir.path());
    {
        QFile wal(file + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
    }
    QVERIFY(!storage::ArchiveDatabase::isAsClosedCleanly(dir.path()));
}

void TestArchiveDatabase::outboxSurvivesReopen()
{
    QTemporaryDir dir;
    storage::OutboxEntry entry;
    entry.idempotencyKey = QStringLiteral("key-0123456789");
    entry.action = QStringLiteral("grant");
    entry.targetId = QStringLiteral("req-1");
    entry.optionalRecords = {QStringLiteral("contacts")};
    entry.createdAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    entry.state = QStringLiteral("waiting");
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        archive.open(m_key, &error);
        entry.id = archive.enqueueDecision(entry);
        QVERIFY(entry.id > 0);
    }
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    archive.open(m_key, &error);
    QCOMPARE(archive.decisions(QStringLiteral("waiting")), QList<storage::OutboxEntry>{entry});
    entry.state = QStringLiteral("acknowledged");
    archive.updateDecision(entry);
    QVERIFY(archive.decisions(QStringLiteral("waiting")).isEmpty());
    QCOMPARE(archive.decisions().size(), 1);
}

void TestArchiveDatabase::decisionIsStoredWholeOrNotAtAll()
{
    QTemporaryDir dir;
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
    QSqlDatabase db = onlyConnection();
    QVERIFY(db.isOpen());
    storage::OutboxEntry entry;
    entry.idempotencyKey = QStringLiteral("key-whole-or-nothing");
    entry.action = QStringLiteral("deny");
    entry.targetId = QStringLiteral("req-2");
    entry.createdAt = QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
    entry.state = QStringLiteral("waiting");
    // The sealed write, the second of the two steps, fails (as on a full
    // disk after the insert): nothing of the decision stays, not even an
    // empty row that could never be sent.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_seal BEFORE UPDATE ON outbox "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QCOMPARE(archive.enqueueDecision(entry), qint64(0));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Inside a caller's transaction the same holds, and the caller's own
    // work is not undone.
    QVERIFY(archive.transaction());
    archive.setMeta(QStringLiteral("probe"), QStringLiteral("kept"));
    QCOMPARE(archive.enqueueDecision(entry), qint64(0));
    QVERIFY(archive.commit());
    QCOMPARE(archive.meta(QStringLiteral("probe")), QStringLiteral("kept"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Once the disk takes writes again, the decision is stored whole.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_seal")));
    entry.id = archive.enqueueDecision(entry);
    QVERIFY(entry.id > 0);
    QCOMPARE(archive.decisions(QStringLiteral("waiting")), QList<storage::OutboxEntry>{entry});
}

void TestArchiveDatabase::walIsCopiedIntoTheFileOnAWorker()
{
    QTemporaryDir dir;
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
    // SQLite itself copies nothing at a commit on the archive's connection
    // (the GUI's thread): a checkpoint syncs the disk.
    QVERIFY(onlyConnection().isOpen());
    {
        QSqlQuery q(onlyConnection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // The database file alone (a copy without its WAL) has a committed row
    // once the worker has copied the WAL into it; the archive stays open.
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const auto recordsInFile = [&]() {
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        if (!QFile::copy(dir.filePath(QStringLiteral("archive.sqlite")), copy))
            return -1;
        int count = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            db.setDatabaseName(copy);
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("SELECT count(*) FROM records")) && q.next())
                count = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        return count;
    };
    QVERIFY(recordsInFile() < 1); // the file alone has not even the tables yet
    QVERIFY(archive.transaction());
    QVERIFY(archive.putRecordVersion(samplePassport()));
    QVERIFY(archive.commit());
    QTRY_COMPARE_WITH_TIMEOUT(recordsInFile(), 1, 10000);
    QCOMPARE(archive.latestRecords(), QList<domain::Record>{samplePassport()});
}

void TestArchiveDatabase::documentSignaturesAreSealedRows()
{
    QTemporaryDir dir;
    const QByteArray der = QByteArrayLiteral("0\x82\x05\x10 a detached CMS signature by FNS-ROOT");
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
        QVERIFY(!archive.documentSignature(QStringLiteral("abc123")));
        archive.putDocumentSignature(QStringLiteral("abc123"), der);
        archive.putDocumentSignature(QStringLiteral("def456"), der + "2");
        QCOMPARE(*archive.documentSignature(QStringLiteral("abc123")), der);
        archive.putDocumentSignature(QStringLiteral("abc123"), der + "3"); // replaced
        QCOMPARE(*archive.documentSignature(QStringLiteral("abc123")), der + "3");
        archive.removeDocumentSignature(QStringLiteral("abc123"));
        QVERIFY(!archive.documentSignature(QStringLiteral("abc123")));
        QCOMPARE(*archive.documentSignature(QStringLiteral("def456")), der + "2");
    }
    // Sealed as every row: neither the signature nor the file name is in the file.
    const QByteArray bytes = fileBytes(dir.filePath(QStringLiteral("archive.sqlite")));
    QVERIFY(!bytes.contains("FNS-ROOT"));
    QVERIFY(!bytes.contains("def456"));
    // A row moved to another file name does not open there.
    rawSql(dir.filePath(QStringLiteral("archive.sqlite")),
           QStringLiteral("UPDATE document_signatures SET kid = 'other'"));
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    QVERIFY(!archive.documentSignature(QStringLiteral("def456")));
}

void TestArchiveDatabase::schemaOneArchiveIsUpgraded()
{
    // An archive as version 1 of the schema left it (no signatures table)
    // opens, is upgraded, keeps its rows and takes signatures.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("archive.sqlite"));
    {
        storage::ArchiveDatabase archive(dir.path());
        QString error;
        QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
        QVERIFY(archive.putRecordVersion(samplePassport()));
    }
    rawSql(file, QStringLiteral("DROP TABLE document_signatures"));
    rawSql(file, QStringLiteral("PRAGMA user_version=1"));
    storage::ArchiveDatabase archive(dir.path());
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    QCOMPARE(archive.latestRecords().size(), 1);
    archive.putDocumentSignature(QStringLiteral("abc123"), QByteArrayLiteral("signature"));
    QCOMPARE(*archive.documentSignature(QStringLiteral("abc123")), QByteArrayLiteral("signature"));
    QSqlQuery q(onlyConnection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(storage::ArchiveDatabase::schemaVersion(), 2);
}

QTEST_GUILESS_MAIN(TestArchiveDatabase)
#include "tst_archivedatabase.moc"
