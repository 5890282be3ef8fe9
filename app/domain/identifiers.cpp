#include "domain/identifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace cp::domain {
namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// Plain digits of a value: length and characters checked, separators not allowed.
IdentifierCheck plainDigits(QStringView value, qsizetype length)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    if (!allDigits(value))
        return {IdentifierProblem::BadCharacters};
    if (value.size() != length)
        return {IdentifierProblem::WrongLength};
    return {};
}

// The check digit of a weighted sum mod 11 mod 10, as the ФНС computes INNs.
template<std::size_t N>
int innCheckDigit(QStringView digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += weights[i] * digitAt(digits, static_cast<qsizetype>(i));
    return sum % 11 % 10;
}

// The remainder of a long decimal number, digit by digit (OGRN does not fit
// comfortably into checks written with 64-bit arithmetic for 14 digits).
int remainderOf(QStringView digits, int divisor)
{
    int r = 0;
    for (QChar c : digits)
        r = (r * 10 + (c.unicode() - u'0')) % divisor;
    return r;
}

bool matches(QStringView value, const QRegularExpression &re)
{
    return re.match(value).hasMatch();
}

} // namespace

IdentifierCheck checkSnils(QStringView value)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    QString digits;
    static const QRegularExpression formatted(QStringLiteral(R"(^\d{3}-\d{3}-\d{3} \d{2}$)"));
    if (matches(value, formatted)) {
        for (QChar c : value) {
            if (c.isDigit())
                digits.append(c);
        }
    } else if (allDigits(value)) {
        if (value.size() != 11)
            return {IdentifierProblem::WrongLength};
        digits = value.toString();
    } else {
        static const QRegularExpression loose(QStringLiteral(R"(^[\d\- ]+$)"));
        if (!matches(value, loose))
            return {IdentifierProblem::BadCharacters};
        return {IdentifierProblem::BadFormat};
    }
    // Numbers up to 001-001-998 were issued before the checksum existed.
    if (digits.left(9).toLongLong() <= 1001998)
        return {IdentifierProblem::OutOfRange};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digitAt(digits, i) * (9 - i);
    int check = sum % 101;
    if (check == 100)
        check = 0;
    if (check != digits.right(2).toInt())
        return {IdentifierProblem::BadChecksum};
    return {};
}

IdentifierCheck checkPersonInn(QStringView value)
{
    IdentifierCheck c = plainDigits(value, 12);
    if (!c.ok())
        return c;
    static constexpr std::array<int, 10> w11{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 11> w12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (innCheckDigit(value, w11) != digitAt(value, 10) ||
        innCheckDigit(value, w12) != digitAt(value, 11))
        return {IdentifierProblem::BadChecksum};
    return {};
}

IdentifierCheck checkOrganisationInn(QStringView value)
{
    IdentifierCheck c = plainDigits(value, 10);
    if (!c.ok())
        return c;
    static constexpr std::array<int, 9> w{2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (innCheckDigit(value, w) != digitAt(value, 9))
        return {IdentifierProblem::BadChecksum};
    return {};
}

IdentifierCheck checkOgrn(QStringView value)
{
    IdentifierCheck c = plainDigits(value, 13);
    if (!c.ok())
        return c;
    if (remainderOf(value.left(12), 11) % 10 != digitAt(value, 12))
        return {IdentifierProblem::BadChecksum};
    return {};
}

IdentifierCheck checkOgrnip(QStringView value)
{
    IdentifierCheck c = plainDigits(value, 15);
    if (!c.ok())
        return c;
    if (remainderOf(value.left(14), 13) % 10 != digitAt(value, 14))
        return {IdentifierProblem::BadChecksum};
    return {};
}

IdentifierCheck checkOmsPolicy(QStringView value)
{
    return plainDigits(value, 16);
}

IdentifierCheck checkPassportSeries(QStringView value)
{
    // Printed passports show the series as two pairs: "45 08".
    static const QRegularExpression spaced(QStringLiteral(R"(^\d{2} \d{2}$)"));
    if (matches(value, spaced))
        return {};
    return plainDigits(value, 4);
}

IdentifierCheck checkPassportNumber(QStringView value)
{
    return plainDigits(value, 6);
}

IdentifierCheck checkDepartmentCode(QStringView value)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    static const QRegularExpression code(QStringLiteral(R"(^\d{3}-\d{3}$)"));
    if (matches(value, code))
        return {};
    static const QRegularExpression loose(QStringLiteral(R"(^[\d\- ]+$)"));
    if (!matches(value, loose))
        return {IdentifierProblem::BadCharacters};
    return {IdentifierProblem::BadFormat};
}

IdentifierCheck checkVin(QStringView value)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    for (QChar c : value) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c >= u'A' && c <= u'Z' && c != u'I' && c != u'O' && c != u'Q';
        if (!digit && !letter)
            return {IdentifierProblem::BadCharacters};
    }
    if (value.size() != 17)
        return {IdentifierProblem::WrongLength};
    return {};
}

IdentifierCheck checkCadastralNumber(QStringView value)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    static const QRegularExpression re(QStringLiteral(R"(^\d{2}:\d{2}:\d{6,7}:\d{1,10}$)"));
    if (matches(value, re))
        return {};
    static const QRegularExpression loose(QStringLiteral(R"(^[\d:]+$)"));
    return {matches(value, loose) ? IdentifierProblem::BadFormat
                                  : IdentifierProblem::BadCharacters};
}

IdentifierCheck checkPhone(QStringView value)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    if (!value.startsWith(u"+7"))
        return {IdentifierProblem::BadFormat};
    const QStringView rest = value.mid(2);
    if (!allDigits(rest))
        return {IdentifierProblem::BadCharacters};
    if (rest.size() != 10)
        return {IdentifierProblem::WrongLength};
    return {};
}

IdentifierCheck checkEmail(QStringView value)
{
    if (value.isEmpty())
        return {IdentifierProblem::Empty};
    if (value.size() > 254)
        return {IdentifierProblem::WrongLength};
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$)"));
    if (!matches(value, re))
        return {IdentifierProblem::BadFormat};
    return {};
}

IdentifierCheck checkIdentifier(IdentifierKind kind, QStringView value)
{
    switch (kind) {
    case IdentifierKind::None:
        return {};
    case IdentifierKind::Snils:
        return checkSnils(value);
    case IdentifierKind::PersonInn:
        return checkPersonInn(value);
    case IdentifierKind::OrganisationInn:
        return checkOrganisationInn(value);
    case IdentifierKind::Ogrn:
        return checkOgrn(value);
    case IdentifierKind::Ogrnip:
        return checkOgrnip(value);
    case IdentifierKind::OmsPolicy:
        return checkOmsPolicy(value);
    case IdentifierKind::PassportSeries:
        return checkPassportSeries(value);
    case IdentifierKind::PassportNumber:
        return checkPassportNumber(value);
    case IdentifierKind::DepartmentCode:
        return checkDepartmentCode(value);
    case IdentifierKind::Vin:
        return checkVin(value);
    case IdentifierKind::CadastralNumber:
        return checkCadastralNumber(value);
    case IdentifierKind::Phone:
        return checkPhone(value);
    case IdentifierKind::Email:
        return checkEmail(value);
    }
    return {IdentifierProblem::BadFormat};
}

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::None:
        return {};
    case IdentifierKind::Snils:
        return QCoreApplication::translate("Identifiers", "SNILS");
    case IdentifierKind::PersonInn:
        return QCoreApplication::translate("Identifiers", "personal INN");
    case IdentifierKind::OrganisationInn:
        return QCoreApplication::translate("Identifiers", "organisation INN");
    case IdentifierKind::Ogrn:
        return QCoreApplication::translate("Identifiers", "OGRN");
    case IdentifierKind::Ogrnip:
        return QCoreApplication::translate("Identifiers", "OGRNIP");
    case IdentifierKind::OmsPolicy:
        return QCoreApplication::translate("Identifiers", "health insurance policy number");
    case IdentifierKind::PassportSeries:
        return QCoreApplication::translate("Identifiers", "passport series");
    case IdentifierKind::PassportNumber:
        return QCoreApplication::translate("Identifiers", "passport number");
    case IdentifierKind::DepartmentCode:
        return QCoreApplication::translate("Identifiers", "department code");
    case IdentifierKind::Vin:
        return QCoreApplication::translate("Identifiers", "VIN");
    case IdentifierKind::CadastralNumber:
        return QCoreApplication::translate("Identifiers", "cadastral number");
    case IdentifierKind::Phone:
        return QCoreApplication::translate("Identifiers", "phone number");
    case IdentifierKind::Email:
        return QCoreApplication::translate("Identifiers", "e-mail address");
    }
    return {};
}

QString identifierKey(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::None:
        return {};
    case IdentifierKind::Snils:
        return QStringLiteral("snils");
    case IdentifierKind::PersonInn:
        return QStringLiteral("person_inn");
    case IdentifierKind::OrganisationInn:
        return QStringLiteral("organisation_inn");
    case IdentifierKind::Ogrn:
        return QStringLiteral("ogrn");
    case IdentifierKind::Ogrnip:
        return QStringLiteral("ogrnip");
    case IdentifierKind::OmsPolicy:
        return QStringLiteral("oms_policy");
    case IdentifierKind::PassportSeries:
        return QStringLiteral("passport_series");
    case IdentifierKind::PassportNumber:
        return QStringLiteral("passport_number");
    case IdentifierKind::DepartmentCode:
        return QStringLiteral("department_code");
    case IdentifierKind::Vin:
        return QStringLiteral("vin");
    case IdentifierKind::CadastralNumber:
        return QStringLiteral("cadastral_number");
    case IdentifierKind::Phone:
        return QStringLiteral("phone");
    case IdentifierKind::Email:
        return QStringLiteral("email");
    }
    return {};
}

QString IdentifierCheck::message(IdentifierKind kind) const
{
    const QString what = identifierKindName(kind);
    switch (problem) {
    case IdentifierProblem::None:
        return {};
    case IdentifierProblem::Empty:
        return QCoreApplication::translate("Identifiers", "The %1 is empty.").arg(what);
    case IdentifierProblem::WrongLength:
        return QCoreApplication::translate("Identifiers",
                                           "The %1 has the wrong number of characters.")
            .arg(what);
    case IdentifierProblem::BadCharacters:
        return QCoreApplication::translate("Identifiers",
                                           "The %1 contains characters that do not belong in it.")
            .arg(what);
    case IdentifierProblem::BadFormat:
        return QCoreApplication::translate("Identifiers",
                                           "The %1 is not written in its usual form.")
            .arg(what);
    case IdentifierProblem::BadChecksum:
        return QCoreApplication::translate(
                   "Identifiers", "The check digits of the %1 do not match, so the value is wrong.")
            .arg(what);
    case IdentifierProblem::OutOfRange:
        return QCoreApplication::translate("Identifiers",
                                           "The %1 is from a range that cannot be checked.")
            .arg(what);
    }
    return {};
}

} // namespace cp::domain
