#include "serialworker.h"

#include "support/poolwork.h"

#include <QMutex>

#include <deque>

namespace cp::support {

struct SerialWorker::Queue
{
    mutable QMutex mutex;
    std::deque<std::function<void()>> tasks;
    bool running = false; // a pool thread is draining the queue
    int pending = 0;      // queued plus the one running
};

SerialWorker::SerialWorker()
    : m_queue(std::make_shared<Queue>())
{}

SerialWorker::~SerialWorker() = default;

void SerialWorker::post(std::function<void()> task)
{
    QMutexLocker lock(&m_queue->mutex);
    m_queue->tasks.push_back(std::move(task));
    ++m_queue->pending;
    if (m_queue->running)
        return; // the thread draining the queue takes it in turn
    m_queue->running = true;
    lock.unlock();
    workPool()->start([queue = m_queue]() {
        for (;;) {
            std::function<void()> next;
            {
                QMutexLocker locked(&queue->mutex);
                if (queue->tasks.empty()) {
                    queue->running = false;
                    return;
                }
                next = std::move(queue->tasks.front());
                queue->tasks.pop_front();
            }
            next();
            next = nullptr; // what the task held goes before it counts as done
            QMutexLocker locked(&queue->mutex);
            --queue->pending;
        }
    });
}

int SerialWorker::pending() const
{
    QMutexLocker lock(&m_queue->mutex);
    return m_queue->pending;
}

} // namespace cp::support
