// The command line of citizen-profile, read before any QApplication exists so
// that --help and --version work without a display.
#pragma once

#include <QString>
#include <QStringList>

namespace cp::ui {

struct CommandLine
{
    enum class Action
    {
        Run,
        Help,
        Version,
        Error
    };

    Action action = Action::Run;
    QString server;
    QString caFile;
    QString dataDir;
    QString language; // "ru" | "en" | "" (the settings' or the system's)
    QString error;    // English, for the terminal

    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace cp::ui
