// The OS keychain (QtKeychain 0.13: the Secret Service through libsecret on
// Linux) behind a small asynchronous interface with a timeout. Never a nested
// event loop, never QtKeychain's "insecure fallback" (which would write the
// secret in plain text into a settings file).
//
// Thread rule: use a SecretStore from the thread it lives in (normally the
// GUI thread), which must run an event loop; calls from another thread are
// forwarded to it. QtKeychain runs one job at a time, so a keychain that
// hangs delays later jobs until it answers; each caller still gets its own
// timeout.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cp::storage {

struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no keychain service answers
        TimedOut,
        Failed
    };
    Status status = Status::Failed;
    QByteArray secret; // read only; the caller wipes it when done
    QString message;   // English, for developers and logs; never a secret
};

// A result held by several owners (across threads, or a call queued for
// later): its secret is wiped when the last one lets go, whatever a callback
// took or left.
std::shared_ptr<SecretResult> sharedSecretResult(SecretResult result = {});

class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QString service = QStringLiteral("citizen-profile"), int timeoutMs = 10000,
                         QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }

    // Each callback runs exactly once, on this object's thread: with the
    // job's result, or TimedOut after timeoutMs (a late result of that job is
    // then ignored) — or never, if this object is destroyed first.
    void read(const QString &key, std::function<void(SecretResult)> done);
    void write(const QString &key, const QByteArray &secret,
               std::function<void(SecretResult)> done);
    // Removing an entry that does not exist is Ok.
    void remove(const QString &key, std::function<void(SecretResult)> done);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    // On this object's thread: the timeout; the job itself on the keychain
    // thread (see secretstore.cpp).
    void start(const QString &key, Operation operation, const QByteArray &secret,
               std::function<void(SecretResult)> done);

    QString m_service;
    int m_timeoutMs;
};

} // namespace cp::storage
