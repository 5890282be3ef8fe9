#include "singleinstance.h"

#include "shelllogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <utility>

namespace cp::ui {

namespace {
constexpr char kRaise[] = "raise\n";
}

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    // Hashed so that neither the user name nor the folder shows in /tmp.
    QByteArray key = qgetenv("USER");
    key += '\0';
    key += QDir(dataDir).absolutePath().toUtf8();
    return QStringLiteral("citizen-profile-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

void SingleInstance::start()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, [this]() {
        m_probe->write(kRaise, sizeof(kRaise) - 1);
        m_probe->flush();
        m_probe->disconnectFromServer();
    });
    connect(m_probe, &QLocalSocket::disconnected, this, [this]() {
        if (std::exchange(m_decided, true))
            return;
        m_probe->deleteLater();
        emit alreadyRunning();
    });
    connect(m_probe, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_probe->state() == QLocalSocket::ConnectedState || std::exchange(m_decided, true))
            return;
        m_probe->deleteLater();
        listen();
    });
    m_probe->connectToServer(m_name, QIODevice::WriteOnly);
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a crashed instance: nobody answered it, so take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qCWarning(lcShell) << "single-instance socket unavailable:" << m_server->errorString();
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *peer = m_server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::readyRead, this, [this, peer]() {
                if (peer->readAll().startsWith("raise"))
                    emit raiseRequested();
            });
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        }
    });
    emit primary();
}

} // namespace cp::ui
