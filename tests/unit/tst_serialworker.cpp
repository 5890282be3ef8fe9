// The core's background work: a SerialWorker runs its tasks in the order
// they were posted, one at a time, never on the posting thread, on the app's
// own pool — Qt's global pool stays free for Qt (its raster painting waits
// for that pool on the GUI thread). A task posted just before the worker goes
// still runs.
#include "support/poolwork.h"
#include "support/serialworker.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace cp;

class TestSerialWorker : public QObject
{
    Q_OBJECT

private slots:
    void tasksRunInOrderOneAtATimeOffThisThread();
    void resultComesBackToThisThread();
    void poolWorkIsDeliveredLater();
    void queuedTasksOutliveTheWorker();
    void qtGlobalPoolStaysFree();
};

void TestSerialWorker::tasksRunInOrderOneAtATimeOffThisThread()
{
    support::SerialWorker worker;
    QMutex mutex;
    QList<int> order;
    std::atomic<int> running{0};
    std::atomic<int> mostAtOnce{0};
    std::atomic<int> onThisThread{0};
    QThread *const self = QThread::currentThread();
    constexpr int kTasks = 500;
    for (int i = 0; i < kTasks; ++i) {
        worker.post([&, i]() {
            const int now = ++running;
            mostAtOnce.store(std::max(mostAtOnce.load(), now));
            if (QThread::currentThread() == self)
                ++onThisThread;
            if (i % 50 == 0)
                QThread::usleep(200); // a slow task: the next ones must wait for it
            {
                QMutexLocker lock(&mutex);
                order.append(i);
            }
            --running;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(worker.pending(), 0, 20000);
    QCOMPARE(order.size(), kTasks);
    for (int i = 0; i < kTasks; ++i)
        QCOMPARE(order.at(i), i);
    QCOMPARE(mostAtOnce.load(), 1);
    QCOMPARE(onThisThread.load(), 0);
}

void TestSerialWorker::resultComesBackToThisThread()
{
    support::SerialWorker worker;
    QThread *const self = QThread::currentThread();
    QThread *ranOn = nullptr;
    QThread *deliveredOn = nullptr;
    int result = 0;
    QSemaphore ran;
    worker.run(
        this,
        [&]() {
            ranOn = QThread::currentThread();
            ran.release();
            return 42;
        },
        [&](int value) {
            deliveredOn = QThread::currentThread();
            result = value;
        });
    // Delivered later, through this thread's event loop: never inside the
    // call, even when the work is done before it returns.
    QVERIFY(ran.tryAcquire(1, 10000));
    QElapsedTimer waited; // without running this thread's event loop
    waited.start();
    while (worker.pending() > 0 && waited.elapsed() < 10000)
        QThread::msleep(1);
    QCOMPARE(worker.pending(), 0);
    QCOMPARE(result, 0);
    QTRY_COMPARE_WITH_TIMEOUT(result, 42, 10000);
    QVERIFY(ranOn != self);
    QCOMPARE(deliveredOn, self);
}

void TestSerialWorker::poolWorkIsDeliveredLater()
{
    QSemaphore ran;
    bool delivered = false;
    QThread *deliveredOn = nullptr;
    support::runOnPool(
        this,
        [&]() {
            ran.release();
            return 7;
        },
        [&](int value) {
            delivered = value == 7;
            deliveredOn = QThread::currentThread();
        });
    QVERIFY(ran.tryAcquire(1, 10000));
    support::workPool()->waitForDone(); // the work is done …
    QVERIFY(!delivered);                // … and waits for this thread's loop
    QTRY_VERIFY_WITH_TIMEOUT(delivered, 10000);
    QCOMPARE(deliveredOn, QThread::currentThread());

    // Nothing at all once the receiver is gone.
    bool late = false;
    {
        QObject receiver;
        support::runOnPool(
            &receiver, []() { return 1; }, [&](int) { late = true; });
        support::workPool()->waitForDone();
    }
    QTest::qWait(50);
    QVERIFY(!late);

    // Nor when it goes while the work still runs (a downloader destroyed
    // at a lock while its worker writes).
    QSemaphore gate;
    {
        QObject receiver;
        support::runOnPool(
            &receiver,
            [&gate]() {
                gate.acquire();
                return 1;
            },
            [&](int) { late = true; });
    }
    gate.release();
    support::workPool()->waitForDone();
    QTest::qWait(50);
    QVERIFY(!late);
}

void TestSerialWorker::queuedTasksOutliveTheWorker()
{
    auto done = std::make_shared<std::atomic<int>>(0);
    QSemaphore gate;
    {
        support::SerialWorker worker;
        worker.post([&gate]() { gate.acquire(); }); // holds the queue
        for (int i = 0; i < 10; ++i)
            worker.post([done]() { ++*done; });
    } // the worker goes with ten tasks queued
    QCOMPARE(done->load(), 0);
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(done->load(), 10, 10000);
}

void TestSerialWorker::qtGlobalPoolStaysFree()
{
    QSemaphore started;
    QSemaphore gate;
    support::SerialWorker worker;
    worker.post([&]() {
        started.release();
        gate.acquire();
    });
    bool pooled = false;
    support::runOnPool(
        this,
        [&]() {
            started.release();
            gate.acquire();
            return true;
        },
        [&](bool done) { pooled = done; });
    QVERIFY(started.tryAcquire(2, 10000));
    // Both wait on our pool's threads; Qt's own pool has nothing running.
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(support::workPool()->activeThreadCount() >= 2);
    QVERIFY(support::workPool() != QThreadPool::globalInstance());
    gate.release(2);
    QTRY_VERIFY_WITH_TIMEOUT(pooled, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(worker.pending(), 0, 10000);
}

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
