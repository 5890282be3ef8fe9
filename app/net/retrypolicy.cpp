#include "net/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace cp::net {

using std::chrono::milliseconds;

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

milliseconds RetryPolicy::backoffCeiling(int failures)
{
    // 250 ms · 2^(failures-1), shifted with a bound so that it cannot overflow.
    const int shift = std::clamp(failures - 1, 0, 20);
    const qint64 ceiling = kBase.count() << shift;
    return milliseconds(std::min<qint64>(ceiling, kCap.count()));
}

milliseconds RetryPolicy::delay(int failures, std::optional<milliseconds> retryAfter)
{
    // Full jitter spreads the clients that failed together over the whole
    // window instead of letting them return in step.
    const qint64 ceiling = backoffCeiling(failures).count();
    const milliseconds jittered(QRandomGenerator::global()->bounded(ceiling + 1));
    if (retryAfter)
        return std::max(jittered, std::min(*retryAfter, kMaxRetryAfter));
    return jittered;
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; });
    if (isNumber) {
        // More digits than a day has seconds is simply "long": cap it
        // without parsing what could overflow.
        if (text.size() > 9)
            return kMaxRetryAfter;
        const qint64 seconds = text.toLongLong();
        return std::min(milliseconds(seconds * 1000), kMaxRetryAfter);
    }
    // IMF-fixdate, the only form a server may send (RFC 9110 §5.6.7); the C
    // locale because day and month names are English whatever the user's.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = now.msecsTo(when);
    return std::clamp(milliseconds(ms), milliseconds(0), kMaxRetryAfter);
}

} // namespace cp::net
