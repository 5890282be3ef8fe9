#include "sync/contentrange.h"

#include <limits>

namespace cp::sync {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads the decimal number at text[*pos…]; nullopt when there is no digit or
// it does not fit in qint64.
std::optional<qint64> readNumber(const QByteArray &text, qsizetype *pos)
{
    const qsizetype start = *pos;
    qint64 value = 0;
    while (*pos < text.size() && isDigit(text.at(*pos))) {
        const int digit = text.at(*pos) - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
        ++*pos;
    }
    if (*pos == start)
        return std::nullopt;
    return value;
}

bool expect(const QByteArray &text, qsizetype *pos, char c)
{
    if (*pos >= text.size() || text.at(*pos) != c)
        return false;
    ++*pos;
    return true;
}

} // namespace

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    static constexpr char unit[] = "bytes ";
    constexpr qsizetype unitSize = qsizetype(sizeof(unit)) - 1;
    if (!text.startsWith(QByteArray::fromRawData(unit, unitSize)))
        return std::nullopt;
    qsizetype pos = unitSize;
    ContentRange range;
    const std::optional<qint64> first = readNumber(text, &pos);
    if (!first || !expect(text, &pos, '-'))
        return std::nullopt;
    const std::optional<qint64> last = readNumber(text, &pos);
    if (!last || !expect(text, &pos, '/'))
        return std::nullopt;
    range.first = *first;
    range.last = *last;
    if (pos < text.size() && text.at(pos) == '*') {
        ++pos;
    } else {
        range.complete = readNumber(text, &pos);
        if (!range.complete)
            return std::nullopt;
    }
    if (pos != text.size() || range.first > range.last ||
        (range.complete && range.last >= *range.complete))
        return std::nullopt;
    return range;
}

} // namespace cp::sync
