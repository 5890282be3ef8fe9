// The Content-Range header of a 206 answer (RFC 9110 §14.4):
// "bytes first-last/complete", complete being a number or "*" when the server
// does not know the length. A pure function, so the downloader's reading of
// the header can be tested and fuzzed on its own.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace cp::sync {

struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    std::optional<qint64> complete; // nullopt for "*"

    bool operator==(const ContentRange &) const = default;
};

// nullopt unless the value (surrounding whitespace aside) is exactly
// "bytes A-B/N" or "bytes A-B/*" with decimal numbers that fit in qint64,
// A <= B and, when N is known, B < N.
std::optional<ContentRange> parseContentRange(const QByteArray &value);

} // namespace cp::sync
