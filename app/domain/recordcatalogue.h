// The catalogue of the 30 record types of the digital profile: for each its
// stable key (the Digital Profile sysname), category, source register,
// cardinality and typed fields. Product data kept in one table
// (recordcatalogue_data.cpp) and read by the client, the UI and the server.
// Names and labels are English source texts that go through Qt's translation
// path (context "RecordCatalogue"); use the display functions to show them.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace cp::domain {

enum class FieldType
{
    Text,   // free text
    Date,   // "YYYY-MM-DD"
    Money,  // integer kopecks
    Number, // integer or decimal
    Enum,   // one of FieldSpec::enumValues
    Bool,
    Id,           // an identifier checked by FieldSpec::identifier
    MonthlyIncome // 2-NDFL lines: [{"month": 1..12, "code": "2000", "amount": kopecks}]
};

enum class Sensitivity
{
    Normal,
    High
};
enum class Cardinality
{
    One,
    List
};

enum class Category
{
    Identity,
    Addresses,
    Family,
    WorkIncome,
    PensionBenefits,
    TaxesDebts,
    PropertyVehicles,
    Health,
    Education,
    Military
};

enum class IdentifierKind
{
    None,
    Snils,           // NNN-NNN-NNN NN with its checksum
    PersonInn,       // 12 digits, two check digits
    OrganisationInn, // 10 digits, one check digit
    Ogrn,            // 13 digits, check digit
    Ogrnip,          // 15 digits, check digit
    OmsPolicy,       // 16 digits
    PassportSeries,  // 4 digits
    PassportNumber,  // 6 digits
    DepartmentCode,  // NNN-NNN
    Vin,             // 17 characters, no I, O, Q
    CadastralNumber, // NN:NN:NNNNNN(N):N...
    Phone,           // +7 and 10 digits
    Email
};

struct EnumValue
{
    const char *key;   // stable value in JSON, e.g. "married"
    const char *label; // English source text, context "RecordCatalogue"
};

struct FieldSpec
{
    const char *key;   // stable key in JSON, e.g. "series"
    const char *label; // English source text, context "RecordCatalogue"
    FieldType type;
    Sensitivity sensitivity;
    bool required;
    IdentifierKind identifier = IdentifierKind::None;
    std::span<const EnumValue> enumValues = {};
};

struct RecordType
{
    int number;         // 1..30, the order of the catalogue
    const char *key;    // sysname, e.g. "id_doc"
    const char *name;   // English source text, context "RecordCatalogue"
    const char *source; // English source text of the register, context "RecordCatalogue"
    Category category;
    Cardinality cardinality;
    std::span<const FieldSpec> fields;

    const FieldSpec *field(QStringView fieldKey) const;
    QString displayName() const;   // translated name
    QString displaySource() const; // translated source register
};

class RecordCatalogue
{
public:
    // All record types in catalogue order.
    static std::span<const RecordType> all();
    // nullptr for an unknown key.
    static const RecordType *find(QStringView key);
    static QStringList keys();

    static QString categoryKey(Category category);
    static QString categoryName(Category category); // translated
    static std::span<const Category> categories();  // display order

    static QString fieldLabel(const FieldSpec &field); // translated
    static QString enumLabel(const EnumValue &value);  // translated
    static QString fieldTypeKey(FieldType type);
};

} // namespace cp::domain
