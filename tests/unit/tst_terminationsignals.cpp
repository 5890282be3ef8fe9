// SIGTERM, SIGINT and SIGHUP end the application's event loop with 128 + the
// signal (main() returns and everything closes as when the window is closed);
// the default action is back for a second signal.
#include "support/terminationsignals.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimer>

#include <signal.h>

using namespace cp;

class TestTerminationSignals : public QObject
{
    Q_OBJECT

private slots:
    void signalEndsTheEventLoop();
};

namespace {

// The action now set for `signalNumber`.
bool isDefault(int signalNumber)
{
    struct sigaction now
    {
    };
    ::sigaction(signalNumber, nullptr, &now);
    return now.sa_handler == SIG_DFL;
}

int loopEndedBy(int signalNumber)
{
    QTimer::singleShot(0, [signalNumber]() { ::raise(signalNumber); });
    // Ends the loop if the signal did not.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, []() { QCoreApplication::exit(-1); });
    watchdog.start(10000);
    return QCoreApplication::exec();
}

} // namespace

void TestTerminationSignals::signalEndsTheEventLoop()
{
    QVERIFY(support::quitOnTerminationSignals());
    QVERIFY(!support::quitOnTerminationSignals()); // once per process
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        QVERIFY(!isDefault(signalNumber));

    QCOMPARE(loopEndedBy(SIGTERM), 128 + SIGTERM);
    // A second SIGTERM would end the process at once; the others still wait.
    QVERIFY(isDefault(SIGTERM));
    QVERIFY(!isDefault(SIGINT));
    QCOMPARE(loopEndedBy(SIGINT), 128 + SIGINT);
    QCOMPARE(loopEndedBy(SIGHUP), 128 + SIGHUP);
    QVERIFY(isDefault(SIGINT) && isDefault(SIGHUP));
}

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
