#include "core/referenceserver.h"

#include "core/apisupport.h"
#include "core/demoseeder.h"
#include "demo/demoprofile.h"

#include <QDir>
#include <QFile>
#include <QSslConfiguration>

#include <algorithm>

namespace cp::server {

ReferenceServer::ReferenceServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

ReferenceServer::~ReferenceServer() = default;

bool ReferenceServer::open(const QString &certPath, const QString &keyPath, QString *error)
{
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(m_config.dataDir) || !QFile::setPermissions(m_config.dataDir, ownerOnly)) {
        *error = QStringLiteral("cannot create the data folder ") + m_config.dataDir;
        return false;
    }
    m_pki = ServerPki::loadOrCreate(m_config.dataDir + QStringLiteral("/pki"), error);
    if (!m_pki)
        return false;
    if (!certPath.isEmpty() && !m_pki->useTlsCertificate(certPath, keyPath, error))
        return false;
    const QString dbPath = m_config.dataDir + QStringLiteral("/profile-server.sqlite");
    if (!m_store.open(dbPath, error))
        return false;
    for (const QString &file :
         QStringList{dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm")}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    m_issuer = std::make_unique<DocumentIssuer>(m_store, *m_pki);
    m_context =
        std::make_unique<ServerContext>(ServerContext{m_config, m_store, *m_pki, *m_issuer, {}});
    m_housekeeping = std::make_unique<Housekeeping>(*m_context);
    m_http = std::make_unique<ProfileServer>(*m_context);
    m_oauth = std::make_unique<OAuthEndpoints>(*m_context);
    m_citizen = std::make_unique<CitizenEndpoints>(*m_context, *m_housekeeping);
    m_organisation = std::make_unique<OrganisationEndpoints>(*m_context, *m_housekeeping);
    m_oauth->registerRoutes(m_http->router());
    m_citizen->registerRoutes(m_http->router());
    m_organisation->registerRoutes(m_http->router());
    if (m_config.testControl)
        registerTestControl();

    if (m_config.demo && !demoSeeded()) {
        DemoSeeder seeder(*m_context);
        if (!seeder.seed(buildDemoProfile(m_context->now()), error))
            return false;
    }
    return true;
}

bool ReferenceServer::demoSeeded() const
{
    return m_store.meta(QStringLiteral("demo_seeded")) == u"1";
}

void ReferenceServer::registerTestControl()
{
    // Test-only: change the fault knobs while the server runs. Registered only
    // with --test-control; not part of the contract.
    auto show = [this]() {
        const Faults &f = m_config.faults;
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("latency_ms"), f.latencyMs},
                             {QStringLiteral("signature_latency_ms"), f.signatureLatencyMs},
                             {QStringLiteral("cut_after_bytes"), f.cutAfterBytes},
                             {QStringLiteral("unavailable_next"), f.unavailableNext},
                             {QStringLiteral("retry_after"), f.retryAfterSeconds},
                             {QStringLiteral("order_delay_ms"), m_config.orderDelayMs}});
    };
    m_http->router().add({"GET", QStringLiteral("/test/faults"), Caller::None, BodyKind::None,
                          false, false, [show](HttpRequest &) { return show(); }});
    m_http->router().add(
        {"POST", QStringLiteral("/test/faults"), Caller::None, BodyKind::Json, false, false,
         [this, show](HttpRequest &request) {
             HttpResponse refusal;
             const auto body = api::jsonBody(
                 request,
                 {QStringLiteral("latency_ms"), QStringLiteral("signature_latency_ms"),
                  QStringLiteral("cut_after_bytes"), QStringLiteral("unavailable_next"),
                  QStringLiteral("retry_after"), QStringLiteral("order_delay_ms")},
                 &refusal);
             if (!body)
                 return refusal;
             domain::JsonReader r(*body);
             Faults &f = m_config.faults;
             if (auto v = r.optionalInteger(QStringLiteral("latency_ms"), 0, 600000))
                 f.latencyMs = static_cast<int>(*v);
             if (auto v = r.optionalInteger(QStringLiteral("signature_latency_ms"), 0, 600000))
                 f.signatureLatencyMs = static_cast<int>(*v);
             if (auto v = r.optionalInteger(QStringLiteral("cut_after_bytes"), -1, qint64(1) << 40))
                 f.cutAfterBytes = *v;
             if (auto v = r.optionalInteger(QStringLiteral("unavailable_next"), 0, 100000))
                 f.unavailableNext = static_cast<int>(*v);
             if (auto v = r.optionalInteger(QStringLiteral("retry_after"), 0, 3600))
                 f.retryAfterSeconds = static_cast<int>(*v);
             if (auto v = r.optionalInteger(QStringLiteral("order_delay_ms"), 0, 3600000))
                 m_config.orderDelayMs = *v;
             if (!r.ok())
                 return api::invalid(r.error()->toString());
             return show();
         }});
    // Test-only: a register sends a new version of one of a citizen's
    // records ({"login", "record_type", "fields"}: the fields given replace
    // those of the latest version), announced in the feed as a real change.
    m_http->router().add(
        {"POST", QStringLiteral("/test/register-update"), Caller::None, BodyKind::Json, false,
         false, [this](HttpRequest &request) {
             HttpResponse refusal;
             const auto body = api::jsonBody(
                 request,
                 {QStringLiteral("login"), QStringLiteral("record_type"), QStringLiteral("fields")},
                 &refusal);
             if (!body)
                 return refusal;
             domain::JsonReader r(*body);
             const QString login = r.string(QStringLiteral("login"));
             const QString type = r.string(QStringLiteral("record_type"));
             const QJsonObject fields = r.object(QStringLiteral("fields"));
             if (!r.ok())
                 return api::invalid(r.error()->toString());
             const auto citizen = m_store.citizenByLogin(login);
             if (!citizen)
                 return api::invalid(QStringLiteral("no such login"));
             const QList<domain::Record> latest = m_store.latestRecords(citizen->citizen.id);
             const auto found =
                 std::find_if(latest.begin(), latest.end(),
                              [&](const domain::Record &x) { return x.type == type; });
             if (found == latest.end())
                 return api::invalid(QStringLiteral("the citizen has no record of that type"));
             domain::Record next = *found;
             next.version += 1;
             next.updatedAt = m_context->now();
             for (auto it = fields.begin(); it != fields.end(); ++it)
                 next.fields.insert(it.key(), it.value());
             m_store.addRecordVersion(citizen->citizen.id, next);
             m_store.addFeedEvent(citizen->citizen.id,
                                  api::feedEvent(QStringLiteral("record_changed"), next.updatedAt,
                                                 {{"record_type", next.type},
                                                  {"record_id", next.id},
                                                  {"version", next.version}}));
             return HttpResponse::json(200, QJsonObject{{QStringLiteral("version"), next.version}});
         }});
}

bool ReferenceServer::listen(QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_pki->serverCertificate());
    tls.setPrivateKey(m_pki->serverKey());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_http->sslSetup(tls);
    m_port = m_http->listen(m_config.host, m_config.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1 port %2")
                     .arg(m_config.host.toString())
                     .arg(m_config.port);
        return false;
    }
    m_context->baseUrl = url();
    connect(&m_timer, &QTimer::timeout, this, [this]() { m_housekeeping->run(); });
    m_timer.start(1000);
    return true;
}

QString ReferenceServer::url() const
{
    const QString host = m_config.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_config.host.toString() + u']'
                             : m_config.host.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
}

QString ReferenceServer::caPath() const
{
    return m_pki ? m_pki->tlsCaPath() : QString();
}

QStringList ReferenceServer::routes() const
{
    return m_http ? m_http->router().describe() : QStringList();
}

} // namespace cp::server
