// The citizen API of the reference server (/api/v1/…, citizen bearer token):
// the citizen, the catalogue, records and their history, the change feed,
// documents with resumable downloads and uploads, orders, consent requests
// with grant and deny, consents with revoke, the access log, trust roots.
#pragma once

#include "core/housekeeping.h"
#include "core/router.h"
#include "core/servercontext.h"

namespace cp::server {

class CitizenEndpoints
{
public:
    CitizenEndpoints(ServerContext &context, Housekeeping &housekeeping);
    void registerRoutes(Router &router);

private:
    HttpResponse me(HttpRequest &request);
    HttpResponse records(HttpRequest &request);
    HttpResponse recordsOfType(HttpRequest &request);
    HttpResponse recordHistory(HttpRequest &request);
    HttpResponse feed(HttpRequest &request);
    HttpResponse documents(HttpRequest &request);
    HttpResponse document(HttpRequest &request);
    HttpResponse documentBytes(HttpRequest &request, bool signature);
    HttpResponse upload(HttpRequest &request);
    HttpResponse orders(HttpRequest &request);
    HttpResponse order(HttpRequest &request);
    HttpResponse createOrder(HttpRequest &request);
    HttpResponse consentRequests(HttpRequest &request);
    HttpResponse consentRequest(HttpRequest &request);
    HttpResponse grant(HttpRequest &request);
    HttpResponse deny(HttpRequest &request);
    HttpResponse consents(HttpRequest &request);
    HttpResponse consent(HttpRequest &request);
    HttpResponse revoke(HttpRequest &request);
    HttpResponse accessLog(HttpRequest &request);
    HttpResponse trustRoots(HttpRequest &request);

    // A pending request of the caller, or the refusal that applies.
    std::optional<domain::ConsentRequest> pendingRequest(const HttpRequest &request,
                                                         HttpResponse *refusal);

    ServerContext &m_context;
    Housekeeping &m_housekeeping;
};

} // namespace cp::server
