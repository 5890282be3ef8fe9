// Questions to the person at the terminal: a passphrase read with the echo
// off (termios; the terminal is restored also when Ctrl-C ends the program
// at the prompt) and a yes/no confirmation. Both read standard input, and
// only when it is a terminal; scripts answer with CP_PASSPHRASE and --yes.
// What is typed is never echoed, never logged, and wiped after use.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cp::cli {

class PassphrasePrompt
{
public:
    static bool isAvailable(); // standard input is a terminal

    // The passphrase typed after `prompt` (on stderr), without echo;
    // nullopt when there is no terminal or input ended. The caller wipes it.
    static std::optional<QByteArray> ask(const QString &prompt);
    // A new passphrase, typed twice; nullopt when the two differ or input ended.
    static std::optional<QByteArray> askNew(const QString &prompt, const QString &again);
    // "[y/N]": true only for an answer of yes (y, yes, д, да).
    static bool confirm(const QString &question);
};

} // namespace cp::cli
