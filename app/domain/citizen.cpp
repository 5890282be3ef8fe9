#include "domain/citizen.h"

namespace cp::domain {
namespace {

const QStringList &verificationKeys()
{
    static const QStringList keys{QStringLiteral("no"), QStringLiteral("yes"),
                                  QStringLiteral("yes_by_state_system")};
    return keys;
}

} // namespace

QJsonObject toJson(const VerificationFacts &value)
{
    QJsonObject object;
    object.insert(QStringLiteral("data_verified"),
                  verificationKeys().at(static_cast<int>(value.dataVerified)));
    // The boolean criteria under their Table 1 keys.
    for (const CriterionRow &row : TrustLevels::criteria()) {
        if (row.criterion != Criterion::DataVerified)
            object.insert(QString::fromLatin1(row.key),
                          value.value(row.criterion) == Requirement::Yes);
    }
    return object;
}

std::optional<VerificationFacts> verificationFactsFromJson(JsonReader &reader)
{
    VerificationFacts facts;
    const QString verified = reader.enumString(QStringLiteral("data_verified"), verificationKeys());
    facts.dataVerified = static_cast<Requirement>(verificationKeys().indexOf(verified));
    facts.dataBelongsToPresenter = reader.boolean(QStringLiteral("data_belongs_to_presenter"));
    facts.dataUnique = reader.boolean(QStringLiteral("data_unique"));
    facts.identityDeterminedByIdentifier =
        reader.boolean(QStringLiteral("identity_determined_by_identifier"));
    facts.identifierLinkedToPerson = reader.boolean(QStringLiteral("identifier_linked_to_person"));
    return reader.ok() ? std::optional<VerificationFacts>(facts) : std::nullopt;
}

QJsonObject toJson(const Citizen &value)
{
    const std::optional<TrustLevel> level = value.trustLevel();
    return QJsonObject{
        {QStringLiteral("id"), value.id},
        {QStringLiteral("display_name"), value.displayName},
        {QStringLiteral("account_confirmed"), value.accountConfirmed},
        {QStringLiteral("verification"), toJson(value.facts)},
        {QStringLiteral("trust_level"),
         level ? QJsonValue(static_cast<int>(*level)) : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<Citizen> citizenFromJson(const QJsonObject &object, JsonError *error)
{
    JsonReader reader(object);
    Citizen citizen;
    citizen.id = reader.string(QStringLiteral("id"), 128);
    citizen.displayName = reader.string(QStringLiteral("display_name"), 512);
    citizen.accountConfirmed = reader.boolean(QStringLiteral("account_confirmed"));
    JsonReader facts = reader.child(QStringLiteral("verification"));
    if (reader.ok()) {
        if (std::optional<VerificationFacts> f = verificationFactsFromJson(facts))
            citizen.facts = *f;
        reader.adopt(facts);
    }
    // The level is derived here from the facts; a server that states another
    // one is not believed.
    if (reader.ok() && reader.has(QStringLiteral("trust_level"))) {
        const qint64 stated = reader.integer(QStringLiteral("trust_level"), 1, 3);
        const std::optional<TrustLevel> derived = citizen.trustLevel();
        if (reader.ok() && (!derived || static_cast<qint64>(*derived) != stated))
            reader.fail(QStringLiteral("trust_level"),
                        QStringLiteral("does not follow from the verification facts"));
    }
    return finishRead(reader, citizen, error);
}

} // namespace cp::domain
