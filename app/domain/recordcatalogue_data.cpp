// The one table of the 30 record types of records.md, in its order. Every
// name, source and label is an English source text marked for lupdate
// (context "RecordCatalogue"); the display functions translate them.
#include "domain/recordcatalogue.h"

#include <QtGlobal>

#include <iterator>

namespace cp::domain {

namespace {

// The unqualified enumerators keep each field on a line or two; the enums do not share a name.
using enum FieldType;
using enum Sensitivity;
using enum Cardinality;
using enum Category;
using enum IdentifierKind;

// Enum values: stable JSON keys with translatable labels.

constexpr EnumValue kGender[] = {
    {"male", QT_TRANSLATE_NOOP("RecordCatalogue", "Male")},
    {"female", QT_TRANSLATE_NOOP("RecordCatalogue", "Female")},
};

constexpr EnumValue kPassportReplacementReason[] = {
    {"age_20", QT_TRANSLATE_NOOP("RecordCatalogue", "Reached the age of 20")},
    {"age_45", QT_TRANSLATE_NOOP("RecordCatalogue", "Reached the age of 45")},
    {"personal_data_change", QT_TRANSLATE_NOOP("RecordCatalogue", "Change of personal data")},
    {"error", QT_TRANSLATE_NOOP("RecordCatalogue", "Error in the passport")},
    {"unfit", QT_TRANSLATE_NOOP("RecordCatalogue", "Unfit for use")},
    {"lost", QT_TRANSLATE_NOOP("RecordCatalogue", "Lost or stolen")},
    {"other", QT_TRANSLATE_NOOP("RecordCatalogue", "Other")},
};

constexpr EnumValue kMarriageState[] = {
    {"married", QT_TRANSLATE_NOOP("RecordCatalogue", "Married")},
    {"divorced", QT_TRANSLATE_NOOP("RecordCatalogue", "Divorced")},
};

constexpr EnumValue kEmploymentEvent[] = {
    {"hired", QT_TRANSLATE_NOOP("RecordCatalogue", "Hired")},
    {"moved", QT_TRANSLATE_NOOP("RecordCatalogue", "Transferred")},
    {"dismissed", QT_TRANSLATE_NOOP("RecordCatalogue", "Dismissed")},
};

constexpr EnumValue kSelfEmploymentStatus[] = {
    {"not_registered", QT_TRANSLATE_NOOP("RecordCatalogue", "Not registered")},
    {"self_employed",
     QT_TRANSLATE_NOOP("RecordCatalogue", "Self-employed (professional income tax)")},
    {"entrepreneur", QT_TRANSLATE_NOOP("RecordCatalogue", "Individual entrepreneur")},
    {"entrepreneur_self_employed",
     QT_TRANSLATE_NOOP("RecordCatalogue", "Individual entrepreneur on professional income tax")},
};

constexpr EnumValue kProceedingState[] = {
    {"active", QT_TRANSLATE_NOOP("RecordCatalogue", "In progress")},
    {"suspended", QT_TRANSLATE_NOOP("RecordCatalogue", "Suspended")},
    {"completed", QT_TRANSLATE_NOOP("RecordCatalogue", "Completed")},
    {"terminated", QT_TRANSLATE_NOOP("RecordCatalogue", "Terminated")},
};

constexpr EnumValue kBankruptcyState[] = {
    {"petition_filed", QT_TRANSLATE_NOOP("RecordCatalogue", "Petition filed")},
    {"debt_restructuring", QT_TRANSLATE_NOOP("RecordCatalogue", "Debt restructuring")},
    {"property_sale", QT_TRANSLATE_NOOP("RecordCatalogue", "Sale of property")},
    {"out_of_court", QT_TRANSLATE_NOOP("RecordCatalogue", "Out-of-court bankruptcy")},
    {"completed", QT_TRANSLATE_NOOP("RecordCatalogue", "Completed")},
    {"terminated", QT_TRANSLATE_NOOP("RecordCatalogue", "Terminated")},
};

// The kinds of real estate that the EGRN registers.
constexpr EnumValue kRealEstateKind[] = {
    {"land_plot", QT_TRANSLATE_NOOP("RecordCatalogue", "Land plot")},
    {"building", QT_TRANSLATE_NOOP("RecordCatalogue", "Building")},
    {"premises", QT_TRANSLATE_NOOP("RecordCatalogue", "Premises")},
    {"structure", QT_TRANSLATE_NOOP("RecordCatalogue", "Structure")},
    {"unfinished", QT_TRANSLATE_NOOP("RecordCatalogue", "Unfinished construction")},
    {"parking_place", QT_TRANSLATE_NOOP("RecordCatalogue", "Parking place")},
    {"property_complex", QT_TRANSLATE_NOOP("RecordCatalogue", "Single property complex")},
};

constexpr EnumValue kEducationLevel[] = {
    {"basic_general", QT_TRANSLATE_NOOP("RecordCatalogue", "Basic general education")},
    {"secondary_general", QT_TRANSLATE_NOOP("RecordCatalogue", "Secondary general education")},
    {"secondary_vocational",
     QT_TRANSLATE_NOOP("RecordCatalogue", "Secondary vocational education")},
    {"bachelor", QT_TRANSLATE_NOOP("RecordCatalogue", "Bachelor's degree")},
    {"specialist", QT_TRANSLATE_NOOP("RecordCatalogue", "Specialist degree")},
    {"master", QT_TRANSLATE_NOOP("RecordCatalogue", "Master's degree")},
    {"postgraduate", QT_TRANSLATE_NOOP("RecordCatalogue", "Postgraduate education")},
    {"additional_professional",
     QT_TRANSLATE_NOOP("RecordCatalogue", "Additional professional education")},
};

constexpr EnumValue kMilitaryState[] = {
    {"registered", QT_TRANSLATE_NOOP("RecordCatalogue", "Registered")},
    {"removed", QT_TRANSLATE_NOOP("RecordCatalogue", "Removed from the register")},
    {"not_subject", QT_TRANSLATE_NOOP("RecordCatalogue", "Not subject to registration")},
};

// Fitness for military service, categories А, Б, В, Г, Д of the regulations.
constexpr EnumValue kFitnessCategory[] = {
    {"a", QT_TRANSLATE_NOOP("RecordCatalogue", "A (fit)")},
    {"b", QT_TRANSLATE_NOOP("RecordCatalogue", "B (fit with minor restrictions)")},
    {"v", QT_TRANSLATE_NOOP("RecordCatalogue", "V (limited fitness)")},
    {"g", QT_TRANSLATE_NOOP("RecordCatalogue", "G (temporarily unfit)")},
    {"d", QT_TRANSLATE_NOOP("RecordCatalogue", "D (unfit)")},
};

constexpr EnumValue kDisabilityGroup[] = {
    {"group_1", QT_TRANSLATE_NOOP("RecordCatalogue", "Group I")},
    {"group_2", QT_TRANSLATE_NOOP("RecordCatalogue", "Group II")},
    {"group_3", QT_TRANSLATE_NOOP("RecordCatalogue", "Group III")},
    {"child", QT_TRANSLATE_NOOP("RecordCatalogue", "Disabled child")},
};

// Fields of each record type: key, label, type, sensitivity, required, identifier, enum values.

// 1
constexpr FieldSpec kFioBio[] = {
    {"last_name", QT_TRANSLATE_NOOP("RecordCatalogue", "Last name"), Text, Normal, true},
    {"first_name", QT_TRANSLATE_NOOP("RecordCatalogue", "First name"), Text, Normal, true},
    {"middle_name", QT_TRANSLATE_NOOP("RecordCatalogue", "Middle name"), Text, Normal, false},
    {"birth_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date of birth"), Date, Normal, true},
    {"birth_place", QT_TRANSLATE_NOOP("RecordCatalogue", "Place of birth"), Text, High, true},
    {"gender", QT_TRANSLATE_NOOP("RecordCatalogue", "Gender"), Enum, Normal, true, None, kGender},
    {"citizenship", QT_TRANSLATE_NOOP("RecordCatalogue", "Citizenship"), Text, Normal, true},
};

// 2
constexpr FieldSpec kIdDoc[] = {
    {"series", QT_TRANSLATE_NOOP("RecordCatalogue", "Series"), Id, High, true, PassportSeries},
    {"number", QT_TRANSLATE_NOOP("RecordCatalogue", "Number"), Id, High, true, PassportNumber},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
    {"issued_by", QT_TRANSLATE_NOOP("RecordCatalogue", "Issued by"), Text, Normal, true},
    // The code names the issuing office, not the person.
    {"department_code", QT_TRANSLATE_NOOP("RecordCatalogue", "Department code"), Id, Normal, true,
     DepartmentCode},
};

// 3
constexpr FieldSpec kHistoryPassportDoc[] = {
    {"series", QT_TRANSLATE_NOOP("RecordCatalogue", "Series"), Id, High, true, PassportSeries},
    {"number", QT_TRANSLATE_NOOP("RecordCatalogue", "Number"), Id, High, true, PassportNumber},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
    {"replaced_on", QT_TRANSLATE_NOOP("RecordCatalogue", "Replaced on"), Date, Normal, true},
    {"reason", QT_TRANSLATE_NOOP("RecordCatalogue", "Reason for replacement"), Enum, Normal, false,
     None, kPassportReplacementReason},
};

// 4: series (2 digits) and number (7 digits) of an international passport
// have no check of their own, hence text.
constexpr FieldSpec kForeignPassportDoc[] = {
    {"series", QT_TRANSLATE_NOOP("RecordCatalogue", "Series"), Text, High, true},
    {"number", QT_TRANSLATE_NOOP("RecordCatalogue", "Number"), Text, High, true},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
    {"expiry_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Expiry date"), Date, Normal, true},
    {"issued_by", QT_TRANSLATE_NOOP("RecordCatalogue", "Issued by"), Text, Normal, true},
};

// 5
constexpr FieldSpec kSnils[] = {
    {"number", QT_TRANSLATE_NOOP("RecordCatalogue", "SNILS"), Id, High, true, Snils},
};

// 6
constexpr FieldSpec kInn[] = {
    {"number", QT_TRANSLATE_NOOP("RecordCatalogue", "INN"), Id, High, true, PersonInn},
    {"registration_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Registration date"), Date, Normal,
     true},
    {"tax_office", QT_TRANSLATE_NOOP("RecordCatalogue", "Tax office"), Text, Normal, true},
};

// 7: an ESIA account may have a phone, an e-mail or both.
constexpr FieldSpec kContacts[] = {
    {"mobile_phone", QT_TRANSLATE_NOOP("RecordCatalogue", "Mobile phone"), Id, High, false, Phone},
    {"mobile_phone_verified", QT_TRANSLATE_NOOP("RecordCatalogue", "Mobile phone verified"), Bool,
     Normal, false},
    {"email", QT_TRANSLATE_NOOP("RecordCatalogue", "E-mail"), Id, High, false, Email},
    {"email_verified", QT_TRANSLATE_NOOP("RecordCatalogue", "E-mail verified"), Bool, Normal,
     false},
};

// 8: the region alone does not locate a person; postcode and GAR id come close.
constexpr FieldSpec kAddresses[] = {
    {"full_address", QT_TRANSLATE_NOOP("RecordCatalogue", "Full address"), Text, High, true},
    {"region", QT_TRANSLATE_NOOP("RecordCatalogue", "Region"), Text, Normal, true},
    {"postcode", QT_TRANSLATE_NOOP("RecordCatalogue", "Postcode"), Text, High, false},
    {"gar_id", QT_TRANSLATE_NOOP("RecordCatalogue", "GAR identifier"), Text, High, false},
    {"since", QT_TRANSLATE_NOOP("RecordCatalogue", "Registered since"), Date, Normal, true},
};

// 9
constexpr FieldSpec kAddressesStay[] = {
    {"address", QT_TRANSLATE_NOOP("RecordCatalogue", "Address"), Text, High, true},
    {"from", QT_TRANSLATE_NOOP("RecordCatalogue", "From"), Date, Normal, true},
    {"until", QT_TRANSLATE_NOOP("RecordCatalogue", "Until"), Date, Normal, false},
};

// 10
constexpr FieldSpec kMaritalStatus[] = {
    {"act_record_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Act record number"), Text, High,
     true},
    {"date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date of the record"), Date, Normal, true},
    {"spouse_name", QT_TRANSLATE_NOOP("RecordCatalogue", "Spouse's name"), Text, Normal, true},
    {"registry_office", QT_TRANSLATE_NOOP("RecordCatalogue", "Registry office"), Text, Normal,
     true},
    {"state", QT_TRANSLATE_NOOP("RecordCatalogue", "State"), Enum, Normal, true, None,
     kMarriageState},
};

// 11: the series of a birth certificate has Roman numerals and Cyrillic letters.
constexpr FieldSpec kKidBirthCert[] = {
    {"child_name", QT_TRANSLATE_NOOP("RecordCatalogue", "Child's name"), Text, Normal, true},
    {"birth_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date of birth"), Date, Normal, true},
    {"certificate_series", QT_TRANSLATE_NOOP("RecordCatalogue", "Birth certificate series"), Text,
     High, true},
    {"certificate_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Birth certificate number"), Text,
     High, true},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
};

// 12
constexpr FieldSpec kElectronicWorkbook[] = {
    {"employer", QT_TRANSLATE_NOOP("RecordCatalogue", "Employer"), Text, Normal, true},
    {"employer_inn", QT_TRANSLATE_NOOP("RecordCatalogue", "Employer's INN"), Id, Normal, true,
     OrganisationInn},
    {"position", QT_TRANSLATE_NOOP("RecordCatalogue", "Position"), Text, Normal, true},
    {"event", QT_TRANSLATE_NOOP("RecordCatalogue", "Event"), Enum, Normal, true, None,
     kEmploymentEvent},
    {"date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date"), Date, Normal, true},
};

// 13
constexpr FieldSpec kNdflPerson[] = {
    {"year", QT_TRANSLATE_NOOP("RecordCatalogue", "Year"), Number, Normal, true},
    {"tax_agent", QT_TRANSLATE_NOOP("RecordCatalogue", "Tax agent"), Text, Normal, true},
    {"tax_agent_inn", QT_TRANSLATE_NOOP("RecordCatalogue", "Tax agent's INN"), Id, Normal, true,
     OrganisationInn},
    {"income_by_month", QT_TRANSLATE_NOOP("RecordCatalogue", "Income by month and code"),
     MonthlyIncome, High, true},
    {"total_income", QT_TRANSLATE_NOOP("RecordCatalogue", "Total income"), Money, High, true},
    {"tax_withheld", QT_TRANSLATE_NOOP("RecordCatalogue", "Tax withheld"), Money, High, true},
};

// 14
constexpr FieldSpec kPayoutIncome[] = {
    {"year", QT_TRANSLATE_NOOP("RecordCatalogue", "Year"), Number, Normal, true},
    {"payer", QT_TRANSLATE_NOOP("RecordCatalogue", "Payer"), Text, Normal, true},
    {"payments_total", QT_TRANSLATE_NOOP("RecordCatalogue", "Sum of payments"), Money, High, true},
    {"contributions", QT_TRANSLATE_NOOP("RecordCatalogue", "Contributions"), Money, High, true},
};

// 15: savings exist only for those who had a funded pension.
constexpr FieldSpec kIlsDoc[] = {
    {"pension_points", QT_TRANSLATE_NOOP("RecordCatalogue", "Pension points (IPK)"), Number, High,
     true},
    {"insurance_record_years", QT_TRANSLATE_NOOP("RecordCatalogue", "Insurance record, years"),
     Number, Normal, true},
    {"savings", QT_TRANSLATE_NOOP("RecordCatalogue", "Pension savings"), Money, High, false},
};

// 16: the kinds of pensions and benefits are too many to enumerate.
constexpr FieldSpec kPensionReference[] = {
    {"kind", QT_TRANSLATE_NOOP("RecordCatalogue", "Kind"), Text, Normal, true},
    {"amount_per_month", QT_TRANSLATE_NOOP("RecordCatalogue", "Amount per month"), Money, High,
     true},
    {"since", QT_TRANSLATE_NOOP("RecordCatalogue", "Since"), Date, Normal, true},
    {"until", QT_TRANSLATE_NOOP("RecordCatalogue", "Until"), Date, Normal, false},
};

// 17
constexpr FieldSpec kMaternityCapital[] = {
    {"certificate_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Capital certificate number"), Text,
     High, true},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
    {"balance", QT_TRANSLATE_NOOP("RecordCatalogue", "Remaining balance"), Money, High, true},
};

// 18: the date and the OGRNIP exist only for those registered.
constexpr FieldSpec kSelfEmployed[] = {
    {"status", QT_TRANSLATE_NOOP("RecordCatalogue", "Status"), Enum, Normal, true, None,
     kSelfEmploymentStatus},
    {"registration_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Registration date"), Date, Normal,
     false},
    {"ogrnip", QT_TRANSLATE_NOOP("RecordCatalogue", "OGRNIP"), Id, High, false, Ogrnip},
};

// 19
constexpr FieldSpec kTaxDebt[] = {
    {"tax", QT_TRANSLATE_NOOP("RecordCatalogue", "Tax"), Text, Normal, true},
    {"amount", QT_TRANSLATE_NOOP("RecordCatalogue", "Amount"), Money, High, true},
    {"penalties", QT_TRANSLATE_NOOP("RecordCatalogue", "Penalties"), Money, High, false},
    {"due_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Due date"), Date, Normal, true},
};

// 20
constexpr FieldSpec kFsspProceedings[] = {
    {"case_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Case number"), Text, High, true},
    {"date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date opened"), Date, Normal, true},
    {"creditor", QT_TRANSLATE_NOOP("RecordCatalogue", "Creditor"), Text, Normal, true},
    {"amount", QT_TRANSLATE_NOOP("RecordCatalogue", "Amount"), Money, High, true},
    {"state", QT_TRANSLATE_NOOP("RecordCatalogue", "State"), Enum, Normal, true, None,
     kProceedingState},
};

// 21: an out-of-court bankruptcy has no court case.
constexpr FieldSpec kBankruptcy[] = {
    {"state", QT_TRANSLATE_NOOP("RecordCatalogue", "State"), Enum, Normal, true, None,
     kBankruptcyState},
    {"case_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Case number"), Text, High, false},
    {"date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date"), Date, Normal, true},
};

// 22: the share is a fraction (0.5 for a half).
constexpr FieldSpec kRegRealEstate[] = {
    {"cadastral_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Cadastral number"), Id, High, true,
     CadastralNumber},
    {"kind", QT_TRANSLATE_NOOP("RecordCatalogue", "Kind"), Enum, Normal, true, None,
     kRealEstateKind},
    {"address", QT_TRANSLATE_NOOP("RecordCatalogue", "Address"), Text, High, true},
    {"area", QT_TRANSLATE_NOOP("RecordCatalogue", "Area, sq. m"), Number, Normal, true},
    {"share", QT_TRANSLATE_NOOP("RecordCatalogue", "Share"), Number, Normal, true},
    {"registration_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Registration date"), Date, Normal,
     true},
    {"encumbrances", QT_TRANSLATE_NOOP("RecordCatalogue", "Encumbrances"), Text, Normal, false},
};

// 23: older vehicles may carry only a body or chassis number, no VIN.
constexpr FieldSpec kVehicles[] = {
    {"make_model", QT_TRANSLATE_NOOP("RecordCatalogue", "Make and model"), Text, Normal, true},
    {"vin", QT_TRANSLATE_NOOP("RecordCatalogue", "VIN"), Id, High, false, Vin},
    {"plate", QT_TRANSLATE_NOOP("RecordCatalogue", "Registration plate"), Text, High, true},
    {"year", QT_TRANSLATE_NOOP("RecordCatalogue", "Year of manufacture"), Number, Normal, true},
    {"registration_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Registration date"), Date, Normal,
     true},
};

// 24
constexpr FieldSpec kVehicleRegCertDoc[] = {
    {"series_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Series and number"), Text, High, true},
    {"vin", QT_TRANSLATE_NOOP("RecordCatalogue", "VIN"), Id, High, false, Vin},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
};

// 25: categories as printed on the licence, e.g. "B, B1, M".
constexpr FieldSpec kDriversLicenceDoc[] = {
    {"series_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Series and number"), Text, High, true},
    {"categories", QT_TRANSLATE_NOOP("RecordCatalogue", "Categories"), Text, Normal, true},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
    {"expiry_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Expiry date"), Date, Normal, true},
};

// 26: not every fine has a discount.
constexpr FieldSpec kTrafficFines[] = {
    {"resolution_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Resolution number"), Text, High,
     true},
    {"date", QT_TRANSLATE_NOOP("RecordCatalogue", "Date of the resolution"), Date, Normal, true},
    {"amount", QT_TRANSLATE_NOOP("RecordCatalogue", "Amount"), Money, High, true},
    {"paid", QT_TRANSLATE_NOOP("RecordCatalogue", "Paid"), Bool, Normal, true},
    {"discount_until", QT_TRANSLATE_NOOP("RecordCatalogue", "Discount deadline"), Date, Normal,
     false},
};

// 27
constexpr FieldSpec kOmsPolicy[] = {
    {"number", QT_TRANSLATE_NOOP("RecordCatalogue", "Policy number"), Id, High, true, OmsPolicy},
    {"insurer", QT_TRANSLATE_NOOP("RecordCatalogue", "Insurer"), Text, Normal, true},
    {"issue_date", QT_TRANSLATE_NOOP("RecordCatalogue", "Issue date"), Date, Normal, true},
};

// 28: school certificates have no speciality.
constexpr FieldSpec kEducationDocs[] = {
    {"level", QT_TRANSLATE_NOOP("RecordCatalogue", "Level"), Enum, Normal, true, None,
     kEducationLevel},
    {"institution", QT_TRANSLATE_NOOP("RecordCatalogue", "Institution"), Text, Normal, true},
    {"speciality", QT_TRANSLATE_NOOP("RecordCatalogue", "Speciality"), Text, Normal, false},
    {"document_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Document number"), Text, High, true},
    {"year", QT_TRANSLATE_NOOP("RecordCatalogue", "Year of graduation"), Number, Normal, true},
};

// 29: the fitness category is health data; those not subject to registration
// have neither category nor document.
constexpr FieldSpec kMilitaryRegistration[] = {
    {"state", QT_TRANSLATE_NOOP("RecordCatalogue", "State"), Enum, Normal, true, None,
     kMilitaryState},
    {"fitness_category", QT_TRANSLATE_NOOP("RecordCatalogue", "Fitness category"), Enum, High,
     false, None, kFitnessCategory},
    {"document_number", QT_TRANSLATE_NOOP("RecordCatalogue", "Document number"), Text, High, false},
};

// 30: a group may be set without an end date.
constexpr FieldSpec kDisability[] = {
    {"group", QT_TRANSLATE_NOOP("RecordCatalogue", "Group"), Enum, High, true, None,
     kDisabilityGroup},
    {"since", QT_TRANSLATE_NOOP("RecordCatalogue", "Since"), Date, Normal, true},
    {"until", QT_TRANSLATE_NOOP("RecordCatalogue", "Until"), Date, Normal, false},
};

// Registers, as English source texts.
constexpr const char *kEsiaMvd =
    QT_TRANSLATE_NOOP("RecordCatalogue", "ESIA / Ministry of Internal Affairs");
constexpr const char *kMvd = QT_TRANSLATE_NOOP("RecordCatalogue", "Ministry of Internal Affairs");
constexpr const char *kEsia = QT_TRANSLATE_NOOP("RecordCatalogue", "ESIA");
constexpr const char *kSfr = QT_TRANSLATE_NOOP("RecordCatalogue", "Social Fund of Russia (SFR)");
constexpr const char *kFns = QT_TRANSLATE_NOOP("RecordCatalogue", "Federal Tax Service (FNS)");
constexpr const char *kZags = QT_TRANSLATE_NOOP(
    "RecordCatalogue", "Unified State Register of Civil Status Records (EGR ZAGS)");
constexpr const char *kFssp = QT_TRANSLATE_NOOP("RecordCatalogue", "FSSP");
constexpr const char *kEfrsb = QT_TRANSLATE_NOOP("RecordCatalogue", "EFRSB");
constexpr const char *kRosreestr = QT_TRANSLATE_NOOP("RecordCatalogue", "Rosreestr (EGRN)");
constexpr const char *kTrafficPolice =
    QT_TRANSLATE_NOOP("RecordCatalogue", "Traffic police (Gosavtoinspektsiya)");
constexpr const char *kGisGmp = QT_TRANSLATE_NOOP("RecordCatalogue", "GIS GMP");
constexpr const char *kFoms = QT_TRANSLATE_NOOP("RecordCatalogue", "FOMS");
constexpr const char *kFrdo = QT_TRANSLATE_NOOP("RecordCatalogue", "FRDO");
constexpr const char *kMinDefence = QT_TRANSLATE_NOOP("RecordCatalogue", "Ministry of Defence");
constexpr const char *kFgisFri = QT_TRANSLATE_NOOP("RecordCatalogue", "FGIS FRI");

// number, key, name, source, category, cardinality, fields
constexpr RecordType kRecordTypes[] = {
    {1, "fio_bio", QT_TRANSLATE_NOOP("RecordCatalogue", "Basic information"), kEsiaMvd, Identity,
     One, kFioBio},
    {2, "id_doc", QT_TRANSLATE_NOOP("RecordCatalogue", "Russian passport"), kMvd, Identity, One,
     kIdDoc},
    {3, "history_passport_doc", QT_TRANSLATE_NOOP("RecordCatalogue", "Earlier passports"), kMvd,
     Identity, List, kHistoryPassportDoc},
    {4, "foreign_passport_doc", QT_TRANSLATE_NOOP("RecordCatalogue", "International passport"),
     kMvd, Identity, List, kForeignPassportDoc},
    {5, "snils", QT_TRANSLATE_NOOP("RecordCatalogue", "SNILS (insurance number)"), kSfr, Identity,
     One, kSnils},
    {6, "inn", QT_TRANSLATE_NOOP("RecordCatalogue", "Taxpayer number (INN)"), kFns, Identity, One,
     kInn},
    {7, "contacts", QT_TRANSLATE_NOOP("RecordCatalogue", "Contacts"), kEsia, Identity, One,
     kContacts},
    {8, "addresses", QT_TRANSLATE_NOOP("RecordCatalogue", "Registered address"), kMvd, Addresses,
     One, kAddresses},
    {9, "addresses_stay", QT_TRANSLATE_NOOP("RecordCatalogue", "Temporary registration"), kMvd,
     Addresses, List, kAddressesStay},
    {10, "marital_status", QT_TRANSLATE_NOOP("RecordCatalogue", "Marriage records"), kZags, Family,
     List, kMaritalStatus},
    {11, "kid_birth_cert", QT_TRANSLATE_NOOP("RecordCatalogue", "Children"), kZags, Family, List,
     kKidBirthCert},
    {12, "electronic_workbook", QT_TRANSLATE_NOOP("RecordCatalogue", "Employment history"), kSfr,
     WorkIncome, List, kElectronicWorkbook},
    {13, "ndfl_person", QT_TRANSLATE_NOOP("RecordCatalogue", "Income and tax (2-NDFL)"), kFns,
     WorkIncome, List, kNdflPerson},
    {14, "payout_income", QT_TRANSLATE_NOOP("RecordCatalogue", "Payments with contributions"), kSfr,
     WorkIncome, List, kPayoutIncome},
    {15, "ils_doc", QT_TRANSLATE_NOOP("RecordCatalogue", "Pension account statement"), kSfr,
     PensionBenefits, One, kIlsDoc},
    {16, "pension_reference", QT_TRANSLATE_NOOP("RecordCatalogue", "Pensions and benefits"), kSfr,
     PensionBenefits, List, kPensionReference},
    {17, "maternity_capital", QT_TRANSLATE_NOOP("RecordCatalogue", "Maternity capital"), kSfr,
     PensionBenefits, One, kMaternityCapital},
    {18, "self_employed", QT_TRANSLATE_NOOP("RecordCatalogue", "Self-employment status"), kFns,
     WorkIncome, One, kSelfEmployed},
    {19, "tax_debt", QT_TRANSLATE_NOOP("RecordCatalogue", "Tax arrears"), kFns, TaxesDebts, List,
     kTaxDebt},
    {20, "fssp_proceedings", QT_TRANSLATE_NOOP("RecordCatalogue", "Enforcement proceedings"), kFssp,
     TaxesDebts, List, kFsspProceedings},
    {21, "bankruptcy", QT_TRANSLATE_NOOP("RecordCatalogue", "Bankruptcy"), kEfrsb, TaxesDebts, One,
     kBankruptcy},
    {22, "reg_realestate", QT_TRANSLATE_NOOP("RecordCatalogue", "Real estate"), kRosreestr,
     PropertyVehicles, List, kRegRealEstate},
    {23, "vehicles", QT_TRANSLATE_NOOP("RecordCatalogue", "Vehicles"), kTrafficPolice,
     PropertyVehicles, List, kVehicles},
    {24, "vehicle_reg_cert_doc",
     QT_TRANSLATE_NOOP("RecordCatalogue", "Vehicle registration certificates"), kTrafficPolice,
     PropertyVehicles, List, kVehicleRegCertDoc},
    {25, "drivers_licence_doc", QT_TRANSLATE_NOOP("RecordCatalogue", "Driving licence"),
     kTrafficPolice, Identity, One, kDriversLicenceDoc},
    {26, "traffic_fines", QT_TRANSLATE_NOOP("RecordCatalogue", "Traffic fines"), kGisGmp,
     TaxesDebts, List, kTrafficFines},
    {27, "oms_policy", QT_TRANSLATE_NOOP("RecordCatalogue", "Health insurance policy"), kFoms,
     Health, One, kOmsPolicy},
    {28, "education_docs", QT_TRANSLATE_NOOP("RecordCatalogue", "Education"), kFrdo, Education,
     List, kEducationDocs},
    {29, "military_registration", QT_TRANSLATE_NOOP("RecordCatalogue", "Military registration"),
     kMinDefence, Military, One, kMilitaryRegistration},
    {30, "disability", QT_TRANSLATE_NOOP("RecordCatalogue", "Disability"), kFgisFri, Health, One,
     kDisability},
};

static_assert(std::size(kRecordTypes) == 30, "records.md lists 30 record types");

} // namespace

// Defined here, next to the table, so that the table itself needs no name
// outside this file.
std::span<const RecordType> RecordCatalogue::all()
{
    return kRecordTypes;
}

} // namespace cp::domain
