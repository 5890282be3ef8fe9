#pragma once

#include <QFuture>
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

// `work` on workPool(); its result through the future, which the
// caller continues on its own thread with then(context, …). A future whose
// work threw nothing always holds exactly one result.
template<typename Work>
auto runOnPool(Work work) -> QFuture<std::invoke_result_t<Work>>
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    workPool()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace cp::support
