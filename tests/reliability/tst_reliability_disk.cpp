// A full disk while syncing: the client core (reliability-driver) downloads
// the documents into an archive that already holds the records, with no room
// to write — a file size limit (RLIMIT_FSIZE through prlimit, SIGXFSZ
// ignored so that writes fail with EFBIG), and as root also a small tmpfs in
// a private mount namespace (ENOSPC). The sync fails with a clear error and a
// non-zero exit, not a crash; the previous archive opens as it was (no
// quarantine), passes integrity_check and still holds every record; once
// there is room, the next sync completes.
#include "reliabilityresult.h"
#include "serverfixture.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cp;
using namespace cp::testing;

namespace {

qint64 treeSize(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

class TestReliabilityDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diskFull_data();
    void diskFull();
    void cleanupTestCase();

private:
    QStringList driverArgs(const QString &dataDir) const;

    ServerFixture m_server;
    QTemporaryDir m_tmp;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QString m_token;
    QString m_base;
    int m_records = 0;
    int m_runs = 0;
    int m_passed = 0;
};

void TestReliabilityDisk::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(CP_DRIVER)));
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    // The previous archive: every record, no document yet.
    m_base = m_tmp.filePath(QStringLiteral("base"));
    const ProcessRun first = runProcess(QStringLiteral(CP_DRIVER),
                                        driverArgs(m_base) << QStringLiteral("--no-documents"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    storage::ArchiveDatabase archive(m_base);
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    m_records = int(archive.latestRecords().size());
    QVERIFY(m_records > 30);
    QVERIFY(!archive.documents().isEmpty());
}

void TestReliabilityDisk::cleanupTestCase()
{
    reportScenario(QStringLiteral("disk-full"), m_runs, m_passed);
}

QStringList TestReliabilityDisk::driverArgs(const QString &dataDir) const
{
    const QByteArray key(reinterpret_cast<const char *>(m_key.data()), m_key.size());
    return {QStringLiteral("--data-dir"), dataDir,
            QStringLiteral("--server"),   m_server.baseUrl(),
            QStringLiteral("--ca"),       m_server.caPath(),
            QStringLiteral("--token"),    m_token,
            QStringLiteral("--key"),      QString::fromLatin1(key.toHex())};
}

void TestReliabilityDisk::diskFull_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("room"); // kB: the file size limit, or what the tmpfs has beyond the data
    QTest::newRow("file size limit 12 kB (EFBIG on open)") << QStringLiteral("rlimit") << 12;
    QTest::newRow("file size limit 40 kB (EFBIG while syncing)") << QStringLiteral("rlimit") << 40;
    QTest::newRow("tmpfs with 40 kB free (ENOSPC)") << QStringLiteral("tmpfs") << 40;
}

void TestReliabilityDisk::diskFull()
{
    QFETCH(QString, how);
    QFETCH(int, room);
    const QString dir = m_tmp.filePath(how + QString::number(room));
    QVERIFY(copyTree(m_base, dir));
    ProcessRun full;
    if (how == u"rlimit") {
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty());
        // Smaller than the archive file: neither it nor a document can grow.
        const qint64 limit = room * 1024;
        QVERIFY(QFileInfo(dir + QStringLiteral("/archive.sqlite")).size() > limit);
        full = runProcess(
            QStringLiteral("sh"),
            QStringList{
                QStringLiteral("-c"),
                QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 -- \"$@\"").arg(limit),
                QStringLiteral("sh"), QStringLiteral(CP_DRIVER)} +
                driverArgs(dir));
    } else {
        if (::geteuid() != 0)
            QSKIP("a tmpfs in a private mount namespace needs root");
        // Room for the archive as it is and a little more, not for the documents.
        const qint64 size = (treeSize(dir) + room * 1024 + 4095) / 4096 * 4096;
        const QString mount = m_tmp.filePath(QStringLiteral("tmpfs-mount"));
        QDir().mkpath(mount);
        const QString script =
            QStringLiteral(
                "mount -t tmpfs -o size=%1,mode=0700 tmpfs \"$1\" || exit 90\n"
                "cp -a \"$2/.\" \"$1/\" || exit 91\n"
                "shift 2; d=$1; shift\n"
                "\"$@\"; rc=$?\n"
                "df -k \"$d\" >&2\n"
                "rm -rf \"$OUT\"; mkdir -p \"$OUT\" && cp -a \"$d/.\" \"$OUT/\" || exit 92\n"
                "exit $rc\n")
                .arg(size);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUT"), dir);
        QStringList args = driverArgs(mount);
        full =
            runProcess(QStringLiteral("unshare"),
                       QStringList{QStringLiteral("-m"), QStringLiteral("--"), QStringLiteral("sh"),
                                   QStringLiteral("-c"), script, QStringLiteral("sh"), mount, dir,
                                   mount, QStringLiteral(CP_DRIVER)} +
                           args,
                       env);
        if (full.exitCode >= 90 && full.exitCode <= 91)
            QSKIP(qPrintable(u"no tmpfs in a private mount namespace here: "_qs +
                             QString::fromUtf8(full.err)));
        QVERIFY2(full.exitCode != 92, qPrintable(full.describe()));
    }
    ++m_runs;
    bool passed = false;
    auto record = qScopeGuard([&]() { m_passed += passed; });

    // A clear failure, not a crash and not a success: the archive refused to
    // open (exit 3) or the sync failed (exit 1), saying why.
    QVERIFY2(!full.crashed && (full.exitCode == 1 || full.exitCode == 3),
             qPrintable(full.describe()));
    static const QRegularExpression said(QStringLiteral("^(?:DONE 1 events=\\d+|OPEN \\d+) (.*)$"),
                                         QRegularExpression::MultilineOption);
    const QString message = said.match(QString::fromUtf8(full.out)).captured(1);
    qInfo("the client said: %s", qPrintable(message));
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("written|disk|space|full"))),
             qPrintable(full.describe()));

    // The previous archive, as it was.
    {
        storage::ArchiveDatabase archive(dir);
        QString error;
        QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
        QCOMPARE(archive.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(archive.latestRecords().size(), m_records);
        QVERIFY(archive.citizen().has_value());
    }

    // With room again, the sync completes.
    const ProcessRun again = runProcess(QStringLiteral(CP_DRIVER), driverArgs(dir));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    storage::ArchiveDatabase archive(dir);
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    QCOMPARE(archive.integrityCheck(), QStringLiteral("ok"));
    const storage::DocumentStore files(dir, m_key);
    for (const storage::ArchivedDocument &d : archive.documents()) {
        QCOMPARE(d.state, QStringLiteral("complete"));
        const auto content = files.content(d.fileName, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(QCryptographicHash::hash(*content, QCryptographicHash::Sha256), d.info.sha256);
    }
    passed = true;
}

QTEST_GUILESS_MAIN(TestReliabilityDisk)
#include "tst_reliability_disk.moc"
