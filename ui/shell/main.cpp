// citizen-profile: the desktop app. Reads the command line (before any
// display is needed), makes sure one instance runs per user and data folder,
// and wires the session to the main window.
#include "commandline.h"
#include "mainwindow.h"
#include "session/profilesession.h"
#include "singleinstance.h"
#include "support/terminationsignals.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const cp::ui::CommandLine line = cp::ui::CommandLine::parse(arguments);
    switch (line.action) {
    case cp::ui::CommandLine::Action::Help:
        std::fputs(cp::ui::CommandLine::helpText().toLocal8Bit().constData(), stdout);
        return 0;
    case cp::ui::CommandLine::Action::Version:
        std::fputs(cp::ui::CommandLine::versionText().toLocal8Bit().constData(), stdout);
        return 0;
    case cp::ui::CommandLine::Action::Error:
        std::fprintf(stderr, "citizen-profile: %s\n", line.error.toLocal8Bit().constData());
        return 2;
    case cp::ui::CommandLine::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    // The end of the desktop session (SIGTERM) or Ctrl+C closes the archive
    // as closing the window does.
    cp::support::quitOnTerminationSignals();
    QApplication::setApplicationName(QStringLiteral("citizen-profile"));
    QApplication::setApplicationDisplayName(QStringLiteral("Citizen Profile"));
    QApplication::setApplicationVersion(QStringLiteral(CP_VERSION));
    // The id of the installed desktop entry, metainfo and icon (packaging/):
    // Wayland compositors and docks match the window to them by it.
    QApplication::setDesktopFileName(QStringLiteral(CP_APP_ID));

    const QString dataDir =
        QDir(line.dataDir.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 : line.dataDir)
            .absolutePath();
    QDir().mkpath(dataDir);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    cp::ui::SingleInstance instance(dataDir);
    cp::session::ProfileSession session(dataDir);
    std::unique_ptr<cp::ui::MainWindow> window;

    QObject::connect(&instance, &cp::ui::SingleInstance::alreadyRunning, &app,
                     []() { QCoreApplication::exit(0); });
    QObject::connect(&instance, &cp::ui::SingleInstance::primary, &app, [&]() {
        QString error;
        const bool settingsRead = session.loadSettings(&error);
        // The command line's server and CA are kept, as the CLI keeps them.
        if (!line.server.isEmpty())
            session.settings().setValue(cp::session::Setting::ServerUrl, line.server);
        if (!line.caFile.isEmpty())
            session.settings().setValue(cp::session::Setting::CaFile,
                                        QFileInfo(line.caFile).absoluteFilePath());
        if (!line.server.isEmpty() || !line.caFile.isEmpty())
            session.settings().save(&error);
        // The keychain's answer (D-Bus round trips, on its own thread) comes
        // while the window is made.
        session.prefetchKeychainKey();
        window = std::make_unique<cp::ui::MainWindow>(&session);
        window->setLanguage(line.language.isEmpty()
                                ? session.settings().string(cp::session::Setting::Language)
                                : line.language);
        QObject::connect(&instance, &cp::ui::SingleInstance::raiseRequested, window.get(),
                         &cp::ui::MainWindow::raiseWindow);
        window->show();
        if (!settingsRead) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, window->windowTitle(),
                QCoreApplication::translate(
                    "cp::ui::MainWindow", "The settings could not be read; the defaults are used."),
                QMessageBox::Ok, window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        window->start();
    });
    // From the event loop: the answer may come at once, and exit() before exec() is lost.
    QMetaObject::invokeMethod(&instance, &cp::ui::SingleInstance::start, Qt::QueuedConnection);
    return QApplication::exec();
}
