#include "domain/trustlevel.h"

#include <QCoreApplication>

namespace cp::domain {
namespace {

using R = Requirement;

// Table 1 of seed 002, rows 2–6 (row 1, the confidence, is text: see
// confidence()). Cells for УДИ 1, 2, 3.
constexpr std::array<CriterionRow, 5> kCriteria{{
    {Criterion::DataVerified,
     "data_verified",
     QT_TRANSLATE_NOOP("TrustLevel", "Identification data verified"),
     {R::No, R::Yes, R::YesByStateSystem}},
    {Criterion::DataBelongsToPresenter,
     "data_belongs_to_presenter",
     QT_TRANSLATE_NOOP("TrustLevel", "The data belongs to the person who presented it"),
     {R::Yes, R::Yes, R::Yes}},
    {Criterion::DataUnique,
     "data_unique",
     QT_TRANSLATE_NOOP("TrustLevel", "The data is unique in its digital environment"),
     {R::Yes, R::Yes, R::Yes}},
    {Criterion::IdentityDeterminedByIdentifier,
     "identity_determined_by_identifier",
     QT_TRANSLATE_NOOP("TrustLevel",
                       "The digital identity is determined by the presented identifier"),
     {R::Yes, R::Yes, R::Yes}},
    {Criterion::IdentifierLinkedToPerson,
     "identifier_linked_to_person",
     QT_TRANSLATE_NOOP("TrustLevel", "The identifier is unambiguously linked to the person"),
     {R::No, R::Yes, R::Yes}},
}};

// Table 2 of seed 002. Cells for УДИ 1, 2, 3.
constexpr std::array<OperationRow, 5> kOperations{{
    {Operation::InfoServicesIndividual,
     "info_individual",
     QT_TRANSLATE_NOOP("TrustLevel", "Information services for individuals"),
     {true, true, true}},
    {Operation::InfoServicesLegalEntity,
     "info_legal_entity",
     QT_TRANSLATE_NOOP("TrustLevel", "Information services for legal entities"),
     {false, true, true}},
    {Operation::FinancialIndividualWithinLimits,
     "financial_individual",
     QT_TRANSLATE_NOOP("TrustLevel",
                       "Financial operations of individuals within the provider's risk limits"),
     {false, true, true}},
    {Operation::FinancialIndividualHighRisk,
     "financial_individual_high_risk",
     QT_TRANSLATE_NOOP("TrustLevel", "High-risk financial operations of individuals"),
     {false, false, true}},
    {Operation::FinancialLegalEntity,
     "financial_legal_entity",
     QT_TRANSLATE_NOOP("TrustLevel", "Financial operations of legal entities"),
     {false, false, true}},
}};

constexpr std::size_t index(TrustLevel level)
{
    return static_cast<std::size_t>(level) - 1;
}

const OperationRow &row(Operation operation)
{
    for (const OperationRow &r : kOperations) {
        if (r.operation == operation)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

Requirement VerificationFacts::value(Criterion criterion) const
{
    auto yes = [](bool b) { return b ? Requirement::Yes : Requirement::No; };
    switch (criterion) {
    case Criterion::DataVerified:
        return dataVerified;
    case Criterion::DataBelongsToPresenter:
        return yes(dataBelongsToPresenter);
    case Criterion::DataUnique:
        return yes(dataUnique);
    case Criterion::IdentityDeterminedByIdentifier:
        return yes(identityDeterminedByIdentifier);
    case Criterion::IdentifierLinkedToPerson:
        return yes(identifierLinkedToPerson);
    }
    return Requirement::No;
}

std::span<const CriterionRow> TrustLevels::criteria()
{
    return kCriteria;
}

std::span<const OperationRow> TrustLevels::operations()
{
    return kOperations;
}

QString TrustLevels::confidence(TrustLevel level)
{
    switch (level) {
    case TrustLevel::Low:
        return QCoreApplication::translate("TrustLevel", "Some confidence");
    case TrustLevel::Medium:
        return QCoreApplication::translate("TrustLevel", "Moderate confidence");
    case TrustLevel::High:
        return QCoreApplication::translate("TrustLevel", "Substantial confidence");
    }
    return {};
}

std::optional<TrustLevel> TrustLevels::levelFor(const VerificationFacts &facts)
{
    std::optional<TrustLevel> result;
    for (TrustLevel level : kTrustLevels) {
        bool met = true;
        for (const CriterionRow &c : kCriteria) {
            if (facts.value(c.criterion) < c.cells[index(level)])
                met = false;
        }
        if (!met)
            break;
        result = level;
    }
    return result;
}

bool TrustLevels::allows(Operation operation, TrustLevel level)
{
    return row(operation).allowed[index(level)];
}

bool TrustLevels::allows(Operation operation, std::optional<TrustLevel> level)
{
    return level && allows(operation, *level);
}

TrustLevel TrustLevels::minimumLevel(Operation operation)
{
    for (TrustLevel level : kTrustLevels) {
        if (allows(operation, level))
            return level;
    }
    Q_UNREACHABLE();
}

QString TrustLevels::levelName(TrustLevel level)
{
    switch (level) {
    case TrustLevel::Low:
        return QCoreApplication::translate("TrustLevel", "Trust level 1 (low)");
    case TrustLevel::Medium:
        return QCoreApplication::translate("TrustLevel", "Trust level 2 (medium)");
    case TrustLevel::High:
        return QCoreApplication::translate("TrustLevel", "Trust level 3 (high)");
    }
    return {};
}

QString TrustLevels::operationKey(Operation operation)
{
    return QString::fromLatin1(row(operation).key);
}

std::optional<Operation> TrustLevels::operationFromKey(QStringView key)
{
    for (const OperationRow &r : kOperations) {
        if (key == QLatin1StringView(r.key))
            return r.operation;
    }
    return std::nullopt;
}

QString TrustLevels::operationName(Operation operation)
{
    return QCoreApplication::translate("TrustLevel", row(operation).label);
}

QString TrustLevels::criterionKey(Criterion criterion)
{
    for (const CriterionRow &c : kCriteria) {
        if (c.criterion == criterion)
            return QString::fromLatin1(c.key);
    }
    return {};
}

QString TrustLevels::refusalReason(Operation operation, std::optional<TrustLevel> level)
{
    if (allows(operation, level))
        return {};
    const QString needed = levelName(minimumLevel(operation));
    if (!level) {
        return QCoreApplication::translate(
                   "TrustLevel",
                   "Your identity has not been confirmed, and this request needs %1. "
                   "Confirm your account at a service centre or through your bank, then try "
                   "again.")
            .arg(needed);
    }
    return QCoreApplication::translate(
               "TrustLevel",
               "This request is for an operation that needs %1, but your identification has "
               "%2. It cannot be granted until your identification reaches the needed level.")
        .arg(needed, levelName(*level));
}

} // namespace cp::domain
