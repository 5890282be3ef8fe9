// The range headers of a document download and the client's Retry-After:
// Content-Range as the client reads it (sync::parseContentRange, which
// decides whether a 206 resumes a partial file), Range as the reference
// server reads it (server::parseRange) and Retry-After
// (net::RetryPolicy::parseRetryAfter).
// Properties: an accepted Content-Range is consistent
// (0 <= first <= last < complete) and prints back to the same range; a
// server range lies inside the body and is never both served and refused.
#include "fuzzsupport.h"

#include "core/byterange.h"
#include "net/retrypolicy.h"
#include "sync/contentrange.h"

#include <QDateTime>

using namespace cp;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);

    if (const std::optional<sync::ContentRange> range = sync::parseContentRange(value)) {
        if (range->first < 0 || range->first > range->last ||
            (range->complete && range->last >= *range->complete))
            fuzz::broken("an inconsistent Content-Range was accepted");
        const QByteArray printed =
            "bytes " + QByteArray::number(range->first) + '-' + QByteArray::number(range->last) +
            '/' + (range->complete ? QByteArray::number(*range->complete) : QByteArray("*"));
        if (sync::parseContentRange(printed) != range)
            fuzz::broken("a Content-Range does not read back");
    }

    for (const qint64 bodySize : {qint64(0), qint64(1), qint64(48213), qint64(1) << 40}) {
        bool unsatisfiable = true;
        const std::optional<server::ByteRange> range =
            server::parseRange(value, bodySize, &unsatisfiable);
        if (range && (unsatisfiable || range->first < 0 || range->first > range->last ||
                      range->last >= bodySize))
            fuzz::broken("the server accepted a range outside the body");
    }

    static const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    if (const auto delay = net::RetryPolicy::parseRetryAfter(value, now)) {
        if (delay->count() < 0)
            fuzz::broken("a negative Retry-After delay");
    }
    return 0;
}
