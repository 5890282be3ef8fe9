#include "net/tokenclient.h"

#include "net/apiclient.h"
#include "net/netlogging.h"
#include "net/oauthform.h"

#include <QTimer>

namespace cp::net {

TokenClient::TokenClient(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiReply *TokenClient::post(const QString &path, const OAuthForm &form,
                            std::function<void(ApiReply *)> done)
{
    ApiClient *client = m_client.data();
    if (client == nullptr) {
        QTimer::singleShot(0, this, [done]() { done(nullptr); });
        return nullptr;
    }
    ApiReply *reply = client->send(form.request(path));
    // Ours: it dies with us, and so does the callback.
    reply->setParent(this);
    connect(reply, &ApiReply::finished, this, [reply, done]() {
        // Let go first: `done` may delete us, and the reply is still emitting.
        reply->setParent(nullptr);
        reply->deleteLater();
        done(reply);
    });
    return reply;
}

void TokenClient::refresh(const QByteArray &refreshToken,
                          std::function<void(std::optional<SignInTokens>, ApiError)> done)
{
    OAuthForm form;
    form.add(QStringLiteral("grant_type"), QStringLiteral("refresh_token"))
        .add(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken))
        .add(QStringLiteral("client_id"), QString::fromLatin1(OAuthForm::kClientId));
    post(QStringLiteral("/oauth/token"), form, [done](ApiReply *reply) {
        if (reply == nullptr)
            return done(std::nullopt,
                        ApiError::make(ApiError::Kind::Cancelled,
                                       QStringLiteral("the network client was closed")));
        if (!reply->error().ok())
            return done(std::nullopt, reply->error());
        QString problem;
        std::optional<SignInTokens> tokens = SignInTokens::fromTokenAnswer(reply->json(), &problem);
        if (!tokens)
            return done(std::nullopt, ApiError::make(ApiError::Kind::Protocol, problem,
                                                     reply->error().requestId));
        qCInfo(lcNet) << "tokens refreshed";
        done(tokens, ApiError());
    });
}

void TokenClient::revoke(const QByteArray &token, std::function<void(ApiError)> done)
{
    OAuthForm form;
    form.add(QStringLiteral("token"), QString::fromLatin1(token))
        .add(QStringLiteral("client_id"), QString::fromLatin1(OAuthForm::kClientId));
    post(QStringLiteral("/oauth/revoke"), form, [done](ApiReply *reply) {
        if (reply == nullptr)
            return done(ApiError::make(ApiError::Kind::Cancelled,
                                       QStringLiteral("the network client was closed")));
        if (reply->error().ok())
            qCInfo(lcNet) << "a token was revoked";
        done(reply->error());
    });
}

} // namespace cp::net
