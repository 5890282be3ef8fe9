#include "storage/secretstore.h"

#include "storage/cryptolog_p.h"
#include "storage/securebytes.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace cp::storage {

namespace {

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[operation];
}

const char *statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return "ok";
    case SecretResult::Status::NotFound:
        return "not found";
    case SecretResult::Status::Unavailable:
        return "unavailable";
    case SecretResult::Status::TimedOut:
        return "timed out";
    case SecretResult::Status::Failed:
        break;
    }
    return "failed";
}

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = QStringLiteral("The keychain has no such entry.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        result.message =
            QStringLiteral("No keychain service is available: %1").arg(job.errorString());
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Failed;
        result.message =
            QStringLiteral("The keychain denied access (is it locked?): %1").arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports an unreachable D-Bus or Secret Service as OtherError
    // with the GLib message; it is still "no keychain answers" to the caller.
    result.status = SecretResult::Status::Failed;
    result.message = QStringLiteral("The keychain failed: %1").arg(job.errorString());
    return result;
}

// The state of one request, shared by its timeout and its job's result:
// whichever comes first reports, the other is ignored.
struct Pending
{
    std::function<void(SecretResult)> done;
    QTimer *timer = nullptr;
    bool reported = false;
};

// Every keychain job of the process runs on this one thread: QtKeychain's
// job queue is not made for several threads, and with libsecret each
// request is a chain of D-Bus round trips whose steps run in the event loop
// of the thread that asked — there, not the GUI thread's, so that a start
// can ask for the archive key while the window is being made (and the GUI
// thread never does the keychain's work: loading libsecret, its key
// exchange). Stopped when the application object goes.
class KeychainThread
{
public:
    static QThread *thread()
    {
        static QMutex mutex;
        const QMutexLocker lock(&mutex);
        static KeychainThread *instance = nullptr;
        if (!instance) {
            instance = new KeychainThread;
            qAddPostRoutine([]() {
                const QMutexLocker stopLock(&mutex);
                delete std::exchange(instance, nullptr);
            });
        }
        return &instance->m_thread;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("cp-keychain"));
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QThread m_thread;
};

} // namespace

// Carries a job's result from the keychain thread to the store's: a queued
// signal, so that a store destroyed meanwhile simply gets nothing.
class KeychainRelay : public QObject
{
    Q_OBJECT

public:
    // Shared with the store's side (a store destroyed meanwhile, a late
    // answer: wiped all the same).
    std::shared_ptr<SecretResult> result = sharedSecretResult();

signals:
    void answered();
};

std::shared_ptr<SecretResult> sharedSecretResult(SecretResult result)
{
    return {new SecretResult(std::move(result)), [](SecretResult *left) {
                wipe(left->secret);
                delete left;
            }};
}

SecretStore::SecretStore(QString service, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_timeoutMs(qMax(1, timeoutMs))
{}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, std::function<void(SecretResult)> done)
{
    start(key, Operation::Read, {}, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &secret,
                        std::function<void(SecretResult)> done)
{
    start(key, Operation::Write, secret, std::move(done));
}

void SecretStore::remove(const QString &key, std::function<void(SecretResult)> done)
{
    start(key, Operation::Remove, {}, std::move(done));
}

void SecretStore::start(const QString &key, Operation operation, const QByteArray &secret,
                        std::function<void(SecretResult)> done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, key, operation, secret, done]() { start(key, operation, secret, done); },
            Qt::QueuedConnection);
        return;
    }
    if (!done)
        done = [](SecretResult) {};
    const int op = static_cast<int>(operation);
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);

    connect(pending->timer, &QTimer::timeout, this, [pending, key, op, this]() {
        if (pending->reported)
            return;
        pending->reported = true;
        pending->timer->deleteLater();
        qCWarning(lcCrypto) << "keychain" << operationName(op) << "of" << key << "timed out after"
                            << m_timeoutMs << "ms";
        SecretResult result;
        result.status = SecretResult::Status::TimedOut;
        result.message =
            QStringLiteral("The keychain did not answer within %1 ms.").arg(m_timeoutMs);
        // Released now: a job that never answers keeps its connection alive.
        const auto report = std::move(pending->done);
        report(std::move(result));
    });

    auto *relay = new KeychainRelay;
    relay->moveToThread(KeychainThread::thread());
    connect(relay, &KeychainRelay::answered, this, [pending, key, op, answer = relay->result]() {
        if (pending->reported) {
            qCDebug(lcCrypto) << "keychain" << operationName(op) << "of" << key
                              << "answered after its timeout; ignored";
            return;
        }
        pending->reported = true;
        pending->timer->stop();
        pending->timer->deleteLater();
        SecretResult result = std::move(*answer);
        qCDebug(lcCrypto) << "keychain" << operationName(op) << "of" << key
                          << "finished:" << statusName(result.status);
        if (result.status != SecretResult::Status::Ok &&
            result.status != SecretResult::Status::NotFound)
            qCWarning(lcCrypto) << "keychain" << operationName(op) << "of" << key
                                << "failed:" << result.message;
        const auto report = std::move(pending->done);
        report(std::move(result));
    });
    pending->timer->start(m_timeoutMs);

    // The job is made, run and answered on the keychain thread.
    QMetaObject::invokeMethod(
        relay,
        [relay, service = m_service, key, operation,
         owned = std::make_shared<QByteArray>(secret)]() {
            QKeychain::Job *job = nullptr;
            switch (operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service);
                break;
            case Operation::Write: {
                auto *write = new QKeychain::WritePasswordJob(service);
                write->setBinaryData(*owned);
                wipe(*owned);
                job = write;
                break;
            }
            case Operation::Remove:
                job = new QKeychain::DeletePasswordJob(service);
                break;
            }
            job->setKey(key);
            // No parent; it deletes itself after it finishes: libsecret keeps
            // a raw pointer to it until its reply arrives.
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            QObject::connect(
                job, &QKeychain::Job::finished, relay,
                [relay, operation](QKeychain::Job *finished) {
                    SecretResult result = resultOf(*finished);
                    if (result.status == SecretResult::Status::Ok && operation == Operation::Read)
                        result.secret =
                            static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                    *relay->result = std::move(result);
                    emit relay->answered();
                    relay->deleteLater();
                });
            job->start();
        },
        Qt::QueuedConnection);
}

} // namespace cp::storage

#include "secretstore.moc"
