// The whole reference server: opens the data dir (PKI, database), seeds the
// demo profile on request, wires the endpoints into the HTTP front, listens
// with TLS, and runs the housekeeping timer. `main` only parses arguments
// and hands them here.
#pragma once

#include "core/citizenendpoints.h"
#include "core/documentissuer.h"
#include "core/housekeeping.h"
#include "core/oauthendpoints.h"
#include "core/organisationendpoints.h"
#include "core/profileserver.h"
#include "core/serverstore.h"
#include "pki/serverpki.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace cp::server {

class ReferenceServer : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceServer(ServerConfig config, QObject *parent = nullptr);
    ~ReferenceServer() override;

    // Opens the data dir; certPath/keyPath replace the generated TLS pair.
    bool open(const QString &certPath, const QString &keyPath, QString *error);
    bool listen(QString *error);

    QString url() const;
    QString caPath() const;
    bool demoSeeded() const;
    QStringList routes() const;
    ServerConfig &config() { return m_config; }

private:
    void registerTestControl();

    ServerConfig m_config;
    ServerStore m_store;
    std::optional<ServerPki> m_pki;
    std::unique_ptr<DocumentIssuer> m_issuer;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<Housekeeping> m_housekeeping;
    std::unique_ptr<OAuthEndpoints> m_oauth;
    std::unique_ptr<CitizenEndpoints> m_citizen;
    std::unique_ptr<OrganisationEndpoints> m_organisation;
    std::unique_ptr<ProfileServer> m_http;
    QTimer m_timer;
    quint16 m_port = 0;
};

} // namespace cp::server
