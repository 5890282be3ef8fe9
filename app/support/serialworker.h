#pragma once

#include "support/poolwork.h"

#include <functional>
#include <memory>
#include <type_traits>

namespace cp::support {

// Runs tasks one after the other, in the order they were posted, on the
// app's work pool (workPool()) — never two at once, never on the caller's thread. What
// a download writes to its file goes through one, so that the GUI thread
// never waits for the disk and the writes keep their order.
//
// The tasks own what they need: a task posted before the worker is destroyed
// still runs (the queue lives as long as a task is pending).
class SerialWorker
{
public:
    SerialWorker();
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    void post(std::function<void()> task);

    // `work` after every task posted before it, then `deliver(result)` on
    // `context`'s thread, later, through its event loop (see runOnPool).
    template<typename Work, typename Deliver>
    void run(QObject *context, Work work, Deliver deliver)
    {
        using Result = std::invoke_result_t<Work>;
        auto promise = promiseDeliveredTo<Result>(context, std::move(deliver));
        post([promise, work = std::move(work)]() mutable { settle(*promise, work); });
    }

    // Tasks posted and not yet finished (for tests and diagnostics).
    int pending() const;

private:
    struct Queue;
    std::shared_ptr<Queue> m_queue;
};

} // namespace cp::support
