#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace cp::support {

// The pool of the app's background work (reading and writing the archive and
// the documents, key derivation, checks of signatures). Not Qt's global pool:
// Qt's raster painting splits large fills over that one and waits for them
// on the GUI thread, so a global pool busy with our work stalls the window.
// Waited for when the application object goes.
QThreadPool *workPool();

// A promise whose result goes to `deliver` on `context`'s thread, through a
// QFutureWatcher that is the context's child: always later, through the
// event loop of that thread (never inside the call that starts the work),
// and not at all once `context` is gone — even if it goes while the work
// runs (Qt 6.4's QFuture::then(context, …) asserts that its context lives).
template<typename Result, typename Deliver>
std::shared_ptr<QPromise<Result>> promiseDeliveredTo(QObject *context, Deliver deliver)
{
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, deliver = std::move(deliver)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<Result>) {
                             deliver();
                         } else if (watcher->future().resultCount() > 0) {
                             deliver(watcher->future().takeResult());
                         }
                     });
    watcher->setFuture(promise->future());
    promise->start();
    return promise;
}

// Runs `work` and settles `promise` with its result.
template<typename Result, typename Work>
void settle(QPromise<Result> &promise, Work &work)
{
    if constexpr (std::is_void_v<Result>) {
        work();
    } else {
        promise.addResult(work());
    }
    promise.finish();
}

// `work` on workPool(), then `deliver(result)` on `context`'s thread.
template<typename Work, typename Deliver>
void runOnPool(QObject *context, Work work, Deliver deliver)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = promiseDeliveredTo<Result>(context, std::move(deliver));
    workPool()->start([promise, work = std::move(work)]() mutable { settle(*promise, work); });
}

} // namespace cp::support
