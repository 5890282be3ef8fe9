// Sign-in as RFC 8252 wants it, end to end against the real profile-server:
// the test plays the browser (opens the authorization URL, posts the login
// form, follows the redirect to the loopback listener). Also: a callback
// with a wrong state is refused while the sign-in keeps waiting, Cancel on
// the login page, the pasted-URL path for machines without a browser, the
// listener refusing other requests, the overall timeout, and the token
// endpoint's refresh (rotation) and revocation.
#include "net/apiclient.h"
#include "net/loopbackredirectlistener.h"
#include "net/pkce.h"
#include "net/signin.h"
#include "net/tokenclient.h"
#include "serverfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace cp::net;
using namespace cp::testing;
using namespace std::chrono_literals;

namespace {

struct BrowserAnswer
{
    int status = 0;
    QByteArray body;
    QString error;
};

QString describe(const ApiError &error)
{
    return ApiError::kindName(error.kind) + u' ' + QString::number(error.status) + u' ' +
           error.code + QStringLiteral(": ") + error.message;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pkceFollowsRfc7636();
    void authorizationUrl();
    void signInEndToEnd();
    void wrongStateRefusedThenRightOneWorks();
    void cancelOnLoginPage();
    void pastedRedirectUrl();
    void exchangeRefused();
    void listenerRefusesOtherRequests_data();
    void listenerRefusesOtherRequests();
    void timesOut();
    void refreshRotatesAndRevokeEnds();

private:
    // The browser: the login page, the form posted; the 302's Location.
    QUrl submitLogin(const QUrl &authorizationUrl, const QString &action);
    // The browser following the redirect to the loopback listener (plain http).
    BrowserAnswer openLoopback(const QUrl &url);
    QUrl startAndGetUrl(SignIn &signIn);
    int statusOfMe(const QByteArray &accessToken);

    ServerFixture m_server;
    ApiClient m_client;
    QNetworkAccessManager m_browser;
};

void TestSignIn::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    ServerSettings settings;
    settings.baseUrl = QUrl(m_server.baseUrl());
    settings.caFile = m_server.caPath();
    QVERIFY2(m_client.configure(settings, &error), qPrintable(error));
}

void TestSignIn::cleanupTestCase()
{
    m_server.stop();
}

QUrl TestSignIn::submitLogin(const QUrl &authorizationUrl, const QString &action)
{
    const Reply page =
        m_server.get(authorizationUrl.path() + u'?' + authorizationUrl.query(QUrl::FullyEncoded));
    if (page.status != 200 || !page.body.contains("<form"))
        return {};
    QList<QPair<QString, QString>> form;
    const QUrlQuery query(authorizationUrl);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        form.append({name, value});
    form.append({QStringLiteral("login"), QStringLiteral("demo")});
    form.append({QStringLiteral("password"), QStringLiteral("demo-2026")});
    form.append({QStringLiteral("action"), action});
    const Reply submitted = m_server.postForm(QStringLiteral("/oauth/authorize"), form);
    if (submitted.status != 302)
        return {};
    return QUrl(QString::fromUtf8(submitted.header("Location")));
}

BrowserAnswer TestSignIn::openLoopback(const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    BrowserAnswer answer;
    if (!finished.wait(20000) && finished.isEmpty()) {
        answer.error = QStringLiteral("no answer");
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0)
        answer.error = reply->errorString();
    return answer;
}

QUrl TestSignIn::startAndGetUrl(SignIn &signIn)
{
    QSignalSpy ready(&signIn, &SignIn::authorizationUrlReady);
    signIn.start(QStringLiteral("en"));
    if (ready.count() != 1)
        return {};
    return ready.at(0).at(0).toUrl();
}

int TestSignIn::statusOfMe(const QByteArray &accessToken)
{
    ApiClient client;
    QString error;
    ServerSettings settings = m_client.settings();
    if (!client.configure(settings, &error))
        return -1;
    client.setAccessToken(accessToken);
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/me");
    std::unique_ptr<ApiReply> reply(client.send(request));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    if (!finished.wait(20000))
        return -2;
    return reply->status();
}

void TestSignIn::pkceFollowsRfc7636()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const std::optional<Pkce> a = Pkce::generate();
    const std::optional<Pkce> b = Pkce::generate();
    QVERIFY(a && b);
    QCOMPARE(a->verifier.size(), 43); // 32 bytes, base64url without padding
    QCOMPARE(a->challenge, Pkce::challengeS256(a->verifier));
    QCOMPARE(a->state.size(), 22);
    QVERIFY(a->verifier != b->verifier && a->state != b->state);
    const QByteArray both = a->verifier + a->state;
    for (char c : both)
        QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                    .contains(c));
}

void TestSignIn::authorizationUrl()
{
    SignIn signIn(&m_client);
    const QUrl url = startAndGetUrl(signIn);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));
    const QUrlQuery query(url);
    auto item = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QCOMPARE(item("response_type"), QStringLiteral("code"));
    QCOMPARE(item("client_id"), QStringLiteral("citizen-profile"));
    QCOMPARE(item("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(item("code_challenge").size(), 43);
    QCOMPARE(item("lang"), QStringLiteral("en"));
    QVERIFY(!item("state").isEmpty());
    const QUrl redirect(item("redirect_uri"));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect, signIn.redirectUri());
    QVERIFY(signIn.isActive());
    QSignalSpy failed(&signIn, &SignIn::failed);
    signIn.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!signIn.isActive());
    // The listener is gone with the sign-in.
    const BrowserAnswer late = openLoopback(redirect);
    QCOMPARE(late.status, 0);
}

void TestSignIn::signInEndToEnd()
{
    SignIn signIn(&m_client);
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy failed(&signIn, &SignIn::failed);
    const QUrl url = startAndGetUrl(signIn);
    QVERIFY(url.isValid());

    const QUrl callback = submitLogin(url, QStringLiteral("login"));
    QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(callback.port(), signIn.redirectUri().port());
    const BrowserAnswer page = openLoopback(callback);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Вход выполнен. Вернитесь в приложение."));
    QVERIFY(page.body.contains("Signed in. You can return to the app."));
    QVERIFY(page.body.contains("charset=\"utf-8\""));

    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(failed.count(), 0);
    const auto tokens = signedIn.at(0).at(0).value<SignInTokens>();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(tokens.expiresIn > 0);
    QCOMPARE(statusOfMe(tokens.accessToken), 200);
    QVERIFY(!signIn.isActive());

    // One-shot: the listener is closed, a replay gets nowhere.
    QCOMPARE(openLoopback(callback).status, 0);
    QCOMPARE(signedIn.count(), 1);
}

void TestSignIn::wrongStateRefusedThenRightOneWorks()
{
    SignIn signIn(&m_client);
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy failed(&signIn, &SignIn::failed);
    const QUrl url = startAndGetUrl(signIn);
    const QUrl callback = submitLogin(url, QStringLiteral("login"));
    QVERIFY(callback.isValid());

    QUrl forged = callback;
    QUrlQuery query(callback);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("a-state-of-an-attacker"));
    forged.setQuery(query);
    const BrowserAnswer refused = openLoopback(forged);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("does not belong to the current sign-in"));
    QUrl doubled = callback;
    QUrlQuery twice(callback);
    twice.addQueryItem(QStringLiteral("state"), QStringLiteral("another"));
    doubled.setQuery(twice);
    QCOMPARE(openLoopback(doubled).status, 400);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(signIn.isActive());

    const BrowserAnswer page = openLoopback(callback);
    QCOMPARE(page.status, 200);
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestSignIn::cancelOnLoginPage()
{
    SignIn signIn(&m_client);
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy failed(&signIn, &SignIn::failed);
    const QUrl url = startAndGetUrl(signIn);
    const QUrl callback = submitLogin(url, QStringLiteral("cancel"));
    QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));

    const BrowserAnswer page = openLoopback(callback);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("Вход отменён."));
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.code, QStringLiteral("access_denied"));
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!signIn.isActive());
}

void TestSignIn::pastedRedirectUrl()
{
    SignIn signIn(&m_client);
    QSignalSpy signedIn(&signIn, &SignIn::signedIn);
    QSignalSpy failed(&signIn, &SignIn::failed);
    const QUrl url = startAndGetUrl(signIn);
    const QUrl callback = submitLogin(url, QStringLiteral("login"));
    QVERIFY(callback.isValid());

    // Not this sign-in's answer: refused, the sign-in keeps waiting.
    QUrl otherPort = callback;
    otherPort.setPort(callback.port() == 1 ? 2 : 1);
    QVERIFY(!signIn.completeWithRedirectUrl(otherPort));
    QUrl otherPath = callback;
    otherPath.setPath(QStringLiteral("/elsewhere"));
    QVERIFY(!signIn.completeWithRedirectUrl(otherPath));
    QUrl wrongState = callback;
    QUrlQuery query(callback);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("nope"));
    wrongState.setQuery(query);
    QVERIFY(!signIn.completeWithRedirectUrl(wrongState));
    QVERIFY(signIn.isActive());

    QVERIFY(signIn.completeWithRedirectUrl(callback));
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(statusOfMe(signedIn.at(0).at(0).value<SignInTokens>().accessToken), 200);
    // Done: a second paste is not taken.
    QVERIFY(!signIn.completeWithRedirectUrl(callback));
}

void TestSignIn::exchangeRefused()
{
    SignIn signIn(&m_client);
    QSignalSpy failed(&signIn, &SignIn::failed);
    const QUrl url = startAndGetUrl(signIn);
    QUrl callback = signIn.redirectUri();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), QStringLiteral("a-code-the-server-never-issued"));
    query.addQueryItem(QStringLiteral("state"),
                       QUrlQuery(url).queryItemValue(QStringLiteral("state")));
    callback.setQuery(query);

    const BrowserAnswer page = openLoopback(callback);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("The sign-in failed."));
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QVERIFY2(error.kind == ApiError::Kind::Http, qPrintable(describe(error)));
    QCOMPARE(error.status, 400);
    QCOMPARE(error.code, QStringLiteral("invalid_grant"));
}

void TestSignIn::listenerRefusesOtherRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("favicon") << QByteArray("GET") << QStringLiteral("/favicon.ico") << 404;
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << 404;
    QTest::newRow("POST callback") << QByteArray("POST") << QStringLiteral("/callback") << 405;
    QTest::newRow("PUT callback") << QByteArray("PUT") << QStringLiteral("/callback") << 405;
}

void TestSignIn::listenerRefusesOtherRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    SignIn signIn(&m_client);
    QSignalSpy failed(&signIn, &SignIn::failed);
    startAndGetUrl(signIn);
    QUrl target = signIn.redirectUri();
    target.setPath(path);
    std::unique_ptr<QNetworkReply> reply(
        m_browser.sendCustomRequest(QNetworkRequest(target), method, QByteArray("x=1")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .contains(u"text/html; charset=utf-8"));
    // Still waiting for the real answer.
    QVERIFY(signIn.isActive());
    QCOMPARE(failed.count(), 0);
}

void TestSignIn::timesOut()
{
    SignIn signIn(&m_client);
    signIn.setTimeout(300ms);
    QSignalSpy failed(&signIn, &SignIn::failed);
    QVERIFY(startAndGetUrl(signIn).isValid());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Timeout);
    QVERIFY(!signIn.isActive());
}

void TestSignIn::refreshRotatesAndRevokeEnds()
{
    Reply last;
    const Tokens first =
        m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last);
    QVERIFY2(!first.refresh.isEmpty(), last.body.constData());
    TokenClient tokens(&m_client);

    auto refresh = [&tokens](const QByteArray &token) {
        std::optional<std::pair<std::optional<SignInTokens>, ApiError>> result;
        tokens.refresh(token, [&result](std::optional<SignInTokens> t, ApiError e) {
            result.emplace(std::move(t), std::move(e));
        });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
            qWarning("no answer from the token endpoint");
        return result;
    };
    auto revoke = [&tokens](const QByteArray &token) {
        std::optional<ApiError> result;
        tokens.revoke(token, [&result](ApiError e) { result = std::move(e); });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
            qWarning("no answer from the token endpoint");
        return result;
    };

    // Rotation: a new pair, the new access token works.
    const auto rotated = refresh(first.refresh.toLatin1());
    QVERIFY(rotated);
    QVERIFY2(rotated->first, qPrintable(describe(rotated->second)));
    const SignInTokens second = *rotated->first;
    QVERIFY(second.refreshToken != first.refresh.toLatin1());
    QVERIFY(second.accessToken != first.access.toLatin1());
    QCOMPARE(statusOfMe(second.accessToken), 200);

    // The old refresh token is dead, and presenting it again ends the family.
    const auto replayed = refresh(first.refresh.toLatin1());
    QVERIFY(replayed && !replayed->first);
    QCOMPARE(replayed->second.kind, ApiError::Kind::Http);
    QCOMPARE(replayed->second.code, QStringLiteral("invalid_grant"));
    QCOMPARE(statusOfMe(second.accessToken), 401);

    // Revocation at sign-out: 200, and the refresh token no longer works.
    const Tokens fresh =
        m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last);
    QVERIFY2(!fresh.refresh.isEmpty(), last.body.constData());
    const auto revoked = revoke(fresh.refresh.toLatin1());
    QVERIFY(revoked);
    QVERIFY2(revoked->ok(), qPrintable(describe(*revoked)));
    const auto afterRevoke = refresh(fresh.refresh.toLatin1());
    QVERIFY(afterRevoke && !afterRevoke->first);
    QCOMPARE(afterRevoke->second.code, QStringLiteral("invalid_grant"));
    QCOMPARE(statusOfMe(fresh.access.toLatin1()), 401);
    // RFC 7009 §2.2: an unknown token is answered 200 too.
    const auto unknown = revoke("never-issued");
    QVERIFY(unknown && unknown->ok());
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
