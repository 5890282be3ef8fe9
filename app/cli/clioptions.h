// The command line of citizen-profile-cli: the command (one or two words),
// its arguments, the global options and the options of the commands. Parsing
// touches neither the data folder nor the network. It also chooses the
// language (--lang, else the system's) and installs its translations, so that
// every message from then on — usage errors included — is in that language.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cp::cli {

struct CliOptions
{
    QString command;       // "login", "documents get", "consents grant" …
    QStringList arguments; // the command's own words: ID, FILE, KEY, KIND
    QStringList given;     // names of the options given, without "--"

    // Global options; empty when not given.
    QString server;
    QString caFile;
    QString pinHex;
    QString dataDir;
    QString language; // "ru" | "en", always set after parse()
    bool json = false;

    // Options of the commands.
    bool noBrowser = false;
    bool history = false;
    bool yes = false;
    QString output;
    QString title;
    QString state;
    std::optional<int> year;
    QStringList optionalRecords;

    bool has(const QString &option) const { return given.contains(option); }

    // Parses `argv` (with the program name first). Returns the exit code when
    // the program ends here: after --help or --version (0), or after a usage
    // error, which it has reported (2).
    std::optional<int> parse(const QStringList &argv);

    static QString helpText();
    static QString usageText();
};

} // namespace cp::cli
