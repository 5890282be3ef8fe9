#include "cli/clioptions.h"

#include "cli/clioutput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>
#include <QUrl>

#include <array>

namespace cp::cli {
namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr: a switch
    const char *help;      // English source text, context "Cli"
    bool global;
};

// Every option of the program; a command accepts the global ones and those
// its entry below names.
constexpr std::array<OptionSpec, 16> kOptions{{
    {"server", "URL",
     QT_TRANSLATE_NOOP("Cli", "The profile server's https:// address (kept for later runs)."),
     true},
    {"ca", "FILE",
     QT_TRANSLATE_NOOP("Cli", "Trust only the CA certificates in this PEM file (kept)."), true},
    {"pin", "SHA256",
     QT_TRANSLATE_NOOP("Cli", "Require this SHA-256 (hex) of the server's public key (kept)."),
     true},
    {"data-dir", "DIR",
     QT_TRANSLATE_NOOP("Cli", "The folder of the archive (default: the user's data folder)."),
     true},
    {"json", nullptr,
     QT_TRANSLATE_NOOP("Cli", "Write one JSON document per command on stdout, for scripts."), true},
    {"lang", "ru|en", QT_TRANSLATE_NOOP("Cli", "The language of messages (default: the system's)."),
     true},
    {"help", nullptr, QT_TRANSLATE_NOOP("Cli", "Show this help and exit."), true},
    {"version", nullptr, QT_TRANSLATE_NOOP("Cli", "Show the version and exit."), true},
    {"no-browser", nullptr,
     QT_TRANSLATE_NOOP("Cli", "login: only print the address; do not start a browser."), false},
    {"history", nullptr, QT_TRANSLATE_NOOP("Cli", "records: every version, with what changed."),
     false},
    {"output", "FILE", QT_TRANSLATE_NOOP("Cli", "Write to FILE (created 0600) instead of stdout."),
     false},
    {"year", "YEAR", QT_TRANSLATE_NOOP("Cli", "documents order: the year the document covers."),
     false},
    {"title", "TEXT",
     QT_TRANSLATE_NOOP("Cli", "documents add: the title (default: the file name)."), false},
    {"state", "STATE",
     QT_TRANSLATE_NOOP("Cli", "consents list: pending, granted, denied, expired, withdrawn, active "
                              "or revoked."),
     false},
    {"optional", "KEY,KEY",
     QT_TRANSLATE_NOOP("Cli", "consents grant: the optional records to share as well."), false},
    {"yes", nullptr,
     QT_TRANSLATE_NOOP("Cli", "Do not ask for confirmation (needed without a terminal)."), false},
}};

struct CommandSpec
{
    const char *command;   // one or two words
    const char *arguments; // as shown in the help
    int minArguments;
    int maxArguments;
    QStringList options; // command options it accepts
    const char *summary; // English source text, context "Cli"
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> table{
        {"login",
         "[--no-browser]",
         0,
         0,
         {QStringLiteral("no-browser")},
         QT_TRANSLATE_NOOP("Cli", "Sign in through the browser.")},
        {"logout",
         "",
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Cli", "Sign out and forget the sign-in on this computer.")},
        {"status",
         "",
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Cli", "Show the sign-in, the archive and the last sync.")},
        {"sync",
         "",
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Cli", "Bring the archive up to date with the server.")},
        {"records",
         "[KEY] [--history]",
         0,
         1,
         {QStringLiteral("history")},
         QT_TRANSLATE_NOOP("Cli", "Show the records of the profile, or of one type.")},
        {"documents list",
         "",
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Cli", "List the documents of the archive.")},
        {"documents get",
         "ID [--output FILE]",
         1,
         1,
         {QStringLiteral("output")},
         QT_TRANSLATE_NOOP("Cli", "Write a document's contents to stdout or FILE.")},
        {"documents verify",
         "ID",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("Cli", "Check a document's signature again, offline.")},
        {"documents export",
         "ID FILE",
         2,
         2,
         {},
         QT_TRANSLATE_NOOP("Cli", "Copy a document out of the encrypted archive.")},
        {"documents order",
         "KIND [--year YEAR]",
         1,
         1,
         {QStringLiteral("year")},
         QT_TRANSLATE_NOOP("Cli", "Order a fresh document from its source.")},
        {"documents add",
         "FILE [--title TEXT]",
         1,
         1,
         {QStringLiteral("title")},
         QT_TRANSLATE_NOOP("Cli", "Add a PDF, PNG or JPEG file of your own.")},
        {"consents list",
         "[--state STATE]",
         0,
         0,
         {QStringLiteral("state")},
         QT_TRANSLATE_NOOP("Cli", "List consent requests and consents.")},
        {"consents show",
         "ID",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("Cli", "Show a consent request or a consent in full.")},
        {"consents grant",
         "ID [--optional KEY,KEY] [--yes]",
         1,
         1,
         {QStringLiteral("optional"), QStringLiteral("yes")},
         QT_TRANSLATE_NOOP("Cli", "Grant a consent request.")},
        {"consents deny",
         "ID [--yes]",
         1,
         1,
         {QStringLiteral("yes")},
         QT_TRANSLATE_NOOP("Cli", "Deny a consent request.")},
        {"consents revoke",
         "ID [--yes]",
         1,
         1,
         {QStringLiteral("yes")},
         QT_TRANSLATE_NOOP("Cli", "Revoke a consent.")},
        {"consents receipt",
         "ID [--output FILE]",
         1,
         1,
         {QStringLiteral("output")},
         QT_TRANSLATE_NOOP("Cli", "Write the receipt of a decision, as JSON.")},
        {"access-log",
         "",
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Cli", "Show which organisation read which records, and when.")},
        {"backup export",
         "FILE",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("Cli", "Export the whole archive to a file protected by a passphrase.")},
        {"backup import",
         "FILE",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("Cli", "Restore the archive from a backup file.")},
        {"wipe",
         "[--yes]",
         0,
         0,
         {QStringLiteral("yes")},
         QT_TRANSLATE_NOOP("Cli",
                           "Remove the archive, its keys and the sign-in from this computer.")},
    };
    return table;
}

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &o : kOptions) {
        if (name == QLatin1StringView(o.name))
            return &o;
    }
    return nullptr;
}

bool isGroup(const QString &word)
{
    return word == u"documents" || word == u"consents" || word == u"backup";
}

// The language before anything is parsed, so that parse errors are in it too.
QString chooseLanguage(const QStringList &argv, bool *invalid)
{
    *invalid = false;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (a == u"--")
            break;
        QString value;
        if (a == u"--lang" && i + 1 < argv.size())
            value = argv.at(i + 1);
        else if (a.startsWith(u"--lang="))
            value = a.mid(7);
        else
            continue;
        if (value == u"ru" || value == u"en")
            return value;
        *invalid = true;
    }
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

void installTranslations(const QString &language)
{
    // Owned by the application, so it lives exactly as long as it is used.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/citizen-profile_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

std::optional<int> usageError(bool json, const QString &message, bool withUsage = false)
{
    CliOutput out(json);
    out.error(QStringLiteral("usage"), message);
    if (json)
        return int(ExitCode::Usage);
    if (withUsage)
        CliOutput::writeStderr('\n' + CliOptions::usageText().toUtf8());
    else
        out.note(QCoreApplication::translate(
            "Cli", "Run 'citizen-profile-cli --help' for the commands and options."));
    return int(ExitCode::Usage);
}

} // namespace

QString CliOptions::usageText()
{
    QStringList lines;
    lines << QCoreApplication::translate("Cli",
                                         "Usage: citizen-profile-cli [OPTIONS] COMMAND [ARGUMENTS]")
          << QString() << QCoreApplication::translate("Cli", "Commands:");
    TextTable table;
    for (const CommandSpec &c : commands()) {
        const QString synopsis = QLatin1StringView(c.command) +
                                 (*c.arguments ? u' ' + QLatin1StringView(c.arguments) : QString());
        table.addRow({synopsis, QCoreApplication::translate("Cli", c.summary)});
    }
    lines << table.lines(2);
    return lines.join(u'\n') + u'\n';
}

QString CliOptions::helpText()
{
    QStringList lines;
    lines
        << QCoreApplication::translate(
               "Cli",
               "citizen-profile-cli: your digital profile on the command line. It signs in, keeps "
               "an encrypted archive of your records, documents and consents up to date, and "
               "sends your decisions on consent requests.")
        << QString() << usageText() << QCoreApplication::translate("Cli", "Options:");
    TextTable options;
    for (const OptionSpec &o : kOptions) {
        const QString name = u"--" + QLatin1StringView(o.name) +
                             (o.valueName ? u' ' + QLatin1StringView(o.valueName) : QString());
        options.addRow({name, QCoreApplication::translate("Cli", o.help)});
    }
    lines << options.lines(2) << QString() << QCoreApplication::translate("Cli", "Environment:");
    TextTable environment;
    environment.addRow(
        {QStringLiteral("CP_PASSPHRASE"),
         QCoreApplication::translate(
             "Cli", "The archive's passphrase, where no keychain holds its key (for scripts).")});
    environment.addRow(
        {QStringLiteral("CP_BACKUP_PASSPHRASE"),
         QCoreApplication::translate(
             "Cli",
             "The passphrase of a backup file, for backup export and import without a terminal.")});
    environment.addRow(
        {QStringLiteral("CP_KEYCHAIN_SERVICE"),
         QCoreApplication::translate(
             "Cli", "The keychain service name (default: citizen-profile), to keep tests apart.")});
    lines << environment.lines(2) << QString() << QCoreApplication::translate("Cli", "Exit codes:");
    TextTable codes;
    codes.addRow({QStringLiteral("0"), QCoreApplication::translate("Cli", "Done.")});
    codes.addRow({QStringLiteral("1"),
                  QCoreApplication::translate("Cli", "An error (the message says which).")});
    codes.addRow({QStringLiteral("2"),
                  QCoreApplication::translate("Cli", "Wrong use of the command line.")});
    codes.addRow({QStringLiteral("3"),
                  QCoreApplication::translate("Cli", "Not signed in: run 'login' first.")});
    codes.addRow(
        {QStringLiteral("4"),
         QCoreApplication::translate("Cli", "The archive is locked, or the passphrase is wrong.")});
    codes.addRow(
        {QStringLiteral("5"), QCoreApplication::translate(
                                  "Cli", "The server cannot be reached; the archive can still be "
                                         "read offline, and decisions wait to be sent.")});
    codes.addRow(
        {QStringLiteral("6"),
         QCoreApplication::translate("Cli", "Refused by the server, or by the trust-level rule the "
                                            "server applies.")});
    lines << codes.lines(2) << QString()
          << QCoreApplication::translate(
                 "Cli", "With --json, every command writes one JSON document on stdout, errors as "
                        "{\"error\": code, \"message\": text}; see docs/cli.md for the members.");
    return lines.join(u'\n') + u'\n';
}

std::optional<int> CliOptions::parse(const QStringList &argv)
{
    json = argv.contains(QStringLiteral("--json"));
    bool badLanguage = false;
    language = chooseLanguage(argv, &badLanguage);
    installTranslations(language);
    if (badLanguage)
        return usageError(json, QCoreApplication::translate("Cli", "--lang takes ru or en."));

    QStringList words;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        QString a = argv.at(i);
        if (optionsEnded || !a.startsWith(u'-') || a == u"-") {
            words.append(a);
            continue;
        }
        if (a == u"--") {
            optionsEnded = true;
            continue;
        }
        if (a == u"-h")
            a = QStringLiteral("--help");
        if (!a.startsWith(u"--"))
            return usageError(json,
                              QCoreApplication::translate("Cli", "Unknown option %1.").arg(a));
        QString name = a.mid(2);
        std::optional<QString> value;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return usageError(json,
                              QCoreApplication::translate("Cli", "Unknown option --%1.").arg(name));
        if (spec->valueName && !value) {
            if (i + 1 >= argv.size())
                return usageError(
                    json,
                    QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name));
            value = argv.at(++i);
        }
        if (!spec->valueName && value)
            return usageError(
                json,
                QCoreApplication::translate("Cli", "The option --%1 takes no value.").arg(name));
        if (given.contains(name))
            return usageError(
                json,
                QCoreApplication::translate("Cli", "The option --%1 is given twice.").arg(name));
        given.append(name);

        const QString v = value.value_or(QString());
        if (name == u"server") {
            const QUrl url(v, QUrl::StrictMode);
            if (url.scheme() == u"http")
                return usageError(json,
                                  QCoreApplication::translate(
                                      "Cli", "The server address must start with https://: an "
                                             "unencrypted http:// address is refused."));
            if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
                return usageError(json,
                                  QCoreApplication::translate(
                                      "Cli", "The server address must be an https:// address, such "
                                             "as https://profile.example:8443."));
            server = v;
        } else if (name == u"ca") {
            caFile = v;
        } else if (name == u"pin") {
            QString hex = v;
            hex.remove(u':');
            static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
            if (!hex64.match(hex).hasMatch())
                return usageError(json,
                                  QCoreApplication::translate(
                                      "Cli", "--pin takes the SHA-256 of the server's public key "
                                             "as 64 hexadecimal digits."));
            pinHex = hex.toLower();
        } else if (name == u"data-dir") {
            dataDir = v;
        } else if (name == u"json" || name == u"lang") {
            // Read before the loop.
        } else if (name == u"no-browser") {
            noBrowser = true;
        } else if (name == u"history") {
            history = true;
        } else if (name == u"yes") {
            yes = true;
        } else if (name == u"output") {
            output = v;
        } else if (name == u"title") {
            title = v;
        } else if (name == u"state") {
            static const QStringList states{QStringLiteral("pending"),   QStringLiteral("granted"),
                                            QStringLiteral("denied"),    QStringLiteral("expired"),
                                            QStringLiteral("withdrawn"), QStringLiteral("active"),
                                            QStringLiteral("revoked")};
            if (!states.contains(v))
                return usageError(json,
                                  QCoreApplication::translate("Cli", "--state takes one of: %1.")
                                      .arg(states.join(u", ")));
            state = v;
        } else if (name == u"year") {
            bool ok = false;
            const int y = v.toInt(&ok);
            if (!ok || y < 1990 || y > 2100)
                return usageError(
                    json, QCoreApplication::translate("Cli", "--year takes a year such as 2025."));
            year = y;
        } else if (name == u"optional") {
            for (const QString &key : v.split(u',', Qt::SkipEmptyParts))
                optionalRecords.append(key.trimmed());
        }
    }

    if (has(QStringLiteral("help")) || words.value(0) == u"help") {
        CliOutput::writeStdout(helpText().toUtf8());
        return int(ExitCode::Ok);
    }
    if (has(QStringLiteral("version"))) {
        CliOutput::writeStdout(QByteArrayLiteral("citizen-profile-cli ") + CP_VERSION + '\n');
        return int(ExitCode::Ok);
    }
    if (words.isEmpty())
        return usageError(json, QCoreApplication::translate("Cli", "A command is needed."), true);

    const bool grouped = isGroup(words.first());
    if (grouped && words.size() < 2) {
        return usageError(
            json, QCoreApplication::translate("Cli", "'%1' needs a subcommand.").arg(words.first()),
            true);
    }
    command = grouped ? words.at(0) + u' ' + words.at(1) : words.first();
    arguments = words.mid(grouped ? 2 : 1);
    const CommandSpec *spec = nullptr;
    for (const CommandSpec &c : commands()) {
        if (command == QLatin1StringView(c.command))
            spec = &c;
    }
    if (!spec) {
        return usageError(
            json, QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(command), true);
    }
    if (arguments.size() < spec->minArguments || arguments.size() > spec->maxArguments)
        return usageError(json,
                          QCoreApplication::translate("Cli", "Usage: citizen-profile-cli %1 %2")
                              .arg(command, QLatin1StringView(spec->arguments))
                              .trimmed());
    for (const QString &name : std::as_const(given)) {
        const OptionSpec *o = findOption(name);
        if (!o->global && !spec->options.contains(name))
            return usageError(
                json, QCoreApplication::translate("Cli", "The option --%1 does not go with '%2'.")
                          .arg(name, command));
    }
    return std::nullopt;
}

} // namespace cp::cli
