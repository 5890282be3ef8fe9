// The secrets of one authorization-code sign-in (RFC 7636, RFC 6749 §10.12):
// a PKCE code verifier of 32 bytes from OpenSSL's CSPRNG, its S256
// challenge, and the `state` that ties the browser's answer to this app.
#pragma once

#include <QByteArray>

#include <optional>

namespace cp::net {

class Pkce
{
public:
    QByteArray verifier;  // base64url, 43 characters
    QByteArray challenge; // base64url(SHA-256(verifier))
    QByteArray state;     // base64url of 16 random bytes

    // Fresh secrets; nullopt when the random generator fails (then nothing
    // may be sent).
    static std::optional<Pkce> generate();
    // `bytes` random bytes from RAND_bytes, base64url without padding.
    static std::optional<QByteArray> randomToken(int bytes);
    static QByteArray challengeS256(const QByteArray &verifier);
};

} // namespace cp::net
