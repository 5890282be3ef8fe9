// ES256 — ECDSA on P-256 with SHA-256 — for the organisations of the
// reference server: their key pairs, the compact JWTs of their client
// assertions (RFC 7515, RFC 7518 §3.4, RFC 7519; private_key_jwt of RFC 7523)
// and their DER signatures over consent requests.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cp::server {

// A JWT longer than this is refused before any parsing.
inline constexpr qsizetype kMaxJwtBytes = 8 * 1024;

struct EcKeyPair
{
    QByteArray privatePem; // PKCS#8, unencrypted: the caller wipes it when done
    QByteArray publicPem;  // SubjectPublicKeyInfo ("BEGIN PUBLIC KEY")
};

// A new P-256 key pair; both fields empty on failure.
EcKeyPair generateEcP256KeyPair();

// Compact JWS "b64url(header).b64url(payload).b64url(signature)", header
// {"alg":"ES256","typ":"JWT"} plus `extraHeader` (e.g. "kid"; an "alg" in it
// is ignored). The signature is the raw 64-byte r||s of RFC 7518 §3.4.
// Empty when the key is not a P-256 private key.
QByteArray signJwtEs256(const QJsonObject &payload, const QByteArray &privatePem,
                        const QJsonObject &extraHeader = {});

struct VerifiedJwt
{
    QJsonObject header;
    QJsonObject payload;
};

// Checks the form (three strict base64url parts, at most kMaxJwtBytes, JSON
// objects), that the header's alg is exactly "ES256" (so "none", "HS256" and
// the rest are refused), that no "crit" extension is asked for, and the r||s
// signature against `publicPem`. Claims (iss, aud, exp…) are the caller's to
// check. nullopt with an English *error that quotes nothing of the token.
std::optional<VerifiedJwt> verifyJwtEs256(const QByteArray &jwt, const QByteArray &publicPem,
                                          QString *error);

// ECDSA P-256 / SHA-256 signature over arbitrary bytes, DER
// (ECDSA-Sig-Value). Empty when the key is not a P-256 private key.
QByteArray signEs256(const QByteArray &data, const QByteArray &privatePem);
bool verifyEs256(const QByteArray &data, const QByteArray &signatureDer,
                 const QByteArray &publicPem);

} // namespace cp::server
