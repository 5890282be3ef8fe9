// The body of a form-encoded request to the OAuth endpoints (RFC 6749
// appendix B) and the ApiRequest that carries it: sent without the access
// token, never repeated automatically (a refresh token or a code works once).
#pragma once

#include "net/apirequest.h"

#include <QByteArray>
#include <QString>

namespace cp::net {

class OAuthForm
{
public:
    // The client id of the native app at the authorization server.
    static constexpr const char *kClientId = "citizen-profile";

    OAuthForm &add(const QString &name, const QString &value);
    QByteArray encoded() const { return m_body; }
    ApiRequest request(const QString &path) const;

private:
    QByteArray m_body;
};

} // namespace cp::net
