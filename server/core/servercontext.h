// What every endpoint of the reference server shares: its configuration, the
// store, the PKI, the clock, and the fault knobs that tests turn on.
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace cp::server {

class ServerStore;
class ServerPki;
class DocumentIssuer;

// Test-only faults; all off unless a flag (or the test-control endpoint,
// itself off unless a flag) turns them on.
struct Faults
{
    int latencyMs = 0;         // added before every answer
    qint64 cutAfterBytes = -1; // document downloads: close after this many body bytes
    int unavailableNext = 0;   // answer 503 to this many next requests
    int retryAfterSeconds = 1;
    int signatureLatencyMs = 0; // added before every document signature's answer
};

struct ServerConfig
{
    QString dataDir;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8443;
    bool demo = false;
    bool testControl = false;
    qint64 orderDelayMs = 3000;
    qint64 accessTokenSeconds = 600;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
    qint64 codeSeconds = 60;
    Faults faults;
};

struct ServerContext
{
    ServerConfig &config;
    ServerStore &store;
    ServerPki &pki;
    DocumentIssuer &issuer;
    QString baseUrl; // "https://127.0.0.1:PORT", set once listening

    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

} // namespace cp::server
