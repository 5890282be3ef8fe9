#include "support/poolwork.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace cp::support {

QThreadPool *workPool()
{
    // Never destroyed (threads may still hold tasks at exit); emptied when
    // the application object goes, as Qt's global pool is.
    static QThreadPool *const pool = []() {
        auto *created = new QThreadPool;
        created->setObjectName(QStringLiteral("cp-work"));
        // Some tasks wait for the disk (fsync) rather than compute.
        created->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        if (QCoreApplication::instance())
            qAddPostRoutine([]() { workPool()->waitForDone(); });
        return created;
    }();
    return pool;
}

} // namespace cp::support
