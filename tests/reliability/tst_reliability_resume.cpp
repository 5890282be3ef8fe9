// Resuming a document download against a server that the test scripts
// (HostileHttpsServer, a CA of the test's own): a cut at a random byte then a
// resume from where the partial file ends; the ETag changed between attempts
// (If-Range gives the whole new document: start again from zero); a server
// that ignores Range (200: start again); a 206 whose Content-Range starts at
// the wrong offset (refused: never appended). Every success ends with the
// SHA-256 of the stored plaintext matching; every failure leaves no complete
// file behind.
#include "certificatefactory.h"
#include "hostilehttpsserver.h"
#include "net/apiclient.h"
#include "reliabilityresult.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"
#include "sync/documentdownloader.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using namespace cp::testing;

namespace {

const QString kDoc = QStringLiteral("doc-resume");

// How the scripted server answers the content of kDoc.
struct Behaviour
{
    QByteArray content;
    QByteArray etag = "\"v1\"";
    qint64 cutAt = -1;          // the next answer stops after this many body bytes
    bool ignoreRange = false;   // always 200 with everything
    qint64 wrongStart = 0;      // added to the start of every Content-Range
    QList<QByteArray> ranges;   // the Range header of each request ("" when none)
    QList<QByteArray> ifRanges; // the If-Range header of each request
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

} // namespace

class TestReliabilityResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cutAtRandomBytesThenResume();
    void etagChangedStartsFromZero();
    void ignoredRangeStartsFromZero();
    void wrongContentRangeIsRefused();
    void wrongContentRangeEveryTimeFailsClearly();
    void cleanupTestCase();

private:
    void setContent(const QByteArray &content, const QByteArray &etag);
    bool download(net::ApiError *error);
    QByteArray stored();
    void count(bool passed);

    std::unique_ptr<CertificateFactory> m_ca;
    std::unique_ptr<HostileHttpsServer> m_hostile;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::ArchiveDatabase> m_archive;
    std::unique_ptr<storage::DocumentStore> m_files;
    std::unique_ptr<net::ApiClient> m_client;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QString m_caPath;
    QTemporaryDir m_tmp;
    Behaviour m_behaviour;
    int m_runs = 0;
    int m_passed = 0;
};

void TestReliabilityResume::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    m_ca = std::make_unique<CertificateFactory>(QStringLiteral("Resume test CA"));
    QVERIFY(m_ca->isValid());
    m_caPath = m_tmp.filePath(QStringLiteral("ca.pem"));
    QVERIFY(m_ca->writeCa(m_caPath));
    m_hostile =
        std::make_unique<HostileHttpsServer>(m_ca->issue(CertificateFactory::loopbackNames()));
    QVERIFY(m_hostile->listen());
    m_hostile->setResponder(
        [this](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
            if (request.target != "/api/v1/documents/" + kDoc.toLatin1() + "/content")
                return std::nullopt;
            Behaviour &b = m_behaviour;
            const QByteArray range = request.header("Range");
            const QByteArray ifRange = request.header("If-Range");
            b.ranges.append(range);
            b.ifRanges.append(ifRange);
            ScriptedResponse r;
            r.headers.append(qMakePair(QByteArray("ETag"), b.etag));
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/pdf")));
            qint64 start = 0;
            static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-$"));
            const auto m = re.match(QString::fromLatin1(range));
            const bool partial =
                !b.ignoreRange && m.hasMatch() && (ifRange.isEmpty() || ifRange == b.etag);
            if (partial || b.wrongStart != 0) {
                start = partial ? m.captured(1).toLongLong() : 0;
                r.status = 206;
                r.headers.append(qMakePair(QByteArray("Content-Range"),
                                           "bytes " + QByteArray::number(start + b.wrongStart) +
                                               '-' + QByteArray::number(b.content.size() - 1) +
                                               '/' + QByteArray::number(b.content.size())));
            }
            r.body = b.content.mid(start);
            if (b.cutAt >= 0) {
                // The length of the whole answer is announced; the body stops short.
                r.headers.append(
                    qMakePair(QByteArray("Content-Length"), QByteArray::number(r.body.size())));
                r.body.truncate(b.cutAt);
                r.closeAfter = true;
                b.cutAt = -1;
            }
            return r;
        });
}

void TestReliabilityResume::init()
{
    m_behaviour = Behaviour();
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = std::make_unique<storage::ArchiveDatabase>(m_dir->path());
    QString error;
    QCOMPARE(m_archive->open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
    m_files = std::make_unique<storage::DocumentStore>(m_dir->path(), m_key);
    m_client = std::make_unique<net::ApiClient>();
    net::ServerSettings settings;
    settings.baseUrl = m_hostile->url();
    settings.caFile = m_caPath;
    settings.maxAttempts = 2;
    settings.transferTimeoutMs = 10000;
    QVERIFY2(m_client->configure(settings, &error), qPrintable(error));
    m_client->setAccessToken("resume-token");
}

void TestReliabilityResume::cleanup()
{
    m_client.reset();
    m_files.reset();
    m_archive.reset();
    m_dir.reset();
}

void TestReliabilityResume::cleanupTestCase()
{
    reportScenario(QStringLiteral("resume"), m_runs, m_passed);
}

void TestReliabilityResume::setContent(const QByteArray &content, const QByteArray &etag)
{
    m_behaviour.content = content;
    m_behaviour.etag = etag;
    storage::ArchivedDocument document;
    if (const auto stored = m_archive->document(kDoc))
        document = *stored;
    document.info.id = kDoc;
    document.info.kind = QStringLiteral("upload");
    document.info.origin = domain::DocumentOrigin::Uploaded;
    document.info.title = QStringLiteral("resume");
    document.info.mediaType = QStringLiteral("application/pdf");
    document.info.issuedAt = QDateTime::currentDateTimeUtc();
    document.info.size = content.size();
    document.info.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    document.info.hasSignature = false;
    if (document.state.isEmpty())
        document.state = QStringLiteral("none");
    m_archive->putDocument(document);
}

bool TestReliabilityResume::download(net::ApiError *error)
{
    sync::DocumentDownloader downloader(m_client.get(), m_archive.get(), m_files.get());
    bool finished = false;
    bool ok = false;
    downloader.download(kDoc, [&](bool success, const net::ApiError &e) {
        finished = true;
        ok = success;
        if (error)
            *error = e;
    });
    QDeadlineTimer deadline(60000);
    while (!finished && !deadline.hasExpired())
        QTest::qWait(10);
    return finished && ok;
}

QByteArray TestReliabilityResume::stored()
{
    const auto document = m_archive->document(kDoc);
    if (!document || document->state != u"complete")
        return {};
    QString error;
    return m_files->content(document->fileName, &error).value_or(QByteArray());
}

void TestReliabilityResume::count(bool passed)
{
    ++m_runs;
    m_passed += passed;
}

void TestReliabilityResume::cutAtRandomBytesThenResume()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    for (int round = 0; round < 6; ++round) {
        cleanup();
        init();
        const QByteArray content = randomBytes(300000 + random.bounded(900000), seed + round);
        setContent(content, "\"v1\"");
        const qint64 cut = 1 + random.bounded(int(content.size() - 2));
        m_behaviour.cutAt = cut;
        net::ApiError error;
        QVERIFY2(!download(&error), "a cut download cannot succeed");
        QVERIFY(!error.ok());
        const auto document = m_archive->document(kDoc);
        QVERIFY(document);
        const qint64 kept = m_files->partialSize(document->fileName);
        QVERIFY2(kept <= cut,
                 qPrintable(QStringLiteral("kept %1 of a cut at %2").arg(kept).arg(cut)));
        QVERIFY(stored().isEmpty());

        const bool ok = download(&error);
        count(ok && stored() == content);
        QVERIFY2(ok, qPrintable(error.message));
        QCOMPARE(m_behaviour.ranges.size(), 2);
        QCOMPARE(m_behaviour.ranges.first(), QByteArray());
        if (kept > 0) {
            // The resume asked for exactly the rest, on the condition of the ETag.
            QCOMPARE(m_behaviour.ranges.last(), "bytes=" + QByteArray::number(kept) + '-');
            QCOMPARE(m_behaviour.ifRanges.last(), QByteArray("\"v1\""));
        }
        QCOMPARE(QCryptographicHash::hash(stored(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }
}

void TestReliabilityResume::etagChangedStartsFromZero()
{
    const QByteArray first = randomBytes(800000, 7);
    setContent(first, "\"v1\"");
    m_behaviour.cutAt = 600000;
    net::ApiError error;
    QVERIFY(!download(&error));
    QVERIFY(m_files->partialSize(m_archive->document(kDoc)->fileName) > 0);
    // The document changed on the server (and the sync learnt its new checksum).
    const QByteArray second = randomBytes(500000, 8);
    setContent(second, "\"v2\"");
    const bool ok = download(&error);
    count(ok && stored() == second);
    QVERIFY2(ok, qPrintable(error.message));
    QCOMPARE(m_behaviour.ifRanges.last(), QByteArray("\"v1\"")); // asked on the old ETag
    QCOMPARE(stored(), second); // nothing of the old version mixed in
    QCOMPARE(m_archive->document(kDoc)->etag, QByteArray("\"v2\""));
}

void TestReliabilityResume::ignoredRangeStartsFromZero()
{
    const QByteArray content = randomBytes(700000, 9);
    setContent(content, "\"v1\"");
    m_behaviour.cutAt = 400000;
    net::ApiError error;
    QVERIFY(!download(&error));
    m_behaviour.ignoreRange = true;
    const bool ok = download(&error);
    count(ok && stored() == content);
    QVERIFY2(ok, qPrintable(error.message));
    QVERIFY(m_behaviour.ranges.last().startsWith("bytes="));
    QCOMPARE(stored(), content);
}

void TestReliabilityResume::wrongContentRangeIsRefused()
{
    const QByteArray content = randomBytes(700000, 10);
    setContent(content, "\"v1\"");
    m_behaviour.cutAt = 400000;
    net::ApiError error;
    QVERIFY(!download(&error));
    QVERIFY(m_files->partialSize(m_archive->document(kDoc)->fileName) > 0);
    // The 206 claims to start 5 bytes later than asked: never appended. The
    // download starts again from zero, where the server answers right.
    m_behaviour.wrongStart = 5;
    int answered = 0;
    connect(m_hostile.get(), &HostileHttpsServer::requestReceived, this, [this, &answered]() {
        if (++answered == 1)
            m_behaviour.wrongStart = 0;
    });
    const bool ok = download(&error);
    disconnect(m_hostile.get(), &HostileHttpsServer::requestReceived, this, nullptr);
    count(ok && stored() == content);
    QVERIFY2(ok, qPrintable(net::ApiError::kindName(error.kind) + u": "_qs + error.message));
    QCOMPARE(m_behaviour.ranges.size(), 3);
    QVERIFY(m_behaviour.ranges.at(1).startsWith("bytes="));
    QCOMPARE(m_behaviour.ranges.at(2), QByteArray()); // from zero
    QCOMPARE(stored(), content);
}

void TestReliabilityResume::wrongContentRangeEveryTimeFailsClearly()
{
    const QByteArray content = randomBytes(500000, 11);
    setContent(content, "\"v1\"");
    m_behaviour.cutAt = 300000;
    net::ApiError error;
    QVERIFY(!download(&error));
    m_behaviour.wrongStart = 3; // every 206, and a 206 even to a request without Range
    const bool ok = download(&error);
    const bool clear = !ok && error.kind == net::ApiError::Kind::Protocol && stored().isEmpty();
    count(clear);
    QVERIFY(!ok);
    QVERIFY2(error.kind == net::ApiError::Kind::Protocol,
             qPrintable(net::ApiError::kindName(error.kind) + u": "_qs + error.message));
    QVERIFY2(error.message.contains(u"range"), qPrintable(error.message));
    QVERIFY(stored().isEmpty());
    QVERIFY(!QFileInfo::exists(m_files->contentPath(m_archive->document(kDoc)->fileName)));
}

QTEST_GUILESS_MAIN(TestReliabilityResume)
#include "tst_reliability_resume.moc"
