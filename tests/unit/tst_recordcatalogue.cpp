// The record catalogue against records.md: the 30 types with their numbers,
// cardinalities and English names written out here literally, so that a
// change of the table that departs from the spec fails.
#include "domain/recordcatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp::domain;

class TestRecordCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void recordTypes_data();
    void recordTypes();
    void catalogueOrder();
    void keysUnique();
    void fields_data();
    void fields();
    void identifierKinds_data();
    void identifierKinds();
    void highSensitivity_data();
    void highSensitivity();
    void monthlyIncome();
    void findUnknown_data();
    void findUnknown();
    void fieldLookup();
    void categories_data();
    void categories();
    void everyCategoryUsed();
    void fieldTypeKeys_data();
    void fieldTypeKeys();
    void displayTexts();
};

namespace {

const QRegularExpression &snakeCase()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return re;
}

void addRecordRow(int number, const char *key, const char *cardinality, const char *name)
{
    QTest::newRow(key) << number << QString::fromLatin1(key) << QString::fromLatin1(cardinality)
                       << QString::fromUtf8(name);
}

// One row per record type of the catalogue, for the checks that hold for each.
void addCatalogueRows()
{
    QTest::addColumn<QString>("key");
    for (const RecordType &type : RecordCatalogue::all())
        QTest::newRow(type.key) << QString::fromLatin1(type.key);
}

} // namespace

void TestRecordCatalogue::recordTypes_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cardinality");
    QTest::addColumn<QString>("name");

    addRecordRow(1, "fio_bio", "one", "Basic information");
    addRecordRow(2, "id_doc", "one", "Russian passport");
    addRecordRow(3, "history_passport_doc", "list", "Earlier passports");
    addRecordRow(4, "foreign_passport_doc", "list", "International passport");
    addRecordRow(5, "snils", "one", "SNILS (insurance number)");
    addRecordRow(6, "inn", "one", "Taxpayer number (INN)");
    addRecordRow(7, "contacts", "one", "Contacts");
    addRecordRow(8, "addresses", "one", "Registered address");
    addRecordRow(9, "addresses_stay", "list", "Temporary registration");
    addRecordRow(10, "marital_status", "list", "Marriage records");
    addRecordRow(11, "kid_birth_cert", "list", "Children");
    addRecordRow(12, "electronic_workbook", "list", "Employment history");
    addRecordRow(13, "ndfl_person", "list", "Income and tax (2-NDFL)");
    addRecordRow(14, "payout_income", "list", "Payments with contributions");
    addRecordRow(15, "ils_doc", "one", "Pension account statement");
    addRecordRow(16, "pension_reference", "list", "Pensions and benefits");
    addRecordRow(17, "maternity_capital", "one", "Maternity capital");
    addRecordRow(18, "self_employed", "one", "Self-employment status");
    addRecordRow(19, "tax_debt", "list", "Tax arrears");
    addRecordRow(20, "fssp_proceedings", "list", "Enforcement proceedings");
    addRecordRow(21, "bankruptcy", "one", "Bankruptcy");
    addRecordRow(22, "reg_realestate", "list", "Real estate");
    addRecordRow(23, "vehicles", "list", "Vehicles");
    addRecordRow(24, "vehicle_reg_cert_doc", "list", "Vehicle registration certificates");
    addRecordRow(25, "drivers_licence_doc", "one", "Driving licence");
    addRecordRow(26, "traffic_fines", "list", "Traffic fines");
    addRecordRow(27, "oms_policy", "one", "Health insurance policy");
    addRecordRow(28, "education_docs", "list", "Education");
    addRecordRow(29, "military_registration", "one", "Military registration");
    addRecordRow(30, "disability", "one", "Disability");
}

void TestRecordCatalogue::recordTypes()
{
    QFETCH(int, number);
    QFETCH(QString, key);
    QFETCH(QString, cardinality);
    QFETCH(QString, name);

    const RecordType *type = RecordCatalogue::find(key);
    QVERIFY(type);
    QCOMPARE(type->number, number);
    QCOMPARE(QLatin1StringView(type->key), key);
    QCOMPARE(type->cardinality, cardinality == u"list" ? Cardinality::List : Cardinality::One);
    QCOMPARE(QString::fromUtf8(type->name), name);
    // Without a translator installed the display name is the source text.
    QCOMPARE(type->displayName(), name);

    // The table is in the order of records.md.
    const auto all = RecordCatalogue::all();
    QVERIFY(number >= 1 && std::size_t(number) <= all.size());
    QCOMPARE(&all[std::size_t(number) - 1], type);
}

void TestRecordCatalogue::catalogueOrder()
{
    const auto all = RecordCatalogue::all();
    QCOMPARE(all.size(), std::size_t(30));
    for (std::size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].number, int(i) + 1);

    const QStringList keys = RecordCatalogue::keys();
    QCOMPARE(keys.size(), qsizetype(30));
    for (std::size_t i = 0; i < all.size(); ++i)
        QCOMPARE(keys.at(qsizetype(i)), QLatin1StringView(all[i].key));
}

void TestRecordCatalogue::keysUnique()
{
    const QStringList keys = RecordCatalogue::keys();
    const QSet<QString> unique(keys.cbegin(), keys.cend());
    QCOMPARE(unique.size(), keys.size());
    for (const QString &key : keys)
        QVERIFY2(snakeCase().match(key).hasMatch(), qPrintable(key));
}

void TestRecordCatalogue::fields_data()
{
    addCatalogueRows();
}

void TestRecordCatalogue::fields()
{
    QFETCH(QString, key);
    const RecordType *type = RecordCatalogue::find(key);
    QVERIFY(type);
    QVERIFY(!type->fields.empty());
    QVERIFY(type->source && *type->source);

    QSet<QString> fieldKeys;
    for (const FieldSpec &field : type->fields) {
        const QString fieldKey = QString::fromLatin1(field.key);
        QVERIFY2(snakeCase().match(fieldKey).hasMatch(), qPrintable(fieldKey));
        QVERIFY2(!fieldKeys.contains(fieldKey), qPrintable(fieldKey));
        fieldKeys.insert(fieldKey);
        QVERIFY2(field.label && *field.label, qPrintable(fieldKey));
        QCOMPARE(type->field(fieldKey), &field);

        // An identifier kind belongs to Id fields and only to them.
        QCOMPARE(field.type == FieldType::Id, field.identifier != IdentifierKind::None);

        if (field.type == FieldType::Enum) {
            QVERIFY2(field.enumValues.size() >= 2, qPrintable(fieldKey));
            QSet<QString> valueKeys;
            for (const EnumValue &value : field.enumValues) {
                const QString valueKey = QString::fromLatin1(value.key);
                QVERIFY2(snakeCase().match(valueKey).hasMatch(), qPrintable(valueKey));
                QVERIFY2(!valueKeys.contains(valueKey), qPrintable(valueKey));
                valueKeys.insert(valueKey);
                QVERIFY(!RecordCatalogue::enumLabel(value).isEmpty());
            }
        } else {
            QVERIFY2(field.enumValues.empty(), qPrintable(fieldKey));
        }
    }
}

void TestRecordCatalogue::identifierKinds_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<IdentifierKind>("kind");

    const auto row = [](const char *record, const char *field, IdentifierKind kind) {
        QTest::addRow("%s.%s", record, field)
            << QString::fromLatin1(record) << QString::fromLatin1(field) << kind;
    };
    row("id_doc", "series", IdentifierKind::PassportSeries);
    row("id_doc", "number", IdentifierKind::PassportNumber);
    row("id_doc", "department_code", IdentifierKind::DepartmentCode);
    row("history_passport_doc", "series", IdentifierKind::PassportSeries);
    row("history_passport_doc", "number", IdentifierKind::PassportNumber);
    row("snils", "number", IdentifierKind::Snils);
    row("inn", "number", IdentifierKind::PersonInn);
    row("contacts", "mobile_phone", IdentifierKind::Phone);
    row("contacts", "email", IdentifierKind::Email);
    row("electronic_workbook", "employer_inn", IdentifierKind::OrganisationInn);
    row("ndfl_person", "tax_agent_inn", IdentifierKind::OrganisationInn);
    row("self_employed", "ogrnip", IdentifierKind::Ogrnip);
    row("reg_realestate", "cadastral_number", IdentifierKind::CadastralNumber);
    row("vehicles", "vin", IdentifierKind::Vin);
    row("vehicle_reg_cert_doc", "vin", IdentifierKind::Vin);
    row("oms_policy", "number", IdentifierKind::OmsPolicy);
}

void TestRecordCatalogue::identifierKinds()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(IdentifierKind, kind);

    const RecordType *type = RecordCatalogue::find(record);
    QVERIFY(type);
    const FieldSpec *spec = type->field(field);
    QVERIFY(spec);
    QCOMPARE(spec->type, FieldType::Id);
    QCOMPARE(spec->identifier, kind);
}

void TestRecordCatalogue::highSensitivity_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");

    const auto row = [](const char *record, const char *field) {
        QTest::addRow("%s.%s", record, field)
            << QString::fromLatin1(record) << QString::fromLatin1(field);
    };
    row("id_doc", "series");
    row("id_doc", "number");
    row("snils", "number");
    row("inn", "number");
    row("addresses", "full_address");
    row("addresses_stay", "address");
    row("ndfl_person", "income_by_month");
    row("ndfl_person", "total_income");
    row("ndfl_person", "tax_withheld");
    row("vehicles", "vin");
    row("vehicles", "plate");
    row("oms_policy", "number");
    row("disability", "group");
}

void TestRecordCatalogue::highSensitivity()
{
    QFETCH(QString, record);
    QFETCH(QString, field);

    const RecordType *type = RecordCatalogue::find(record);
    QVERIFY(type);
    const FieldSpec *spec = type->field(field);
    QVERIFY(spec);
    QCOMPARE(spec->sensitivity, Sensitivity::High);
}

void TestRecordCatalogue::monthlyIncome()
{
    const RecordType *type = RecordCatalogue::find(u"ndfl_person");
    QVERIFY(type);
    const FieldSpec *spec = type->field(u"income_by_month");
    QVERIFY(spec);
    QCOMPARE(spec->type, FieldType::MonthlyIncome);
}

void TestRecordCatalogue::findUnknown_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("empty string") << QStringLiteral("");
    QTest::newRow("unknown") << QStringLiteral("passport");
    QTest::newRow("upper case") << QStringLiteral("ID_DOC");
    QTest::newRow("mixed case") << QStringLiteral("Snils");
    QTest::newRow("leading space") << QStringLiteral(" inn");
    QTest::newRow("trailing space") << QStringLiteral("inn ");
    QTest::newRow("prefix") << QStringLiteral("id_do");
    QTest::newRow("longer") << QStringLiteral("id_docs");
    QTest::newRow("dash") << QStringLiteral("fio-bio");
    QTest::newRow("cyrillic") << QStringLiteral("снилс");
}

void TestRecordCatalogue::findUnknown()
{
    QFETCH(QString, key);
    QCOMPARE(RecordCatalogue::find(key), nullptr);
}

void TestRecordCatalogue::fieldLookup()
{
    const RecordType *type = RecordCatalogue::find(u"id_doc");
    QVERIFY(type);
    const FieldSpec *series = type->field(u"series");
    QVERIFY(series);
    QCOMPARE(QLatin1StringView(series->key), u"series");
    QCOMPARE(type->field(u""), nullptr);
    QCOMPARE(type->field(u"Series"), nullptr);
    QCOMPARE(type->field(u"full_address"), nullptr);
}

void TestRecordCatalogue::categories_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<Category>("category");

    QTest::newRow("identity") << 0 << Category::Identity;
    QTest::newRow("addresses") << 1 << Category::Addresses;
    QTest::newRow("family") << 2 << Category::Family;
    QTest::newRow("work_income") << 3 << Category::WorkIncome;
    QTest::newRow("pension_benefits") << 4 << Category::PensionBenefits;
    QTest::newRow("taxes_debts") << 5 << Category::TaxesDebts;
    QTest::newRow("property_vehicles") << 6 << Category::PropertyVehicles;
    QTest::newRow("health") << 7 << Category::Health;
    QTest::newRow("education") << 8 << Category::Education;
    QTest::newRow("military") << 9 << Category::Military;
}

void TestRecordCatalogue::categories()
{
    QFETCH(int, position);
    QFETCH(Category, category);

    const auto categories = RecordCatalogue::categories();
    QCOMPARE(categories.size(), std::size_t(10));
    QCOMPARE(categories[std::size_t(position)], category);
    QCOMPARE(RecordCatalogue::categoryKey(category), QLatin1StringView(QTest::currentDataTag()));
    QVERIFY(!RecordCatalogue::categoryName(category).isEmpty());
}

void TestRecordCatalogue::everyCategoryUsed()
{
    QSet<QString> keys;
    for (const Category category : RecordCatalogue::categories()) {
        keys.insert(RecordCatalogue::categoryKey(category));
        int count = 0;
        for (const RecordType &type : RecordCatalogue::all())
            count += type.category == category ? 1 : 0;
        QVERIFY2(count >= 1, qPrintable(RecordCatalogue::categoryKey(category)));
    }
    QCOMPARE(keys.size(), qsizetype(10));
}

void TestRecordCatalogue::fieldTypeKeys_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("key");

    QTest::newRow("text") << FieldType::Text << QStringLiteral("text");
    QTest::newRow("date") << FieldType::Date << QStringLiteral("date");
    QTest::newRow("money") << FieldType::Money << QStringLiteral("money");
    QTest::newRow("number") << FieldType::Number << QStringLiteral("number");
    QTest::newRow("enum") << FieldType::Enum << QStringLiteral("enum");
    QTest::newRow("bool") << FieldType::Bool << QStringLiteral("bool");
    QTest::newRow("id") << FieldType::Id << QStringLiteral("id");
    QTest::newRow("monthly_income") << FieldType::MonthlyIncome << QStringLiteral("monthly_income");
}

void TestRecordCatalogue::fieldTypeKeys()
{
    QFETCH(FieldType, type);
    QFETCH(QString, key);
    QCOMPARE(RecordCatalogue::fieldTypeKey(type), key);
}

void TestRecordCatalogue::displayTexts()
{
    // Without a translator the display functions give the English source texts.
    const RecordType *type = RecordCatalogue::find(u"snils");
    QVERIFY(type);
    QCOMPARE(type->displaySource(), QStringLiteral("Social Fund of Russia (SFR)"));
    QCOMPARE(RecordCatalogue::fieldLabel(type->fields.front()), QStringLiteral("SNILS"));
    QCOMPARE(RecordCatalogue::categoryName(Category::WorkIncome),
             QStringLiteral("Work and income"));

    const RecordType *marriage = RecordCatalogue::find(u"marital_status");
    QVERIFY(marriage);
    const FieldSpec *state = marriage->field(u"state");
    QVERIFY(state);
    QCOMPARE(RecordCatalogue::enumLabel(state->enumValues.front()), QStringLiteral("Married"));
}

QTEST_GUILESS_MAIN(TestRecordCatalogue)
#include "tst_recordcatalogue.moc"
