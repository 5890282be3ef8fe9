// The calls of the token endpoint after sign-in, asynchronous: refresh
// (refresh tokens rotate — every answer carries a new one and the old one is
// dead) and revocation (RFC 7009) at sign-out. Neither is ever repeated
// automatically: a refresh token presented twice revokes the whole sign-in.
#pragma once

#include "net/apierror.h"
#include "net/signintokens.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace cp::net {

class ApiClient;
class ApiReply;
class OAuthForm;

class TokenClient : public QObject
{
    Q_OBJECT

public:
    explicit TokenClient(ApiClient *client, QObject *parent = nullptr);

    // `done` is called once, later, with the new tokens or the error
    // (invalid_grant: sign in again); never after this object is gone.
    void refresh(const QByteArray &refreshToken,
                 std::function<void(std::optional<SignInTokens>, ApiError)> done);
    // Revoking a refresh token ends its whole sign-in on the server.
    void revoke(const QByteArray &token, std::function<void(ApiError)> done);

private:
    ApiReply *post(const QString &path, const OAuthForm &form,
                   std::function<void(ApiReply *)> done);

    QPointer<ApiClient> m_client;
};

} // namespace cp::net
