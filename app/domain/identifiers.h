// Checks of the identifiers that registers issue (SNILS, INN, OGRN, OMS policy,
// passport, VIN …). A failed check is reported with its reason and never
// "fixed": bad data from a register is shown as such.
#pragma once

#include "domain/recordcatalogue.h"

#include <QString>
#include <QStringView>

namespace cp::domain {

enum class IdentifierProblem
{
    None,
    Empty,
    WrongLength,   // wrong number of digits or characters
    BadCharacters, // letters where digits belong, or forbidden letters (VIN: I, O, Q)
    BadFormat,     // digits right, separators wrong ("NNN-NNN" expected)
    BadChecksum,   // the check digits do not match
    OutOfRange     // e.g. SNILS at or below 001-001-998, which has no checksum
};

struct IdentifierCheck
{
    IdentifierProblem problem = IdentifierProblem::None;
    bool ok() const { return problem == IdentifierProblem::None; }
    // A sentence a citizen understands, translated (context "Identifiers").
    QString message(IdentifierKind kind) const;
};

IdentifierCheck checkIdentifier(IdentifierKind kind, QStringView value);

IdentifierCheck checkSnils(QStringView value);           // "NNN-NNN-NNN NN" or 11 digits
IdentifierCheck checkPersonInn(QStringView value);       // 12 digits
IdentifierCheck checkOrganisationInn(QStringView value); // 10 digits
IdentifierCheck checkOgrn(QStringView value);            // 13 digits
IdentifierCheck checkOgrnip(QStringView value);          // 15 digits
IdentifierCheck checkOmsPolicy(QStringView value);       // 16 digits
IdentifierCheck checkPassportSeries(QStringView value);  // 4 digits ("45 08" accepted)
IdentifierCheck checkPassportNumber(QStringView value);  // 6 digits
IdentifierCheck checkDepartmentCode(QStringView value);  // "NNN-NNN"
IdentifierCheck checkVin(QStringView value);             // 17 of A-Z0-9 without I, O, Q
IdentifierCheck checkCadastralNumber(QStringView value); // "NN:NN:NNNNNN(N):N+"
IdentifierCheck checkPhone(QStringView value);           // "+7" and 10 digits
IdentifierCheck checkEmail(QStringView value);

QString identifierKindName(IdentifierKind kind); // translated
// The key of the kind in the API ("snils", "person_inn" …); empty for None.
QString identifierKey(IdentifierKind kind);

} // namespace cp::domain
