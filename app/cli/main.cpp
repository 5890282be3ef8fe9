// citizen-profile-cli: parses the command line and hands the command to
// CliApplication, which runs it on the event loop and ends the program with
// its exit code.
#include "cli/cliapplication.h"
#include "cli/clioptions.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The name decides the default data folder: ~/.local/share/citizen-profile.
    QCoreApplication::setApplicationName(QStringLiteral("citizen-profile"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));

    cp::cli::CliOptions options;
    // --help, --version and usage errors end here, before any file is touched.
    if (const std::optional<int> exitCode = options.parse(QCoreApplication::arguments()))
        return *exitCode;

    cp::cli::CliApplication cli(options);
    QMetaObject::invokeMethod(&cli, &cp::cli::CliApplication::run, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
