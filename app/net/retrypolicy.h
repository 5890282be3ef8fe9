// When to send a request again and how long to wait first: exponential
// backoff with full jitter (base 250 ms, cap 30 s, as in the AWS
// architecture note) and the server's Retry-After (seconds or an HTTP date,
// capped at 300 s) as the least wait.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace cp::net {

class RetryPolicy
{
public:
    static constexpr std::chrono::milliseconds kBase{250};
    static constexpr std::chrono::milliseconds kCap{30000};
    static constexpr std::chrono::milliseconds kMaxRetryAfter{300000};

    // Statuses that say "try again later": too many requests, bad gateway,
    // unavailable, gateway timeout.
    static bool isRetryableStatus(int status);
    // The ceiling of the random wait after `failures` failed sends (1, 2, …).
    static std::chrono::milliseconds backoffCeiling(int failures);
    // The wait before the next send: uniform in [0, ceiling], at least the
    // Retry-After.
    static std::chrono::milliseconds delay(int failures,
                                           std::optional<std::chrono::milliseconds> retryAfter);
    // Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date relative
    // to `now`; nullopt when absent or unreadable. Capped at kMaxRetryAfter.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
};

} // namespace cp::net
