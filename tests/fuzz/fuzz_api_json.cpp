// Every parser the client runs on an API answer, over one input taken as the
// body: the body as ApiReply::json() reads it and as parseJsonObject() does,
// the object and the entries of each list member through the domain's
// fromJson functions (record, record history, feed page, documents, consent
// requests and consents, access log, /me), the body of a decision answer, the
// token endpoint's answer and the error body of ApiError::fromHttp.
//
// Properties beyond "no crash": what a parser accepts survives toJson() and a
// second parse unchanged, and an error always names a message.
#include "fuzzsupport.h"

#include "domain/citizen.h"
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/jsonreader.h"
#include "domain/record.h"
#include "net/apierror.h"
#include "net/signintokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cp;

namespace {

template<typename T>
using Parser = std::optional<T> (*)(const QJsonObject &, domain::JsonError *);

// Parses `object`; what is accepted must come back unchanged from its JSON.
template<typename T>
void roundTrip(const QJsonObject &object, Parser<T> parse, const char *what)
{
    domain::JsonError error;
    const std::optional<T> value = parse(object, &error);
    if (!value) {
        if (error.message.isEmpty())
            fuzz::broken(what);
        return;
    }
    domain::JsonError again;
    const std::optional<T> reread = parse(domain::toJson(*value), &again);
    if (!reread || !(*reread == *value))
        fuzz::broken(what);
}

void allParsers(const QJsonObject &object)
{
    roundTrip<domain::Record>(object, &domain::recordFromJson, "record round trip");
    roundTrip<domain::DocumentInfo>(object, &domain::documentInfoFromJson, "document round trip");
    roundTrip<domain::AccessEvent>(object, &domain::accessEventFromJson, "access event round trip");
    roundTrip<domain::ConsentRequest>(object, &domain::consentRequestFromJson,
                                      "consent request round trip");
    roundTrip<domain::Consent>(object, &domain::consentFromJson, "consent round trip");
    roundTrip<domain::Citizen>(object, &domain::citizenFromJson, "citizen round trip");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    // The strict reading of a whole document.
    domain::JsonError documentError;
    const std::optional<QJsonObject> strict = domain::parseJsonObject(body, &documentError);
    if (!strict && documentError.message.isEmpty())
        fuzz::broken("parseJsonObject failed without a message");

    // What ApiReply::json() hands to the sync engine, the outbox and sign-in.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    allParsers(object);
    for (const char *member :
         {"records", "versions", "events", "documents", "requests", "consents", "orders"}) {
        for (const QJsonValue &entry : object.value(QLatin1String(member)).toArray())
            allParsers(entry.toObject());
    }
    // The answer to a decision: {"request": …, "consent": …}.
    allParsers(object.value(QLatin1String("request")).toObject());
    allParsers(object.value(QLatin1String("consent")).toObject());
    // Feed paging.
    (void)object.value(QLatin1String("next_cursor")).toString();
    (void)object.value(QLatin1String("has_more")).toBool();

    // The token endpoint.
    QString problem;
    if (!net::SignInTokens::fromTokenAnswer(object, &problem) && problem.isEmpty())
        fuzz::broken("a refused token answer names no problem");

    // An error body, with the status taken from the input's first bytes.
    const int status = size >= 2 ? 400 + (data[0] * 256 + data[1]) % 200 : 500;
    const net::ApiError error = net::ApiError::fromHttp(status, body, QStringLiteral("req-fuzz"));
    if (error.message.isEmpty() || error.code.size() > 64)
        fuzz::broken("ApiError::fromHttp");
    return 0;
}
