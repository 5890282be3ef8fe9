// The sync engine pointed at a hostile server: a HostileHttpsServer that
// mirrors the real profile-server's answers (recorded first) and changes
// one of them per case — JSON nested 100 000 deep, 50 MB of JSON, invalid
// UTF-8, wrong types, missing members, negative sizes, document ids with
// "../", absolute paths and NUL bytes, a Content-Length longer or shorter
// than the body, a gzip bomb, a wrong SHA-256, a tampered signature. Each
// case ends cleanly (no crash; the sync fails with a protocol error, or the
// one damaged document is left incomplete, or its signature is not valid),
// nothing is written outside the data folder, and every file in it is 0600
// and every folder 0700. And a server whose certificate must not be trusted
// (unknown CA, wrong host, expired, not yet valid, self-signed, pin
// mismatch) learns nothing from a sync that starts by sending a waiting
// decision: not one decrypted byte, so neither the body nor the token
// (tst_apiclient has the same for single requests and the redirects).
#include "certificatefactory.h"
#include "hostilehttpsserver.h"
#include "net/apiclient.h"
#include "reliabilityresult.h"
#include "serverfixture.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/syncengine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace cp;
using namespace cp::testing;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

quint32 crc32(const QByteArray &data)
{
    static const auto table = []() {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

// A gzip member holding `size` zero bytes (about a thousandth of it on the wire).
QByteArray gzipBomb(qsizetype size)
{
    const QByteArray plain(size, '\0');
    const QByteArray zlib = qCompress(plain, 9); // 4-byte length, zlib header, deflate, adler32
    QByteArray gz("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    gz += zlib.mid(6, zlib.size() - 6 - 4);
    const quint32 crc = crc32(plain);
    const quint32 isize = quint32(size);
    for (int i = 0; i < 4; ++i)
        gz += char((crc >> (8 * i)) & 0xff);
    for (int i = 0; i < 4; ++i)
        gz += char((isize >> (8 * i)) & 0xff);
    return gz;
}

struct Mirrored
{
    int status = 0;
    Headers headers;
    QByteArray body;
};

} // namespace

class TestReliabilityHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileAnswer_data();
    void hostileAnswer();
    void untrustedServerLearnsNothing_data();
    void untrustedServerLearnsNothing();
    void cleanupTestCase();

private:
    struct Outcome
    {
        bool finished = false;
        bool ok = false;
        net::ApiError error;
    };
    Outcome syncInto(const QString &dataDir, bool downloads = true);
    bool record(const QString &target);

    ServerFixture m_server;
    std::unique_ptr<CertificateFactory> m_ca;
    std::unique_ptr<HostileHttpsServer> m_hostile;
    QTemporaryDir m_tmp;
    QString m_caPath;
    QString m_token;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QHash<QByteArray, Mirrored> m_mirror; // request target → the real server's answer
    QSet<QByteArray> m_missing;
    // The change of the current case: target → answer.
    std::function<std::optional<ScriptedResponse>(const RecordedRequest &, const Mirrored &)>
        m_change;
    QString m_documentId; // the first document of the real list
    QString m_escape;     // a path outside everything that a traversal would create
    QByteArray m_bomb;    // gzip of 100 MiB of zeros
    int m_runs = 0;
    int m_passed = 0;
};

bool TestReliabilityHostile::record(const QString &target)
{
    const Reply r = m_server.get(target, m_token);
    if (r.status == 0)
        return false;
    Mirrored m;
    m.status = r.status;
    m.body = r.body;
    for (const auto &[name, value] : r.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "content-length" && lower != "connection" && lower != "transfer-encoding" &&
            lower != "content-encoding" && lower != "keep-alive")
            m.headers.append({name, value});
    }
    m_mirror.insert(target.toLatin1(), m);
    return true;
}

void TestReliabilityHostile::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QString error;
    QVERIFY2(
        m_server.start({QStringLiteral("--access-token-seconds"), QStringLiteral("3600")}, &error),
        qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    m_ca = std::make_unique<CertificateFactory>(QStringLiteral("Hostile mirror CA"));
    m_caPath = m_tmp.filePath(QStringLiteral("ca.pem"));
    QVERIFY(m_ca->writeCa(m_caPath));
    m_hostile =
        std::make_unique<HostileHttpsServer>(m_ca->issue(CertificateFactory::loopbackNames()));
    QVERIFY(m_hostile->listen());
    m_hostile->setResponder(
        [this](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
            const auto it = m_mirror.constFind(request.target);
            if (it == m_mirror.constEnd()) {
                m_missing.insert(request.target);
                return ScriptedResponse::json(404, R"({"error":"not_found","message":"x"})");
            }
            if (m_change) {
                if (auto changed = m_change(request, *it))
                    return changed;
            }
            ScriptedResponse r;
            r.status = it->status;
            r.headers = it->headers;
            r.body = it->body;
            return r;
        });
    m_bomb = gzipBomb(qsizetype(100) * 1024 * 1024);
    QVERIFY(m_bomb.size() < 1024 * 1024);
    m_escape = QDir::tempPath() + QStringLiteral("/cp-hostile-escape-") +
               QString::number(QRandomGenerator::global()->generate());

    // Learn every answer a whole first sync needs from the real server.
    for (int round = 0; round < 40; ++round) {
        m_missing.clear();
        const Outcome o = syncInto(m_tmp.filePath(QStringLiteral("learn-%1").arg(round)));
        if (m_missing.isEmpty()) {
            QVERIFY2(o.ok, qPrintable(o.error.message));
            break;
        }
        for (const QByteArray &target : std::as_const(m_missing))
            QVERIFY(record(QString::fromLatin1(target)));
    }
    QVERIFY(m_missing.isEmpty());
    const QJsonArray documents = QJsonDocument::fromJson(m_mirror.value("/api/v1/documents").body)
                                     .object()
                                     .value(u"documents")
                                     .toArray();
    QVERIFY(!documents.isEmpty());
    m_documentId = documents.first().toObject().value(u"id").toString();
    QVERIFY(m_mirror.contains("/api/v1/documents/" + m_documentId.toLatin1() + "/content"));
    // Accept-Encoding: identity on every request the client sent.
    for (const RecordedRequest &r : m_hostile->requests())
        QCOMPARE(r.header("Accept-Encoding"), QByteArray("identity"));
}

void TestReliabilityHostile::cleanupTestCase()
{
    reportScenario(QStringLiteral("hostile-server"), m_runs, m_passed);
}

TestReliabilityHostile::Outcome TestReliabilityHostile::syncInto(const QString &dataDir,
                                                                 bool downloads)
{
    storage::ArchiveDatabase archive(dataDir);
    QString error;
    archive.open(m_key, &error);
    storage::DocumentStore files(dataDir, m_key);
    net::ApiClient api;
    net::ServerSettings settings;
    settings.baseUrl = m_hostile->url();
    settings.caFile = m_caPath;
    settings.maxAttempts = 1;
    settings.transferTimeoutMs = 5000;
    api.configure(settings, &error);
    api.setAccessToken(m_token.toLatin1());
    sync::ConsentDecisionOutbox outbox(&api, &archive);
    sync::SyncEngine engine(&api, &archive, &files, &outbox);
    sync::SyncOptions options;
    options.downloadDocuments = downloads;
    engine.setOptions(options);
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    engine.sync();
    Outcome o;
    o.finished = finished.wait(120000) || !finished.isEmpty();
    if (o.finished) {
        o.ok = finished.first().at(0).toBool();
        o.error = finished.first().at(1).value<net::ApiError>();
    }
    return o;
}

void TestReliabilityHostile::hostileAnswer_data()
{
    QTest::addColumn<QString>("target"); // the request target changed; {doc} the first document
    QTest::addColumn<QString>("change");
    // fail: the sync fails with a protocol error; document-incomplete: that
    // document is not kept, the others are whole; network-stop: the sync
    // stops as on a cut connection, that document not kept;
    // signature-not-valid: kept, its signature not valid; any: no crash.
    QTest::addColumn<QString>("expect");

    QTest::newRow("JSON nested 100 000 deep") << u"/api/v1/records"_qs << u"deep"_qs << u"fail"_qs;
    QTest::newRow("50 MB of JSON") << u"/api/v1/records"_qs << u"huge"_qs << u"fail"_qs;
    QTest::newRow("invalid UTF-8") << u"/api/v1/documents"_qs << u"utf8"_qs << u"fail"_qs;
    QTest::newRow("wrong type (size as text)")
        << u"/api/v1/documents"_qs << u"doc:size=\"12\""_qs << u"fail"_qs;
    QTest::newRow("missing member (sha256)")
        << u"/api/v1/documents"_qs << u"doc:-sha256"_qs << u"fail"_qs;
    QTest::newRow("negative size") << u"/api/v1/documents"_qs << u"doc:size=-5"_qs << u"fail"_qs;
    QTest::newRow("id with ../") << u"/api/v1/documents"_qs << u"doc:id=escape"_qs << u"fail"_qs;
    QTest::newRow("id an absolute path")
        << u"/api/v1/documents"_qs << u"doc:id=absolute"_qs << u"fail"_qs;
    QTest::newRow("id with a NUL byte")
        << u"/api/v1/documents"_qs << u"doc:id=nul"_qs << u"fail"_qs;
    QTest::newRow("title with ../ and NUL")
        << u"/api/v1/documents"_qs << u"doc:title"_qs << u"any"_qs;
    QTest::newRow("Content-Length longer than the body")
        << u"/api/v1/documents/{doc}/content"_qs << u"length+"_qs << u"network-stop"_qs;
    QTest::newRow("Content-Length shorter than the body")
        << u"/api/v1/documents/{doc}/content"_qs << u"length-"_qs << u"document-incomplete"_qs;
    QTest::newRow("gzip bomb (content)")
        << u"/api/v1/documents/{doc}/content"_qs << u"gzip"_qs << u"document-incomplete"_qs;
    QTest::newRow("gzip bomb (JSON)") << u"/api/v1/records"_qs << u"gzip"_qs << u"fail"_qs;
    QTest::newRow("wrong SHA-256 (a byte changed)")
        << u"/api/v1/documents/{doc}/content"_qs << u"flip"_qs << u"document-incomplete"_qs;
    QTest::newRow("tampered signature")
        << u"/api/v1/documents/{doc}/signature"_qs << u"flip"_qs << u"signature-not-valid"_qs;
}

void TestReliabilityHostile::hostileAnswer()
{
    QFETCH(QString, target);
    QFETCH(QString, change);
    QFETCH(QString, expect);
    ++m_runs;
    bool passed = false;
    auto count = qScopeGuard([&]() {
        m_passed += passed;
        m_change = {};
    });
    const QByteArray path = target.replace(u"{doc}"_qs, m_documentId).toLatin1();
    QVERIFY(m_mirror.contains(path));
    const QString escape = m_escape;
    const QByteArray bomb = m_bomb;

    m_change = [path, change, escape,
                bomb](const RecordedRequest &request,
                      const Mirrored &real) -> std::optional<ScriptedResponse> {
        if (request.target != path)
            return std::nullopt;
        ScriptedResponse r;
        r.status = real.status;
        r.headers = real.headers;
        r.body = real.body;
        if (change == u"deep") {
            r.body = QByteArray(100000, '[') + QByteArray(100000, ']');
        } else if (change == u"huge") {
            // 50 MB in one record: valid JSON, refused by the domain (too long).
            r.body = "{\"records\":[{\"type\":\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}]}";
        } else if (change == u"utf8") {
            r.body.replace("\"title\":\"", "\"title\":\"\xff\xfe\xc3\x28");
        } else if (change.startsWith(u"doc:")) {
            QJsonObject list = QJsonDocument::fromJson(real.body).object();
            QJsonArray documents = list.value(u"documents").toArray();
            QJsonObject first = documents.first().toObject();
            const QString what = change.mid(4);
            if (what == u"size=\"12\"")
                first.insert(u"size"_qs, u"12"_qs);
            else if (what == u"-sha256")
                first.remove(u"sha256"_qs);
            else if (what == u"size=-5")
                first.insert(u"size"_qs, -5);
            else if (what == u"id=escape")
                first.insert(u"id"_qs, QString(u"../../../../../../.."_qs + escape));
            else if (what == u"id=absolute")
                first.insert(u"id"_qs, escape);
            else if (what == u"id=nul")
                first.insert(u"id"_qs, QString(u"doc\0../../x"_qs));
            else if (what == u"title")
                first.insert(u"title"_qs, QString(u"../../../../etc/passwd\0/tmp/x"_qs));
            documents.replace(0, first);
            list.insert(u"documents"_qs, documents);
            r.body = QJsonDocument(list).toJson(QJsonDocument::Compact);
        } else if (change == u"length+") {
            r.headers.append(
                qMakePair(QByteArray("Content-Length"), QByteArray::number(r.body.size() + 1000)));
            r.closeAfter = true;
        } else if (change == u"length-") {
            r.headers.append(
                qMakePair(QByteArray("Content-Length"), QByteArray::number(r.body.size() / 2)));
        } else if (change == u"gzip") {
            r.body = bomb;
            r.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        } else if (change == u"flip") {
            r.body[r.body.size() / 2] = char(r.body.at(r.body.size() / 2) ^ 0x01);
        }
        return r;
    };

    // The data folder inside a root of its own: nothing may appear beside it.
    const QString root = m_tmp.filePath(QStringLiteral("root-%1").arg(m_runs));
    const QString data = root + QStringLiteral("/data");
    QDir().mkpath(root);
    QFile beside(root + QStringLiteral("/beside.txt"));
    QVERIFY(beside.open(QIODevice::WriteOnly));
    beside.write("untouched");
    beside.close();
    auto outside = [&]() {
        QMap<QString, QString> all = snapshot(root);
        for (auto it = all.begin(); it != all.end();)
            it = it.key().startsWith(data) ? all.erase(it) : std::next(it);
        return all;
    };
    const QMap<QString, QString> before = outside();

    const Outcome o = syncInto(data);
    QVERIFY2(o.finished, "the sync did not end");
    qInfo("outcome: ok %d, %s: %s", o.ok, qPrintable(net::ApiError::kindName(o.error.kind)),
          qPrintable(o.error.message));

    // Nothing outside the data folder, nothing where a traversal would lead.
    QCOMPARE(outside(), before);
    QVERIFY(!QFileInfo::exists(m_escape));
    QVERIFY(!QFileInfo::exists(m_escape + QStringLiteral("/content")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/x")));
    // Owner-only modes in it.
    for (const auto &[file, what] : snapshot(data).asKeyValueRange()) {
        const QFileInfo info(file);
        const QFileDevice::Permissions owner =
            info.isDir()
                ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser
                : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                      QFileDevice::WriteUser;
        QVERIFY2(
            info.permissions() == owner,
            qPrintable(file + u" has mode "_qs + QString::number(int(info.permissions()), 16)));
    }

    storage::ArchiveDatabase archive(data);
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Opened);
    QCOMPARE(archive.integrityCheck(), QStringLiteral("ok"));
    for (const storage::ArchivedDocument &d : archive.documents()) {
        QVERIFY2(!d.info.id.contains(u'/') && !d.info.id.contains(QChar(0)),
                 "a document id with a path or a NUL byte was stored");
    }
    if (expect == u"fail") {
        QVERIFY2(!o.ok, "a hostile answer was accepted");
        QVERIFY2(o.error.kind == net::ApiError::Kind::Protocol ||
                     o.error.kind == net::ApiError::Kind::Http,
                 qPrintable(net::ApiError::kindName(o.error.kind) + u": "_qs + o.error.message));
        QVERIFY(!o.error.message.isEmpty());
    } else if (expect == u"network-stop") {
        QVERIFY(!o.ok);
        QCOMPARE(o.error.kind, net::ApiError::Kind::Network);
        const auto document = archive.document(m_documentId);
        QVERIFY(document && document->state != u"complete");
    } else if (expect == u"document-incomplete" || expect == u"signature-not-valid") {
        const auto document = archive.document(m_documentId);
        QVERIFY(document);
        const storage::DocumentStore files(data, m_key);
        if (expect == u"document-incomplete") {
            // Refused, and the sync says so once the other documents are in.
            QVERIFY(!o.ok);
            QCOMPARE(o.error.kind, net::ApiError::Kind::Protocol);
            QVERIFY2(o.error.message.contains(u"document"), qPrintable(o.error.message));
            QVERIFY2(document->state != u"complete", qPrintable(document->state));
            QVERIFY(!QFileInfo::exists(files.contentPath(document->fileName)));
        } else {
            QVERIFY(o.ok); // kept and shown as not valid: the citizen sees it
            QCOMPARE(document->state, QStringLiteral("complete"));
            QVERIFY2(document->signatureState != u"valid", qPrintable(document->signatureState));
        }
        // The other documents are whole.
        int whole = 0;
        for (const storage::ArchivedDocument &d : archive.documents()) {
            if (d.info.id == m_documentId)
                continue;
            const auto content = files.content(d.fileName, &error);
            whole += content && QCryptographicHash::hash(*content, QCryptographicHash::Sha256) ==
                                    d.info.sha256;
        }
        QCOMPARE(whole, archive.documents().size() - 1);
    }
    passed = true;
}

void TestReliabilityHostile::untrustedServerLearnsNothing_data()
{
    QTest::addColumn<QString>("identity");
    QTest::newRow("unknown CA") << u"other-ca"_qs;
    QTest::newRow("wrong host") << u"wrong-host"_qs;
    QTest::newRow("expired") << u"expired"_qs;
    QTest::newRow("not yet valid") << u"not-yet-valid"_qs;
    QTest::newRow("self-signed") << u"self-signed"_qs;
    QTest::newRow("pin mismatch") << u"pin"_qs;
}

void TestReliabilityHostile::untrustedServerLearnsNothing()
{
    QFETCH(QString, identity);
    ++m_runs;
    bool passed = false;
    auto count = qScopeGuard([&]() { m_passed += passed; });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList loopback = CertificateFactory::loopbackNames();
    CertificateFactory other(QStringLiteral("Another CA"));
    TestCertificate certificate;
    if (identity == u"other-ca")
        certificate = other.issue(loopback);
    else if (identity == u"wrong-host")
        certificate = m_ca->issue({QStringLiteral("DNS:profile.example")});
    else if (identity == u"expired")
        certificate = m_ca->issue(loopback, now.addDays(-60), now.addDays(-1));
    else if (identity == u"not-yet-valid")
        certificate = m_ca->issue(loopback, now.addDays(1), now.addDays(60));
    else if (identity == u"self-signed")
        certificate = CertificateFactory::selfSigned(loopback);
    else
        certificate = m_ca->issue(loopback); // trusted, but not the pinned key
    QVERIFY(!certificate.isNull());
    HostileHttpsServer untrusted(certificate);
    QVERIFY(untrusted.listen());

    const QString dir = m_tmp.filePath(u"untrusted-"_qs + identity);
    storage::ArchiveDatabase archive(dir);
    QString error;
    QCOMPARE(archive.open(m_key, &error), storage::ArchiveDatabase::OpenResult::Created);
    storage::DocumentStore files(dir, m_key);
    net::ApiClient api;
    net::ServerSettings settings;
    settings.baseUrl = untrusted.url();
    settings.caFile = m_caPath;
    settings.maxAttempts = 2;
    if (identity == u"pin")
        settings.pinSha256 = other.ca().spkiSha256;
    QVERIFY2(api.configure(settings, &error), qPrintable(error));
    api.setAccessToken(m_token.toLatin1());
    sync::ConsentDecisionOutbox outbox(&api, &archive);
    sync::SyncEngine engine(&api, &archive, &files, &outbox);
    // A decision waits: the sync sends it first, with its body and the token.
    outbox.revoke(QStringLiteral("con-0003"));
    QTRY_VERIFY_WITH_TIMEOUT(!outbox.isFlushing(), 30000);
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    engine.sync();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    const auto syncError = finished.first().at(1).value<net::ApiError>();
    QVERIFY(!finished.first().at(0).toBool());
    const auto expected =
        identity == u"pin" ? net::ApiError::Kind::PinMismatch : net::ApiError::Kind::Tls;
    QVERIFY2(syncError.kind == expected,
             qPrintable(net::ApiError::kindName(syncError.kind) + u": "_qs + syncError.message));
    QVERIFY(untrusted.connectionsStarted() >= 1); // the client did come
    QCOMPARE(untrusted.bytesReceived(), qint64(0));
    QVERIFY(untrusted.requests().isEmpty());
    QCOMPARE(outbox.waiting().size(), 1); // the decision is kept for the real server
    passed = true;
}

QTEST_GUILESS_MAIN(TestReliabilityHostile)
#include "tst_reliability_hostile.moc"
