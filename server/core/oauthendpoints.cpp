#include "core/oauthendpoints.h"

#include "core/serverstore.h"
#include "pki/es256.h"
#include "pki/tokens.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <argon2.h>

Q_LOGGING_CATEGORY(lcOAuth, "cp.server.oauth")

namespace cp::server {
namespace {

constexpr int kMaxFailures = 5;
constexpr qint64 kFailureWindowSeconds = 15 * 60; // the contract: 5 failures within 15 minutes
constexpr qsizetype kMaxTrackedLogins = 10000;
constexpr qint64 kMaxAssertionSeconds = 5 * 60; // exp at most 5 minutes ahead
constexpr qint64 kClockSkewSeconds = 60;
const QString kJwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

// The sign-in page's only style; the page's Content-Security-Policy names its hash.
const QString kLoginStyle =
    QStringLiteral("body{font-family:sans-serif;max-width:28em;margin:3em auto;}"
                   "label{display:block;margin:.8em 0 .2em}input{font-size:1em;width:100%}"
                   "button{font-size:1em;margin:1em .5em 0 0}.error{color:#b00020}");

// The sign-in pages load nothing, run nothing, cannot be framed and send no
// referrer (the code and state stay out of other servers' logs).
void protectPage(HttpResponse &r, const QByteArray &policy)
{
    r.setHeader("Content-Security-Policy", policy);
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("Referrer-Policy", "no-referrer");
}

HttpResponse oauthError(int status, const QString &code, const QString &description)
{
    // RFC 6749 §5.2: error_description holds %x20-21 / %x23-5B / %x5D-7E
    // only; a description that quotes the request (a parameter's name) may not.
    QString safe = description;
    for (QChar &c : safe) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E || c == u'"' || c == u'\\')
            c = u'?';
    }
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), code},
                                                  {QStringLiteral("error_description"), safe},
                                                  {QStringLiteral("message"), safe}});
}

// The token response, or 503 when the tokens could not be stored.
HttpResponse tokenAnswer(const QJsonObject &tokens)
{
    if (tokens.isEmpty()) {
        HttpResponse r = HttpResponse::error(503, QStringLiteral("service_unavailable"),
                                             QStringLiteral("the tokens could not be stored"));
        r.setHeader("Retry-After", "5");
        return r;
    }
    return HttpResponse::json(200, tokens);
}

HttpResponse htmlError(int status, const QString &message)
{
    HttpResponse r = HttpResponse::html(
        status, QStringLiteral("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                               "<title>Ошибка входа / Sign-in error</title></head><body>"
                               "<h1>Ошибка входа / Sign-in error</h1><p>%1</p></body></html>")
                    .arg(message.toHtmlEscaped()));
    protectPage(r, "default-src 'none'; form-action 'none'; frame-ancestors 'none'; "
                   "base-uri 'none'");
    return r;
}

// RFC 8252 §7.3: loopback redirects on any port, http, IP literal hosts;
// the contract adds: no query, no fragment.
bool validLoopbackRedirect(const QString &uri)
{
    if (uri.isEmpty() || uri.size() > 2048)
        return false;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.hasFragment() || url.hasQuery() ||
        !url.userInfo().isEmpty() || url.port() < 1)
        return false;
    return url.host() == u"127.0.0.1" || url.host() == u"::1";
}

bool validPkceValue(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(value).hasMatch();
}

// BASE64URL(SHA256(verifier)) without padding: exactly 43 characters.
bool validS256Challenge(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return pattern.match(value).hasMatch();
}

// The contract's OAuthState: 1 to 512 unreserved characters.
bool validState(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,512}$"));
    return pattern.match(value).hasMatch();
}

// The sign-in page's language from Accept-Language (RFC 9110 §12.5.4): the
// one of Russian and English with the higher weight, Russian when neither
// is asked for.
QString preferredLanguage(const QByteArray &acceptLanguage)
{
    QString chosen = QStringLiteral("ru");
    double best = 0;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray tag = parts.first().trimmed().toLower();
        double weight = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                weight = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    weight = 0;
            }
        }
        QString language;
        if (tag == "ru" || tag.startsWith("ru-"))
            language = QStringLiteral("ru");
        else if (tag == "en" || tag.startsWith("en-"))
            language = QStringLiteral("en");
        if (!language.isEmpty() && weight > best) {
            best = weight;
            chosen = language;
        }
    }
    return chosen;
}

QString withQuery(const QString &redirectUri, const QList<std::pair<QString, QString>> &items)
{
    QString uri = redirectUri;
    QString sep = uri.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    for (const auto &[name, value] : items) {
        uri += sep + name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        sep = QStringLiteral("&");
    }
    return uri;
}

HttpResponse redirect(const QString &location)
{
    HttpResponse r = HttpResponse::empty(302);
    r.setHeader("Location", location.toUtf8());
    r.setHeader("Referrer-Policy", "no-referrer");
    return r;
}

// RFC 6749 §4.1.2.1: an error sent back to the validated redirect URI, with
// the state exactly as received.
HttpResponse errorRedirect(const QString &redirectUri, const QString &state, const QString &code,
                           const QString &description)
{
    QList<std::pair<QString, QString>> items{{QStringLiteral("error"), code},
                                             {QStringLiteral("error_description"), description}};
    if (!state.isEmpty())
        items.append({QStringLiteral("state"), state});
    return redirect(withQuery(redirectUri, items));
}

// The only scope of the citizen's client; absent means the same.
std::optional<HttpResponse> checkScope(const QString &redirectUri, const QString &state,
                                       const QString &scope)
{
    if (scope.isEmpty() || scope == u"citizen")
        return std::nullopt;
    return errorRedirect(redirectUri, state, QStringLiteral("invalid_scope"),
                         QStringLiteral("the only scope is citizen"));
}

QByteArray base64UrlDecode(const QByteArray &part)
{
    return QByteArray::fromBase64(part,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An organisation's private_key_jwt client assertion (RFC 7523 §3), at the
// token and the revocation endpoint alike: the organisation, or nullopt and
// the refusal in *refusal.
std::optional<StoredOrganisation> verifiedOrganisation(ServerContext &context, const FormData &form,
                                                       HttpResponse *refusal)
{
    if (form.value(QStringLiteral("client_assertion_type")) != kJwtBearer) {
        *refusal = oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("client_assertion_type must be jwt-bearer"));
        return std::nullopt;
    }
    const QByteArray assertion = form.value(QStringLiteral("client_assertion")).toLatin1();
    if (assertion.isEmpty() || assertion.size() > 8192) {
        *refusal = oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("client_assertion is required"));
        return std::nullopt;
    }
    auto invalidClient = [refusal](const QString &why) {
        *refusal = oauthError(401, QStringLiteral("invalid_client"), why);
        return std::nullopt;
    };
    // The issuer names the key to check the signature with.
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return invalidClient(QStringLiteral("the client assertion is not a JWT"));
    const QJsonObject unverified = QJsonDocument::fromJson(base64UrlDecode(parts.at(1))).object();
    const QString clientId = unverified.value(QStringLiteral("iss")).toString();
    const std::optional<StoredOrganisation> org = context.store.organisationByClientId(clientId);
    if (!org)
        return invalidClient(QStringLiteral("unknown client"));
    QString error;
    const std::optional<VerifiedJwt> jwt = verifyJwtEs256(assertion, org->publicKeyPem, &error);
    if (!jwt)
        return invalidClient(QStringLiteral("the client assertion does not verify"));
    const QJsonObject &claims = jwt->payload;
    const QString audience = context.baseUrl + QStringLiteral("/oauth/token");
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    const bool audienceOk = aud.toString() == audience ||
                            (aud.isArray() && aud.toArray().contains(QJsonValue(audience)));
    const qint64 now = context.now().toSecsSinceEpoch();
    const double exp = claims.value(QStringLiteral("exp")).toDouble(0);
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    if (claims.value(QStringLiteral("sub")).toString() != clientId || !audienceOk)
        return invalidClient(QStringLiteral("the assertion's sub or aud is wrong"));
    if (exp <= now || exp > now + kMaxAssertionSeconds)
        return invalidClient(QStringLiteral("the assertion has expired or lives too long"));
    if (!iat.isDouble() || iat.toDouble() > now + kClockSkewSeconds)
        return invalidClient(QStringLiteral("the assertion's iat is missing or in the future"));
    if (jti.isEmpty() || jti.size() > 128 ||
        !context.store.useJti(clientId, jti,
                              QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp), Qt::UTC)))
        return invalidClient(QStringLiteral("the assertion's jti is missing or was used before"));
    return org;
}

} // namespace

OAuthEndpoints::OAuthEndpoints(ServerContext &context)
    : m_context(context)
{}

void OAuthEndpoints::registerRoutes(Router &router)
{
    router.add({"GET", QStringLiteral("/oauth/authorize"), Caller::None, BodyKind::None, false,
                false, [this](HttpRequest &r) { return authorizePage(r); }});
    router.add({"POST", QStringLiteral("/oauth/authorize"), Caller::None, BodyKind::Form, false,
                false, [this](HttpRequest &r) { return authorizeSubmit(r); }});
    router.add({"POST", QStringLiteral("/oauth/token"), Caller::None, BodyKind::Form, false, false,
                [this](HttpRequest &r) { return token(r); }});
    router.add({"POST", QStringLiteral("/oauth/revoke"), Caller::None, BodyKind::Form, false, false,
                [this](HttpRequest &r) { return revoke(r); }});
}

std::optional<HttpResponse> OAuthEndpoints::checkAuthorize(const AuthorizeParams &p) const
{
    if (p.clientId != QLatin1StringView(kNativeClientId))
        return htmlError(400, QStringLiteral("Неизвестное приложение. / Unknown client."));
    if (!validLoopbackRedirect(p.redirectUri))
        return htmlError(400, QStringLiteral("Недопустимый адрес возврата. / The redirect address "
                                             "is not a loopback address of a native app."));
    auto fail = [&p](const QString &code, const QString &description) {
        return errorRedirect(p.redirectUri, p.state, code, description);
    };
    if (p.responseType.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("response_type is required"));
    if (p.responseType != u"code")
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("only response_type=code is supported"));
    if (!validState(p.state))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("state is required: 1 to 512 characters [A-Za-z0-9._~-]"));
    if (p.method != u"S256")
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE with code_challenge_method=S256 is required"));
    if (!validS256Challenge(p.challenge))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("code_challenge is missing or malformed"));
    return std::nullopt;
}

HttpResponse OAuthEndpoints::loginPage(const AuthorizeParams &p, const QString &problem,
                                       int status) const
{
    const bool en = p.lang == u"en";
    auto t = [en](const char *ru, const char *english) {
        return en ? QString::fromUtf8(english) : QString::fromUtf8(ru);
    };
    auto hidden = [](const char *name, const QString &value) {
        return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
            .arg(QLatin1StringView(name), value.toHtmlEscaped());
    };
    QString html;
    html += QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">")
                .arg(en ? u"en" : u"ru");
    html +=
        QStringLiteral("<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>")
            .arg(t("Вход в Профиль гражданина", "Sign in to Citizen Profile"));
    html += QStringLiteral("<style>") + kLoginStyle + QStringLiteral("</style>");
    html += QStringLiteral("</head><body><h1>%1</h1>")
                .arg(t("Вход в Профиль гражданина", "Sign in to Citizen Profile"));
    html += QStringLiteral("<p>%1</p>")
                .arg(t("Приложение «Профиль гражданина» просит доступ к вашему цифровому профилю.",
                       "The Citizen Profile app asks for access to your digital profile."));
    if (!problem.isEmpty())
        html +=
            QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(problem.toHtmlEscaped());
    html += QStringLiteral("<form method=\"post\" action=\"/oauth/authorize\">");
    html += hidden("client_id", p.clientId) + hidden("redirect_uri", p.redirectUri) +
            hidden("state", p.state) + hidden("code_challenge", p.challenge) +
            hidden("code_challenge_method", p.method) + hidden("response_type", p.responseType) +
            hidden("lang", en ? QStringLiteral("en") : QStringLiteral("ru"));
    html += QStringLiteral("<label for=\"login\">%1</label><input id=\"login\" name=\"login\" "
                           "autocomplete=\"username\" required autofocus>")
                .arg(t("Логин", "Login"));
    html += QStringLiteral("<label for=\"password\">%1</label><input id=\"password\" "
                           "name=\"password\" type=\"password\" autocomplete=\"current-password\" "
                           "required>")
                .arg(t("Пароль", "Password"));
    html +=
        QStringLiteral("<button type=\"submit\" name=\"action\" value=\"login\">%1</button>"
                       "<button type=\"submit\" name=\"action\" value=\"cancel\" formnovalidate>"
                       "%2</button></form>")
            .arg(t("Войти", "Sign in"), t("Отмена", "Cancel"));
    const QString otherLanguage =
        withQuery(QStringLiteral("/oauth/authorize"),
                  {{QStringLiteral("lang"), en ? QStringLiteral("ru") : QStringLiteral("en")},
                   {QStringLiteral("client_id"), p.clientId},
                   {QStringLiteral("redirect_uri"), p.redirectUri},
                   {QStringLiteral("state"), p.state},
                   {QStringLiteral("code_challenge"), p.challenge},
                   {QStringLiteral("code_challenge_method"), p.method},
                   {QStringLiteral("response_type"), p.responseType}});
    html += QStringLiteral("<p><a href=\"%1\" lang=\"%2\">%3</a></p></body></html>")
                .arg(otherLanguage.toHtmlEscaped(), en ? u"ru" : u"en", t("English", "Русский"));
    HttpResponse r = HttpResponse::html(status, html);
    // The form posts here and is then redirected to the app: browsers check
    // form-action on that redirect too, so the app's origin is named. CSP has
    // no portable syntax for an IPv6 literal; with [::1] the directive is left
    // out rather than blocking the sign-in.
    const QUrl target(p.redirectUri);
    const QByteArray formAction =
        target.host() == u"127.0.0.1"
            ? "form-action 'self' http://127.0.0.1:" + QByteArray::number(target.port()) + "; "
            : QByteArray();
    const QByteArray styleHash =
        QCryptographicHash::hash(kLoginStyle.toUtf8(), QCryptographicHash::Sha256).toBase64();
    protectPage(r, "default-src 'none'; style-src 'sha256-" + styleHash + "'; " + formAction +
                       "frame-ancestors 'none'; base-uri 'none'");
    return r;
}

HttpResponse OAuthEndpoints::authorizePage(HttpRequest &request)
{
    // RFC 6749 §3.1: a parameter must not be given twice.
    QSet<QString> names;
    for (const auto &[name, value] : request.query.queryItems()) {
        if (names.contains(name))
            return htmlError(400, QStringLiteral("Параметр запроса повторяется. / A request "
                                                 "parameter is given twice."));
        names.insert(name);
    }
    auto item = [&request](const char *name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    AuthorizeParams p{item("client_id"),
                      item("redirect_uri"),
                      item("state"),
                      item("code_challenge"),
                      item("code_challenge_method"),
                      item("response_type"),
                      item("lang")};
    if (std::optional<HttpResponse> refusal = checkAuthorize(p))
        return *refusal;
    if (std::optional<HttpResponse> refusal = checkScope(p.redirectUri, p.state, item("scope")))
        return *refusal;
    if (p.lang != u"en" && p.lang != u"ru")
        p.lang = preferredLanguage(request.header("Accept-Language"));
    return loginPage(p, QString(), 200);
}

bool OAuthEndpoints::tooManyFailures(const QString &login)
{
    QList<QDateTime> &failures = m_failures[login];
    const QDateTime since = m_context.now().addSecs(-kFailureWindowSeconds);
    failures.removeIf([&since](const QDateTime &t) { return t < since; });
    return failures.size() >= kMaxFailures;
}

void OAuthEndpoints::noteFailure(const QString &login)
{
    // Logins are the caller's to choose: forget those whose failures are old
    // before the table grows without bound.
    if (m_failures.size() >= kMaxTrackedLogins) {
        const QDateTime since = m_context.now().addSecs(-kFailureWindowSeconds);
        m_failures.removeIf([&since](const QHash<QString, QList<QDateTime>>::iterator it) {
            return it.value().isEmpty() || it.value().last() < since;
        });
    }
    m_failures[login].append(m_context.now());
}

HttpResponse OAuthEndpoints::authorizeSubmit(HttpRequest &request)
{
    QString problem;
    const std::optional<FormData> form = parseForm(request.body, &problem);
    if (!form)
        return htmlError(400, problem);
    AuthorizeParams p{form->value(QStringLiteral("client_id")),
                      form->value(QStringLiteral("redirect_uri")),
                      form->value(QStringLiteral("state")),
                      form->value(QStringLiteral("code_challenge")),
                      form->value(QStringLiteral("code_challenge_method")),
                      form->value(QStringLiteral("response_type")),
                      form->value(QStringLiteral("lang"))};
    if (std::optional<HttpResponse> refusal = checkAuthorize(p))
        return *refusal;
    if (std::optional<HttpResponse> refusal =
            checkScope(p.redirectUri, p.state, form->value(QStringLiteral("scope"))))
        return *refusal;
    if (p.lang != u"en" && p.lang != u"ru")
        p.lang = preferredLanguage(request.header("Accept-Language"));
    const bool en = p.lang == u"en";
    if (form->value(QStringLiteral("action")) == u"cancel")
        return redirect(
            withQuery(p.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                      {QStringLiteral("error_description"),
                                       QStringLiteral("the citizen cancelled the sign-in")},
                                      {QStringLiteral("state"), p.state}}));

    const QString login = form->value(QStringLiteral("login")).trimmed().left(128);
    const QByteArray password = form->value(QStringLiteral("password")).toUtf8();
    if (tooManyFailures(login)) {
        // The lock lifts when the oldest of the last kMaxFailures failures
        // leaves the window.
        const QList<QDateTime> &failures = m_failures[login];
        const qint64 wait = qBound<qint64>(
            1,
            m_context.now().secsTo(
                failures.at(failures.size() - kMaxFailures).addSecs(kFailureWindowSeconds)),
            kFailureWindowSeconds);
        const qint64 minutes = (wait + 59) / 60;
        HttpResponse r = htmlError(
            429, QStringLiteral("Слишком много неудачных попыток входа. Попробуйте через %1 мин. / "
                                "Too many failed sign-in attempts. Try again in %1 min.")
                     .arg(minutes));
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    const std::optional<StoredCitizen> citizen = m_context.store.citizenByLogin(login);
    const bool valid = citizen && !password.isEmpty() && password.size() <= 1024 &&
                       argon2id_verify(citizen->passwordHash.constData(), password.constData(),
                                       static_cast<size_t>(password.size())) == ARGON2_OK;
    if (!valid) {
        noteFailure(login);
        qCInfo(lcOAuth) << "a sign-in failed";
        return loginPage(p,
                         en ? QStringLiteral("Wrong login or password.")
                            : QStringLiteral("Неверный логин или пароль."),
                         200);
    }
    m_failures.remove(login);

    const QByteArray code = randomUrlToken(32);
    m_context.store.addCode(
        sha256Hex(code),
        StoredCode{citizen->citizen.id, p.clientId, p.redirectUri, p.challenge.toLatin1(),
                   m_context.now().addSecs(m_context.config.codeSeconds), false});
    qCInfo(lcOAuth) << "a citizen signed in; code issued";
    return redirect(withQuery(p.redirectUri, {{QStringLiteral("code"), QString::fromLatin1(code)},
                                              {QStringLiteral("state"), p.state}}));
}

QJsonObject OAuthEndpoints::issueCitizenTokens(const QString &citizenId, QString family,
                                               const QByteArray &codeHash)
{
    if (family.isEmpty())
        family = QString::fromLatin1(randomUrlToken(16));
    const QByteArray access = randomUrlToken(32);
    const QByteArray refresh = randomUrlToken(32);
    const QDateTime now = m_context.now();
    const bool stored =
        m_context.store.addToken(
            sha256Hex(access),
            StoredToken{QStringLiteral("access"), Caller::Citizen, citizenId, family,
                        now.addSecs(m_context.config.accessTokenSeconds), false, false},
            codeHash) &&
        m_context.store.addToken(
            sha256Hex(refresh),
            StoredToken{QStringLiteral("refresh"), Caller::Citizen, citizenId, family,
                        now.addSecs(m_context.config.refreshTokenSeconds), false, false},
            codeHash);
    if (!stored)
        return {}; // a token the server cannot recognise later is never handed out
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_context.config.accessTokenSeconds},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                       {QStringLiteral("scope"), QStringLiteral("citizen")}};
}

HttpResponse OAuthEndpoints::token(HttpRequest &request)
{
    QString problem;
    const std::optional<FormData> form = parseForm(request.body, &problem);
    if (!form)
        return oauthError(400, QStringLiteral("invalid_request"), problem);
    const QString grant = form->value(QStringLiteral("grant_type"));
    HttpResponse response;
    if (grant.isEmpty())
        response = oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("grant_type is required"));
    else if (grant == u"authorization_code")
        response = codeGrant(*form);
    else if (grant == u"refresh_token")
        response = refreshGrant(*form);
    else if (grant == u"client_credentials")
        response = clientCredentialsGrant(*form);
    else
        response = oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("this grant_type is not supported"));
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse OAuthEndpoints::codeGrant(const FormData &form)
{
    const QString clientId = form.value(QStringLiteral("client_id"));
    const QString code = form.value(QStringLiteral("code"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (clientId != QLatin1StringView(kNativeClientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("unknown client"));
    if (code.isEmpty() || code.size() > 256 || redirectUri.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code and redirect_uri are required"));
    if (!validPkceValue(verifier))
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("code_verifier is missing or malformed"));
    const QByteArray codeHash = sha256Hex(code.toLatin1());
    const std::optional<StoredCode> stored = m_context.store.code(codeHash);
    if (!stored)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown code"));
    if (stored->used) {
        // RFC 6749 §4.1.2: a code used twice revokes what it gave.
        m_context.store.revokeTokensOfCode(codeHash);
        qCWarning(lcOAuth) << "an authorization code was replayed; its tokens are revoked";
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("the code was already used"));
    }
    m_context.store.markCodeUsed(codeHash);
    if (stored->expiresAt <= m_context.now())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("the code expired"));
    if (stored->clientId != clientId || stored->redirectUri != redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("the code was issued to another client or redirect"));
    if (!constantTimeEquals(pkceChallengeS256(verifier.toLatin1()), stored->challenge))
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("the code_verifier does not match the code_challenge"));
    return tokenAnswer(issueCitizenTokens(stored->citizenId, QString(), codeHash));
}

HttpResponse OAuthEndpoints::refreshGrant(const FormData &form)
{
    if (form.value(QStringLiteral("client_id")) != QLatin1StringView(kNativeClientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("unknown client"));
    const QString refresh = form.value(QStringLiteral("refresh_token"));
    if (refresh.isEmpty() || refresh.size() > 256)
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is required"));
    const QByteArray hash = sha256Hex(refresh.toLatin1());
    const std::optional<StoredToken> stored = m_context.store.token(hash);
    if (!stored || stored->kind != u"refresh" || stored->revoked ||
        stored->expiresAt <= m_context.now())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("the refresh token is not valid"));
    if (stored->used) {
        // A rotated-away refresh token came back: somebody has a copy. The
        // whole family goes.
        m_context.store.revokeFamily(stored->family);
        qCWarning(lcOAuth) << "a refresh token was reused; its family is revoked";
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("the refresh token was already used"));
    }
    m_context.store.markTokenUsed(hash);
    return tokenAnswer(issueCitizenTokens(stored->subjectId, stored->family, {}));
}

HttpResponse OAuthEndpoints::clientCredentialsGrant(const FormData &form)
{
    HttpResponse refusal;
    const std::optional<StoredOrganisation> org = verifiedOrganisation(m_context, form, &refusal);
    if (!org)
        return refusal;

    const QDateTime now = m_context.now();
    const QByteArray access = randomUrlToken(32);
    const bool stored = m_context.store.addToken(
        sha256Hex(access),
        // A family of its own: the store needs one (never null), and revoking
        // one organisation token must not touch another.
        StoredToken{QStringLiteral("access"), Caller::Organisation, org->organisation.id,
                    QString::fromLatin1(randomUrlToken(16)),
                    now.addSecs(m_context.config.accessTokenSeconds), false, false},
        {});
    if (!stored)
        return tokenAnswer({});
    qCInfo(lcOAuth) << "an organisation token was issued";
    return tokenAnswer(
        QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), m_context.config.accessTokenSeconds},
                    {QStringLiteral("scope"), QStringLiteral("organisation")}});
}

HttpResponse OAuthEndpoints::revoke(HttpRequest &request)
{
    QString problem;
    const std::optional<FormData> form = parseForm(request.body, &problem);
    if (!form)
        return oauthError(400, QStringLiteral("invalid_request"), problem);
    const QString token = form->value(QStringLiteral("token"));
    if (token.isEmpty() || token.size() > 256)
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("token is required"));
    // RFC 7009 §2.1: a client that names itself (the app by client_id, an
    // organisation with a client assertion) revokes only its own tokens;
    // another client's token is left untouched, with the same 200. A caller
    // that names no client proves itself by the token alone, which it could
    // use anyway.
    Caller caller = Caller::None;
    QString organisationId;
    if (form->has(QStringLiteral("client_assertion")) ||
        form->has(QStringLiteral("client_assertion_type"))) {
        HttpResponse refusal;
        const std::optional<StoredOrganisation> org =
            verifiedOrganisation(m_context, *form, &refusal);
        if (!org)
            return refusal;
        caller = Caller::Organisation;
        organisationId = org->organisation.id;
    } else if (form->has(QStringLiteral("client_id"))) {
        if (form->value(QStringLiteral("client_id")) != QLatin1StringView(kNativeClientId))
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("unknown client"));
        caller = Caller::Citizen;
    }
    const QByteArray hash = sha256Hex(token.toLatin1());
    const std::optional<StoredToken> stored = m_context.store.token(hash);
    const bool own =
        stored && (caller == Caller::None ||
                   (stored->callerKind == caller &&
                    (caller == Caller::Citizen || stored->subjectId == organisationId)));
    if (own) {
        // Revoking a refresh token ends the whole sign-in; an access token, itself.
        if (stored->kind == u"refresh")
            m_context.store.revokeFamily(stored->family);
        else
            m_context.store.revokeToken(hash);
    }
    // RFC 7009 §2.2: 200 whether or not the token was known.
    return HttpResponse::empty(200);
}

} // namespace cp::server
