// The OAuth 2.0 endpoints of the reference server: the sign-in page and the
// authorization code with PKCE S256 for the native app (RFC 6749, 7636,
// 8252), the token endpoint (code exchange, rotating refresh tokens whose
// reuse revokes their family, organisation tokens from an ES256 client
// assertion, RFC 7523) and revocation (RFC 7009). Tokens and codes are
// stored as SHA-256 hashes only.
#pragma once

#include "core/formdata.h"
#include "core/router.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace cp::server {

class OAuthEndpoints
{
public:
    static constexpr const char *kNativeClientId = "citizen-profile";

    explicit OAuthEndpoints(ServerContext &context);
    void registerRoutes(Router &router);

    // Issues a citizen token pair in `family` (a new family when empty).
    QJsonObject issueCitizenTokens(const QString &citizenId, QString family,
                                   const QByteArray &codeHash);

private:
    HttpResponse authorizePage(HttpRequest &request);
    HttpResponse authorizeSubmit(HttpRequest &request);
    HttpResponse token(HttpRequest &request);
    HttpResponse revoke(HttpRequest &request);

    HttpResponse codeGrant(const FormData &form);
    HttpResponse refreshGrant(const FormData &form);
    HttpResponse clientCredentialsGrant(const FormData &form);

    struct AuthorizeParams
    {
        QString clientId, redirectUri, state, challenge, method, responseType, lang;
    };
    // nullopt and the 400 page when client_id or redirect_uri are not valid;
    // otherwise a redirect with an error, or nothing when all is well.
    std::optional<HttpResponse> checkAuthorize(const AuthorizeParams &p) const;
    HttpResponse loginPage(const AuthorizeParams &p, const QString &problem, int status) const;
    bool tooManyFailures(const QString &login);
    void noteFailure(const QString &login);

    ServerContext &m_context;
    QHash<QString, QList<QDateTime>> m_failures; // login → recent failed sign-ins
};

} // namespace cp::server
