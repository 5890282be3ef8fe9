// The organisation API of the reference server (/api/v1/org/…, organisation
// bearer token from a signed client assertion): create a consent request for
// a citizen named by SNILS (validated against the catalogue, the purpose
// register and every field of the consent model, and signed by the
// organisation), read and withdraw it, and fetch data under a consent — only
// the granted records, while the consent is active and the citizen's trust
// level allows the operation. Every fetch, refused or not, is logged.
#pragma once

#include "core/housekeeping.h"
#include "core/router.h"
#include "core/servercontext.h"
#include "domain/consent.h"

namespace cp::server {

class OrganisationEndpoints
{
public:
    OrganisationEndpoints(ServerContext &context, Housekeeping &housekeeping);
    void registerRoutes(Router &router);

    // The body an organisation signs: the request as POSTed, without its
    // signature, in canonical JSON (members sorted, no white space).
    static QByteArray signedBytes(const domain::ConsentRequest &request, const QString &snils);

private:
    HttpResponse create(HttpRequest &request);
    HttpResponse get(HttpRequest &request);
    HttpResponse withdraw(HttpRequest &request);
    HttpResponse data(HttpRequest &request);

    ServerContext &m_context;
    Housekeeping &m_housekeeping;
};

} // namespace cp::server
