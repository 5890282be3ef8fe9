// One window per user and data folder: the first launch listens on a local
// socket; a later one connects, asks the first to raise its window and quits.
// Everything is asynchronous: the GUI thread never waits on the socket.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace cp::ui {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: per user and per data folder, holding neither.
    static QString serverName(const QString &dataDir);
    // Looks for a running instance; emits exactly one of primary() or
    // alreadyRunning().
    void start();

signals:
    void primary();        // this process is the one: show the window
    void alreadyRunning(); // the other has been told to raise its window: quit
    void raiseRequested(); // a later launch asked this one to come forward

private:
    void listen();

    QString m_name;
    QPointer<QLocalSocket> m_probe;
    QLocalServer *m_server = nullptr;
    bool m_decided = false;
};

} // namespace cp::ui
