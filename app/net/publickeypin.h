// The public-key pin of the backend: the SHA-256 of a certificate's
// SubjectPublicKeyInfo (as in HPKP and `openssl pkey -pubin -outform der |
// openssl dgst -sha256`), compared in constant time. A pin survives a
// certificate renewal that keeps the key, unlike a certificate fingerprint.
#pragma once

#include <QByteArray>
#include <QSslCertificate>

namespace cp::net {

class PublicKeyPin
{
public:
    // The 32-byte digest of the certificate's SPKI; empty when the
    // certificate cannot be read.
    static QByteArray spkiSha256(const QSslCertificate &certificate);
    // True when `certificate` carries the pinned key. A null certificate
    // never matches: no proof, no trust.
    static bool matches(const QSslCertificate &certificate, const QByteArray &pin);
};

} // namespace cp::net
