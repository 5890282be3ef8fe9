// The two answers of the API that OpenSSL reads for the client: the trust
// roots (GET /api/v1/trust-roots, PEM, read by the SignatureVerifier
// constructor) and a document's detached CMS signature (DER, read by
// SignatureVerifier::verify). One input carries all three parts:
//   u16 BE length | roots PEM | u16 BE length | document | signature DER
// Properties: no crash, and a verdict is always one of the four results,
// Valid only with a trusted root and a named signer; the same signature
// checked again by the same verifier (its certificates parsed already, its
// chain perhaps remembered) gets the same verdict.
#include "fuzzsupport.h"

#include "sync/signatureverifier.h"

#include <QtEndian>

using namespace cp;

namespace {

// The next length-prefixed part of the input; what is left when too short.
QByteArray takePart(const uint8_t *&data, size_t &size)
{
    if (size < 2) {
        const QByteArray rest = fuzz::bytes(data, size);
        data += size;
        size = 0;
        return rest;
    }
    const size_t length = qMin<size_t>(qFromBigEndian<quint16>(data), size - 2);
    const QByteArray part = fuzz::bytes(data + 2, length);
    data += 2 + length;
    size -= 2 + length;
    return part;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray roots = takePart(data, size);
    const QByteArray document = takePart(data, size);
    const QByteArray signature = fuzz::bytes(data, size);

    const sync::SignatureVerifier verifier(roots);
    const sync::SignatureCheck check = verifier.verify(document, signature);
    const QString key = sync::SignatureCheck::key(check.result);
    if (key != u"valid" && key != u"invalid" && key != u"unknown_issuer" && key != u"malformed")
        fuzz::broken("a verdict outside the four results");
    if (check.result == sync::SignatureCheck::Result::Valid &&
        (verifier.rootCount() == 0 || check.signer.isEmpty()))
        fuzz::broken("a valid signature without a trusted root or a signer");
    const sync::SignatureCheck again = verifier.verify(document, signature);
    if (again.result != check.result || again.signer != check.signer ||
        again.signingTime != check.signingTime)
        fuzz::broken("the same signature checked again gets another verdict");
    return 0;
}
