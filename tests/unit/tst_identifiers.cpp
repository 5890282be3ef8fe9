// Identifier checks, row by row. Every check digit in the valid rows was
// worked out by hand with the arithmetic shown next to it, never by the
// function under test; each invalid row breaks exactly one rule.
#include "domain/identifiers.h"

#include <QTest>

using namespace cp::domain;

Q_DECLARE_METATYPE(cp::domain::IdentifierKind)
Q_DECLARE_METATYPE(cp::domain::IdentifierProblem)

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void messagesAreSentences_data();
    void messagesAreSentences();
};

void TestIdentifiers::check_data()
{
    QTest::addColumn<IdentifierKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<IdentifierProblem>("expected");

    using K = IdentifierKind;
    using P = IdentifierProblem;
    auto row = [](const char *name, K kind, const char *value, P problem) {
        QTest::newRow(name) << kind << QString::fromUtf8(value) << problem;
    };

    // SNILS: sum of the nine digits × weights 9..1, mod 101, 100 → 00.
    // 1*9+1*8+2*7+2*6+3*5+3*4+4*3+4*2+5*1 = 95 → 95
    row("snils valid 95", K::Snils, "112-233-445 95", P::None);
    row("snils valid plain digits", K::Snils, "11223344595", P::None);
    // 0*9+0*8+1*7+3*6+2*5+6*4+6*3+7*2+9*1 = 100 → 00
    row("snils sum 100 gives 00", K::Snils, "001-326-679 00", P::None);
    // 0*9+0*8+1*7+5*6+0*5+8*4+8*3+1*2+6*1 = 101 → 101 mod 101 = 0 → 00
    row("snils sum 101 gives 00", K::Snils, "001-508-816 00", P::None);
    // 0*9+0*8+1*7+6*6+9*5+8*4+8*3+7*2+2*1 = 160 → 160 mod 101 = 59
    row("snils sum 160 gives 59", K::Snils, "001-698-872 59", P::None);
    row("snils wrong check digits", K::Snils, "112-233-445 96", P::BadChecksum);
    row("snils sum 100 written as 100", K::Snils, "001-326-679 10", P::BadChecksum);
    row("snils at the unchecked range", K::Snils, "001-001-998 00", P::OutOfRange);
    row("snils below the unchecked range", K::Snils, "000-000-001 01", P::OutOfRange);
    row("snils empty", K::Snils, "", P::Empty);
    row("snils ten digits", K::Snils, "1122334459", P::WrongLength);
    row("snils twelve digits", K::Snils, "112233445950", P::WrongLength);
    row("snils letters", K::Snils, "112-233-44a 95", P::BadCharacters);
    row("snils separators misplaced", K::Snils, "11-2233-445 95", P::BadFormat);
    row("snils space for dash", K::Snils, "112 233 445 95", P::BadFormat);

    // Person INN, weights 7,2,4,10,3,5,9,4,6,8 then 3,7,2,4,10,3,5,9,4,6,8.
    // 5001007322: 5*7+0*2+0*4+1*10+0*3+0*5+7*9+3*4+2*6+2*8 = 148; 148 mod 11 = 5 → 5
    //   5*3+0*7+0*2+1*4+0*10+0*3+7*5+3*9+2*4+2*6+5*8 = 141; 141 mod 11 = 9 → 9
    row("person inn valid", K::PersonInn, "500100732259", P::None);
    // 7730123456: 7*7+7*2+3*4+0*10+1*3+2*5+3*9+4*4+5*6+6*8 = 209; 209 mod 11 = 0 → 0
    //   7*3+7*7+3*2+0*4+1*10+2*3+3*5+4*9+5*4+6*6+0*8 = 199; 199 mod 11 = 1 → 1
    row("person inn valid, first check 0", K::PersonInn, "773012345601", P::None);
    // 3664069397: sum 330, 330 mod 11 = 0 → 0; second sum 247, 247 mod 11 = 5 → 5
    row("person inn valid 3664", K::PersonInn, "366406939705", P::None);
    row("person inn first check wrong", K::PersonInn, "500100732269", P::BadChecksum);
    row("person inn second check wrong", K::PersonInn, "500100732258", P::BadChecksum);
    row("person inn of an organisation", K::PersonInn, "7707083893", P::WrongLength);
    row("person inn letters", K::PersonInn, "50010073225X", P::BadCharacters);
    row("person inn spaces", K::PersonInn, "5001 0073 2259", P::BadCharacters);
    row("person inn empty", K::PersonInn, "", P::Empty);

    // Organisation INN, weights 2,4,10,3,5,9,4,6,8 → mod 11 mod 10.
    // 770708389: 7*2+7*4+0*10+7*3+0*5+8*9+3*4+8*6+9*8 = 267; 267 mod 11 = 3 → 3
    row("organisation inn valid", K::OrganisationInn, "7707083893", P::None);
    // 500100732: 5*2+0*4+0*10+1*3+0*5+0*9+7*4+3*6+2*8 = 75; 75 mod 11 = 9 → 9
    row("organisation inn valid 5001", K::OrganisationInn, "5001007329", P::None);
    row("organisation inn wrong check", K::OrganisationInn, "7707083894", P::BadChecksum);
    row("organisation inn eleven digits", K::OrganisationInn, "77070838930", P::WrongLength);

    // OGRN: the first 12 digits mod 11, then mod 10.
    // 102770013219 = 11 × 9342728474 + 5 → 5
    row("ogrn valid", K::Ogrn, "1027700132195", P::None);
    // 102773901234 mod 11 = 4 → 4
    row("ogrn valid 1027739", K::Ogrn, "1027739012344", P::None);
    row("ogrn wrong check", K::Ogrn, "1027700132196", P::BadChecksum);
    row("ogrn twelve digits", K::Ogrn, "102770013219", P::WrongLength);

    // OGRNIP: the first 14 digits mod 13, then mod 10.
    // 30450011611420 mod 13 = 11 → 1
    row("ogrnip valid", K::Ogrnip, "304500116114201", P::None);
    // 31677460012345 mod 13 = 4 → 4
    row("ogrnip valid 3167", K::Ogrnip, "316774600123454", P::None);
    row("ogrnip wrong check", K::Ogrnip, "304500116114200", P::BadChecksum);

    // OMS policy: 16 digits.
    row("oms valid", K::OmsPolicy, "7754310891000123", P::None);
    row("oms fifteen digits", K::OmsPolicy, "775431089100012", P::WrongLength);
    row("oms letter", K::OmsPolicy, "77543108910001O3", P::BadCharacters);

    // Passport: series 4 digits (printed "45 08" too), number 6 digits.
    row("passport series", K::PassportSeries, "4508", P::None);
    row("passport series printed", K::PassportSeries, "45 08", P::None);
    row("passport series three digits", K::PassportSeries, "450", P::WrongLength);
    row("passport series letters", K::PassportSeries, "45AB", P::BadCharacters);
    row("passport number", K::PassportNumber, "123456", P::None);
    row("passport number seven digits", K::PassportNumber, "1234567", P::WrongLength);
    row("passport number empty", K::PassportNumber, "", P::Empty);

    // Department code NNN-NNN.
    row("department code", K::DepartmentCode, "770-001", P::None);
    row("department code without dash", K::DepartmentCode, "770001", P::BadFormat);
    row("department code short", K::DepartmentCode, "77-001", P::BadFormat);
    row("department code letters", K::DepartmentCode, "77O-001", P::BadCharacters);

    // VIN: 17 characters, Latin capitals and digits without I, O, Q.
    row("vin valid", K::Vin, "XTA210990Y2765432", P::None);
    row("vin valid all digits", K::Vin, "12345678901234567", P::None);
    row("vin with I", K::Vin, "XTA21099IY2765432", P::BadCharacters);
    row("vin with O", K::Vin, "XTA21099OY2765432", P::BadCharacters);
    row("vin with Q", K::Vin, "XTA21099QY2765432", P::BadCharacters);
    row("vin lower case", K::Vin, "xta210990y2765432", P::BadCharacters);
    row("vin sixteen", K::Vin, "XTA210990Y276543", P::WrongLength);
    row("vin cyrillic", K::Vin, "ХТА210990Y2765432", P::BadCharacters);

    // Cadastral number, phone, e-mail.
    row("cadastral", K::CadastralNumber, "77:01:0004012:1234", P::None);
    row("cadastral six-digit quarter", K::CadastralNumber, "50:21:011201:55", P::None);
    row("cadastral missing part", K::CadastralNumber, "77:01:0004012", P::BadFormat);
    row("phone", K::Phone, "+79161234567", P::None);
    row("phone without +7", K::Phone, "89161234567", P::BadFormat);
    row("phone short", K::Phone, "+7916123456", P::WrongLength);
    row("email", K::Email, "ivanov@example.ru", P::None);
    row("email without domain dot", K::Email, "ivanov@example", P::BadFormat);
    row("email two at signs", K::Email, "a@b@example.ru", P::BadFormat);
}

void TestIdentifiers::check()
{
    QFETCH(IdentifierKind, kind);
    QFETCH(QString, value);
    QFETCH(IdentifierProblem, expected);
    const IdentifierCheck result = checkIdentifier(kind, value);
    QCOMPARE(result.problem, expected);
    QCOMPARE(result.ok(), expected == IdentifierProblem::None);
}

void TestIdentifiers::messagesAreSentences_data()
{
    QTest::addColumn<IdentifierProblem>("problem");
    QTest::newRow("empty") << IdentifierProblem::Empty;
    QTest::newRow("length") << IdentifierProblem::WrongLength;
    QTest::newRow("characters") << IdentifierProblem::BadCharacters;
    QTest::newRow("format") << IdentifierProblem::BadFormat;
    QTest::newRow("checksum") << IdentifierProblem::BadChecksum;
    QTest::newRow("range") << IdentifierProblem::OutOfRange;
}

void TestIdentifiers::messagesAreSentences()
{
    QFETCH(IdentifierProblem, problem);
    const QString message = IdentifierCheck{problem}.message(IdentifierKind::Snils);
    QVERIFY(message.contains(u"SNILS"));
    QVERIFY(message.endsWith(u'.'));
    QVERIFY(IdentifierCheck{}.message(IdentifierKind::Snils).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
