// The archive's data key: a random 256-bit key that encrypts every personal
// value at rest. It is kept only wrapped, in <dataDir>/keys.json (0600,
// written atomically):
//   {"version":1, "mode":"keychain"|"passphrase", "archiveId":"<32 hex>",
//    "wrapped":"<base64 CipherEnvelope of the data key>",
//    "kdf":{…KdfParams…}   (passphrase mode only)}
// In keychain mode the wrapping key (random, 32 bytes) lives in the OS
// keychain under "archive-key:<archiveId>"; where no keychain answers, the
// user sets a passphrase and the wrapping key is derived with Argon2id. There
// is no plaintext fallback. Unlocking puts the data key in memory; lock()
// wipes it.
//
// Thread rule: use a KeyVault from its own thread, which runs an event loop
// (the GUI thread in the app). Every callback runs exactly once, later, on
// that thread — never inside the call — unless the vault is destroyed first.
// Argon2 and the key file writes run on QThreadPool workers; keychain calls
// go through SecretStore's asynchronous jobs. One operation at a time: a call
// made while another runs fails at once with an error.
#pragma once

#include "storage/secretstore.h"
#include "storage/securebytes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace cp::storage {

class KeyVault : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        None, // no keys.json yet
        Keychain,
        Passphrase
    };
    using Done = std::function<void(bool ok, QString error)>;

    KeyVault(QString dataDir, SecretStore *secrets, QObject *parent = nullptr);
    ~KeyVault() override;

    // As read from keys.json when the vault was made and after each operation.
    // A damaged keys.json whose mode cannot be read shows as None; creating
    // over it is refused, destroy() removes it.
    Mode mode() const { return m_mode; }
    bool isUnlocked() const { return !m_dataKey.isEmpty(); }
    bool isBusy() const { return m_busy; }
    // Empty when locked. Do not keep copies: lock() must be able to wipe it.
    const SecureBytes &dataKey() const { return m_dataKey; }
    QString keyFilePath() const;

    // "archive-key:<archiveId>"
    static QString keychainEntryName(const QString &archiveId);
    // The error of an unlock whose passphrase does not open the key file.
    static QString wrongPassphraseMessage();

    // A new data key wrapped by a new random key stored in the keychain.
    // Fails, writing nothing, when the keychain does not answer: the caller
    // then offers createWithPassphrase(). Refused when keys.json exists.
    void createWithKeychain(Done done);
    // A new data key wrapped with Argon2id of the passphrase (UTF-8).
    void createWithPassphrase(const QByteArray &passphrase, Done done);
    // As createWith…(), but wrapping the given 32-byte data key instead of a
    // new one: how an archive restored from a backup (BackupArchive) gets its
    // key file. Refused when keys.json exists. The vault then holds the key
    // unlocked; the caller's copy is gone (moved in, wiped with the vault's).
    void adoptWithKeychain(SecureBytes dataKey, Done done);
    void adoptWithPassphrase(SecureBytes dataKey, const QByteArray &passphrase, Done done);
    void unlockWithKeychain(Done done);
    // Asks the keychain for the archive's entry now (its round trips run on
    // the keychain's own thread), so that the unlockWithKeychain() that
    // follows — the window is made meanwhile — finds the answer there or on
    // its way. Nothing when the vault is not in keychain mode, is unlocked
    // or busy. An answer no unlock takes within kPrefetchKeepMs, or one a
    // lock() comes before, is wiped.
    void prefetchKeychainKey();
    static constexpr int kPrefetchKeepMs = 10'000;
    // A wrong passphrase gives ok = false and wrongPassphraseMessage().
    void unlockWithPassphrase(const QByteArray &passphrase, Done done);
    // Rewraps the same data key under a new passphrase (new salt); needs the
    // vault unlocked. From keychain mode this switches to passphrase mode and
    // then removes the keychain entry.
    void changePassphrase(const QByteArray &newPassphrase, Done done);
    void lock();
    // Sign-out / wipe: locks, deletes keys.json and, in keychain mode, the
    // keychain entry. Without keys.json the archive can no longer be read.
    void destroy(Done done);

signals:
    void lockedChanged(bool locked);

private:
    enum class KeySource
    {
        Fresh,  // create*: a new random key
        Adopted // adopt*: the caller's key
    };
    static QString unusableKeyMessage(KeySource source);
    void wrapInKeychain(SecureBytes dataKey, KeySource source, Done done);
    void wrapWithPassphrase(SecureBytes dataKey, KeySource source, const QByteArray &passphrase,
                            Done done);
    // Starts an operation, or refuses it while another runs. A null callback
    // becomes a no-op.
    bool begin(Done &done);
    // Ends the running operation and reports later.
    void finishLater(const Done &done, bool ok, const QString &error);
    // Reports later without touching the running operation.
    void post(const Done &done, bool ok, const QString &error);
    bool adopt(SecureBytes &&key, quint64 generation);
    // The keychain's answer for `name`: the prefetched one if any (later,
    // never inside this call), else a read of its own.
    void readKeychain(const QString &name, std::function<void(SecretResult)> then);
    // Wipes a prefetched answer no unlock waits for.
    void dropPrefetch();

    // A keychain read asked ahead of the unlock: its answer, or the unlock
    // that waits for it.
    struct Prefetch
    {
        QString name;
        quint64 number = 0;
        std::optional<SecretResult> answer;
        std::function<void(SecretResult)> waiter;
    };
    std::optional<Prefetch> m_prefetch;
    quint64 m_prefetches = 0;

    QString m_dataDir;
    QPointer<SecretStore> m_secrets;
    Mode m_mode = Mode::None;
    SecureBytes m_dataKey;
    bool m_busy = false;
    // Bumped by lock(): an unlock that finishes after a lock() is discarded.
    quint64 m_generation = 0;
};

} // namespace cp::storage
