// Random tokens and the small hash helpers of the authorisation server:
// authorisation codes, access and refresh tokens, PKCE S256 (RFC 7636) and
// comparisons of secrets in constant time.
#pragma once

#include <QByteArray>

#include <optional>

namespace cp::server {

// `count` bytes from OpenSSL's CSPRNG (RAND_bytes). Empty when count <= 0 or
// the generator fails: the caller must abort the operation — there is no
// weaker fallback.
QByteArray randomBytes(int count);

// base64url without padding of `bytes` random bytes (43 characters for 32).
// Empty on a generator failure.
QByteArray randomUrlToken(int bytes = 32);

// base64url without padding, as JWS and PKCE use it.
QByteArray base64Url(const QByteArray &bytes);
// Strict base64url: only [A-Za-z0-9_-], no padding, no stray bits in the last
// character (one text per byte string). nullopt on anything else.
std::optional<QByteArray> decodeBase64Url(const QByteArray &text);

// RFC 7636 §4.1: 43 to 128 characters of [A-Za-z0-9-._~].
bool isValidPkceVerifier(const QByteArray &verifier);
// base64url(SHA-256(verifier)), RFC 7636 §4.2.
QByteArray pkceChallengeS256(const QByteArray &verifier);

// Lower-case hex SHA-256, e.g. for storing a token's hash instead of the token.
QByteArray sha256Hex(const QByteArray &data);

// Compares secrets without a timing hint of where they differ (CRYPTO_memcmp).
// Different lengths compare unequal at once: lengths of our tokens are public.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace cp::server
