// The citizen's sign-in as a native app does it (RFC 8252): authorization
// code with PKCE S256, a random state, and a one-shot loopback listener
// whose address is the redirect URI. It emits the authorization URL — the UI
// opens it in the system browser, the CLI prints it — and, when the browser
// comes back (or the user pastes the address it landed on), exchanges the
// code for tokens. It does not install the tokens anywhere: the caller does.
#pragma once

#include "net/apierror.h"
#include "net/pkce.h"
#include "net/signintokens.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

namespace cp::net {

class ApiClient;
class ApiReply;
class LoopbackRedirectListener;

class SignIn : public QObject
{
    Q_OBJECT

public:
    explicit SignIn(ApiClient *client, QObject *parent = nullptr);
    ~SignIn() override;

    // Starts over (a running sign-in is dropped without a signal) and emits
    // authorizationUrlReady, or failed() when it cannot even start.
    void start(const QString &lang = QStringLiteral("ru"));
    // Ends a running sign-in with failed(Cancelled).
    void cancel();
    // For machines without a browser: the user pastes the whole redirected
    // URL (http://127.0.0.1:PORT/callback?code=…&state=…). The same checks
    // as the listener's; false when it is not this sign-in's answer (then
    // the sign-in keeps waiting).
    bool completeWithRedirectUrl(const QUrl &url);

    // The overall limit from start() to the tokens; 10 minutes by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeoutLength = timeout; }
    bool isActive() const { return m_stage != Stage::Idle; }
    QUrl redirectUri() const;

signals:
    void authorizationUrlReady(const QUrl &url);
    void signedIn(const cp::net::SignInTokens &tokens);
    // State never matched before the timeout, access_denied, the exchange
    // refused, cancel() …
    void failed(const cp::net::ApiError &error);

private:
    enum class Stage
    {
        Idle,
        WaitingForBrowser,
        Exchanging,
    };
    enum class Verdict
    {
        NotOurs,  // wrong or missing state: refused, keep waiting
        Accepted, // a code for this sign-in: exchange it
        Refused,  // the authorization server said no (error=…)
    };

    Verdict judge(const QUrlQuery &query, QString *code, ApiError *refusal) const;
    void onCallback(quint64 id, const QUrlQuery &query);
    void exchange(const QString &code);
    void exchangeFinished();
    void conclude(const std::optional<SignInTokens> &tokens, const ApiError &error);
    void timedOut();
    void reset();

    QPointer<ApiClient> m_client;
    std::unique_ptr<LoopbackRedirectListener> m_listener;
    std::optional<Pkce> m_secrets;
    QUrl m_redirectUri;
    Stage m_stage = Stage::Idle;
    std::optional<quint64> m_browserWaiting; // the callback connection to answer
    QPointer<ApiReply> m_exchange;
    QTimer m_timeout;
    std::chrono::milliseconds m_timeoutLength{std::chrono::minutes(10)};
};

} // namespace cp::net
