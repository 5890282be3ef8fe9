#include "support/terminationsignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSignals, "cp.support")

namespace cp::support {
namespace {

int g_pipe[2] = {-1, -1};

// Only what is safe in a signal handler: the signal's number into the pipe.
// SA_RESETHAND has already put back the default action for the next one.
extern "C" void onTerminationSignal(int signalNumber)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace

bool quitOnTerminationSignals()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || g_pipe[0] >= 0)
        return false;
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        g_pipe[0] = g_pipe[1] = -1;
        return false;
    }
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, []() {
        unsigned char byte = 0;
        int signalNumber = 0;
        while (::read(g_pipe[0], &byte, 1) == 1)
            signalNumber = byte;
        if (signalNumber == 0)
            return;
        qCInfo(lcSignals) << "signal" << signalNumber << "received: the application ends";
        QCoreApplication::exit(128 + signalNumber);
    });
    struct sigaction action
    {
    };
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    bool installed = true;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        installed = ::sigaction(signalNumber, &action, nullptr) == 0 && installed;
    return installed;
}

} // namespace cp::support
