// The citizen as the server describes them ("me"): the name shown in the app,
// whether the account is confirmed, and the verification facts from which the
// trust level follows.
#pragma once

#include "domain/jsonreader.h"
#include "domain/trustlevel.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cp::domain {

struct Citizen
{
    QString id;
    QString displayName;
    bool accountConfirmed = false;
    VerificationFacts facts;

    std::optional<TrustLevel> trustLevel() const { return TrustLevels::levelFor(facts); }
    bool operator==(const Citizen &) const = default;
};

QJsonObject toJson(const VerificationFacts &value);
std::optional<VerificationFacts> verificationFactsFromJson(JsonReader &reader);
QJsonObject toJson(const Citizen &value);
std::optional<Citizen> citizenFromJson(const QJsonObject &object, JsonError *error);

} // namespace cp::domain
