// The test-only fault knobs of profile-server, which the client's reliability
// tests lean on: off by default; 503 with Retry-After for the next N requests
// (from the command line and from POST /test/faults); document downloads cut
// after N bytes, which a client resumes with Range and If-Range to the exact
// bytes of the document; added latency that does not hold other requests up.
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

using namespace cp::testing;

namespace {

const QString kDocument = QStringLiteral("doc-std-r");
const QString kContent = QStringLiteral("/api/v1/documents/doc-std-r/content");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void offByDefault();
    void unavailableFromFlags();
    void unavailableFromControl();
    void cutDownloadsResume();
    void latency();

private:
    QJsonObject faults();
    QJsonObject document(ServerFixture &server, const QString &token);

    ServerFixture m_server;
    QString m_token;
};

void TestServerFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    Reply last;
    m_token = m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last).access;
    QVERIFY2(!m_token.isEmpty(), last.body.constData());
}

void TestServerFaults::cleanupTestCase()
{
    m_server.stop();
}

QJsonObject TestServerFaults::faults()
{
    const Reply r = m_server.get(QStringLiteral("/test/faults"));
    return r.status == 200 ? r.json() : QJsonObject();
}

QJsonObject TestServerFaults::document(ServerFixture &server, const QString &token)
{
    return server.get(QStringLiteral("/api/v1/documents/") + kDocument, token).json();
}

void TestServerFaults::offByDefault()
{
    const QJsonObject f = faults();
    QCOMPARE(f.value(u"latency_ms").toInt(-1), 0);
    QCOMPARE(f.value(u"cut_after_bytes").toInteger(0), qint64(-1));
    QCOMPARE(f.value(u"unavailable_next").toInt(-1), 0);

    // Many requests, none refused as unavailable; the time is only reported.
    QElapsedTimer timer;
    timer.start();
    int answered = 0;
    for (int i = 0; i < 10; ++i) {
        for (const QString &path :
             {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/records"),
              QStringLiteral("/api/v1/documents"), QStringLiteral("/api/v1/feed?limit=5")}) {
            const Reply r = m_server.get(path, m_token);
            QVERIFY2(r.status != 503, qPrintable(path));
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("Retry-After").isEmpty());
            ++answered;
        }
    }
    qInfo("%d requests without faults in %lld ms", answered, timer.elapsed());

    // Downloads come whole.
    const QJsonObject doc = document(m_server, m_token);
    const qint64 size = doc.value(u"size").toInteger();
    QVERIFY(size > 3000); // several cuts of 1000 bytes below
    const Reply whole = m_server.get(kContent, m_token);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.replyError, QNetworkReply::NoError);
    QCOMPARE(whole.header("Content-Length").toLongLong(), size);
    QCOMPARE(whole.body.size(), size);
    QCOMPARE(sha256(whole.body), doc.value(u"sha256").toString());
}

void TestServerFaults::unavailableFromFlags()
{
    ServerFixture server;
    QString error;
    QVERIFY2(server.start({QStringLiteral("--fault-unavailable"), QStringLiteral("2"),
                           QStringLiteral("--fault-retry-after"), QStringLiteral("7"),
                           QStringLiteral("--fault-cut-after"), QStringLiteral("1500"),
                           QStringLiteral("--fault-latency-ms"), QStringLiteral("20")},
                          &error),
             qPrintable(error));
    // The knobs as the flags set them (/test/ itself is never refused).
    const Reply shown = server.get(QStringLiteral("/test/faults"));
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json().value(u"unavailable_next").toInt(), 2);
    QCOMPARE(shown.json().value(u"retry_after").toInt(), 7);
    QCOMPARE(shown.json().value(u"cut_after_bytes").toInteger(), qint64(1500));
    QCOMPARE(shown.json().value(u"latency_ms").toInt(), 20);

    // The next two requests: 503 with Retry-After, the common error shape
    // (also at the token endpoint, whose RFC has no code for it).
    const QList<std::pair<QByteArray, QString>> requests{{"GET", QStringLiteral("/api/v1/me")},
                                                         {"POST", QStringLiteral("/oauth/token")}};
    for (const auto &[method, path] : requests) {
        const Reply r = method == "GET"
                            ? server.get(path, {}, {{"X-Request-Id", "fault-503"}})
                            : server.request(method, path, "grant_type=refresh_token",
                                             {{"Content-Type", "application/x-www-form-urlencoded"},
                                              {"X-Request-Id", "fault-503"}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("service_unavailable"));
        QStringList keys = r.json().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"error"_qs, u"message"_qs}));
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(r.header("X-Request-Id"), QByteArray("fault-503"));
    }
    // The third: the normal answer.
    const Reply third = server.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(third.status, 401);
    QCOMPARE(third.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(third.header("Retry-After").isEmpty());
    QCOMPARE(server.get(QStringLiteral("/test/faults")).json().value(u"unavailable_next").toInt(),
             0);

    // --fault-cut-after: downloads end after that many bytes.
    Reply last;
    const QString token =
        server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last).access;
    QVERIFY2(!token.isEmpty(), last.body.constData());
    const qint64 size = document(server, token).value(u"size").toInteger();
    QVERIFY(size > 1500);
    const Reply cut = server.get(kContent, token);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.header("Content-Length").toLongLong(), size);
    QCOMPARE(cut.body.size(), 1500);
    QCOMPARE(cut.replyError, QNetworkReply::RemoteHostClosedError);
    server.stop();
}

void TestServerFaults::unavailableFromControl()
{
    QVERIFY(m_server.setFaults({{u"unavailable_next"_qs, 1}, {u"retry_after"_qs, 3}}));
    // The sign-in page answers its 503 as a page.
    const Reply page = m_server.get(QStringLiteral("/oauth/authorize"));
    QCOMPARE(page.status, 503);
    QVERIFY2(page.header("Content-Type").startsWith("text/html"),
             page.header("Content-Type").constData());
    QCOMPARE(page.header("Retry-After"), QByteArray("3"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    const Reply next = m_server.get(QStringLiteral("/api/v1/me"), m_token);
    QCOMPARE(next.status, 200);
    QVERIFY(next.header("Retry-After").isEmpty());
    // Out-of-range values are refused and change nothing.
    const Reply refused =
        m_server.postJson(QStringLiteral("/test/faults"), {{u"unavailable_next"_qs, -1}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(faults().value(u"unavailable_next").toInt(-1), 0);
    QVERIFY(m_server.setFaults({{u"retry_after"_qs, 1}}));
}

void TestServerFaults::cutDownloadsResume()
{
    const QJsonObject doc = document(m_server, m_token);
    const qint64 size = doc.value(u"size").toInteger();
    const QString digest = doc.value(u"sha256").toString();
    QVERIFY(size > 3000);
    QCOMPARE(digest.size(), 64);

    QVERIFY(m_server.setFaults({{u"cut_after_bytes"_qs, 1000}}));
    QCOMPARE(faults().value(u"cut_after_bytes").toInteger(), qint64(1000));

    // The first download ends early: the headers promise the whole file, the
    // connection closes after 1000 bytes.
    const Reply first = m_server.get(kContent, m_token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Content-Length").toLongLong(), size);
    QCOMPARE(first.replyError, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(first.body.size(), 1000);
    const QByteArray etag = first.header("ETag");
    QVERIFY(!etag.isEmpty());

    // Resume from what came, as long as it takes; each part is cut again.
    QByteArray received = first.body;
    int resumes = 0;
    const qint64 bound = size / 1000 + 3;
    while (received.size() < size && resumes < bound) {
        ++resumes;
        const QByteArray from = QByteArray::number(received.size());
        const Reply part =
            m_server.get(kContent, m_token, {{"Range", "bytes=" + from + '-'}, {"If-Range", etag}});
        QVERIFY2(part.status == 206, qPrintable(QStringLiteral("resume %1 from %2: status %3, %4")
                                                    .arg(resumes)
                                                    .arg(received.size())
                                                    .arg(part.status)
                                                    .arg(part.networkError)));
        QCOMPARE(part.header("Content-Range"), "bytes " + from + '-' +
                                                   QByteArray::number(size - 1) + '/' +
                                                   QByteArray::number(size));
        const qint64 remaining = size - received.size();
        if (remaining > 1000) {
            QCOMPARE(part.replyError, QNetworkReply::RemoteHostClosedError);
            QCOMPARE(part.body.size(), 1000);
        } else {
            QCOMPARE(part.replyError, QNetworkReply::NoError);
            QCOMPARE(part.body.size(), remaining);
        }
        received += part.body;
    }
    QCOMPARE(received.size(), size);
    QCOMPARE(resumes, int((size - 1000 + 999) / 1000));
    QCOMPARE(sha256(received), digest);

    // Only document bytes are cut: JSON answers larger than that come whole,
    // and so do HEAD answers.
    const Reply list = m_server.get(QStringLiteral("/api/v1/documents"), m_token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.replyError, QNetworkReply::NoError);
    QVERIFY(list.body.size() > 1000);
    QVERIFY(QJsonDocument::fromJson(list.body).isObject());
    const Reply head = m_server.request("HEAD", kContent, {}, {}, m_token);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), size);
    // Signatures are document bytes too.
    const Reply signature =
        m_server.get(QStringLiteral("/api/v1/documents/%1/signature").arg(kDocument), m_token);
    QCOMPARE(signature.status, 200);
    QVERIFY(signature.header("Content-Length").toLongLong() > 1000);
    QCOMPARE(signature.body.size(), 1000);
    QCOMPARE(signature.replyError, QNetworkReply::RemoteHostClosedError);

    // Off again: whole downloads.
    QVERIFY(m_server.setFaults({{u"cut_after_bytes"_qs, -1}}));
    QCOMPARE(faults().value(u"cut_after_bytes").toInteger(), qint64(-1));
    const Reply whole = m_server.get(kContent, m_token);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.replyError, QNetworkReply::NoError);
    QCOMPARE(whole.body.size(), size);
    QCOMPARE(sha256(whole.body), digest);
}

void TestServerFaults::latency()
{
    QVERIFY(m_server.setFaults({{u"latency_ms"_qs, 300}}));
    QElapsedTimer timer;
    timer.start();
    const Reply slow = m_server.get(QStringLiteral("/api/v1/me"), m_token);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(slow.status, 200);
    QVERIFY2(elapsed >= 250, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));

    // Several requests at once on their own connections: all complete; the
    // delay of one does not hold the others (the time is only reported).
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caPath()));
    QList<QNetworkReply *> replies;
    timer.restart();
    for (const QString &path :
         {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/records"),
          QStringLiteral("/api/v1/documents"), QStringLiteral("/api/v1/consents"),
          QStringLiteral("/api/v1/catalogue")}) {
        QNetworkRequest request(QUrl(m_server.baseUrl() + path));
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        replies.append(network.get(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             20000);
    qInfo("%d concurrent requests with 300 ms latency in %lld ms", int(replies.size()),
          timer.elapsed());
    for (QNetworkReply *r : std::as_const(replies)) {
        QCOMPARE(r->error(), QNetworkReply::NoError);
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        r->deleteLater();
    }

    QVERIFY(m_server.setFaults({{u"latency_ms"_qs, 0}}));
    QCOMPARE(faults().value(u"latency_ms").toInt(-1), 0);
    timer.restart();
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), m_token).status, 200);
    qInfo("a request after the latency was set back to 0: %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
