// Identification trust levels (УДИ) of the Bank of Russia, seed 002: Table 1
// (what each level requires) and Table 2 (the levels each operation allows)
// kept as data, with the two functions the product needs: the level that
// verification facts give, and whether an operation may be carried out at a
// level.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <span>

namespace cp::domain {

enum class TrustLevel
{
    Low = 1,
    Medium = 2,
    High = 3
};
inline constexpr std::array<TrustLevel, 3> kTrustLevels{TrustLevel::Low, TrustLevel::Medium,
                                                        TrustLevel::High};

// A cell of Table 1. The order matters: a higher value satisfies a lower one.
enum class Requirement
{
    No = 0,
    Yes = 1,
    YesByStateSystem = 2
};

enum class Criterion
{
    DataVerified,                   // identification data verified (footnote 5: by a state system)
    DataBelongsToPresenter,         // the data belongs to the person who presented it
    DataUnique,                     // the data is unique in its digital environment
    IdentityDeterminedByIdentifier, // the digital identity is determined by the identifier
    IdentifierLinkedToPerson        // the identifier is unambiguously linked to the person
};

struct CriterionRow
{
    Criterion criterion;
    const char *key;                  // stable key, as in the API ("data_verified" …)
    const char *label;                // English source text, context "TrustLevel"
    std::array<Requirement, 3> cells; // УДИ 1, УДИ 2, УДИ 3
};

enum class Operation
{
    InfoServicesIndividual,
    InfoServicesLegalEntity,
    FinancialIndividualWithinLimits,
    FinancialIndividualHighRisk,
    FinancialLegalEntity
};

struct OperationRow
{
    Operation operation;
    const char *key;             // stable key, as in the API
    const char *label;           // English source text, context "TrustLevel"
    std::array<bool, 3> allowed; // УДИ 1, УДИ 2, УДИ 3
};

// The facts about a citizen's identification, as the server reports them.
struct VerificationFacts
{
    Requirement dataVerified = Requirement::No; // No, Yes, or YesByStateSystem
    bool dataBelongsToPresenter = false;
    bool dataUnique = false;
    bool identityDeterminedByIdentifier = false;
    bool identifierLinkedToPerson = false;

    Requirement value(Criterion criterion) const;
    bool operator==(const VerificationFacts &) const = default;
};

class TrustLevels
{
public:
    static std::span<const CriterionRow> criteria();   // Table 1 without its first row
    static std::span<const OperationRow> operations(); // Table 2
    // Table 1, first row: confidence in the result, per level (translated).
    static QString confidence(TrustLevel level);

    // The highest level whose every criterion the facts meet; none when even
    // УДИ 1 is not met (the person is not identified).
    static std::optional<TrustLevel> levelFor(const VerificationFacts &facts);
    static bool allows(Operation operation, TrustLevel level);
    static bool allows(Operation operation, std::optional<TrustLevel> level);
    // The lowest level at which the operation is allowed.
    static TrustLevel minimumLevel(Operation operation);

    static QString levelName(TrustLevel level); // "УДИ 2 (medium)" translated
    static QString operationKey(Operation operation);
    static std::optional<Operation> operationFromKey(QStringView key);
    static QString operationName(Operation operation); // translated
    static QString criterionKey(Criterion criterion);
    // A sentence for the citizen: why the operation cannot be done at the
    // level, or an empty string when it can.
    static QString refusalReason(Operation operation, std::optional<TrustLevel> level);
};

} // namespace cp::domain
