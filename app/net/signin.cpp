#include "net/signin.h"

#include "net/apiclient.h"
#include "net/loopbackredirectlistener.h"
#include "net/netlogging.h"
#include "net/oauthform.h"

#include <openssl/crypto.h>

namespace cp::net {
namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

// Exactly one value, or none: a parameter given twice is not trusted.
std::optional<QString> single(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() != 1)
        return std::nullopt;
    return values.first();
}

// The error code comes from a URL anybody could have typed, and it ends up
// in logs and dialogs: letters, digits, "_", "-" and "." only.
QString safeCode(const QString &code)
{
    QString out;
    for (QChar c : code.left(64)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'_' || c == u'-' || c == u'.')
            out += c;
    }
    return out;
}

} // namespace

SignIn::SignIn(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SignIn::timedOut);
}

SignIn::~SignIn()
{
    reset();
}

QUrl SignIn::redirectUri() const
{
    return m_redirectUri;
}

void SignIn::start(const QString &lang)
{
    reset();
    auto refuse = [this](ApiError::Kind kind, const QString &why) {
        qCWarning(lcNet).noquote() << "sign-in cannot start:" << why;
        reset();
        emit failed(ApiError::make(kind, why));
    };
    ApiClient *client = m_client.data();
    if (client == nullptr || !client->isConfigured())
        return refuse(ApiError::Kind::Configuration,
                      QStringLiteral("the server address is not configured"));
    m_secrets = Pkce::generate();
    if (!m_secrets)
        return refuse(ApiError::Kind::Configuration,
                      QStringLiteral("the random generator failed; nothing was sent"));
    m_listener = std::make_unique<LoopbackRedirectListener>();
    QString error;
    if (!m_listener->listen(&error))
        return refuse(ApiError::Kind::Network, error);
    connect(m_listener.get(), &LoopbackRedirectListener::callbackReceived, this,
            &SignIn::onCallback);
    m_redirectUri = m_listener->redirectUri();

    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), QString::fromLatin1(OAuthForm::kClientId));
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("state"), QString::fromLatin1(m_secrets->state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(m_secrets->challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("lang"), lang == u"en" ? QStringLiteral("en") : QStringLiteral("ru"));
    const QUrl url = client->urlFor(QStringLiteral("/oauth/authorize"), query);

    m_stage = Stage::WaitingForBrowser;
    m_timeout.start(m_timeoutLength);
    qCInfo(lcNet) << "sign-in started; waiting for the browser on 127.0.0.1 port"
                  << m_listener->port();
    emit authorizationUrlReady(url);
}

void SignIn::cancel()
{
    if (m_stage == Stage::Idle)
        return;
    qCInfo(lcNet) << "sign-in cancelled";
    conclude(std::nullopt, ApiError::make(ApiError::Kind::Cancelled,
                                          QStringLiteral("the sign-in was cancelled")));
}

SignIn::Verdict SignIn::judge(const QUrlQuery &query, QString *code, ApiError *refusal) const
{
    const std::optional<QString> state = single(query, QStringLiteral("state"));
    if (!m_secrets || !state || !constantTimeEquals(state->toLatin1(), m_secrets->state))
        return Verdict::NotOurs;
    const QStringList errors = query.allQueryItemValues(QStringLiteral("error"));
    if (!errors.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.code = safeCode(errors.first());
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .simplified()
                .left(300);
        error.message = description.isEmpty()
                            ? QStringLiteral("the authorization server refused the sign-in")
                            : description;
        *refusal = error;
        return Verdict::Refused;
    }
    const std::optional<QString> value = single(query, QStringLiteral("code"));
    if (!value || value->isEmpty() || value->size() > 512) {
        *refusal =
            ApiError::make(ApiError::Kind::Protocol,
                           QStringLiteral("the redirect carries neither a code nor an error"));
        return Verdict::Refused;
    }
    *code = *value;
    return Verdict::Accepted;
}

void SignIn::onCallback(quint64 id, const QUrlQuery &query)
{
    if (m_stage != Stage::WaitingForBrowser) {
        m_listener->respond(id, 400, QStringLiteral("Вход уже завершён. Вернитесь в приложение."),
                            QStringLiteral("The sign-in is already over. Return to the app."));
        return;
    }
    QString code;
    ApiError refusal;
    switch (judge(query, &code, &refusal)) {
    case Verdict::NotOurs:
        qCWarning(lcNet) << "a sign-in callback with a wrong state was refused";
        m_listener->respond(id, 400,
                            QStringLiteral("Этот ответ не относится к текущему входу. Вернитесь "
                                           "в приложение."),
                            QStringLiteral("This answer does not belong to the current sign-in. "
                                           "Return to the app."));
        return;
    case Verdict::Refused:
        m_browserWaiting = id;
        conclude(std::nullopt, refusal);
        return;
    case Verdict::Accepted:
        m_browserWaiting = id;
        exchange(code);
        return;
    }
}

bool SignIn::completeWithRedirectUrl(const QUrl &url)
{
    if (m_stage != Stage::WaitingForBrowser || !m_listener)
        return false;
    if (url.scheme() != u"http" || url.host() != u"127.0.0.1" || url.port() != m_listener->port() ||
        url.path() != u"/callback") {
        qCWarning(lcNet) << "a pasted address that is not this sign-in's redirect was refused";
        return false;
    }
    QString code;
    ApiError refusal;
    switch (judge(QUrlQuery(url), &code, &refusal)) {
    case Verdict::NotOurs:
        qCWarning(lcNet) << "a pasted redirect with a wrong state was refused";
        return false;
    case Verdict::Refused:
        conclude(std::nullopt, refusal);
        return true;
    case Verdict::Accepted:
        exchange(code);
        return true;
    }
    return false;
}

void SignIn::exchange(const QString &code)
{
    // One-shot: from here on the listener takes nothing else.
    m_stage = Stage::Exchanging;
    m_listener->close();
    OAuthForm form;
    form.add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"))
        .add(QStringLiteral("code"), code)
        .add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded))
        .add(QStringLiteral("client_id"), QString::fromLatin1(OAuthForm::kClientId))
        .add(QStringLiteral("code_verifier"), QString::fromLatin1(m_secrets->verifier));
    ApiClient *client = m_client.data();
    if (client == nullptr)
        return conclude(std::nullopt,
                        ApiError::make(ApiError::Kind::Cancelled,
                                       QStringLiteral("the network client was closed")));
    ApiReply *reply = client->send(form.request(QStringLiteral("/oauth/token")));
    reply->setParent(this);
    m_exchange = reply;
    connect(reply, &ApiReply::finished, this, &SignIn::exchangeFinished);
}

void SignIn::exchangeFinished()
{
    ApiReply *reply = m_exchange;
    if (reply == nullptr)
        return;
    m_exchange = nullptr;
    // Let go first: a slot of ours may delete us, and the reply is still emitting.
    reply->setParent(nullptr);
    reply->deleteLater();
    if (!reply->error().ok())
        return conclude(std::nullopt, reply->error());
    QString problem;
    const std::optional<SignInTokens> tokens =
        SignInTokens::fromTokenAnswer(reply->json(), &problem);
    if (!tokens)
        return conclude(std::nullopt, ApiError::make(ApiError::Kind::Protocol, problem,
                                                     reply->error().requestId));
    conclude(tokens, ApiError());
}

void SignIn::timedOut()
{
    if (m_stage == Stage::Idle)
        return;
    qCWarning(lcNet) << "the sign-in timed out";
    conclude(
        std::nullopt,
        ApiError::make(
            ApiError::Kind::Timeout,
            QStringLiteral("the sign-in did not finish within %1 s")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeoutLength).count())));
}

void SignIn::conclude(const std::optional<SignInTokens> &tokens, const ApiError &error)
{
    if (m_browserWaiting && m_listener) {
        if (tokens)
            m_listener->respond(*m_browserWaiting, 200,
                                QStringLiteral("Вход выполнен. Вернитесь в приложение."),
                                QStringLiteral("Signed in. You can return to the app."));
        else if (error.code == u"access_denied")
            m_listener->respond(*m_browserWaiting, 400,
                                QStringLiteral("Вход отменён. Вернитесь в приложение."),
                                QStringLiteral("The sign-in was cancelled. Return to the app."));
        else
            m_listener->respond(*m_browserWaiting, 400,
                                QStringLiteral("Вход не выполнен. Вернитесь в приложение и "
                                               "попробуйте ещё раз."),
                                QStringLiteral("The sign-in failed. Return to the app and try "
                                               "again."));
    }
    reset();
    if (tokens) {
        qCInfo(lcNet) << "signed in";
        emit signedIn(*tokens);
    } else {
        qCInfo(lcNet).noquote() << "sign-in failed:"
                                << (error.code.isEmpty()
                                        ? ApiError::kindName(error.kind)
                                        : ApiError::kindName(error.kind) + u' ' + error.code);
        emit failed(error);
    }
}

void SignIn::reset()
{
    m_timeout.stop();
    if (m_exchange) {
        ApiReply *reply = m_exchange;
        m_exchange = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (m_listener) {
        // Later: we may be inside one of its signals.
        disconnect(m_listener.get(), nullptr, this, nullptr);
        m_listener->close();
        m_listener.release()->deleteLater();
    }
    m_browserWaiting.reset();
    m_secrets.reset();
    m_stage = Stage::Idle;
}

} // namespace cp::net
