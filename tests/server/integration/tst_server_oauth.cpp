// The OAuth endpoints of the real profile-server over TLS: the sign-in page
// (languages, hidden fields, security headers), wrong passwords and the
// lockout, Cancel, state round trips, redirect URIs that must never be
// redirected to, PKCE, single-use codes, rotating refresh tokens whose reuse
// revokes the family, revocation (RFC 7009), the token endpoint's error
// shapes, organisation tokens from ES256 client assertions (RFC 7523) and
// the expiry of access tokens.
#include "serverfixture.h"

#include "pki/es256.h"
#include "pki/tokens.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

using namespace cp::testing;

namespace {

using Form = QList<QPair<QString, QString>>;

const QString kClient = QStringLiteral("citizen-profile");
const QString kRedirect = QStringLiteral("http://127.0.0.1:49152/callback");

// One authorization request as the app would make it.
struct Authorization
{
    QByteArray verifier = cp::server::randomUrlToken(32);
    QString state = QString::fromLatin1(cp::server::randomUrlToken(16));
    QString redirect = kRedirect;

    QString challenge() const
    {
        return QString::fromLatin1(cp::server::pkceChallengeS256(verifier));
    }
    Form params() const
    {
        return {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), kClient},
                {QStringLiteral("redirect_uri"), redirect},
                {QStringLiteral("state"), state},
                {QStringLiteral("code_challenge"), challenge()},
                {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    }
};

// `form` with `name` set to `value`, or removed when `value` is null.
Form with(Form form, const QString &name, const QString &value)
{
    form.removeIf([&name](const QPair<QString, QString> &p) { return p.first == name; });
    if (!value.isNull())
        form.append({name, value});
    return form;
}

QUrlQuery locationQuery(const Reply &reply)
{
    return QUrlQuery(QUrl(QString::fromUtf8(reply.header("Location"))));
}

QString queryValue(const Reply &reply, const char *name)
{
    return locationQuery(reply).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

bool isOAuthErrorShape(const Reply &reply)
{
    const QJsonObject o = reply.json();
    return reply.header("Content-Type").startsWith("application/json") && o.size() == 3 &&
           !o.value(u"error").toString().isEmpty() &&
           !o.value(u"error_description").toString().isEmpty() &&
           o.value(u"message").toString() == o.value(u"error_description").toString();
}

QString b64url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestServerOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fullSignIn();
    void loginPageLanguage_data();
    void loginPageLanguage();
    void loginPageCarriesTheRequest();
    void wrongPasswordShowsThePageAgain();
    void cancelRedirectsWithAccessDenied();
    void stateComesBackUnchanged();
    void badRedirectIsNeverFollowed_data();
    void badRedirectIsNeverFollowed();
    void authorizeErrorsRedirect_data();
    void authorizeErrorsRedirect();
    void wrongVerifier();
    void codeUsedTwiceRevokesItsTokens();
    void redirectUriMustMatchAtExchange();
    void refreshRotatesAndReuseRevokesTheFamily();
    void revocation();
    void tokenEndpointErrors();
    void organisationToken();
    void badClientAssertion_data();
    void badClientAssertion();
    void replayedAssertion();
    void lockoutAfterFiveFailures();
    void accessTokensExpire();

private:
    Reply page(const Form &params, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply submit(const Form &params, const QString &login, const QString &password,
                 const QString &action = QStringLiteral("sign_in"));
    QString code(const Authorization &a);
    Reply exchange(const QString &code, const Authorization &a);
    Reply refresh(const QString &refreshToken);
    Reply revoke(const Form &form);
    Reply assertionToken(const QByteArray &assertion);
    Tokens signIn();
    int meStatus(const QString &access);

    ServerFixture m_server;
};

void TestServerOAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
}

void TestServerOAuth::cleanupTestCase()
{
    m_server.stop();
}

Reply TestServerOAuth::page(const Form &params, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_server.get(QStringLiteral("/oauth/authorize?") + ServerFixture::formEncode(params), {},
                        headers);
}

Reply TestServerOAuth::submit(const Form &params, const QString &login, const QString &password,
                              const QString &action)
{
    Form form = params;
    form.append({QStringLiteral("login"), login});
    form.append({QStringLiteral("password"), password});
    form.append({QStringLiteral("action"), action});
    return m_server.postForm(QStringLiteral("/oauth/authorize"), form);
}

QString TestServerOAuth::code(const Authorization &a)
{
    const Reply r = submit(a.params(), QStringLiteral("demo"), QStringLiteral("demo-2026"));
    return r.status == 302 ? queryValue(r, "code") : QString();
}

Reply TestServerOAuth::exchange(const QString &code, const Authorization &a)
{
    return m_server.postForm(QStringLiteral("/oauth/token"),
                             {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("redirect_uri"), a.redirect},
                              {QStringLiteral("client_id"), kClient},
                              {QStringLiteral("code_verifier"), QString::fromLatin1(a.verifier)}});
}

Reply TestServerOAuth::refresh(const QString &refreshToken)
{
    return m_server.postForm(QStringLiteral("/oauth/token"),
                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), refreshToken},
                              {QStringLiteral("client_id"), kClient}});
}

Reply TestServerOAuth::revoke(const Form &form)
{
    return m_server.postForm(QStringLiteral("/oauth/revoke"), form);
}

Reply TestServerOAuth::assertionToken(const QByteArray &assertion)
{
    return m_server.postForm(
        QStringLiteral("/oauth/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_assertion_type"),
          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
         {QStringLiteral("client_assertion"), QString::fromLatin1(assertion)}});
}

Tokens TestServerOAuth::signIn()
{
    Reply last;
    const Tokens tokens =
        m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last);
    if (tokens.access.isEmpty())
        qWarning("sign-in failed: %d %s", last.status, last.body.constData());
    return tokens;
}

int TestServerOAuth::meStatus(const QString &access)
{
    return m_server.get(QStringLiteral("/api/v1/me"), access).status;
}

void TestServerOAuth::fullSignIn()
{
    const Authorization a;
    const Reply form = page(a.params());
    QCOMPARE(form.status, 200);
    QVERIFY(form.header("Content-Type").startsWith("text/html"));
    QCOMPARE(form.header("Cache-Control"), QByteArray("no-store"));
    // The sign-in page may not be framed, loads nothing from elsewhere and
    // leaks no referrer.
    QCOMPARE(form.header("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(form.header("Referrer-Policy"), QByteArray("no-referrer"));
    const QByteArray csp = form.header("Content-Security-Policy");
    QVERIFY2(csp.contains("default-src 'none'"), csp.constData());
    QVERIFY2(csp.contains("frame-ancestors 'none'"), csp.constData());

    const Reply signedIn = submit(a.params(), QStringLiteral("demo"), QStringLiteral("demo-2026"));
    QCOMPARE(signedIn.status, 302);
    QCOMPARE(signedIn.header("Referrer-Policy"), QByteArray("no-referrer"));
    const QUrl location(QString::fromUtf8(signedIn.header("Location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kRedirect);
    QCOMPARE(queryValue(signedIn, "state"), a.state);
    const QString code = queryValue(signedIn, "code");
    QVERIFY(code.size() >= 20);

    const Reply token = exchange(code, a);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(token.header("Pragma"), QByteArray("no-cache"));
    QVERIFY(token.header("Content-Type").startsWith("application/json"));
    const QJsonObject o = token.json();
    QCOMPARE(o.value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(u"scope").toString(), QStringLiteral("citizen"));
    const int expiresIn = o.value(u"expires_in").toInt();
    QVERIFY2(expiresIn >= 60 && expiresIn <= 600, qPrintable(QString::number(expiresIn)));
    const QString access = o.value(u"access_token").toString();
    const QString refreshToken = o.value(u"refresh_token").toString();
    QVERIFY(!access.isEmpty() && !refreshToken.isEmpty() && access != refreshToken);

    const Reply me = m_server.get(QStringLiteral("/api/v1/me"), access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"id").toString(), QStringLiteral("cit-0001"));
}

void TestServerOAuth::loginPageLanguage_data()
{
    QTest::addColumn<QString>("lang"); // null: no lang parameter
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<bool>("english");
    QTest::newRow("russian browser") << QString() << QByteArray("ru-RU,ru;q=0.9,en;q=0.8") << false;
    QTest::newRow("neither language") << QString() << QByteArray("de-DE,fr;q=0.5") << false;
    QTest::newRow("any language") << QString() << QByteArray("*") << false;
    QTest::newRow("english browser") << QString() << QByteArray("en-GB,en;q=0.9") << true;
    QTest::newRow("russian preferred by weight")
        << QString() << QByteArray("en;q=0.2, ru;q=0.9") << false;
    QTest::newRow("lang=en over a russian browser")
        << QStringLiteral("en") << QByteArray("ru-RU,ru") << true;
    QTest::newRow("lang=ru over an english browser")
        << QStringLiteral("ru") << QByteArray("en-US,en") << false;
}

void TestServerOAuth::loginPageLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(bool, english);
    const Authorization a;
    const Reply r =
        page(with(a.params(), QStringLiteral("lang"), lang), {{"Accept-Language", acceptLanguage}});
    QCOMPARE(r.status, 200);
    const QString html = QString::fromUtf8(r.body);
    const QStringList russian{QStringLiteral("<html lang=\"ru\">"),
                              QStringLiteral(">Войти</button>"), QStringLiteral(">Отмена</button>"),
                              QStringLiteral(">Пароль</label>"),
                              QStringLiteral("Вход в Профиль гражданина")};
    const QStringList englishTexts{
        QStringLiteral("<html lang=\"en\">"), QStringLiteral(">Sign in</button>"),
        QStringLiteral(">Cancel</button>"), QStringLiteral(">Password</label>"),
        QStringLiteral("Sign in to Citizen Profile")};
    for (const QString &text : english ? englishTexts : russian)
        QVERIFY2(html.contains(text), qPrintable(text));
    for (const QString &text : english ? russian : englishTexts)
        QVERIFY2(!html.contains(text), qPrintable(text));
    // The form posts the language back, so an error page keeps it.
    QVERIFY(html.contains(english ? QStringLiteral("name=\"lang\" value=\"en\"")
                                  : QStringLiteral("name=\"lang\" value=\"ru\"")));
}

void TestServerOAuth::loginPageCarriesTheRequest()
{
    Authorization a;
    a.state = QStringLiteral("Az09._~-") + a.state; // every character the contract allows
    const Reply r = page(a.params());
    QCOMPARE(r.status, 200);
    const QString html = QString::fromUtf8(r.body);
    QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"/oauth/authorize\">")));
    const QList<QPair<QString, QString>> hidden{
        {QStringLiteral("state"), a.state},
        {QStringLiteral("code_challenge"), a.challenge()},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("redirect_uri"), kRedirect},
        {QStringLiteral("client_id"), kClient},
        {QStringLiteral("response_type"), QStringLiteral("code")}};
    for (const auto &[name, value] : hidden) {
        const QString field = QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                                  .arg(name, value.toHtmlEscaped());
        QVERIFY2(html.contains(field), qPrintable(field));
    }
    QVERIFY(html.contains(QStringLiteral("name=\"login\"")));
    QVERIFY(html.contains(QStringLiteral("name=\"password\" type=\"password\"")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestServerOAuth::wrongPasswordShowsThePageAgain()
{
    const Authorization a;
    for (const auto &[login, lang, message] :
         {std::tuple{QStringLiteral("demo"), QStringLiteral("ru"),
                     QStringLiteral("Неверный логин или пароль.")},
          std::tuple{QStringLiteral("demo"), QStringLiteral("en"),
                     QStringLiteral("Wrong login or password.")},
          // An unknown login gets the same answer as a wrong password.
          std::tuple{QStringLiteral("nobody-here"), QStringLiteral("ru"),
                     QStringLiteral("Неверный логин или пароль.")}}) {
        const Reply r = submit(with(a.params(), QStringLiteral("lang"), lang), login,
                               QStringLiteral("wrong-password"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(r.body);
        QVERIFY2(html.contains(QStringLiteral("role=\"alert\">") + message), qPrintable(message));
        // The page again, with the request in its hidden fields.
        QVERIFY(html.contains(QStringLiteral("name=\"state\" value=\"%1\"").arg(a.state)));
        QVERIFY(html.contains(QStringLiteral("name=\"password\" type=\"password\"")));
        QVERIFY(!html.contains(QStringLiteral("wrong-password")));
    }
    // The right password afterwards signs in (and forgets the failures).
    QVERIFY(!code(a).isEmpty());
}

void TestServerOAuth::cancelRedirectsWithAccessDenied()
{
    const Authorization a;
    const Reply r = submit(a.params(), QString(), QString(), QStringLiteral("cancel"));
    QCOMPARE(r.status, 302);
    QVERIFY(r.header("Location").startsWith(QByteArray(kRedirect.toUtf8() + '?')));
    QCOMPARE(queryValue(r, "error"), QStringLiteral("access_denied"));
    QCOMPARE(queryValue(r, "state"), a.state);
    QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("code")));
}

void TestServerOAuth::stateComesBackUnchanged()
{
    // Every character the contract allows in a state, with the code and with
    // an error.
    Authorization a;
    a.state = QStringLiteral("Az09._~-") + a.state;
    const Reply ok = submit(a.params(), QStringLiteral("demo"), QStringLiteral("demo-2026"));
    QCOMPARE(ok.status, 302);
    QCOMPARE(queryValue(ok, "state"), a.state);
    const Reply cancelled = submit(a.params(), QString(), QString(), QStringLiteral("cancel"));
    QCOMPARE(queryValue(cancelled, "state"), a.state);

    // A state outside the contract's alphabet (space, &, =, /, a non-ASCII
    // letter) is refused — and still passed back exactly as received, so the
    // redirect must encode it.
    Authorization odd;
    odd.state = QStringLiteral("a b&c=d/é");
    for (const Reply &r : {page(odd.params()), submit(odd.params(), QStringLiteral("demo"),
                                                      QStringLiteral("demo-2026"))}) {
        QCOMPARE(r.status, 302);
        QCOMPARE(queryValue(r, "error"), QStringLiteral("invalid_request"));
        QCOMPARE(queryValue(r, "state"), odd.state);
        QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("code")));
        // Encoded: no raw space, and '&' / '=' of the state do not make items.
        const QByteArray location = r.header("Location");
        QVERIFY(!location.contains(' '));
        QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("c")));
    }
}

void TestServerOAuth::badRedirectIsNeverFollowed_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirect"); // null: no redirect_uri
    QTest::newRow("https") << kClient << QStringLiteral("https://127.0.0.1:49152/callback");
    QTest::newRow("non-loopback host") << kClient << QStringLiteral("http://example.org:80/cb");
    QTest::newRow("private address") << kClient << QStringLiteral("http://10.0.0.1:49152/cb");
    QTest::newRow("localhost name") << kClient << QStringLiteral("http://localhost:49152/cb");
    QTest::newRow("missing port") << kClient << QStringLiteral("http://127.0.0.1/callback");
    QTest::newRow("fragment") << kClient << QStringLiteral("http://127.0.0.1:49152/cb#frag");
    QTest::newRow("query") << kClient << QStringLiteral("http://127.0.0.1:49152/cb?x=1");
    QTest::newRow("user info") << kClient << QStringLiteral("http://u:p@127.0.0.1:49152/cb");
    QTest::newRow("custom scheme") << kClient << QStringLiteral("myapp://127.0.0.1:49152/cb");
    QTest::newRow("relative") << kClient << QStringLiteral("/callback");
    QTest::newRow("missing") << kClient << QString();
    QTest::newRow("unknown client") << QStringLiteral("other-app") << kRedirect;
    QTest::newRow("no client") << QString() << kRedirect;
}

void TestServerOAuth::badRedirectIsNeverFollowed()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirect);
    Authorization a;
    const Form params = with(with(a.params(), QStringLiteral("redirect_uri"), redirect),
                             QStringLiteral("client_id"), clientId);
    // The page, the sign-in and even Cancel: a 400 page, never a redirect.
    for (const Reply &r :
         {page(params), submit(params, QStringLiteral("demo"), QStringLiteral("demo-2026")),
          submit(params, QString(), QString(), QStringLiteral("cancel"))}) {
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html"));
        QCOMPARE(r.header("X-Frame-Options"), QByteArray("DENY"));
        QVERIFY(r.header("Content-Security-Policy").contains("default-src 'none'"));
    }
}

void TestServerOAuth::authorizeErrorsRedirect_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: parameter left out
    QTest::addColumn<QString>("error");
    const QString invalid = QStringLiteral("invalid_request");
    QTest::newRow("plain method") << QStringLiteral("code_challenge_method")
                                  << QStringLiteral("plain") << invalid;
    QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString() << invalid;
    QTest::newRow("no challenge") << QStringLiteral("code_challenge") << QString() << invalid;
    QTest::newRow("short challenge")
        << QStringLiteral("code_challenge") << QStringLiteral("abc") << invalid;
    QTest::newRow("no state") << QStringLiteral("state") << QString() << invalid;
    QTest::newRow("token response") << QStringLiteral("response_type") << QStringLiteral("token")
                                    << QStringLiteral("unsupported_response_type");
    QTest::newRow("no response type") << QStringLiteral("response_type") << QString() << invalid;
    QTest::newRow("foreign scope")
        << QStringLiteral("scope") << QStringLiteral("admin") << QStringLiteral("invalid_scope");
}

void TestServerOAuth::authorizeErrorsRedirect()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Authorization a;
    const Form params = with(a.params(), name, value);
    for (const Reply &r :
         {page(params), submit(params, QStringLiteral("demo"), QStringLiteral("demo-2026"))}) {
        QCOMPARE(r.status, 302);
        QVERIFY(r.header("Location").startsWith(QByteArray(kRedirect.toUtf8() + '?')));
        QCOMPARE(queryValue(r, "error"), error);
        QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("code")));
        if (name == u"state")
            QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("state")));
        else
            QCOMPARE(queryValue(r, "state"), a.state);
    }
    // The right scope is accepted.
    QCOMPARE(page(with(a.params(), QStringLiteral("scope"), QStringLiteral("citizen"))).status,
             200);
}

void TestServerOAuth::wrongVerifier()
{
    const Authorization a;
    const QString c = code(a);
    QVERIFY(!c.isEmpty());
    Authorization other = a;
    other.verifier = cp::server::randomUrlToken(32); // well-formed, not the one
    const Reply r = exchange(c, other);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(isOAuthErrorShape(r));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    // A malformed verifier is a malformed request.
    Authorization malformed = a;
    malformed.verifier = "short";
    QCOMPARE(exchange(code(a), malformed).errorCode(), QStringLiteral("invalid_request"));
}

void TestServerOAuth::codeUsedTwiceRevokesItsTokens()
{
    const Authorization a;
    const QString c = code(a);
    const Reply first = exchange(c, a);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(u"access_token").toString();
    QCOMPARE(meStatus(access), 200);
    // What was refreshed from those tokens descends from the code too.
    const Reply refreshed = refresh(first.json().value(u"refresh_token").toString());
    QCOMPARE(refreshed.status, 200);
    const QString laterAccess = refreshed.json().value(u"access_token").toString();
    QCOMPARE(meStatus(laterAccess), 200);

    const Reply second = exchange(c, a);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.errorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(!second.json().contains(u"access_token"));
    QCOMPARE(meStatus(access), 401);
    QCOMPARE(meStatus(laterAccess), 401);
    QCOMPARE(refresh(refreshed.json().value(u"refresh_token").toString()).errorCode(),
             QStringLiteral("invalid_grant"));
    // An unknown code: invalid_grant as well.
    QCOMPARE(exchange(QStringLiteral("no-such-code"), a).errorCode(),
             QStringLiteral("invalid_grant"));
}

void TestServerOAuth::redirectUriMustMatchAtExchange()
{
    const Authorization a;
    for (const QString &otherRedirect : {QStringLiteral("http://127.0.0.1:49153/callback"),
                                         QStringLiteral("http://127.0.0.1:49152/other"),
                                         QStringLiteral("http://[::1]:49152/callback")}) {
        Authorization other = a;
        other.redirect = otherRedirect;
        const Reply r = exchange(code(a), other);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_grant"));
    }
    // The IPv6 loopback is a redirect of its own, and works end to end.
    Authorization six;
    six.redirect = QStringLiteral("http://[::1]:50000/cb");
    const QString c = code(six);
    QVERIFY(!c.isEmpty());
    QCOMPARE(exchange(c, six).status, 200);
}

void TestServerOAuth::refreshRotatesAndReuseRevokesTheFamily()
{
    const Tokens first = signIn();
    QVERIFY(!first.refresh.isEmpty());
    const Reply r1 = refresh(first.refresh);
    QCOMPARE(r1.status, 200);
    QCOMPARE(r1.header("Cache-Control"), QByteArray("no-store"));
    const QString access1 = r1.json().value(u"access_token").toString();
    const QString refresh1 = r1.json().value(u"refresh_token").toString();
    QVERIFY(!access1.isEmpty() && access1 != first.access);
    QVERIFY(!refresh1.isEmpty() && refresh1 != first.refresh);
    QCOMPARE(r1.json().value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(meStatus(access1), 200);

    const Reply r2 = refresh(refresh1);
    QCOMPARE(r2.status, 200);
    const QString access2 = r2.json().value(u"access_token").toString();
    const QString refresh2 = r2.json().value(u"refresh_token").toString();
    QCOMPARE(meStatus(access2), 200);

    // The first refresh token again: someone has a copy. Refused, and every
    // token of the sign-in ends, the newest included.
    const Reply reused = refresh(first.refresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.errorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(isOAuthErrorShape(reused));
    QCOMPARE(meStatus(access2), 401);
    QCOMPARE(meStatus(access1), 401);
    QCOMPARE(meStatus(first.access), 401);
    QCOMPARE(refresh(refresh2).errorCode(), QStringLiteral("invalid_grant"));

    // Another sign-in is a family of its own and is not touched.
    const Tokens other = signIn();
    QCOMPARE(meStatus(other.access), 200);
    // Refresh needs the app's client id; an access token is no refresh token.
    const Reply foreign =
        m_server.postForm(QStringLiteral("/oauth/token"),
                          {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), other.refresh},
                           {QStringLiteral("client_id"), QStringLiteral("other-app")}});
    QCOMPARE(foreign.status, 401);
    QCOMPARE(foreign.errorCode(), QStringLiteral("invalid_client"));
    QCOMPARE(refresh(other.access).errorCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(meStatus(other.access), 200);
}

void TestServerOAuth::revocation()
{
    // Revoking the refresh token ends the sign-in: its access token too.
    const Tokens a = signIn();
    const Reply revoked =
        revoke({{QStringLiteral("token"), a.refresh},
                {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                {QStringLiteral("client_id"), kClient}});
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.body.isEmpty());
    QCOMPARE(revoked.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(meStatus(a.access), 401);
    QCOMPARE(refresh(a.refresh).errorCode(), QStringLiteral("invalid_grant"));
    // Again: still 200.
    QCOMPARE(revoke({{QStringLiteral("token"), a.refresh}, {QStringLiteral("client_id"), kClient}})
                 .status,
             200);

    // Revoking an access token ends that token only.
    const Tokens b = signIn();
    QCOMPARE(revoke({{QStringLiteral("token"), b.access}, {QStringLiteral("client_id"), kClient}})
                 .status,
             200);
    QCOMPARE(meStatus(b.access), 401);
    const Reply stillRefreshes = refresh(b.refresh);
    QCOMPARE(stillRefreshes.status, 200);
    QCOMPARE(meStatus(stillRefreshes.json().value(u"access_token").toString()), 200);

    // An unknown token: 200 all the same (RFC 7009 §2.2).
    const Reply unknown = revoke({{QStringLiteral("token"), QStringLiteral("never-issued-token")},
                                  {QStringLiteral("client_id"), kClient}});
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.body.isEmpty());
    // No token: a malformed request.
    const Reply none = revoke({{QStringLiteral("client_id"), kClient}});
    QCOMPARE(none.status, 400);
    QCOMPARE(none.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY(isOAuthErrorShape(none));

    // A token of another client is left alone: an organisation cannot end a
    // citizen's sign-in, nor the app an organisation's token.
    const Tokens c = signIn();
    const Reply byOrganisation =
        revoke({{QStringLiteral("token"), c.refresh},
                {QStringLiteral("client_assertion_type"),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                {QStringLiteral("client_assertion"),
                 QString::fromLatin1(m_server.clientAssertion(QStringLiteral("org-bank")))}});
    QCOMPARE(byOrganisation.status, 200);
    QCOMPARE(meStatus(c.access), 200);
    QCOMPARE(refresh(c.refresh).status, 200);

    const QString orgToken = m_server.organisationToken(QStringLiteral("org-bank"));
    QVERIFY(!orgToken.isEmpty());
    QCOMPARE(revoke({{QStringLiteral("token"), orgToken}, {QStringLiteral("client_id"), kClient}})
                 .status,
             200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), orgToken).status,
             200);
    // The organisation itself can revoke its token.
    QCOMPARE(revoke({{QStringLiteral("token"), orgToken},
                     {QStringLiteral("client_assertion_type"),
                      QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                     {QStringLiteral("client_assertion"),
                      QString::fromLatin1(m_server.clientAssertion(QStringLiteral("org-bank")))}})
                 .status,
             200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), orgToken).status,
             401);
    // An unknown client: invalid_client, and nothing revoked.
    const Reply stranger = revoke(
        {{QStringLiteral("token"), c.access}, {QStringLiteral("client_id"), QStringLiteral("zz")}});
    QCOMPARE(stranger.status, 401);
    QCOMPARE(stranger.errorCode(), QStringLiteral("invalid_client"));
    QVERIFY(isOAuthErrorShape(stranger));
    QCOMPARE(meStatus(c.access), 200);
    // A bad client assertion: invalid_client as at the token endpoint.
    const Reply forged =
        revoke({{QStringLiteral("token"), c.access},
                {QStringLiteral("client_assertion_type"),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                {QStringLiteral("client_assertion"),
                 QString::fromLatin1(m_server.clientAssertion(
                     QStringLiteral("org-bank"),
                     {{QStringLiteral("aud"), QStringLiteral("https://x")}}))}});
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.errorCode(), QStringLiteral("invalid_client"));
    QCOMPARE(meStatus(c.access), 200);
}

void TestServerOAuth::tokenEndpointErrors()
{
    const Reply unsupported =
        m_server.postForm(QStringLiteral("/oauth/token"),
                          {{QStringLiteral("grant_type"), QStringLiteral("password")},
                           {QStringLiteral("username"), QStringLiteral("demo")},
                           {QStringLiteral("password"), QStringLiteral("demo-2026")}});
    QCOMPARE(unsupported.status, 400);
    QCOMPARE(unsupported.errorCode(), QStringLiteral("unsupported_grant_type"));
    QVERIFY(isOAuthErrorShape(unsupported));

    const Reply missing =
        m_server.postForm(QStringLiteral("/oauth/token"), {{QStringLiteral("client_id"), kClient}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("invalid_request"));

    // A parameter given twice (RFC 6749 §3.2): invalid_request.
    const Tokens t = signIn();
    const QList<QPair<QString, QByteArray>> twice{
        {QStringLiteral("/oauth/token"),
         "grant_type=refresh_token&refresh_token=" + t.refresh.toLatin1() +
             "&client_id=citizen-profile&client_id=citizen-profile"},
        {QStringLiteral("/oauth/revoke"), "token=" + t.refresh.toLatin1() + "&token=" +
                                              t.access.toLatin1() + "&client_id=citizen-profile"}};
    for (const auto &[path, body] : twice) {
        const Reply r = m_server.request("POST", path, body,
                                         {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY(isOAuthErrorShape(r));
    }
    // The refresh token was not used by the refused request.
    QCOMPARE(refresh(t.refresh).status, 200);

    // JSON instead of a form: 415 in the OAuth shape.
    for (const char *path : {"/oauth/token", "/oauth/revoke"}) {
        const Reply r =
            m_server.postJson(QString::fromLatin1(path),
                              {{u"grant_type"_qs, u"refresh_token"_qs}, {u"token"_qs, u"x"_qs}});
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));
        QVERIFY2(isOAuthErrorShape(r), r.body.constData());
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    }
    // A GET of the token endpoint: 405 with Allow.
    const Reply get = m_server.get(QStringLiteral("/oauth/token"));
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
}

void TestServerOAuth::organisationToken()
{
    Reply last;
    const QString orgToken = m_server.organisationToken(QStringLiteral("org-bank"), &last);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(last.json().value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(last.json().value(u"scope").toString(), QStringLiteral("organisation"));
    QVERIFY(last.json().value(u"expires_in").toInt() > 0);
    QVERIFY(!last.json().contains(u"refresh_token"));
    QVERIFY(!orgToken.isEmpty());

    // It works on the organisation API...
    const Reply own =
        m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), orgToken);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(u"id").toString(), QStringLiteral("req-0007"));
    // ...and on nothing of the citizen's.
    const Tokens citizen = signIn();
    for (const QString &path : {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/records"),
                                QStringLiteral("/api/v1/consents")}) {
        const Reply r = m_server.get(path, orgToken);
        // The contract: a valid token of the other kind of caller is 403.
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!r.body.contains("cit-0001"));
    }
    // A citizen's token is no organisation's.
    for (const QString &path : {QStringLiteral("/api/v1/org/consent-requests/req-0007"),
                                QStringLiteral("/api/v1/org/consents/con-0003/data")}) {
        const Reply r = m_server.get(path, citizen.access);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!r.json().contains(u"records"));
    }
    // The citizen's token still works where it belongs.
    QCOMPARE(meStatus(citizen.access), 200);
}

void TestServerOAuth::badClientAssertion_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *name : {"other organisation's key", "wrong aud", "aud of another server",
                             "expired", "exp too far ahead", "exp just over five minutes", "no exp",
                             "sub is not iss", "unknown iss", "no jti", "no iat", "alg none",
                             "alg HS256", "not a jwt", "tampered payload"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestServerOAuth::badClientAssertion()
{
    QFETCH(QString, kind);
    const QString bank = QStringLiteral("org-bank");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), bank},
        {QStringLiteral("sub"), bank},
        {QStringLiteral("aud"), QString(m_server.baseUrl() + QStringLiteral("/oauth/token"))},
        {QStringLiteral("exp"), now + 120},
        {QStringLiteral("iat"), now},
        {QStringLiteral("jti"), QString::fromLatin1(cp::server::randomUrlToken(16))}};
    QByteArray key = m_server.organisationPrivateKey(bank);
    QByteArray assertion;
    auto compact = [](const QJsonObject &o) {
        return b64url(QJsonDocument(o).toJson(QJsonDocument::Compact)).toLatin1();
    };
    if (kind == u"other organisation's key") {
        key = m_server.organisationPrivateKey(QStringLiteral("org-insurer"));
    } else if (kind == u"wrong aud") {
        claims.insert(QStringLiteral("aud"),
                      QString(m_server.baseUrl() + QStringLiteral("/oauth/revoke")));
    } else if (kind == u"aud of another server") {
        claims.insert(QStringLiteral("aud"), QStringLiteral("https://example.org/oauth/token"));
    } else if (kind == u"expired") {
        claims.insert(QStringLiteral("exp"), now - 30);
    } else if (kind == u"exp too far ahead") {
        claims.insert(QStringLiteral("exp"), now + 3600);
    } else if (kind == u"exp just over five minutes") {
        claims.insert(QStringLiteral("exp"), now + 360);
    } else if (kind == u"no exp") {
        claims.remove(QStringLiteral("exp"));
    } else if (kind == u"sub is not iss") {
        claims.insert(QStringLiteral("sub"), QStringLiteral("org-insurer"));
    } else if (kind == u"unknown iss") {
        claims.insert(QStringLiteral("iss"), QStringLiteral("org-unknown"));
        claims.insert(QStringLiteral("sub"), QStringLiteral("org-unknown"));
    } else if (kind == u"no jti") {
        claims.remove(QStringLiteral("jti"));
    } else if (kind == u"no iat") {
        claims.remove(QStringLiteral("iat"));
    } else if (kind == u"alg none") {
        assertion = compact({{QStringLiteral("alg"), QStringLiteral("none")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
                    '.' + compact(claims) + '.';
    } else if (kind == u"alg HS256") {
        const QByteArray signingInput = compact({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                 {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
                                        '.' + compact(claims);
        assertion = signingInput + '.' +
                    b64url(QMessageAuthenticationCode::hash(signingInput, QByteArray("secret"),
                                                            QCryptographicHash::Sha256))
                        .toLatin1();
    } else if (kind == u"not a jwt") {
        assertion = "not-a-jwt";
    } else if (kind == u"tampered payload") {
        // A valid signature over other claims.
        const QList<QByteArray> parts = cp::server::signJwtEs256(claims, key).split('.');
        QJsonObject other = claims;
        other.insert(QStringLiteral("exp"), now + 200);
        assertion = parts.at(0) + '.' + compact(other) + '.' + parts.at(2);
    }
    if (assertion.isEmpty())
        assertion = cp::server::signJwtEs256(claims, key);
    QVERIFY(!assertion.isEmpty());

    const Reply r = assertionToken(assertion);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_client"));
    QVERIFY(isOAuthErrorShape(r));
    QVERIFY(!r.json().contains(u"access_token"));
}

void TestServerOAuth::replayedAssertion()
{
    const QByteArray assertion = m_server.clientAssertion(QStringLiteral("org-insurer"));
    const Reply first = assertionToken(assertion);
    QCOMPARE(first.status, 200);
    const Reply again = assertionToken(assertion);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("invalid_client"));
    // A jti is the client's own: another organisation may use the same one.
    const QString jti = QString::fromLatin1(cp::server::randomUrlToken(16));
    QCOMPARE(assertionToken(m_server.clientAssertion(QStringLiteral("org-bank"),
                                                     {{QStringLiteral("jti"), jti}}))
                 .status,
             200);
    QCOMPARE(assertionToken(m_server.clientAssertion(QStringLiteral("org-mfo"),
                                                     {{QStringLiteral("jti"), jti}}))
                 .status,
             200);
    QCOMPARE(assertionToken(m_server.clientAssertion(QStringLiteral("org-bank"),
                                                     {{QStringLiteral("jti"), jti}}))
                 .status,
             401);
}

void TestServerOAuth::lockoutAfterFiveFailures()
{
    // The unconfirmed demo citizen: no other test of this file signs in as it.
    const Authorization a;
    const QString login = QStringLiteral("demo2");
    for (int i = 0; i < 5; ++i) {
        const Reply r = submit(a.params(), login, QStringLiteral("wrong-%1").arg(i));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Location").isEmpty());
    }
    // Now even the right password is not checked.
    const Reply locked = submit(a.params(), login, QStringLiteral("demo2-2026"));
    QCOMPARE(locked.status, 429);
    QVERIFY(locked.header("Location").isEmpty());
    QVERIFY(locked.header("Content-Type").startsWith("text/html"));
    bool ok = false;
    const int retryAfter = locked.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, locked.header("Retry-After").constData());
    // The failures count for 15 minutes; the oldest one leaves the window then.
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, qPrintable(QString::number(retryAfter)));
    QCOMPARE(locked.header("X-Frame-Options"), QByteArray("DENY"));
    // English too, and in either language the page says when to try again.
    const Reply lockedEn = submit(with(a.params(), QStringLiteral("lang"), QStringLiteral("en")),
                                  login, QStringLiteral("demo2-2026"));
    QCOMPARE(lockedEn.status, 429);
    QVERIFY(lockedEn.body.contains("Try again"));
    // Another login is not locked.
    QVERIFY(!code(a).isEmpty());
}

void TestServerOAuth::accessTokensExpire()
{
    ServerFixture shortLived;
    QString error;
    QVERIFY2(
        shortLived.start({QStringLiteral("--access-token-seconds"), QStringLiteral("1")}, &error),
        qPrintable(error));
    Reply last;
    const Tokens tokens =
        shortLived.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last);
    QVERIFY2(!tokens.access.isEmpty(), last.body.constData());
    QCOMPARE(last.json().value(u"expires_in").toInt(), 1);
    QCOMPARE(shortLived.get(QStringLiteral("/api/v1/me"), tokens.access).status, 200);
    const QString orgToken = shortLived.organisationToken(QStringLiteral("org-bank"), &last);
    QCOMPARE(last.json().value(u"expires_in").toInt(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(
        shortLived.get(QStringLiteral("/api/v1/me"), tokens.access).status == 401, 3000);
    const Reply expired = shortLived.get(QStringLiteral("/api/v1/me"), tokens.access);
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
    QTRY_VERIFY_WITH_TIMEOUT(
        shortLived.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), orgToken).status ==
            401,
        3000);
    // The refresh token outlives it and gives a fresh access token.
    const Reply refreshed =
        shortLived.postForm(QStringLiteral("/oauth/token"),
                            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), tokens.refresh},
                             {QStringLiteral("client_id"), kClient}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(u"expires_in").toInt(), 1);
    shortLived.stop();
}

QTEST_GUILESS_MAIN(TestServerOAuth)
#include "tst_server_oauth.moc"
