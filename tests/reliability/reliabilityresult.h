// What the reliability tests share: one machine-readable result line per
// scenario for scripts/reliability-report.sh, printed and written to
// $CP_RELIABILITY_DIR/<scenario>.result (the report reads these files);
// a child process run inside the event loop; a copy and a snapshot of a
// folder tree.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTimer>
#include <QtGlobal>

namespace cp::testing {

// CP_RELIABILITY_LOG_RULES, when set, replaces QT_LOGGING_RULES before Qt
// reads it (this runs before main): scripts/reliability-report.sh runs the
// whole suite a second time with every category at debug level this way,
// the test itself and every process it starts.
inline const bool kLogRulesApplied = []() {
    const QByteArray rules = qgetenv("CP_RELIABILITY_LOG_RULES");
    if (!rules.isEmpty())
        qputenv("QT_LOGGING_RULES", rules);
    return true;
}();

inline void reportScenario(const QString &scenario, int runs, int passed, int lost = 0,
                           int doubled = 0, int plaintext = 0)
{
    const QString line =
        QStringLiteral("RELIABILITY scenario=%1 runs=%2 passed=%3 lost=%4 doubled=%5 plaintext=%6")
            .arg(scenario)
            .arg(runs)
            .arg(passed)
            .arg(lost)
            .arg(doubled)
            .arg(plaintext);
    qInfo("%s", qPrintable(line));
    const QString dir = qEnvironmentVariable("CP_RELIABILITY_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(dir + u'/' + scenario + QStringLiteral(".result"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(line.toUtf8() + '\n');
}

struct ProcessRun
{
    bool crashed = false; // killed by a signal
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("crashed %1 exit %2\nstdout: %3\nstderr: %4")
            .arg(crashed)
            .arg(exitCode)
            .arg(QString::fromUtf8(out.right(1500)), QString::fromUtf8(err.right(1500)));
    }
};

// Runs a program to its end inside an event loop (a server fixture in the
// same process keeps reading its own process's output meanwhile).
inline ProcessRun
runProcess(const QString &program, const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    ProcessRun run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out\n";
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    return run;
}

// A copy of every file below `from` at the same place below `to`.
inline bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

// Every file and folder below `root` with its size and permissions.
inline QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries.insert(info.filePath(), QStringLiteral("%1 %2")
                                            .arg(info.isDir() ? -1 : info.size())
                                            .arg(int(info.permissions()), 0, 16));
    }
    return entries;
}

} // namespace cp::testing
