// Fills a new data dir with the deterministic demo profile: the citizens
// with every record version, the organisations with key pairs written into
// the data dir (for tests and demos to sign with), their signed consent
// requests, the consents and the access log, and the issued documents,
// rendered and signed by the demo issuers. Runs once per data dir.
#pragma once

#include "core/servercontext.h"

#include <QString>

namespace cp::server {

struct DemoProfile;

class DemoSeeder
{
public:
    explicit DemoSeeder(ServerContext &context);
    // False with *error when the data could not be written.
    bool seed(const DemoProfile &profile, QString *error);

    static QString organisationKeyDir(const QString &dataDir);

private:
    ServerContext &m_context;
};

} // namespace cp::server
