#include "storage/secretstore.h"

#include "storage/cryptolog_p.h"

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

} // namespace

SecretStore::SecretStore(QString service, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_timeoutMs(qMax(1, timeoutMs))
{}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, std::function<void(SecretResult)> done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, key, done]() { read(key, done); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    start(job, Operation::Read, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &secret,
                        std::function<void(SecretResult)> done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, key, secret, done]() { write(key, secret, done); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    start(job, Operation::Write, std::move(done));
}

void SecretStore::remove(const QString &key, std::function<void(SecretResult)> done)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, key, done]() { remove(key, done); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    start(job, Operation::Remove, std::move(done));
}

void SecretStore::start(QKeychain::Job *job, Operation operation,
                        std::function<void(SecretResult)> done)
{
    // The job has no parent and deletes itself after it finishes: libsecret
    // keeps a raw pointer to it until its reply arrives, so it must outlive a
    // timeout and even this object.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    if (!done)
        done = [](SecretResult) {};

    const QString key = job->key();
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

    connect(job, &QKeychain::Job::finished, this, [pending, key, op](QKeychain::Job *finished) {
        if (pending->reported) {
            qCDebug(lcCrypto) << "keychain" << operationName(op) << "of" << key
                              << "answered after its timeout; ignored";
            return;
        }
        pending->reported = true;
        pending->timer->stop();
        pending->timer->deleteLater();
        SecretResult result = resultOf(*finished);
        if (result.status == SecretResult::Status::Ok && op == int(Operation::Read))
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
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
    job->start();
}

} // namespace cp::storage
