#include "cli/passphraseprompt.h"

#include "cli/clioutput.h"
#include "storage/securebytes.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cp::cli {
namespace {

// The terminal as it was before the echo went off, for the signal handler.
struct termios g_saved;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    // Only async-signal-safe calls here.
    const char newline = '\n';
    [[maybe_unused]] const ssize_t n = write(STDERR_FILENO, &newline, 1);
    _exit(128 + signal);
}

// One line from standard input without its line end; nullopt at the end of input.
std::optional<QByteArray> readLine()
{
    QByteArray line;
    line.reserve(512); // no reallocation leaves copies of a passphrase behind
    for (;;) {
        char c = 0;
        const ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (line.isEmpty())
                return std::nullopt;
            break;
        }
        if (c == '\n')
            break;
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

bool PassphrasePrompt::isAvailable()
{
    return CliOutput::stdinIsTerminal();
}

std::optional<QByteArray> PassphrasePrompt::ask(const QString &prompt)
{
    if (!isAvailable())
        return std::nullopt;
    CliOutput::writeStderr(prompt.toUtf8() + ' ');
    struct termios off;
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &g_saved) == 0;
    struct sigaction action = {};
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    if (haveTerminal) {
        action.sa_handler = restoreTerminalAndExit;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &oldInt);
        sigaction(SIGTERM, &action, &oldTerm);
        off = g_saved;
        off.c_lflag &= ~tcflag_t(ECHO);
        off.c_lflag |= ECHONL; // the Enter still moves to a new line
        g_echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &off) == 0;
    }
    std::optional<QByteArray> line = readLine();
    if (haveTerminal) {
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_echoOff = 0;
        sigaction(SIGINT, &oldInt, nullptr);
        sigaction(SIGTERM, &oldTerm, nullptr);
    }
    return line;
}

std::optional<QByteArray> PassphrasePrompt::askNew(const QString &prompt, const QString &again)
{
    std::optional<QByteArray> first = ask(prompt);
    if (!first)
        return std::nullopt;
    std::optional<QByteArray> second = ask(again);
    const bool same = second && *second == *first;
    if (second)
        storage::wipe(*second);
    if (!same) {
        storage::wipe(*first);
        return std::nullopt;
    }
    return first;
}

bool PassphrasePrompt::confirm(const QString &question)
{
    if (!isAvailable())
        return false;
    CliOutput::writeStderr(question.toUtf8() + ' ' +
                           QCoreApplication::translate("Cli", "[y/N]").toUtf8() + ' ');
    const std::optional<QByteArray> answer = readLine();
    if (!answer)
        return false;
    const QString a = QString::fromUtf8(*answer).trimmed().toLower();
    return a == u"y" || a == u"yes" || a == u"д" || a == u"да";
}

} // namespace cp::cli
