// The tokens of a signed-in citizen as the token endpoint hands them out
// (RFC 6749 §5.1): a short-lived access token for memory only and a rotating
// refresh token for the keychain. Never logged.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cp::net {

struct SignInTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    int expiresIn = 0; // seconds

    // A 200 answer of the token endpoint; nullopt (and *problem, which
    // names fields, never values) when it lacks what a Bearer answer needs.
    static std::optional<SignInTokens> fromTokenAnswer(const QJsonObject &answer, QString *problem);
};

} // namespace cp::net

Q_DECLARE_METATYPE(cp::net::SignInTokens)
