// A damaged archive file — truncated at several offsets, or with a byte
// flipped in its header or in a page's b-tree header — is moved aside
// (quarantined, its bytes kept as they were) when opened, and a sync into the
// new archive brings everything back: every record, every document whole,
// integrity_check ok. An archive cut to nothing holds nothing to keep: it
// opens empty and the sync rebuilds it.
#include "reliabilityresult.h"
#include "serverfixture.h"
#include "syncclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using namespace cp::testing;

class TestReliabilityCorrupt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedArchiveIsQuarantinedAndRebuilt_data();
    void damagedArchiveIsQuarantinedAndRebuilt();
    void cleanupTestCase();

private:
    ServerFixture m_server;
    QTemporaryDir m_tmp;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QString m_token;
    QString m_reference;
    qint64 m_size = 0;
    int m_pageSize = 4096;
    int m_records = 0;
    int m_documents = 0;
    int m_runs = 0;
    int m_passed = 0;
};

void TestReliabilityCorrupt::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    m_reference = m_tmp.filePath(QStringLiteral("reference"));
    {
        SyncClient client(m_server, m_reference, m_key, m_token);
        QVERIFY(client.syncOnce());
        m_records = int(client.archive.latestRecords().size());
        m_documents = int(client.archive.documents().size());
        client.archive.close(); // checkpointed: the whole archive in one file
    }
    QVERIFY(!QFileInfo::exists(m_reference + QStringLiteral("/archive.sqlite-wal")) ||
            QFileInfo(m_reference + QStringLiteral("/archive.sqlite-wal")).size() == 0);
    QFile file(m_reference + QStringLiteral("/archive.sqlite"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    m_pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    if (m_pageSize == 1)
        m_pageSize = 65536;
    m_size = file.size();
    QVERIFY2(m_size >= 8 * m_pageSize, "the archive is too small for the damage rows");
}

void TestReliabilityCorrupt::cleanupTestCase()
{
    reportScenario(QStringLiteral("corrupt"), m_runs, m_passed);
}

void TestReliabilityCorrupt::damagedArchiveIsQuarantinedAndRebuilt_data()
{
    // What is done to the file: truncate to `offset` (flip < 0), or flip
    // the byte at `offset` with `flip`; in pages when `inPages`.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<double>("where"); // a fraction of the size, or a byte offset when >= 1
    QTest::addColumn<bool>("quarantine");
    QTest::newRow("truncated to nothing") << u"truncate"_qs << 0.0 << false;
    QTest::newRow("truncated in the header") << u"truncate"_qs << 60.0 << true;
    QTest::newRow("truncated after the first page") << u"truncate-pages"_qs << 1.0 << true;
    QTest::newRow("truncated to a quarter") << u"truncate-pages"_qs << 0.25 << true;
    QTest::newRow("truncated to half") << u"truncate-pages"_qs << 0.5 << true;
    QTest::newRow("last page missing") << u"truncate-pages"_qs << -1.0 << true;
    QTest::newRow("magic string flipped") << u"flip"_qs << 3.0 << true;
    QTest::newRow("page size flipped") << u"flip"_qs << 16.0 << true;
    QTest::newRow("b-tree page type of page 2 flipped") << u"flip-page-type"_qs << 2.0 << true;
    QTest::newRow("b-tree page type of a middle page flipped")
        << u"flip-page-type"_qs << 0.5 << true;
}

void TestReliabilityCorrupt::damagedArchiveIsQuarantinedAndRebuilt()
{
    QFETCH(QString, damage);
    QFETCH(double, where);
    QFETCH(bool, quarantine);
    ++m_runs;
    const QString dir = m_tmp.filePath(QStringLiteral("case-%1").arg(m_runs));
    QVERIFY(copyTree(m_reference, dir));
    const QString path = dir + QStringLiteral("/archive.sqlite");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = m_size / m_pageSize;
    if (damage == u"truncate") {
        QVERIFY(file.resize(qint64(where)));
    } else if (damage == u"truncate-pages") {
        const qint64 keep = where < 0    ? pages - 1
                            : where >= 1 ? qint64(where)
                                         : qint64(pages * where);
        QVERIFY(file.resize(keep * m_pageSize));
    } else {
        qint64 offset = qint64(where);
        if (damage == u"flip-page-type") {
            const qint64 page = where >= 1 ? qint64(where) : qint64(pages * where);
            offset = (page - 1) * m_pageSize; // the first byte of a page: its b-tree type
        }
        QVERIFY(file.seek(offset));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(offset));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }
    file.close();
    QFile damagedFile(path);
    QVERIFY(damagedFile.open(QIODevice::ReadOnly));
    const QByteArray damaged = damagedFile.readAll();
    damagedFile.close();

    bool passed = false;
    auto record = qScopeGuard([&]() { m_passed += passed; });
    SyncClient client(m_server, dir, m_key, m_token);
    const auto expected = quarantine ? storage::ArchiveDatabase::OpenResult::Quarantined
                                     : storage::ArchiveDatabase::OpenResult::Opened;
    QCOMPARE(client.opened, expected);
    if (quarantine) {
        // The damaged bytes are kept beside, untouched.
        const QStringList aside =
            QDir(dir).entryList({QStringLiteral("archive.sqlite.damaged-*")}, QDir::Files);
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir).entryList().join(u' ')));
        QString kept;
        for (const QString &name : aside) {
            if (!name.endsWith(u"-wal") && !name.endsWith(u"-shm"))
                kept = name;
        }
        QFile keptFile(dir + u'/' + kept);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QVERIFY(keptFile.readAll() == damaged);
    }
    QVERIFY(client.archive.latestRecords().isEmpty());
    QVERIFY(client.engine->isFirstSync());
    net::ApiError error;
    QVERIFY2(client.syncOnce(&error), qPrintable(error.message));
    QCOMPARE(client.archive.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(client.archive.latestRecords().size(), m_records);
    QCOMPARE(client.archive.documents().size(), m_documents);
    for (const storage::ArchivedDocument &d : client.archive.documents()) {
        QCOMPARE(d.state, QStringLiteral("complete"));
        QString readError;
        const auto content = client.files.content(d.fileName, &readError);
        QVERIFY2(content, qPrintable(readError));
        QCOMPARE(QCryptographicHash::hash(*content, QCryptographicHash::Sha256), d.info.sha256);
    }
    passed = true;
}

QTEST_GUILESS_MAIN(TestReliabilityCorrupt)
#include "tst_reliability_corrupt.moc"
