#include "demo/demochecksums.h"

#include <QtGlobal>

#include <array>

namespace cp::server::demo {
namespace {

int digit(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

template<std::size_t N>
int weightedCheck(QStringView digits, const std::array<int, N> &weights)
{
    Q_ASSERT(static_cast<std::size_t>(digits.size()) >= N);
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += weights[i] * digit(digits, static_cast<qsizetype>(i));
    return sum % 11 % 10;
}

// Digit by digit, as the numbers are longer than is comfortable in 64 bits.
int remainderOf(QStringView digits, int divisor)
{
    int r = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        r = (r * 10 + digit(digits, i)) % divisor;
    return r;
}

} // namespace

QString snilsWithChecksum(QStringView nineDigits)
{
    Q_ASSERT(nineDigits.size() == 9);
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digit(nineDigits, i) * (9 - i);
    int check = sum % 101;
    if (check == 100)
        check = 0;
    return nineDigits.mid(0, 3) + u'-' + nineDigits.mid(3, 3) + u'-' + nineDigits.mid(6, 3) + u' ' +
           QString::number(check).rightJustified(2, u'0');
}

QString personInnWithChecksum(QStringView tenDigits)
{
    Q_ASSERT(tenDigits.size() == 10);
    static constexpr std::array<int, 10> w11{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 11> w12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    QString inn = tenDigits.toString();
    inn.append(QChar(u'0' + weightedCheck(inn, w11)));
    inn.append(QChar(u'0' + weightedCheck(inn, w12)));
    return inn;
}

QString organisationInnWithChecksum(QStringView nineDigits)
{
    Q_ASSERT(nineDigits.size() == 9);
    static constexpr std::array<int, 9> w{2, 4, 10, 3, 5, 9, 4, 6, 8};
    return nineDigits.toString() + QChar(u'0' + weightedCheck(nineDigits, w));
}

QString ogrnWithChecksum(QStringView twelveDigits)
{
    Q_ASSERT(twelveDigits.size() == 12);
    return twelveDigits.toString() + QChar(u'0' + remainderOf(twelveDigits, 11) % 10);
}

QString ogrnipWithChecksum(QStringView fourteenDigits)
{
    Q_ASSERT(fourteenDigits.size() == 14);
    return fourteenDigits.toString() + QChar(u'0' + remainderOf(fourteenDigits, 13) % 10);
}

} // namespace cp::server::demo
