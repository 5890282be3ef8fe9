// The sync engine against the real profile-server when the network and the
// server misbehave: 503 storms with Retry-After (shorter and longer than the
// retries), a slow link and a connection that stalls (through FaultProxy:
// the first completes, the second times out), streams
// cut or reset after some bytes, the server stopped in the middle of a sync
// and started again. Each time the failed sync ends in a clear state (Offline
// or Failed, with the error's kind and status) and the next sync completes:
// every record, every document whole (SHA-256), integrity_check ok.
#include "faultproxy.h"
#include "reliabilityresult.h"
#include "serverfixture.h"
#include "syncclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using namespace cp::testing;

class TestReliabilityNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storm503ShorterThanTheRetries();
    void storm503LongerThanTheRetries();
    void slowLinkStillCompletes();
    void stalledConnectionTimesOut();
    void cutStreamsThenRecovery();
    void resetStreamsThenRecovery();
    void serverRestartedMidSync();
    void cleanupTestCase();

private:
    QString dir(const char *name) const { return m_tmp.filePath(QString::fromLatin1(name)); }
    // Empty when the archive of `client` holds everything the server has.
    QString complete(SyncClient &client) const;
    std::function<void(net::ServerSettings &)> throughProxy(int timeoutMs) const;
    void count(bool passed);

    ServerFixture m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_tmp;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QString m_token;
    int m_records = 0;
    int m_documents = 0;
    int m_runs = 0;
    int m_passed = 0;
};

void TestReliabilityNetwork::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    // A fixed port, so that the restarted server is where the client looks.
    const quint16 port = freeLocalPort();
    QVERIFY(port != 0);
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--access-token-seconds"), QStringLiteral("3600")},
                            &error),
             qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    m_records =
        m_server.listSize(QStringLiteral("/api/v1/records"), QStringLiteral("records"), m_token);
    m_documents = m_server.listSize(QStringLiteral("/api/v1/documents"),
                                    QStringLiteral("documents"), m_token);
    m_proxy = std::make_unique<FaultProxy>(QUrl(m_server.baseUrl()).port());
    QVERIFY(m_proxy->listen());
}

void TestReliabilityNetwork::cleanupTestCase()
{
    reportScenario(QStringLiteral("network"), m_runs, m_passed);
    m_proxy.reset();
    m_server.stop();
}

void TestReliabilityNetwork::count(bool passed)
{
    ++m_runs;
    m_passed += passed;
}

std::function<void(net::ServerSettings &)> TestReliabilityNetwork::throughProxy(int timeoutMs) const
{
    const quint16 port = m_proxy->port();
    return [port, timeoutMs](net::ServerSettings &settings) {
        // Still https://127.0.0.1: the certificate of the server names it.
        settings.baseUrl.setPort(port);
        settings.transferTimeoutMs = timeoutMs;
    };
}

QString TestReliabilityNetwork::complete(SyncClient &client) const
{
    if (client.archive.integrityCheck() != u"ok")
        return QStringLiteral("integrity_check failed");
    if (client.archive.latestRecords().size() != m_records)
        return QStringLiteral("records: %1 of %2")
            .arg(client.archive.latestRecords().size())
            .arg(m_records);
    const QList<storage::ArchivedDocument> documents = client.archive.documents();
    if (documents.size() != m_documents)
        return QStringLiteral("documents: %1 of %2").arg(documents.size()).arg(m_documents);
    for (const storage::ArchivedDocument &d : documents) {
        QString error;
        const auto content = client.files.content(d.fileName, &error);
        if (d.state != u"complete" || !content ||
            QCryptographicHash::hash(*content, QCryptographicHash::Sha256) != d.info.sha256)
            return QStringLiteral("a document is not whole: ") + d.state;
    }
    return {};
}

void TestReliabilityNetwork::storm503ShorterThanTheRetries()
{
    // Two 503 answers with Retry-After: 1; three attempts per request.
    QVERIFY(m_server.setFaults({{u"unavailable_next"_qs, 2}, {u"retry_after"_qs, 1}}));
    const qsizetype before = m_server.output().count(" 503 ");
    SyncClient client(m_server, dir("storm-short"), m_key, m_token);
    net::ApiError error;
    const bool ok = client.syncOnce(&error);
    const QString whole = complete(client);
    count(ok && whole.isEmpty());
    QVERIFY2(ok, qPrintable(error.message));
    QCOMPARE(whole, QString());
    QCOMPARE(client.engine->state(), sync::SyncEngine::State::Idle);
    QTRY_COMPARE(m_server.output().count(" 503 ") - before, qsizetype(2)); // they did come
}

void TestReliabilityNetwork::storm503LongerThanTheRetries()
{
    QVERIFY(m_server.setFaults({{u"unavailable_next"_qs, 1000}, {u"retry_after"_qs, 0}}));
    SyncClient client(m_server, dir("storm-long"), m_key, m_token);
    net::ApiError error;
    const bool failed = !client.syncOnce(&error);
    const bool clear = failed && error.kind == net::ApiError::Kind::Http && error.status == 503 &&
                       client.engine->state() == sync::SyncEngine::State::Failed;
    QVERIFY(m_server.setFaults({{u"unavailable_next"_qs, 0}}));
    const bool recovered = client.syncOnce();
    const QString whole = complete(client);
    count(clear && recovered && whole.isEmpty());
    QVERIFY(failed);
    QVERIFY2(clear, qPrintable(net::ApiError::kindName(error.kind) + u' ' +
                               QString::number(error.status) + u' ' + error.message));
    QVERIFY(recovered);
    QCOMPARE(whole, QString());
    QCOMPARE(client.engine->state(), sync::SyncEngine::State::Idle);
}

void TestReliabilityNetwork::slowLinkStillCompletes()
{
    // Every chunk 25 ms late both ways: slow, never silent for the timeout.
    m_proxy->setDelayMs(25);
    const int connectionsBefore = m_proxy->connections();
    SyncClient client(m_server, dir("slow"), m_key, m_token, throughProxy(5000));
    net::ApiError error;
    const bool ok = client.syncOnce(&error);
    m_proxy->setDelayMs(0);
    const QString whole = complete(client);
    count(ok && whole.isEmpty());
    QVERIFY(m_proxy->connections() > connectionsBefore); // it did go through the proxy
    QVERIFY2(ok, qPrintable(error.message));
    QCOMPARE(whole, QString());
}

void TestReliabilityNetwork::stalledConnectionTimesOut()
{
    SyncClient client(m_server, dir("stall"), m_key, m_token, throughProxy(1500));
    // The stall begins in the middle of the sync.
    int steps = 0;
    connect(client.engine.get(), &sync::SyncEngine::progress, this, [&]() {
        if (++steps == 10)
            m_proxy->setStalled(true);
    });
    net::ApiError error;
    const bool failed = !client.syncOnce(&error);
    const bool clear = failed && error.kind == net::ApiError::Kind::Timeout &&
                       client.engine->state() == sync::SyncEngine::State::Offline;
    m_proxy->setStalled(false);
    m_proxy->resetAll();
    disconnect(client.engine.get(), &sync::SyncEngine::progress, this, nullptr);
    const bool recovered = client.syncOnce();
    const QString whole = complete(client);
    count(clear && recovered && whole.isEmpty());
    QVERIFY(steps >= 10);
    QVERIFY(failed);
    QVERIFY2(clear, qPrintable(net::ApiError::kindName(error.kind) + u' ' + error.message));
    QVERIFY(recovered);
    QCOMPARE(whole, QString());
}

void TestReliabilityNetwork::cutStreamsThenRecovery()
{
    // Every connection closed after 40 kB towards the client (TLS records cut
    // in the middle): syncs fail or crawl; once the cuts end, one completes.
    SyncClient client(m_server, dir("cut"), m_key, m_token, throughProxy(5000));
    m_proxy->setCutAfter(40000);
    const int cutsBefore = m_proxy->cuts();
    net::ApiError error;
    bool anyFailed = false;
    for (int i = 0; i < 3; ++i)
        anyFailed |= !client.syncOnce(&error);
    const bool clear = !anyFailed || error.kind == net::ApiError::Kind::Network ||
                       error.kind == net::ApiError::Kind::Timeout;
    m_proxy->setCutAfter(-1);
    const bool recovered = client.syncOnce(&error);
    const QString whole = complete(client);
    count(clear && recovered && whole.isEmpty());
    QVERIFY(m_proxy->cuts() > cutsBefore);
    QVERIFY2(clear, qPrintable(net::ApiError::kindName(error.kind) + u' ' + error.message));
    QVERIFY2(recovered, qPrintable(error.message));
    QCOMPARE(whole, QString());
}

void TestReliabilityNetwork::resetStreamsThenRecovery()
{
    SyncClient client(m_server, dir("reset"), m_key, m_token, throughProxy(5000));
    m_proxy->setResetAfter(60000);
    const int cutsBefore = m_proxy->cuts();
    net::ApiError error;
    const bool failed = !client.syncOnce(&error);
    const bool clear = !failed || (error.kind == net::ApiError::Kind::Network &&
                                   client.engine->state() == sync::SyncEngine::State::Offline);
    m_proxy->setResetAfter(-1);
    const bool recovered = client.syncOnce(&error);
    const QString whole = complete(client);
    count(clear && recovered && whole.isEmpty());
    QVERIFY(m_proxy->cuts() > cutsBefore);
    QVERIFY2(clear, qPrintable(net::ApiError::kindName(error.kind) + u' ' + error.message));
    QVERIFY2(recovered, qPrintable(error.message));
    QCOMPARE(whole, QString());
}

void TestReliabilityNetwork::serverRestartedMidSync()
{
    SyncClient client(m_server, dir("restart"), m_key, m_token);
    int steps = 0;
    connect(client.engine.get(), &sync::SyncEngine::progress, this, [&]() {
        if (++steps == 12)
            m_server.stop();
    });
    net::ApiError error;
    const bool failed = !client.syncOnce(&error);
    const bool clear = failed && error.kind == net::ApiError::Kind::Network &&
                       client.engine->state() == sync::SyncEngine::State::Offline;
    disconnect(client.engine.get(), &sync::SyncEngine::progress, this, nullptr);
    QString startError;
    const bool restarted = m_server.restart(&startError);
    const bool recovered = restarted && client.syncOnce(&error);
    const QString whole = complete(client);
    count(clear && recovered && whole.isEmpty());
    QVERIFY(steps >= 12);
    QVERIFY(failed);
    QVERIFY2(clear, qPrintable(net::ApiError::kindName(error.kind) + u' ' + error.message));
    QVERIFY2(restarted, qPrintable(startError));
    QVERIFY2(recovered, qPrintable(error.message));
    QCOMPARE(whole, QString());
}

QTEST_GUILESS_MAIN(TestReliabilityNetwork)
#include "tst_reliability_network.moc"
