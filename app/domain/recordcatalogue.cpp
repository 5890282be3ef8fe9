// Lookups over the record catalogue. The table itself and all() are in
// recordcatalogue_data.cpp.
#include "domain/recordcatalogue.h"

#include "domain/enumkeys.h"

#include <QCoreApplication>
#include <QLatin1StringView>

#include <array>
#include <iterator>

namespace cp::domain {

namespace {

constexpr const char *kContext = "RecordCatalogue";

// Display order of the categories, as the profile screen groups the records.
constexpr EnumKey<Category> kCategoryKeys[] = {
    {Category::Identity, "identity", QT_TRANSLATE_NOOP("RecordCategory", "Identity")},
    {Category::Addresses, "addresses", QT_TRANSLATE_NOOP("RecordCategory", "Addresses")},
    {Category::Family, "family", QT_TRANSLATE_NOOP("RecordCategory", "Family")},
    {Category::WorkIncome, "work_income", QT_TRANSLATE_NOOP("RecordCategory", "Work and income")},
    {Category::PensionBenefits, "pension_benefits",
     QT_TRANSLATE_NOOP("RecordCategory", "Pension and benefits")},
    {Category::TaxesDebts, "taxes_debts", QT_TRANSLATE_NOOP("RecordCategory", "Taxes and debts")},
    {Category::PropertyVehicles, "property_vehicles",
     QT_TRANSLATE_NOOP("RecordCategory", "Property and vehicles")},
    {Category::Health, "health", QT_TRANSLATE_NOOP("RecordCategory", "Health")},
    {Category::Education, "education", QT_TRANSLATE_NOOP("RecordCategory", "Education")},
    {Category::Military, "military", QT_TRANSLATE_NOOP("RecordCategory", "Military service")},
};

// categories() hands out bare values; deriving them from the table keeps one order.
constexpr auto kCategoryOrder = [] {
    std::array<Category, std::size(kCategoryKeys)> order{};
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = kCategoryKeys[i].value;
    return order;
}();

// The keys of the field types in the API; no display names, users see labels.
constexpr EnumKey<FieldType> kFieldTypeKeys[] = {
    {FieldType::Text, "text", nullptr},   {FieldType::Date, "date", nullptr},
    {FieldType::Money, "money", nullptr}, {FieldType::Number, "number", nullptr},
    {FieldType::Enum, "enum", nullptr},   {FieldType::Bool, "bool", nullptr},
    {FieldType::Id, "id", nullptr},       {FieldType::MonthlyIncome, "monthly_income", nullptr},
};

} // namespace

const FieldSpec *RecordType::field(QStringView fieldKey) const
{
    for (const FieldSpec &spec : fields) {
        if (fieldKey == QLatin1StringView(spec.key))
            return &spec;
    }
    return nullptr;
}

QString RecordType::displayName() const
{
    return QCoreApplication::translate(kContext, name);
}

QString RecordType::displaySource() const
{
    return QCoreApplication::translate(kContext, source);
}

// A linear search: 30 entries, compared without allocating.
const RecordType *RecordCatalogue::find(QStringView key)
{
    for (const RecordType &type : all()) {
        if (key == QLatin1StringView(type.key))
            return &type;
    }
    return nullptr;
}

QStringList RecordCatalogue::keys()
{
    QStringList result;
    result.reserve(qsizetype(all().size()));
    for (const RecordType &type : all())
        result.append(QString::fromLatin1(type.key));
    return result;
}

QString RecordCatalogue::categoryKey(Category category)
{
    return keyOf(kCategoryKeys, category);
}

QString RecordCatalogue::categoryName(Category category)
{
    // Own context: "Education" names both a category and a record type.
    return nameOf(kCategoryKeys, category, "RecordCategory");
}

std::span<const Category> RecordCatalogue::categories()
{
    return kCategoryOrder;
}

QString RecordCatalogue::fieldLabel(const FieldSpec &field)
{
    return QCoreApplication::translate(kContext, field.label);
}

QString RecordCatalogue::enumLabel(const EnumValue &value)
{
    return QCoreApplication::translate(kContext, value.label);
}

QString RecordCatalogue::fieldTypeKey(FieldType type)
{
    return keyOf(kFieldTypeKeys, type);
}

} // namespace cp::domain
