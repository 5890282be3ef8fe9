// Check digits for the identifiers of the demo data (SNILS, INN, OGRN,
// OGRNIP): the demo invents numbers and completes them so that the domain's
// checks accept them. Not a checker: cp::domain::checkIdentifier is that.
#pragma once

#include <QString>
#include <QStringView>

namespace cp::server::demo {

// Nine digits → "NNN-NNN-NNN CC".
QString snilsWithChecksum(QStringView nineDigits);
// Ten digits → the 12-digit INN of a person.
QString personInnWithChecksum(QStringView tenDigits);
// Nine digits → the 10-digit INN of an organisation.
QString organisationInnWithChecksum(QStringView nineDigits);
// Twelve digits → the 13-digit OGRN.
QString ogrnWithChecksum(QStringView twelveDigits);
// Fourteen digits → the 15-digit OGRNIP.
QString ogrnipWithChecksum(QStringView fourteenDigits);

} // namespace cp::server::demo
