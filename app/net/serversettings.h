// Where the client talks to and whom it trusts: the backend's https:// address,
// the CA bundle that is the only trust (or the system store), an optional
// public-key pin, and the transfer knobs. ApiClient::configure() checks it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cp::net {

struct ServerSettings
{
    QUrl baseUrl;         // https://host[:port][/prefix]; http:// is refused
    QString caFile;       // PEM bundle; empty → the system store
    QByteArray pinSha256; // optional: SHA-256 of the server's SubjectPublicKeyInfo (32 bytes)
    bool http2 = true;
    int transferTimeoutMs = 30000; // no byte moved for this long → Timeout
    int maxAttempts = 5;           // sends of one retryable request, the first included
};

} // namespace cp::net
