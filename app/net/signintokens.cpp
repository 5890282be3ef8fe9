#include "net/signintokens.h"

namespace cp::net {
namespace {

// RFC 6749 tokens are visible ASCII; a header must never carry a line break.
bool plausibleToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 512)
        return false;
    for (QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

std::optional<SignInTokens> SignInTokens::fromTokenAnswer(const QJsonObject &answer,
                                                          QString *problem)
{
    auto refuse = [problem](const QString &why) {
        if (problem != nullptr)
            *problem = why;
        return std::nullopt;
    };
    const QString access = answer.value(QStringLiteral("access_token")).toString();
    if (!plausibleToken(access))
        return refuse(QStringLiteral("the token answer has no usable access_token"));
    if (answer.value(QStringLiteral("token_type"))
            .toString()
            .compare(u"Bearer", Qt::CaseInsensitive) != 0)
        return refuse(QStringLiteral("the token answer's token_type is not Bearer"));
    const QJsonValue refresh = answer.value(QStringLiteral("refresh_token"));
    if (!refresh.isUndefined() && !plausibleToken(refresh.toString()))
        return refuse(QStringLiteral("the token answer's refresh_token is not usable"));
    const double expires = answer.value(QStringLiteral("expires_in")).toDouble(0);
    if (expires < 0 || expires > 366.0 * 24 * 3600)
        return refuse(QStringLiteral("the token answer's expires_in is out of range"));
    return SignInTokens{access.toLatin1(), refresh.toString().toLatin1(),
                        static_cast<int>(expires)};
}

} // namespace cp::net
