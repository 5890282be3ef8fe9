// The two tables of seed 002 reproduced cell by cell, and the two functions
// built on them: the level that verification facts give, and whether an
// operation is allowed at a level. The expected cells are written out here
// from consents-and-trust.md, not read from the code under test.
#include "domain/trustlevel.h"

#include <QTest>

using namespace cp::domain;

Q_DECLARE_METATYPE(cp::domain::Criterion)
Q_DECLARE_METATYPE(cp::domain::Requirement)
Q_DECLARE_METATYPE(cp::domain::Operation)
Q_DECLARE_METATYPE(cp::domain::TrustLevel)
Q_DECLARE_METATYPE(cp::domain::VerificationFacts)

namespace {

const CriterionRow *criterionRow(Criterion c)
{
    for (const CriterionRow &row : TrustLevels::criteria()) {
        if (row.criterion == c)
            return &row;
    }
    return nullptr;
}

const OperationRow *operationRow(Operation o)
{
    for (const OperationRow &row : TrustLevels::operations()) {
        if (row.operation == o)
            return &row;
    }
    return nullptr;
}

// Facts that meet every criterion exactly as `level` requires and no more.
VerificationFacts factsExactlyFor(TrustLevel level)
{
    VerificationFacts f;
    f.dataBelongsToPresenter = true;
    f.dataUnique = true;
    f.identityDeterminedByIdentifier = true;
    switch (level) {
    case TrustLevel::Low:
        break;
    case TrustLevel::Medium:
        f.dataVerified = Requirement::Yes;
        f.identifierLinkedToPerson = true;
        break;
    case TrustLevel::High:
        f.dataVerified = Requirement::YesByStateSystem;
        f.identifierLinkedToPerson = true;
        break;
    }
    return f;
}

} // namespace

class TestTrustLevel : public QObject
{
    Q_OBJECT

private slots:
    void table1Cell_data();
    void table1Cell();
    void table1Confidence();
    void table1HasFiveCriteria();
    void table2Cell_data();
    void table2Cell();
    void table2HasFiveOperations();
    void levelFromFacts_data();
    void levelFromFacts();
    void eachMissingCriterionLowersTheLevel_data();
    void eachMissingCriterionLowersTheLevel();
    void minimumLevel_data();
    void minimumLevel();
    void operationKeysRoundTrip();
    void refusalReason();
};

void TestTrustLevel::table1Cell_data()
{
    QTest::addColumn<Criterion>("criterion");
    QTest::addColumn<int>("level");
    QTest::addColumn<Requirement>("expected");
    using C = Criterion;
    using R = Requirement;
    struct Row
    {
        const char *name;
        C criterion;
        R cells[3];
    };
    // Table 1 of consents-and-trust.md, rows 2-6.
    const Row rows[] = {
        {"data verified", C::DataVerified, {R::No, R::Yes, R::YesByStateSystem}},
        {"belongs to presenter", C::DataBelongsToPresenter, {R::Yes, R::Yes, R::Yes}},
        {"unique", C::DataUnique, {R::Yes, R::Yes, R::Yes}},
        {"determined by identifier", C::IdentityDeterminedByIdentifier, {R::Yes, R::Yes, R::Yes}},
        {"identifier linked", C::IdentifierLinkedToPerson, {R::No, R::Yes, R::Yes}},
    };
    for (const Row &row : rows) {
        for (int level = 1; level <= 3; ++level) {
            QTest::addRow("%s / UDI %d", row.name, level)
                << row.criterion << level << row.cells[level - 1];
        }
    }
}

void TestTrustLevel::table1Cell()
{
    QFETCH(Criterion, criterion);
    QFETCH(int, level);
    QFETCH(Requirement, expected);
    const CriterionRow *row = criterionRow(criterion);
    QVERIFY(row);
    QCOMPARE(row->cells[static_cast<std::size_t>(level - 1)], expected);
}

void TestTrustLevel::table1Confidence()
{
    QCOMPARE(TrustLevels::confidence(TrustLevel::Low), QStringLiteral("Some confidence"));
    QCOMPARE(TrustLevels::confidence(TrustLevel::Medium), QStringLiteral("Moderate confidence"));
    QCOMPARE(TrustLevels::confidence(TrustLevel::High), QStringLiteral("Substantial confidence"));
}

void TestTrustLevel::table1HasFiveCriteria()
{
    QCOMPARE(TrustLevels::criteria().size(), std::size_t(5));
}

void TestTrustLevel::table2Cell_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<TrustLevel>("level");
    QTest::addColumn<bool>("allowed");
    using O = Operation;
    struct Row
    {
        const char *name;
        O operation;
        bool cells[3];
    };
    // Table 2 of consents-and-trust.md.
    const Row rows[] = {
        {"info individuals", O::InfoServicesIndividual, {true, true, true}},
        {"info legal entities", O::InfoServicesLegalEntity, {false, true, true}},
        {"financial within limits", O::FinancialIndividualWithinLimits, {false, true, true}},
        {"financial high risk", O::FinancialIndividualHighRisk, {false, false, true}},
        {"financial legal entities", O::FinancialLegalEntity, {false, false, true}},
    };
    for (const Row &row : rows) {
        for (int level = 1; level <= 3; ++level) {
            QTest::addRow("%s / UDI %d", row.name, level)
                << row.operation << static_cast<TrustLevel>(level) << row.cells[level - 1];
        }
    }
}

void TestTrustLevel::table2Cell()
{
    QFETCH(Operation, operation);
    QFETCH(TrustLevel, level);
    QFETCH(bool, allowed);
    QVERIFY(operationRow(operation));
    QCOMPARE(TrustLevels::allows(operation, level), allowed);
    QCOMPARE(TrustLevels::allows(operation, std::optional<TrustLevel>(level)), allowed);
    // Not identified at all: nothing is allowed.
    QVERIFY(!TrustLevels::allows(operation, std::optional<TrustLevel>()));
    QCOMPARE(TrustLevels::refusalReason(operation, level).isEmpty(), allowed);
}

void TestTrustLevel::table2HasFiveOperations()
{
    QCOMPARE(TrustLevels::operations().size(), std::size_t(5));
}

void TestTrustLevel::levelFromFacts_data()
{
    QTest::addColumn<VerificationFacts>("facts");
    QTest::addColumn<int>("expected"); // 0: not identified

    QTest::newRow("exactly UDI 1") << factsExactlyFor(TrustLevel::Low) << 1;
    QTest::newRow("exactly UDI 2") << factsExactlyFor(TrustLevel::Medium) << 2;
    QTest::newRow("exactly UDI 3") << factsExactlyFor(TrustLevel::High) << 3;
    QTest::newRow("nothing") << VerificationFacts{} << 0;

    VerificationFacts verifiedNotLinked = factsExactlyFor(TrustLevel::High);
    verifiedNotLinked.identifierLinkedToPerson = false;
    QTest::newRow("state-verified but identifier not linked") << verifiedNotLinked << 1;

    VerificationFacts linkedNotVerified = factsExactlyFor(TrustLevel::Low);
    linkedNotVerified.identifierLinkedToPerson = true;
    QTest::newRow("linked but not verified") << linkedNotVerified << 1;
}

void TestTrustLevel::levelFromFacts()
{
    QFETCH(VerificationFacts, facts);
    QFETCH(int, expected);
    const std::optional<TrustLevel> level = TrustLevels::levelFor(facts);
    QCOMPARE(level ? static_cast<int>(*level) : 0, expected);
}

void TestTrustLevel::eachMissingCriterionLowersTheLevel_data()
{
    QTest::addColumn<TrustLevel>("level");
    QTest::addColumn<Criterion>("criterion");
    QTest::addColumn<int>("expected");
    // From the exact facts of a level, take one required criterion down one
    // step; the level falls to the highest one whose column still holds.
    // UDI 1 needs belongs, unique, determined: losing any → not identified.
    QTest::newRow("UDI1 - belongs") << TrustLevel::Low << Criterion::DataBelongsToPresenter << 0;
    QTest::newRow("UDI1 - unique") << TrustLevel::Low << Criterion::DataUnique << 0;
    QTest::newRow("UDI1 - determined")
        << TrustLevel::Low << Criterion::IdentityDeterminedByIdentifier << 0;
    QTest::newRow("UDI2 - verified") << TrustLevel::Medium << Criterion::DataVerified << 1;
    QTest::newRow("UDI2 - linked")
        << TrustLevel::Medium << Criterion::IdentifierLinkedToPerson << 1;
    QTest::newRow("UDI2 - unique") << TrustLevel::Medium << Criterion::DataUnique << 0;
    // State-system verification down to plain verification → UDI 2.
    QTest::newRow("UDI3 - state system") << TrustLevel::High << Criterion::DataVerified << 2;
    QTest::newRow("UDI3 - linked") << TrustLevel::High << Criterion::IdentifierLinkedToPerson << 1;
    QTest::newRow("UDI3 - belongs") << TrustLevel::High << Criterion::DataBelongsToPresenter << 0;
}

void TestTrustLevel::eachMissingCriterionLowersTheLevel()
{
    QFETCH(TrustLevel, level);
    QFETCH(Criterion, criterion);
    QFETCH(int, expected);
    VerificationFacts f = factsExactlyFor(level);
    switch (criterion) {
    case Criterion::DataVerified:
        f.dataVerified = static_cast<Requirement>(static_cast<int>(f.dataVerified) - 1);
        break;
    case Criterion::DataBelongsToPresenter:
        f.dataBelongsToPresenter = false;
        break;
    case Criterion::DataUnique:
        f.dataUnique = false;
        break;
    case Criterion::IdentityDeterminedByIdentifier:
        f.identityDeterminedByIdentifier = false;
        break;
    case Criterion::IdentifierLinkedToPerson:
        f.identifierLinkedToPerson = false;
        break;
    }
    const std::optional<TrustLevel> got = TrustLevels::levelFor(f);
    QCOMPARE(got ? static_cast<int>(*got) : 0, expected);
}

void TestTrustLevel::minimumLevel_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<TrustLevel>("expected");
    QTest::newRow("info individuals") << Operation::InfoServicesIndividual << TrustLevel::Low;
    QTest::newRow("info legal") << Operation::InfoServicesLegalEntity << TrustLevel::Medium;
    QTest::newRow("financial") << Operation::FinancialIndividualWithinLimits << TrustLevel::Medium;
    QTest::newRow("high risk") << Operation::FinancialIndividualHighRisk << TrustLevel::High;
    QTest::newRow("financial legal") << Operation::FinancialLegalEntity << TrustLevel::High;
}

void TestTrustLevel::minimumLevel()
{
    QFETCH(Operation, operation);
    QFETCH(TrustLevel, expected);
    QCOMPARE(TrustLevels::minimumLevel(operation), expected);
}

void TestTrustLevel::operationKeysRoundTrip()
{
    const QStringList expected{
        QStringLiteral("info_individual"), QStringLiteral("info_legal_entity"),
        QStringLiteral("financial_individual"), QStringLiteral("financial_individual_high_risk"),
        QStringLiteral("financial_legal_entity")};
    QStringList keys;
    for (const OperationRow &row : TrustLevels::operations()) {
        keys.append(TrustLevels::operationKey(row.operation));
        QCOMPARE(TrustLevels::operationFromKey(keys.last()), std::optional(row.operation));
        QVERIFY(!TrustLevels::operationName(row.operation).isEmpty());
    }
    QCOMPARE(keys, expected);
    QVERIFY(!TrustLevels::operationFromKey(u"INFO_INDIVIDUAL"));
    QVERIFY(!TrustLevels::operationFromKey(u""));
}

void TestTrustLevel::refusalReason()
{
    const QString reason =
        TrustLevels::refusalReason(Operation::FinancialIndividualHighRisk, TrustLevel::Medium);
    QVERIFY(reason.contains(TrustLevels::levelName(TrustLevel::High)));
    QVERIFY(reason.contains(TrustLevels::levelName(TrustLevel::Medium)));
    const QString unidentified =
        TrustLevels::refusalReason(Operation::InfoServicesIndividual, std::nullopt);
    QVERIFY(unidentified.contains(TrustLevels::levelName(TrustLevel::Low)));
}

QTEST_GUILESS_MAIN(TestTrustLevel)
#include "tst_trustlevel.moc"
