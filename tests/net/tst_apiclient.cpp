// ApiClient, the one HTTPS entry point: against the real profile-server
// (tokens, 401, wrong CA, Retry-After from the fault knob) and against
// hostile HTTPS servers on loopback with certificates made in the test —
// wrong host, expired, not yet valid, self-signed, another CA, a wrong pin —
// that must be refused before any byte of a request reaches them; redirects
// that must not carry the token to another origin; retries, timeouts and the
// mapping of error bodies.
#include "certificatefactory.h"
#include "hostilehttpsserver.h"
#include "net/apiclient.h"
#include "net/retrypolicy.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cp::net;
using namespace cp::testing;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    bool finished = false;
    int status = 0;
    ApiError error;
    QByteArray body;
    QJsonObject json;
    int attempts = 0;
    qint64 elapsedMs = 0;
};

Outcome run(ApiClient &client, const ApiRequest &request, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ApiReply> reply(client.send(request));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    Outcome outcome;
    outcome.finished = finished.wait(timeoutMs) || finished.count() > 0;
    outcome.elapsedMs = clock.elapsed();
    outcome.status = reply->status();
    outcome.error = reply->error();
    outcome.body = reply->body();
    outcome.json = reply->json();
    outcome.attempts = reply->attempts();
    return outcome;
}

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

QString describe(const ApiError &error)
{
    return ApiError::kindName(error.kind) + u' ' + QString::number(error.status) + u' ' +
           error.code + QStringLiteral(": ") + error.message;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void retryAfterParsing_data();
    void retryAfterParsing();
    void backoffStaysWithinCeiling();
    void configureRefuses_data();
    void configureRefuses();

    void catalogueWithToken();
    void withoutTokenIsUnauthorized();
    void wrongCaRefusedByRealServer();
    void retriesHonourServerFaults();

    void certificates_data();
    void certificates();
    void pinMismatchRefusedBeforeRequest();
    void rightPinOnEveryReply();
    void sameOriginRedirectKeepsToken();
    void crossOriginRedirectDropsToken();
    void httpsToHttpRedirectRefused();
    void redirectLoopStops();
    void retryAfterHonoured();
    void postRetries_data();
    void postRetries();
    void transferTimeout();
    void errorShapes_data();
    void errorShapes();
    void largeJsonAnswerIsReadWhole();
    void abortCancels();
    void streamingHandsOutPieces();

private:
    ServerSettings hostileSettings(const HostileHttpsServer &server) const;
    ServerSettings realSettings() const;

    ServerFixture m_server;
    QString m_token;
    QTemporaryDir m_dir;
    std::unique_ptr<CertificateFactory> m_ca;
    std::unique_ptr<CertificateFactory> m_otherCa;
    QString m_caPath;
    QString m_otherCaPath;
    TestCertificate m_good;
};

void TestApiClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    Reply last;
    m_token = m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last).access;
    QVERIFY2(!m_token.isEmpty(), last.body.constData());

    m_ca = std::make_unique<CertificateFactory>(QStringLiteral("Hostile test CA"));
    m_otherCa = std::make_unique<CertificateFactory>(QStringLiteral("Another test CA"));
    QVERIFY2(m_ca->isValid() && m_otherCa->isValid(), qPrintable(m_ca->error()));
    m_caPath = m_dir.filePath(QStringLiteral("hostile-ca.pem"));
    m_otherCaPath = m_dir.filePath(QStringLiteral("other-ca.pem"));
    QVERIFY(m_ca->writeCa(m_caPath));
    QVERIFY(m_otherCa->writeCa(m_otherCaPath));
    m_good = m_ca->issue(CertificateFactory::loopbackNames());
    QVERIFY(!m_good.isNull());
    QCOMPARE(m_good.spkiSha256.size(), 32);
}

void TestApiClient::cleanupTestCase()
{
    m_server.stop();
}

ServerSettings TestApiClient::hostileSettings(const HostileHttpsServer &server) const
{
    ServerSettings settings;
    settings.baseUrl = server.url();
    settings.caFile = m_caPath;
    settings.transferTimeoutMs = 10000;
    return settings;
}

ServerSettings TestApiClient::realSettings() const
{
    ServerSettings settings;
    settings.baseUrl = QUrl(m_server.baseUrl());
    settings.caFile = m_server.caPath();
    return settings;
}

void TestApiClient::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not readable
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("capped") << QByteArray("3600") << qint64(300000);
    QTest::newRow("huge") << QByteArray("99999999999999999999") << qint64(300000);
    QTest::newRow("date in 90 s") << QByteArray("Wed, 21 Oct 2026 07:29:30 GMT") << qint64(90000);
    QTest::newRow("date passed") << QByteArray("Wed, 21 Oct 2026 07:27:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestApiClient::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->count(), expectedMs);
}

void TestApiClient::backoffStaysWithinCeiling()
{
    QCOMPARE(RetryPolicy::backoffCeiling(1), 250ms);
    QCOMPARE(RetryPolicy::backoffCeiling(2), 500ms);
    QCOMPARE(RetryPolicy::backoffCeiling(8), 30000ms);
    QCOMPARE(RetryPolicy::backoffCeiling(1000), 30000ms);
    for (int failures = 1; failures < 12; ++failures) {
        const auto wait = RetryPolicy::delay(failures, std::nullopt);
        QVERIFY(wait >= 0ms && wait <= RetryPolicy::backoffCeiling(failures));
        // Retry-After is the least wait, never shortened by the jitter.
        QVERIFY(RetryPolicy::delay(failures, 2000ms) >= 2000ms);
    }
    QCOMPARE(RetryPolicy::delay(1, 3600000ms), 300000ms);
}

void TestApiClient::configureRefuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QString>("expected"); // part of the message; empty: accepted

    const QString ca = m_server.caPath();
    const QString empty = m_dir.filePath(QStringLiteral("empty.pem"));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
    QFile(empty).open(QIODevice::WriteOnly);
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    file.close();
    const QString https = m_server.baseUrl();
    QString http = https;
    http.replace(QStringLiteral("https://"), QStringLiteral("http://"));

    QTest::newRow("https") << https << ca << QByteArray() << QString();
    QTest::newRow("system store") << https << QString() << QByteArray() << QString();
    QTest::newRow("pinned") << https << ca << QByteArray(32, 'x') << QString();
    QTest::newRow("http") << http << ca << QByteArray()
                          << QStringLiteral("the server address must start with https://");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8443") << ca << QByteArray()
                               << QStringLiteral("must start with https://");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << ca << QByteArray()
                         << QStringLiteral("must start with https://");
    QTest::newRow("user info") << QStringLiteral("https://me:pw@127.0.0.1") << ca << QByteArray()
                               << QStringLiteral("not a valid https:// address");
    QTest::newRow("missing CA") << https << m_dir.filePath(QStringLiteral("none.pem"))
                                << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("empty CA") << https << empty << QByteArray()
                              << QStringLiteral("holds no PEM certificate");
    QTest::newRow("garbage CA") << https << garbage << QByteArray()
                                << QStringLiteral("holds no PEM certificate");
    QTest::newRow("short pin") << https << ca << QByteArray(31, 'x') << QStringLiteral("32 bytes");
}

void TestApiClient::configureRefuses()
{
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(QByteArray, pin);
    QFETCH(QString, expected);
    ApiClient client;
    ServerSettings settings;
    settings.baseUrl = QUrl(url);
    settings.caFile = caFile;
    settings.pinSha256 = pin;
    QString error;
    const bool accepted = client.configure(settings, &error);
    QCOMPARE(accepted, expected.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (!accepted) {
        // Nothing is sent with settings that were refused.
        const Outcome outcome = run(client, get(QStringLiteral("/api/v1/catalogue")));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Configuration);
    }
}

void TestApiClient::catalogueWithToken()
{
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(realSettings(), &error), qPrintable(error));
    client.setAccessToken(m_token.toLatin1());
    QSignalSpy unauthorized(&client, &ApiClient::unauthorized);

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/catalogue")));
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.status, 200);
    QVERIFY(outcome.json.value(u"record_types").isArray());
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(!outcome.error.requestId.isEmpty());
    // The server's log quotes the request id that we sent.
    QTRY_VERIFY(m_server.output().contains(outcome.error.requestId.toLatin1()));

    // An API error body comes out as code and message.
    const Outcome missing = run(client, get(QStringLiteral("/api/v1/records/no_such_type")));
    QCOMPARE(missing.error.kind, ApiError::Kind::Http);
    QCOMPARE(missing.error.status, 404);
    QCOMPARE(missing.error.code, QStringLiteral("not_found"));
    QVERIFY(!missing.error.message.isEmpty());
    QCOMPARE(unauthorized.count(), 0);
}

void TestApiClient::withoutTokenIsUnauthorized()
{
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(realSettings(), &error), qPrintable(error));
    QSignalSpy unauthorized(&client, &ApiClient::unauthorized);

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/catalogue")));
    QCOMPARE(outcome.status, 401);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error.code, QStringLiteral("unauthorized"));
    QCOMPARE(unauthorized.count(), 1);
    QCOMPARE(outcome.attempts, 1); // a 401 is not retried

    // A wrong token: the same.
    client.setAccessToken("not-a-token");
    QCOMPARE(run(client, get(QStringLiteral("/api/v1/me"))).status, 401);
    QCOMPARE(unauthorized.count(), 2);

    // A request sent without the token asked for none: no signal.
    ApiRequest anonymous = get(QStringLiteral("/api/v1/me"));
    anonymous.authenticated = false;
    QCOMPARE(run(client, anonymous).status, 401);
    QCOMPARE(unauthorized.count(), 2);
}

void TestApiClient::wrongCaRefusedByRealServer()
{
    ApiClient client;
    ServerSettings settings = realSettings();
    settings.caFile = m_otherCaPath;
    QString error;
    QVERIFY2(client.configure(settings, &error), qPrintable(error));
    client.setAccessToken(m_token.toLatin1());

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/catalogue")));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QCOMPARE(outcome.status, 0);
    QCOMPARE(outcome.attempts, 1); // trust failures are not retried
    QVERIFY(!outcome.error.requestId.isEmpty());
    // The server logs every request it receives with its id; this one never came.
    QTest::qWait(300);
    QVERIFY(!m_server.output().contains(outcome.error.requestId.toLatin1()));
}

void TestApiClient::retriesHonourServerFaults()
{
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(realSettings(), &error), qPrintable(error));
    client.setAccessToken(m_token.toLatin1());
    QVERIFY(m_server.setFaults(
        {{QStringLiteral("unavailable_next"), 2}, {QStringLiteral("retry_after"), 1}}));

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/catalogue")));
    QVERIFY(m_server.setFaults({{QStringLiteral("unavailable_next"), 0}}));
    QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.status, 200);
    QCOMPARE(outcome.attempts, 3);
    // Two waits of at least the server's Retry-After: 1 s.
    QVERIFY2(outcome.elapsedMs >= 1800, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestApiClient::certificates_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("trusted") << QStringLiteral("good") << true;
    QTest::newRow("wrong host") << QStringLiteral("wrong-host") << false;
    QTest::newRow("expired") << QStringLiteral("expired") << false;
    QTest::newRow("not yet valid") << QStringLiteral("not-yet-valid") << false;
    QTest::newRow("self-signed") << QStringLiteral("self-signed") << false;
    QTest::newRow("another CA") << QStringLiteral("other-ca") << false;
}

void TestApiClient::certificates()
{
    QFETCH(QString, identity);
    QFETCH(bool, trusted);
    const ApiError::Kind expected = trusted ? ApiError::Kind::None : ApiError::Kind::Tls;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList loopback = CertificateFactory::loopbackNames();
    TestCertificate certificate;
    if (identity == u"good")
        certificate = m_good;
    else if (identity == u"wrong-host")
        certificate =
            m_ca->issue({QStringLiteral("DNS:profile.example"), QStringLiteral("IP:192.0.2.7")});
    else if (identity == u"expired")
        certificate = m_ca->issue(loopback, now.addDays(-60), now.addDays(-1));
    else if (identity == u"not-yet-valid")
        certificate = m_ca->issue(loopback, now.addDays(1), now.addDays(60));
    else if (identity == u"self-signed")
        certificate = CertificateFactory::selfSigned(loopback);
    else
        certificate = m_otherCa->issue(loopback);
    QVERIFY(!certificate.isNull());

    HostileHttpsServer hostile(certificate);
    QVERIFY(hostile.listen());
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));
    client.setAccessToken("secret-token");
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/consents/c-1/grant");
    request.contentType = "application/json";
    request.body = R"({"note":"a body the server must not see"})";

    const Outcome outcome = run(client, request);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.kind == expected, qPrintable(describe(outcome.error)));
    if (trusted) {
        QCOMPARE(hostile.requests().size(), 1);
        QCOMPARE(hostile.requests().at(0).header("Authorization"),
                 QByteArray("Bearer secret-token"));
        return;
    }
    QVERIFY(outcome.error.message.contains(u"not trusted"));
    QVERIFY(hostile.connectionsStarted() >= 1); // the client did come
    // … and left during the handshake: no session, not one byte of the request.
    QCOMPARE(hostile.sessionsEncrypted(), 0);
    QCOMPARE(hostile.bytesReceived(), qint64(0));
    QVERIFY(hostile.requests().isEmpty());
}

void TestApiClient::pinMismatchRefusedBeforeRequest()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    ApiClient client;
    ServerSettings settings = hostileSettings(hostile);
    settings.pinSha256 = m_otherCa->ca().spkiSha256; // right CA, wrong key
    QString error;
    QVERIFY2(client.configure(settings, &error), qPrintable(error));
    client.setAccessToken("secret-token");

    // Several rounds: a request that slipped out before the abort would show
    // up in one of them.
    for (int round = 0; round < 10; ++round) {
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/consents/c-1/revoke");
        request.contentType = "application/json";
        request.body = "{}";
        const Outcome outcome =
            run(client, round % 2 == 0 ? get(QStringLiteral("/api/v1/me")) : request);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.error.kind == ApiError::Kind::PinMismatch,
                 qPrintable(describe(outcome.error)));
        QCOMPARE(outcome.attempts, 1); // a pin mismatch is not retried
    }
    QTest::qWait(200); // anything that was on its way has arrived by now
    QVERIFY(hostile.connectionsStarted() >= 10);
    for (const RecordedRequest &request : hostile.requests())
        QVERIFY(!request.hasHeader("Authorization"));
    QVERIFY(hostile.requests().isEmpty());
    QCOMPARE(hostile.bytesReceived(), qint64(0));
}

void TestApiClient::rightPinOnEveryReply()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    ApiClient client;
    ServerSettings settings = hostileSettings(hostile);
    settings.pinSha256 = m_good.spkiSha256;
    QString error;
    QVERIFY2(client.configure(settings, &error), qPrintable(error));
    client.setAccessToken("secret-token");
    // The second and third reuse the connection: no encrypted() for them, the
    // pin is checked on their replies.
    for (int i = 0; i < 3; ++i) {
        const Outcome outcome = run(client, get(QStringLiteral("/api/v1/me")));
        QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
        QCOMPARE(outcome.status, 200);
    }
    QCOMPARE(hostile.requests().size(), 3);
    QCOMPARE(hostile.sessionsEncrypted(), 1);
}

void TestApiClient::sameOriginRedirectKeepsToken()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.enqueue(ScriptedResponse::redirect(302, QUrl(QStringLiteral("/api/v1/moved?x=1"))));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));
    client.setAccessToken("secret-token");

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/me")));
    QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.attempts, 2);
    const QList<RecordedRequest> seen = hostile.requests();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(1).target, QByteArray("/api/v1/moved?x=1"));
    QCOMPARE(seen.at(1).header("Authorization"), QByteArray("Bearer secret-token"));
}

void TestApiClient::crossOriginRedirectDropsToken()
{
    HostileHttpsServer first(m_good);
    HostileHttpsServer second(m_good); // the same CA vouches for it: only the origin differs
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    first.enqueue(ScriptedResponse::redirect(307, second.url(QStringLiteral("/landing"))));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(first), &error), qPrintable(error));
    client.setAccessToken("secret-token");
    ApiRequest request = get(QStringLiteral("/api/v1/documents/d-1/content"));
    request.headers.append(qMakePair(QByteArray("Cookie"), QByteArray("session=abc")));

    const Outcome outcome = run(client, request);
    QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.status, 200);
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(first.requests().at(0).header("Authorization"), QByteArray("Bearer secret-token"));
    const QList<RecordedRequest> seen = second.requests();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).target, QByteArray("/landing"));
    QVERIFY(!seen.at(0).hasHeader("Authorization"));
    QVERIFY(!seen.at(0).hasHeader("Cookie"));
}

void TestApiClient::httpsToHttpRedirectRefused()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    QUrl downgrade = hostile.url(QStringLiteral("/plain"));
    downgrade.setScheme(QStringLiteral("http"));
    hostile.enqueue(ScriptedResponse::redirect(301, downgrade));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));
    client.setAccessToken("secret-token");

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/me")));
    QVERIFY2(outcome.error.kind == ApiError::Kind::InsecureUrl,
             qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.error.status, 301);
    QCOMPARE(hostile.requests().size(), 1);
}

void TestApiClient::redirectLoopStops()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.setFallback(ScriptedResponse::redirect(302, QUrl(QStringLiteral("/again"))));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/me")));
    QVERIFY2(outcome.error.kind == ApiError::Kind::Protocol, qPrintable(describe(outcome.error)));
    QCOMPARE(hostile.requests().size(), 6); // the request and five redirects
}

void TestApiClient::retryAfterHonoured()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    const QByteArray unavailable =
        R"({"error":"service_unavailable","message":"the service is temporarily unavailable"})";
    hostile.enqueue(ScriptedResponse::json(503, unavailable, {{"Retry-After", "1"}}));
    hostile.enqueue(ScriptedResponse::json(503, unavailable, {{"Retry-After", "1"}}));
    hostile.enqueue(ScriptedResponse::json(200, R"({"done":true})"));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/records")));
    QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.json.value(u"done").toBool(), true);
    QCOMPARE(outcome.attempts, 3);
    QCOMPARE(hostile.requests().size(), 3);
    // The waits obeyed Retry-After (a check of the header, not a speed target).
    QVERIFY2(outcome.elapsedMs >= 1800, qPrintable(QString::number(outcome.elapsedMs)));
    // Each send has its own id; the repeats name the first.
    const QByteArray firstId = hostile.requests().at(0).header("X-Request-Id");
    QVERIFY(!firstId.isEmpty());
    QCOMPARE(hostile.requests().at(1).header("X-Request-Id"), firstId + ".2");
    QCOMPARE(hostile.requests().at(2).header("X-Request-Id"), firstId + ".3");
    QVERIFY(hostile.requests().at(0).header("User-Agent").startsWith("citizen-profile/"));
}

void TestApiClient::postRetries_data()
{
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("idempotencyKey");
    QTest::addColumn<int>("expectedSends");
    QTest::newRow("plain POST") << false << false << 1;
    QTest::newRow("retryable without a key") << true << false << 1;
    QTest::newRow("key but not retryable") << false << true << 1;
    QTest::newRow("retryable with a key") << true << true << 2;
}

void TestApiClient::postRetries()
{
    QFETCH(bool, retryable);
    QFETCH(bool, idempotencyKey);
    QFETCH(int, expectedSends);
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.enqueue(ScriptedResponse::json(
        503, R"({"error":"service_unavailable","message":"try later"})", {{"Retry-After", "0"}}));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/consent-requests/r-1/grant");
    request.contentType = "application/json";
    request.body = "{}";
    request.retryable = retryable;
    if (idempotencyKey)
        request.headers.append(
            qMakePair(QByteArray("Idempotency-Key"), QByteArray("k-0123456789")));

    const Outcome outcome = run(client, request);
    QVERIFY(outcome.finished);
    QCOMPARE(hostile.requests().size(), expectedSends);
    QCOMPARE(outcome.attempts, expectedSends);
    if (expectedSends == 1) {
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.status, 503);
        QCOMPARE(outcome.error.code, QStringLiteral("service_unavailable"));
    } else {
        QVERIFY2(outcome.error.ok(), qPrintable(describe(outcome.error)));
        QCOMPARE(hostile.requests().at(1).body, QByteArray("{}"));
        QCOMPARE(hostile.requests().at(1).header("Idempotency-Key"), QByteArray("k-0123456789"));
    }
}

void TestApiClient::transferTimeout()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.setFallback(ScriptedResponse::silence());
    ApiClient client;
    ServerSettings settings = hostileSettings(hostile);
    settings.transferTimeoutMs = 500;
    settings.maxAttempts = 2;
    QString error;
    QVERIFY2(client.configure(settings, &error), qPrintable(error));

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/feed")));
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.error.kind == ApiError::Kind::Timeout, qPrintable(describe(outcome.error)));
    QCOMPARE(outcome.attempts, 2); // a GET is tried again after a timeout
    QCOMPARE(hostile.requests().size(), 2);
    // Two sends of 500 ms each (coarse timers may fire a few percent early).
    QVERIFY2(outcome.elapsedMs >= 900, qPrintable(QString::number(outcome.elapsedMs)));
    QVERIFY2(outcome.elapsedMs < 10000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestApiClient::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("API shape") << 422
                               << QByteArray(R"({"error":"invalid_request","message":)"
                                             R"("records[2].key: unknown record key"})")
                               << QStringLiteral("invalid_request")
                               << QStringLiteral("records[2].key: unknown record key");
    QTest::newRow("OAuth shape") << 400
                                 << QByteArray(R"({"error":"invalid_grant","error_description":)"
                                               R"("the refresh token is not valid"})")
                                 << QStringLiteral("invalid_grant")
                                 << QStringLiteral("the refresh token is not valid");
    QTest::newRow("not JSON") << 500 << QByteArray("<html>oops</html>") << QString()
                              << QStringLiteral("the server answered HTTP 500");
    QTest::newRow("wrong types") << 409 << QByteArray(R"({"error":7,"message":["x"]})") << QString()
                                 << QStringLiteral("the server answered HTTP 409");
}

void TestApiClient::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.enqueue(ScriptedResponse::json(status, body, {{"X-Request-Id", "server-id-1"}}));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));

    const Outcome outcome = run(client, get(QStringLiteral("/api/v1/records")));
    QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
    QCOMPARE(outcome.error.status, status);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.error.message, message);
    QCOMPARE(outcome.error.requestId, QStringLiteral("server-id-1"));
    QCOMPARE(outcome.body, body);
}

void TestApiClient::largeJsonAnswerIsReadWhole()
{
    // A list of 20,000 entries (about 1 MB): read on a worker, finished()
    // after it, the same document as a small answer gives; a large answer
    // that is not JSON is not an object either.
    QByteArray body = "{\"documents\":[";
    for (int i = 0; i < 20000; ++i)
        body += (i ? "," : "") + QByteArray("{\"id\":\"doc-") + QByteArray::number(i) +
                "\",\"title\":\"\u0421\u043f\u0440\u0430\u0432\u043a\u0430\"}";
    body += "]}";
    QVERIFY(body.size() > 256 * 1024);
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.enqueue(ScriptedResponse::json(200, body));
    hostile.enqueue(ScriptedResponse::json(200, body.left(body.size() - 1)));
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));

    std::unique_ptr<ApiReply> reply(client.send(get(QStringLiteral("/api/v1/documents"))));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->error().ok());
    QVERIFY(reply->isJsonObject());
    const QJsonArray list = reply->json().value(u"documents").toArray();
    QCOMPARE(list.size(), 20000);
    QCOMPARE(list.last().toObject().value(u"id").toString(), QStringLiteral("doc-19999"));
    QCOMPARE(list.first().toObject().value(u"title").toString(), QStringLiteral("Справка"));

    const Outcome cut = run(client, get(QStringLiteral("/api/v1/documents")));
    QVERIFY(cut.finished);
    QVERIFY(cut.error.ok());
    QVERIFY(cut.json.isEmpty());
}

void TestApiClient::abortCancels()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    hostile.setFallback(ScriptedResponse::silence());
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));
    std::unique_ptr<ApiReply> reply(client.send(get(QStringLiteral("/api/v1/me"))));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QTRY_COMPARE(hostile.requests().size(), 1);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    reply->abort(); // twice is harmless
    QCOMPARE(finished.count(), 1);

    // A reply outliving its client finishes too.
    auto owner = std::make_unique<ApiClient>();
    QVERIFY(owner->configure(hostileSettings(hostile), &error));
    std::unique_ptr<ApiReply> orphan(owner->send(get(QStringLiteral("/api/v1/me"))));
    QSignalSpy orphanFinished(orphan.get(), &ApiReply::finished);
    QTRY_COMPARE(hostile.requests().size(), 2);
    owner.reset();
    QCOMPARE(orphanFinished.count(), 1);
    QCOMPARE(orphan->error().kind, ApiError::Kind::Cancelled);
}

void TestApiClient::streamingHandsOutPieces()
{
    HostileHttpsServer hostile(m_good);
    QVERIFY(hostile.listen());
    QByteArray big(300 * 1024, 'a');
    for (qsizetype i = 0; i < big.size(); i += 1000)
        big[i] = static_cast<char>('A' + (i / 1000) % 26);
    ScriptedResponse response;
    response.body = big;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/pdf")));
    hostile.enqueue(response);
    ApiClient client;
    QString error;
    QVERIFY2(client.configure(hostileSettings(hostile), &error), qPrintable(error));

    std::unique_ptr<ApiReply> reply(
        client.send(get(QStringLiteral("/api/v1/documents/d/content"))));
    reply->setStreaming(true);
    QByteArray received;
    qint64 lastProgress = 0;
    connect(reply.get(), &ApiReply::readyRead, this,
            [&received, &reply]() { received += reply->takeAvailable(); });
    connect(reply.get(), &ApiReply::progress, this,
            [&lastProgress](qint64 done, qint64) { lastProgress = done; });
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(reply->error().ok(), qPrintable(describe(reply->error())));
    received += reply->takeAvailable();
    QCOMPARE(received.size(), big.size());
    QVERIFY(received == big);
    QVERIFY(reply->body().isEmpty());
    QCOMPARE(lastProgress, big.size());
    QCOMPARE(reply->header("content-type"), QByteArray("application/pdf"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
