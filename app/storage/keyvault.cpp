#include "storage/keyvault.h"

#include "storage/cipherenvelope.h"
#include "storage/cryptolog_p.h"
#include "storage/passphrasekdf.h"
#include "storage/secretstore.h"
#include "support/poolwork.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

#include <cstring>
#include <memory>

namespace cp::storage {

namespace {

using Mode = KeyVault::Mode;

constexpr int KeyFileVersion = 1;
constexpr qsizetype DataKeySize = 32;
constexpr qsizetype ArchiveIdSize = 16;
constexpr qint64 MaxKeyFileSize = 64 * 1024;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

struct KeyFile
{
    Mode mode = Mode::None;
    QString archiveId;
    QByteArray wrapped;
    KdfParams kdf; // passphrase mode
};

struct Loaded
{
    bool exists = false;
    std::optional<KeyFile> file; // nullopt: missing or damaged
    QString error;
    // Read even from a damaged file when possible, so destroy() can still
    // find the keychain entry.
    Mode mode = Mode::None;
    QString archiveId;
};

// What a worker hands back to the vault's thread.
struct Outcome
{
    bool ok = false;
    QString error;
    std::shared_ptr<SecureBytes> key;
};

QString modeName(Mode mode)
{
    return mode == Mode::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase");
}

Mode modeFromName(const QString &name)
{
    if (name == QLatin1String("keychain"))
        return Mode::Keychain;
    if (name == QLatin1String("passphrase"))
        return Mode::Passphrase;
    return Mode::None;
}

bool isArchiveId(const QString &id)
{
    if (id.size() != ArchiveIdSize * 2)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// The wrapped key is bound to its mode and archive, so it cannot be moved to
// another key file or read under the other mode.
QByteArray wrapAad(Mode mode, const QString &archiveId)
{
    return CipherEnvelope::aad(QString(QStringLiteral("keys.json:") + modeName(mode)), archiveId,
                               KeyFileVersion);
}

QByteArray wrapKey(const SecureBytes &wrappingKey, const SecureBytes &dataKey,
                   const QByteArray &aad)
{
    QByteArray plain = dataKey.toByteArray();
    const QByteArray envelope = CipherEnvelope::seal(wrappingKey, plain, aad);
    wipe(plain);
    return envelope;
}

SecureBytes unwrapKey(const SecureBytes &wrappingKey, const QByteArray &wrapped,
                      const QByteArray &aad)
{
    std::optional<QByteArray> plain = CipherEnvelope::open(wrappingKey, wrapped, aad);
    if (!plain)
        return {};
    if (plain->size() != DataKeySize) {
        wipe(*plain);
        return {};
    }
    return SecureBytes::fromRaw(std::move(*plain));
}

SecureBytes copyOf(const char *data, qsizetype size)
{
    SecureBytes copy(size);
    if (size > 0)
        std::memcpy(copy.data(), data, static_cast<size_t>(size));
    return copy;
}

QByteArray viewOf(const SecureBytes &bytes)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

QString randomArchiveId()
{
    const SecureBytes id = SecureBytes::random(ArchiveIdSize);
    if (id.isEmpty())
        return {};
    return QString::fromLatin1(id.toByteArray().toHex());
}

Loaded loadKeyFile(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    loaded.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = QStringLiteral("The key file could not be read: %1").arg(file.errorString());
        return loaded;
    }
    if (file.size() > MaxKeyFileSize) {
        loaded.error = QStringLiteral("The key file is damaged: it is too large.");
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        loaded.error = QStringLiteral("The key file is damaged: it is not a JSON object.");
        return loaded;
    }
    const QJsonObject json = document.object();
    loaded.mode = modeFromName(json.value(QLatin1String("mode")).toString());
    const QString archiveId = json.value(QLatin1String("archiveId")).toString();
    if (isArchiveId(archiveId))
        loaded.archiveId = archiveId;

    const auto damaged = [&loaded](const char *what) {
        loaded.error = QStringLiteral("The key file is damaged: %1.").arg(QLatin1String(what));
        return loaded;
    };
    if (json.value(QLatin1String("version")).toInteger(-1) != KeyFileVersion)
        return damaged("unknown version");
    if (loaded.mode == Mode::None)
        return damaged("unknown mode");
    if (loaded.archiveId.isEmpty())
        return damaged("bad archive id");
    const auto wrapped =
        QByteArray::fromBase64Encoding(json.value(QLatin1String("wrapped")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!wrapped || wrapped.decoded.size() != DataKeySize + CipherEnvelope::Overhead)
        return damaged("bad wrapped key");

    KeyFile keyFile;
    keyFile.mode = loaded.mode;
    keyFile.archiveId = loaded.archiveId;
    keyFile.wrapped = wrapped.decoded;
    if (keyFile.mode == Mode::Passphrase) {
        const std::optional<KdfParams> kdf =
            KdfParams::fromJson(json.value(QLatin1String("kdf")).toObject());
        if (!kdf)
            return damaged("bad or too weak key derivation parameters");
        keyFile.kdf = *kdf;
    }
    loaded.file = keyFile;
    return loaded;
}

// Empty on success, else the error. Runs on a worker: QSaveFile syncs to disk.
QString saveKeyFile(const QString &dataDir, const QString &path, const KeyFile &keyFile)
{
    if (!QFileInfo::exists(dataDir)) {
        if (!QDir().mkpath(dataDir) || !QFile::setPermissions(dataDir, OwnerOnlyFolder))
            return QStringLiteral("The data folder could not be created.");
    }
    QJsonObject json{
        {QStringLiteral("version"), KeyFileVersion},
        {QStringLiteral("mode"), modeName(keyFile.mode)},
        {QStringLiteral("archiveId"), keyFile.archiveId},
        {QStringLiteral("wrapped"), QString::fromLatin1(keyFile.wrapped.toBase64())},
    };
    if (keyFile.mode == Mode::Passphrase)
        json.insert(QStringLiteral("kdf"), keyFile.kdf.toJson());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly))
        return QStringLiteral("The key file could not be written: %1").arg(file.errorString());
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("The key file could not be written: %1").arg(file.errorString());
    return {};
}

// Runs work() on the global thread pool and then() on the calling thread,
// unless the vault is gone by then. The result travels through a relay
// object of the calling thread rather than the vault itself: the vault may
// be destroyed while the worker runs, and posting to a destroyed object is
// undefined; the relay lives until it has delivered.
void runOnWorker(KeyVault *vault, std::function<Outcome()> work,
                 std::function<void(Outcome &)> then)
{
    auto *relay = new QObject;
    const QPointer<KeyVault> guard(vault);
    cp::support::workPool()->start(
        [relay, guard, work = std::move(work), then = std::move(then)]() {
            auto outcome = std::make_shared<Outcome>(work());
            QMetaObject::invokeMethod(
                relay,
                [relay, guard, then, outcome]() {
                    relay->deleteLater();
                    if (guard)
                        then(*outcome);
                },
                Qt::QueuedConnection);
        });
}

Outcome failure(const QString &error)
{
    Outcome outcome;
    outcome.error = error;
    return outcome;
}

} // namespace

KeyVault::KeyVault(QString dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_secrets(secrets)
{
    m_mode = loadKeyFile(keyFilePath()).mode;
}

KeyVault::~KeyVault()
{
    dropPrefetch();
}

QString KeyVault::keyFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("keys.json"));
}

QString KeyVault::keychainEntryName(const QString &archiveId)
{
    return QStringLiteral("archive-key:") + archiveId;
}

QString KeyVault::wrongPassphraseMessage()
{
    return QStringLiteral("wrong passphrase");
}

bool KeyVault::begin(Done &done)
{
    if (!done)
        done = [](bool, const QString &) {};
    if (m_busy) {
        post(done, false, QStringLiteral("Another key operation is still running."));
        return false;
    }
    m_busy = true;
    return true;
}

void KeyVault::finishLater(const Done &done, bool ok, const QString &error)
{
    m_busy = false;
    post(done, ok, error);
}

void KeyVault::post(const Done &done, bool ok, const QString &error)
{
    if (!ok)
        qCWarning(lcCrypto) << "key vault:" << error;
    // Callbacks never run inside the call that asked for them.
    QMetaObject::invokeMethod(
        this, [done, ok, error]() { done(ok, error); }, Qt::QueuedConnection);
}

bool KeyVault::adopt(SecureBytes &&key, quint64 generation)
{
    if (generation != m_generation)
        return false;
    const bool wasLocked = m_dataKey.isEmpty();
    m_dataKey = std::move(key);
    if (wasLocked)
        emit lockedChanged(false);
    return true;
}

void KeyVault::lock()
{
    ++m_generation;
    dropPrefetch();
    if (m_dataKey.isEmpty())
        return;
    m_dataKey.clear();
    qCDebug(lcCrypto) << "key vault locked";
    emit lockedChanged(true);
}

QString KeyVault::unusableKeyMessage(KeySource source)
{
    // A fresh key is empty only when the CSPRNG failed; an adopted one when
    // the caller handed over something that is not a data key.
    return source == KeySource::Fresh
               ? QStringLiteral("The random generator failed.")
               : QStringLiteral("The data key to adopt is not a 256-bit key.");
}

void KeyVault::createWithKeychain(Done done)
{
    wrapInKeychain(SecureBytes::random(DataKeySize), KeySource::Fresh, std::move(done));
}

void KeyVault::adoptWithKeychain(SecureBytes dataKey, Done done)
{
    wrapInKeychain(std::move(dataKey), KeySource::Adopted, std::move(done));
}

void KeyVault::wrapInKeychain(SecureBytes dataKey, KeySource source, Done done)
{
    if (!begin(done))
        return;
    if (QFileInfo::exists(keyFilePath()))
        return finishLater(
            done, false, QStringLiteral("A key file already exists; unlock or destroy it first."));
    if (!m_secrets)
        return finishLater(done, false, QStringLiteral("No keychain is configured."));
    if (dataKey.size() != DataKeySize)
        return finishLater(done, false, unusableKeyMessage(source));

    struct Keys
    {
        SecureBytes wrapping = SecureBytes::random(DataKeySize);
        SecureBytes data;
    };
    auto keys = std::make_shared<Keys>();
    keys->data = std::move(dataKey);
    const QString archiveId = randomArchiveId();
    if (keys->wrapping.isEmpty() || archiveId.isEmpty())
        return finishLater(done, false, QStringLiteral("The random generator failed."));

    const QString entry = keychainEntryName(archiveId);
    const quint64 generation = m_generation;
    const QPointer<KeyVault> self(this);
    QPointer<SecretStore> secrets = m_secrets;
    // The keychain first: a key file must never wrap with a key that the
    // keychain did not take. QtKeychain keeps its own copy of the secret
    // until its job is deleted; ours is wiped with `keys`.
    m_secrets->write(entry, keys->wrapping.toByteArray(), [=](SecretResult stored) {
        KeyVault *const vault = self.data();
        if (!vault)
            return;
        if (stored.status != SecretResult::Status::Ok) {
            vault->finishLater(done, false,
                               QStringLiteral("The keychain did not store the archive key: ") +
                                   stored.message);
            return;
        }
        const QString dataDir = vault->m_dataDir;
        const QString path = vault->keyFilePath();
        runOnWorker(
            vault,
            [keys, archiveId, dataDir, path]() {
                KeyFile keyFile;
                keyFile.mode = Mode::Keychain;
                keyFile.archiveId = archiveId;
                keyFile.wrapped =
                    wrapKey(keys->wrapping, keys->data, wrapAad(Mode::Keychain, archiveId));
                if (keyFile.wrapped.isEmpty())
                    return failure(QStringLiteral("The data key could not be wrapped."));
                const QString error = saveKeyFile(dataDir, path, keyFile);
                if (!error.isEmpty())
                    return failure(error);
                Outcome outcome;
                outcome.ok = true;
                return outcome;
            },
            [vault, keys, entry, secrets, done, generation, source](Outcome &outcome) {
                if (!outcome.ok) {
                    // Best effort: the entry guards nothing now.
                    if (secrets)
                        secrets->remove(entry, [](SecretResult) {});
                    vault->finishLater(done, false, outcome.error);
                    return;
                }
                vault->m_busy = false;
                vault->m_mode = Mode::Keychain;
                vault->adopt(std::move(keys->data), generation);
                qCDebug(lcCrypto) << (source == KeySource::Fresh ? "key vault created"
                                                                 : "key vault adopted a key")
                                  << "in keychain mode";
                done(true, {});
            });
    });
}

void KeyVault::createWithPassphrase(const QByteArray &passphrase, Done done)
{
    wrapWithPassphrase(SecureBytes::random(DataKeySize), KeySource::Fresh, passphrase,
                       std::move(done));
}

void KeyVault::adoptWithPassphrase(SecureBytes dataKey, const QByteArray &passphrase, Done done)
{
    wrapWithPassphrase(std::move(dataKey), KeySource::Adopted, passphrase, std::move(done));
}

void KeyVault::wrapWithPassphrase(SecureBytes dataKey, KeySource source,
                                  const QByteArray &passphrase, Done done)
{
    if (!begin(done))
        return;
    if (QFileInfo::exists(keyFilePath()))
        return finishLater(
            done, false, QStringLiteral("A key file already exists; unlock or destroy it first."));
    if (passphrase.isEmpty())
        return finishLater(done, false, QStringLiteral("The passphrase is empty."));
    if (dataKey.size() != DataKeySize)
        return finishLater(done, false, unusableKeyMessage(source));

    auto secret = std::make_shared<SecureBytes>(copyOf(passphrase.constData(), passphrase.size()));
    auto key = std::make_shared<SecureBytes>(std::move(dataKey));
    const QString dataDir = m_dataDir;
    const QString path = keyFilePath();
    const quint64 generation = m_generation;
    runOnWorker(
        this,
        [secret, key, dataDir, path]() {
            KeyFile keyFile;
            keyFile.mode = Mode::Passphrase;
            keyFile.archiveId = randomArchiveId();
            keyFile.kdf = KdfParams::withRandomSalt();
            if (keyFile.archiveId.isEmpty() || keyFile.kdf.salt.isEmpty())
                return failure(QStringLiteral("The random generator failed."));
            const SecureBytes wrapping = derivePassphraseKey(viewOf(*secret), keyFile.kdf);
            if (wrapping.isEmpty())
                return failure(QStringLiteral("The key derivation (Argon2id) failed."));
            keyFile.wrapped = wrapKey(wrapping, *key, wrapAad(Mode::Passphrase, keyFile.archiveId));
            if (keyFile.wrapped.isEmpty())
                return failure(QStringLiteral("The data key could not be wrapped."));
            const QString error = saveKeyFile(dataDir, path, keyFile);
            if (!error.isEmpty())
                return failure(error);
            Outcome outcome;
            outcome.ok = true;
            outcome.key = key;
            return outcome;
        },
        [this, done, generation, source](Outcome &outcome) {
            if (!outcome.ok)
                return finishLater(done, false, outcome.error);
            m_busy = false;
            m_mode = Mode::Passphrase;
            adopt(std::move(*outcome.key), generation);
            qCDebug(lcCrypto) << (source == KeySource::Fresh ? "key vault created"
                                                             : "key vault adopted a key")
                              << "in passphrase mode";
            done(true, {});
        });
}

void KeyVault::unlockWithKeychain(Done done)
{
    if (!begin(done))
        return;
    const Loaded loaded = loadKeyFile(keyFilePath());
    m_mode = loaded.mode;
    if (!loaded.exists)
        return finishLater(done, false, QStringLiteral("There is no key file to unlock."));
    if (!loaded.file)
        return finishLater(done, false, loaded.error);
    if (loaded.file->mode != Mode::Keychain)
        return finishLater(done, false,
                           QStringLiteral("The archive key is not kept in the keychain."));
    if (!m_secrets)
        return finishLater(done, false, QStringLiteral("No keychain is configured."));

    const KeyFile keyFile = *loaded.file;
    const quint64 generation = m_generation;
    const QPointer<KeyVault> self(this);
    readKeychain(keychainEntryName(keyFile.archiveId), [=](SecretResult result) {
        KeyVault *const vault = self.data();
        if (!vault)
            return;
        if (result.status == SecretResult::Status::NotFound)
            return vault->finishLater(done, false,
                                      QStringLiteral("The keychain has no key for this archive."));
        if (result.status != SecretResult::Status::Ok)
            return vault->finishLater(
                done, false,
                QStringLiteral("The keychain did not give the archive key: ") + result.message);
        const SecureBytes wrapping = SecureBytes::fromRaw(std::move(result.secret));
        // Unwrapping 32 bytes takes microseconds: no worker needed.
        SecureBytes dataKey =
            unwrapKey(wrapping, keyFile.wrapped, wrapAad(Mode::Keychain, keyFile.archiveId));
        if (dataKey.isEmpty())
            return vault->finishLater(
                done, false,
                QStringLiteral("The key in the keychain does not open the key "
                               "file (damaged, or of another archive)."));
        if (!vault->adopt(std::move(dataKey), generation))
            return vault->finishLater(
                done, false, QStringLiteral("The vault was locked while it was unlocking."));
        vault->m_busy = false;
        qCDebug(lcCrypto) << "key vault unlocked with the keychain";
        done(true, {});
    });
}

void KeyVault::prefetchKeychainKey()
{
    if (m_prefetch || m_busy || isUnlocked() || !m_secrets)
        return;
    const Loaded loaded = loadKeyFile(keyFilePath());
    if (!loaded.file || loaded.file->mode != Mode::Keychain)
        return;
    const quint64 number = ++m_prefetches;
    m_prefetch = Prefetch{keychainEntryName(loaded.file->archiveId), number, {}, {}};
    const QPointer<KeyVault> self(this);
    m_secrets->read(m_prefetch->name, [self, number](SecretResult result) {
        KeyVault *const vault = self.data();
        if (!vault || !vault->m_prefetch || vault->m_prefetch->number != number) {
            wipe(result.secret); // dropped meanwhile (a lock)
            return;
        }
        if (auto waiter = std::move(vault->m_prefetch->waiter)) {
            vault->m_prefetch.reset();
            waiter(std::move(result));
            return;
        }
        vault->m_prefetch->answer = std::move(result);
        // Kept for the unlock on its way, not longer.
        QTimer::singleShot(kPrefetchKeepMs, vault, [vault, number]() {
            if (vault->m_prefetch && vault->m_prefetch->number == number)
                vault->dropPrefetch();
        });
    });
}

void KeyVault::readKeychain(const QString &name, std::function<void(SecretResult)> then)
{
    if (!m_prefetch || m_prefetch->name != name) {
        dropPrefetch();
        m_secrets->read(name, std::move(then));
        return;
    }
    if (!m_prefetch->answer) {
        m_prefetch->waiter = std::move(then);
        return;
    }
    // Wiped when the call below is done with it, or dropped with the vault.
    const auto answer = sharedSecretResult(std::move(*m_prefetch->answer));
    m_prefetch.reset();
    // As a read of its own would: later, from the event loop.
    QMetaObject::invokeMethod(
        this, [then = std::move(then), answer]() { then(std::move(*answer)); },
        Qt::QueuedConnection);
}

void KeyVault::dropPrefetch()
{
    // An unlock waiting for the answer takes it and sees a lock itself.
    if (!m_prefetch || m_prefetch->waiter)
        return;
    if (m_prefetch->answer)
        wipe(m_prefetch->answer->secret);
    m_prefetch.reset();
}

void KeyVault::unlockWithPassphrase(const QByteArray &passphrase, Done done)
{
    if (!begin(done))
        return;
    const Loaded loaded = loadKeyFile(keyFilePath());
    m_mode = loaded.mode;
    if (!loaded.exists)
        return finishLater(done, false, QStringLiteral("There is no key file to unlock."));
    if (!loaded.file)
        return finishLater(done, false, loaded.error);
    if (loaded.file->mode != Mode::Passphrase)
        return finishLater(done, false,
                           QStringLiteral("The archive key is not protected by a passphrase."));

    auto secret = std::make_shared<SecureBytes>(copyOf(passphrase.constData(), passphrase.size()));
    const KeyFile keyFile = *loaded.file;
    const quint64 generation = m_generation;
    runOnWorker(
        this,
        [secret, keyFile]() {
            const SecureBytes wrapping = derivePassphraseKey(viewOf(*secret), keyFile.kdf);
            if (wrapping.isEmpty())
                return failure(QStringLiteral("The key derivation (Argon2id) failed."));
            SecureBytes dataKey =
                unwrapKey(wrapping, keyFile.wrapped, wrapAad(Mode::Passphrase, keyFile.archiveId));
            // A wrong passphrase and an altered wrapped key look the same to GCM.
            if (dataKey.isEmpty())
                return failure(KeyVault::wrongPassphraseMessage());
            Outcome outcome;
            outcome.ok = true;
            outcome.key = std::make_shared<SecureBytes>(std::move(dataKey));
            return outcome;
        },
        [this, done, generation](Outcome &outcome) {
            if (!outcome.ok)
                return finishLater(done, false, outcome.error);
            if (!adopt(std::move(*outcome.key), generation))
                return finishLater(done, false,
                                   QStringLiteral("The vault was locked while it was unlocking."));
            m_busy = false;
            qCDebug(lcCrypto) << "key vault unlocked with the passphrase";
            done(true, {});
        });
}

void KeyVault::changePassphrase(const QByteArray &newPassphrase, Done done)
{
    if (!begin(done))
        return;
    if (!isUnlocked())
        return finishLater(done, false, QStringLiteral("Unlock the vault first."));
    if (newPassphrase.isEmpty())
        return finishLater(done, false, QStringLiteral("The passphrase is empty."));
    const Loaded loaded = loadKeyFile(keyFilePath());
    if (!loaded.file)
        return finishLater(done, false,
                           loaded.exists ? loaded.error
                                         : QStringLiteral("There is no key file to change."));

    auto secret =
        std::make_shared<SecureBytes>(copyOf(newPassphrase.constData(), newPassphrase.size()));
    auto dataKey = std::make_shared<SecureBytes>(
        copyOf(reinterpret_cast<const char *>(m_dataKey.data()), m_dataKey.size()));
    const Mode previousMode = loaded.file->mode;
    const QString archiveId = loaded.file->archiveId;
    const QString dataDir = m_dataDir;
    const QString path = keyFilePath();
    runOnWorker(
        this,
        [secret, dataKey, archiveId, dataDir, path]() {
            KeyFile keyFile;
            keyFile.mode = Mode::Passphrase;
            keyFile.archiveId = archiveId;
            keyFile.kdf = KdfParams::withRandomSalt();
            if (keyFile.kdf.salt.isEmpty())
                return failure(QStringLiteral("The random generator failed."));
            const SecureBytes wrapping = derivePassphraseKey(viewOf(*secret), keyFile.kdf);
            if (wrapping.isEmpty())
                return failure(QStringLiteral("The key derivation (Argon2id) failed."));
            keyFile.wrapped = wrapKey(wrapping, *dataKey, wrapAad(Mode::Passphrase, archiveId));
            if (keyFile.wrapped.isEmpty())
                return failure(QStringLiteral("The data key could not be wrapped."));
            const QString error = saveKeyFile(dataDir, path, keyFile);
            if (!error.isEmpty())
                return failure(error);
            Outcome outcome;
            outcome.ok = true;
            return outcome;
        },
        [this, done, previousMode, archiveId](Outcome &outcome) {
            if (!outcome.ok)
                return finishLater(done, false, outcome.error);
            m_busy = false;
            m_mode = Mode::Passphrase;
            // The keychain's wrapping key opens nothing any more; best effort.
            if (previousMode == Mode::Keychain && m_secrets)
                m_secrets->remove(keychainEntryName(archiveId), [](SecretResult) {});
            qCDebug(lcCrypto) << "key vault passphrase changed";
            done(true, {});
        });
}

void KeyVault::destroy(Done done)
{
    if (!begin(done))
        return;
    const Loaded loaded = loadKeyFile(keyFilePath());
    lock();
    if (loaded.exists && !QFile::remove(keyFilePath()))
        return finishLater(done, false, QStringLiteral("The key file could not be removed."));
    m_mode = Mode::None;
    if (loaded.mode != Mode::Keychain || loaded.archiveId.isEmpty() || !m_secrets)
        return finishLater(done, true, {});

    const QPointer<KeyVault> self(this);
    m_secrets->remove(keychainEntryName(loaded.archiveId), [self, done](SecretResult result) {
        KeyVault *const vault = self.data();
        if (!vault)
            return;
        if (result.status == SecretResult::Status::Ok ||
            result.status == SecretResult::Status::NotFound) {
            vault->m_busy = false;
            qCDebug(lcCrypto) << "key vault destroyed";
            done(true, {});
            return;
        }
        vault->finishLater(done, false,
                           QStringLiteral("The key file was removed, but the keychain entry could "
                                          "not be: ") +
                               result.message);
    });
}

} // namespace cp::storage
