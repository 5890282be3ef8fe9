// A consent request as it arrives (GET /consent-requests/{id}, the entries of
// the list, the answer to a decision) read strictly and then validated:
// validate() must judge whatever the reader lets through, never crash, give
// every problem a message, and judge the request the same after a JSON round
// trip.
#include "fuzzsupport.h"

#include "domain/consent.h"
#include "domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cp;

namespace {

void check(const QJsonObject &object)
{
    domain::JsonError error;
    const std::optional<domain::ConsentRequest> request =
        domain::consentRequestFromJson(object, &error);
    if (!request)
        return;
    const QList<domain::ValidationError> problems = domain::validate(*request);
    for (const domain::ValidationError &problem : problems) {
        if (problem.message.isEmpty())
            fuzz::broken("a validation error without a message");
    }
    domain::JsonError again;
    const std::optional<domain::ConsentRequest> reread =
        domain::consentRequestFromJson(domain::toJson(*request), &again);
    if (!reread || domain::validate(*reread) != problems)
        fuzz::broken("validation differs after a JSON round trip");
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
    domain::JsonError error;
    if (const std::optional<QJsonObject> object = domain::parseJsonObject(body, &error)) {
        check(*object);
        for (const QJsonValue &entry : object->value(QLatin1String("requests")).toArray())
            check(entry.toObject());
        check(object->value(QLatin1String("request")).toObject());
    }
    return 0;
}
