#include "commandline.h"

namespace cp::ui {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    // Hand-parsed: QCommandLineParser's help needs a QCoreApplication, and
    // this runs before one exists.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); name.startsWith(u"--") && eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        if (name == u"--help" || name == u"-h" || name == u"--version" || name == u"-v") {
            CommandLine only;
            only.action = name.contains(u'h') ? Action::Help : Action::Version;
            return only;
        }
        QString *target = nullptr;
        if (name == u"--server")
            target = &line.server;
        else if (name == u"--ca")
            target = &line.caFile;
        else if (name == u"--data-dir")
            target = &line.dataDir;
        else if (name == u"--lang")
            target = &line.language;
        if (!target) {
            line.action = Action::Error;
            line.error = QStringLiteral("unknown option: ") + name;
            return line;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                line.action = Action::Error;
                line.error = QStringLiteral("the option needs a value: ") + name;
                return line;
            }
            value = arguments.at(++i);
        }
        *target = value;
    }
    if (!line.language.isEmpty() && line.language != u"ru" && line.language != u"en") {
        line.action = Action::Error;
        line.error = QStringLiteral("--lang takes ru or en");
    }
    return line;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: citizen-profile [options]\n"
        "The citizen's personal profile: records, documents and consents, kept in an\n"
        "encrypted archive and synchronised with the profile server.\n"
        "\n"
        "Options:\n"
        "  --server URL     The profile server (https only; kept in the settings).\n"
        "  --ca FILE        Trust only the CA certificates in this PEM file (kept).\n"
        "  --data-dir DIR   The folder of the archive (default: the user's data folder).\n"
        "  --lang ru|en     The language of the window (default: the system's).\n"
        "  -h, --help       Show this help and exit.\n"
        "  -v, --version    Show the version and exit.\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("citizen-profile " CP_VERSION "\n");
}

} // namespace cp::ui
