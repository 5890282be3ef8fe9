// The key vault of the archive in both modes and the secret store over the
// real keychain (gnome-keyring on the test session bus, as scripts/test.sh
// provides). One case runs in a child process of this binary whose session
// bus address points nowhere: there, creating a keychain vault must fail and
// write nothing — no fallback.
#include "storage/keyvault.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <sys/stat.h>

using namespace cp::storage;

namespace {

constexpr char ChildArgument[] = "--child-unavailable-keychain";
constexpr int Patience = 60000; // ms; only a bound for a hung test, not a timing check

// Every message of the run, debug included, to prove that no secret is logged.
QMutex logMutex;
QStringList capturedLogs;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&logMutex);
        capturedLogs.append(QLatin1String(context.category ? context.category : "") +
                            QLatin1String(": ") + message);
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

// Turns every level of our category on, whatever QT_LOGGING_RULES says.
void enableCryptoLogging(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "cp.storage.crypto") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}

struct Reply
{
    int calls = 0;
    bool ok = false;
    QString error;
    QThread *thread = nullptr;
};

KeyVault::Done recorder(Reply &reply)
{
    return [&reply](bool ok, QString error) {
        ++reply.calls;
        reply.ok = ok;
        reply.error = std::move(error);
        reply.thread = QThread::currentThread();
    };
}

struct StoreReply
{
    int calls = 0;
    SecretResult result;
    QThread *thread = nullptr;
};

std::function<void(SecretResult)> recorder(StoreReply &reply)
{
    return [&reply](SecretResult result) {
        ++reply.calls;
        reply.result = std::move(result);
        reply.thread = QThread::currentThread();
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

int unixMode(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

// The forms in which a secret could leak into a text file or a log.
QList<QByteArray> encodingsOf(const QByteArray &secret)
{
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// The child: the session bus address points nowhere, so no keychain answers.
int runUnavailableKeychainChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 3;
    const QString dataDir = QFile::decodeName(argv[2]);
    SecretStore store(QStringLiteral("citizen-profile-test-unavailable"), 20000);
    KeyVault vault(dataDir, &store);
    int code = 2; // no answer at all
    vault.createWithKeychain([&](bool ok, const QString &error) {
        const bool keyFile = QFile::exists(vault.keyFilePath());
        std::printf("child: ok=%d unlocked=%d mode=%d keyfile=%d error=%s\n", int(ok),
                    int(vault.isUnlocked()), int(vault.mode()), int(keyFile), qPrintable(error));
        code = (!ok && !error.isEmpty() && !vault.isUnlocked() &&
                vault.mode() == KeyVault::Mode::None && !keyFile)
                   ? 0
                   : 1;
        app.quit();
    });
    QTimer::singleShot(Patience, &app, &QCoreApplication::quit);
    app.exec();
    std::fflush(stdout);
    return code;
}

} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void passphraseCreateLockUnlock();
    void passphraseChange();
    void passphraseRefusals();
    void tamperedKeyFile_data();
    void tamperedKeyFile();
    void callbacksOnCallingThreadWhileTimerTicks();
    void oneOperationAtATime();
    void lockWhileUnlocking();
    void destroyPassphraseVault();
    void adoptWithPassphrase();
    void adoptRefusals();

    void secretStoreRoundTrip();
    void secretStoreMissingEntry();
    void secretStoreTimeoutReportsOnce();
    void secretStoreAnswersWhileCallerIsBusy();
    void keychainPrefetchServesTheUnlock();
    void keychainCreateUnlock();
    void keychainDestroyRemovesEntry();
    void keychainToPassphrase();
    void keychainAdopt();
    void keychainUnavailableHasNoFallback();

private:
    bool requireKeychain();
    void remember(const QByteArray &secret);
    void wait(Reply &reply);
    void wait(StoreReply &reply);
    void create(KeyVault &vault, const QByteArray &passphrase);
    QByteArray keyOf(const KeyVault &vault) const { return vault.dataKey().toByteArray(); }

    QString m_service;
    bool m_keychainAnswers = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QByteArray> m_secretsSeen;
};

bool TestKeyVault::requireKeychain()
{
    if (!m_keychainAnswers) {
        qWarning("The keychain does not answer: run inside dbus-run-session with an unlocked "
                 "gnome-keyring (scripts/test.sh does).");
    }
    return m_keychainAnswers;
}

void TestKeyVault::remember(const QByteArray &secret)
{
    m_secretsSeen.append(secret);
}

void TestKeyVault::wait(Reply &reply)
{
    QVERIFY(QTest::qWaitFor([&reply]() { return reply.calls > 0; }, Patience));
}

void TestKeyVault::wait(StoreReply &reply)
{
    QVERIFY(QTest::qWaitFor([&reply]() { return reply.calls > 0; }, Patience));
}

void TestKeyVault::create(KeyVault &vault, const QByteArray &passphrase)
{
    remember(passphrase);
    Reply reply;
    vault.createWithPassphrase(passphrase, recorder(reply));
    wait(reply);
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QVERIFY(vault.isUnlocked());
    remember(keyOf(vault));
}

void TestKeyVault::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    previousFilter = QLoggingCategory::installFilter(enableCryptoLogging);

    m_service = QStringLiteral("citizen-profile-test-%1")
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // Is there a keychain? Only the keychain cases need one.
    SecretStore store(m_service, 20000);
    StoreReply written;
    store.write(QStringLiteral("probe"), "probe", recorder(written));
    wait(written);
    StoreReply removed;
    store.remove(QStringLiteral("probe"), recorder(removed));
    wait(removed);
    m_keychainAnswers = written.result.status == SecretResult::Status::Ok &&
                        removed.result.status == SecretResult::Status::Ok;
    if (!m_keychainAnswers)
        qWarning("keychain probe: %s", qPrintable(written.result.message));
}

void TestKeyVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestKeyVault::cleanupTestCase()
{
    m_dir.reset();
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::installFilter(previousFilter);
    const QMutexLocker locker(&logMutex);
    // The check means something only if our debug lines were captured.
    QVERIFY(capturedLogs.filter(QLatin1String("key vault unlocked")).size() > 0);
    for (const QByteArray &secret : std::as_const(m_secretsSeen)) {
        for (const QByteArray &form : encodingsOf(secret)) {
            const QString text = QString::fromLatin1(form);
            for (const QString &line : std::as_const(capturedLogs)) {
                if (line.contains(text) || line.contains(QString::fromUtf8(form)))
                    QFAIL(qPrintable(QStringLiteral("a secret (%1) appears in a log line: %2")
                                         .arg(QString::fromLatin1(form.toHex()), line)));
            }
        }
    }
}

void TestKeyVault::passphraseCreateLockUnlock()
{
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    KeyVault vault(dataDir, nullptr);
    QCOMPARE(vault.mode(), KeyVault::Mode::None);
    QVERIFY(!vault.isUnlocked());
    QSignalSpy lockedChanged(&vault, &KeyVault::lockedChanged);

    create(vault, "correct horse battery staple");
    QCOMPARE(vault.mode(), KeyVault::Mode::Passphrase);
    QCOMPARE(lockedChanged.size(), 1);
    QCOMPARE(lockedChanged.at(0).at(0).toBool(), false);
    const QByteArray key = keyOf(vault);
    QCOMPARE(key.size(), 32);

    // keys.json: 0600 in a 0700 folder, the documented fields, no key in any form.
    const QString keyFile = vault.keyFilePath();
    QCOMPARE(keyFile, QDir(dataDir).filePath(QStringLiteral("keys.json")));
    QCOMPARE(unixMode(keyFile), 0600);
    QCOMPARE(unixMode(dataDir), 0700);
    const QByteArray stored = readFile(keyFile);
    for (const QByteArray &form : encodingsOf(key))
        QVERIFY2(!stored.contains(form), form.constData());
    QVERIFY(!stored.contains("correct horse"));
    const QJsonObject json = QJsonDocument::fromJson(stored).object();
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("passphrase"));
    QCOMPARE(json.value(QLatin1String("archiveId")).toString().size(), 32);
    QCOMPARE(json.value(QLatin1String("kdf")).toObject().value(QLatin1String("memoryKiB")).toInt(),
             65536);
    QCOMPARE(json.value(QLatin1String("kdf")).toObject().value(QLatin1String("passes")).toInt(), 3);
    QVERIFY(!json.value(QLatin1String("wrapped")).toString().isEmpty());

    vault.lock();
    QVERIFY(!vault.isUnlocked());
    QVERIFY(vault.dataKey().isEmpty());
    QCOMPARE(lockedChanged.size(), 2);
    QCOMPARE(lockedChanged.at(1).at(0).toBool(), true);

    Reply wrong;
    remember("correct horse battery stapler");
    vault.unlockWithPassphrase("correct horse battery stapler", recorder(wrong));
    wait(wrong);
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.error, KeyVault::wrongPassphraseMessage());
    QVERIFY(!vault.isUnlocked());

    Reply right;
    vault.unlockWithPassphrase("correct horse battery staple", recorder(right));
    wait(right);
    QVERIFY2(right.ok, qPrintable(right.error));
    QCOMPARE(keyOf(vault), key);
    QCOMPARE(lockedChanged.size(), 3);

    // A fresh vault on the same folder reads the mode and opens the same key.
    KeyVault again(dataDir, nullptr);
    QCOMPARE(again.mode(), KeyVault::Mode::Passphrase);
    QVERIFY(!again.isUnlocked());
    Reply reopened;
    again.unlockWithPassphrase("correct horse battery staple", recorder(reopened));
    wait(reopened);
    QVERIFY2(reopened.ok, qPrintable(reopened.error));
    QCOMPARE(keyOf(again), key);
}

void TestKeyVault::passphraseChange()
{
    KeyVault vault(m_dir->path(), nullptr);
    create(vault, "first passphrase");
    const QByteArray key = keyOf(vault);
    const QByteArray before = readFile(vault.keyFilePath());

    Reply changed;
    remember("second passphrase");
    vault.changePassphrase("second passphrase", recorder(changed));
    wait(changed);
    QVERIFY2(changed.ok, qPrintable(changed.error));
    QVERIFY(vault.isUnlocked());
    QCOMPARE(keyOf(vault), key);
    const QByteArray after = readFile(vault.keyFilePath());
    QVERIFY(after != before);
    QCOMPARE(unixMode(vault.keyFilePath()), 0600);

    vault.lock();
    Reply old;
    vault.unlockWithPassphrase("first passphrase", recorder(old));
    wait(old);
    QVERIFY(!old.ok);
    QCOMPARE(old.error, KeyVault::wrongPassphraseMessage());

    Reply fresh;
    vault.unlockWithPassphrase("second passphrase", recorder(fresh));
    wait(fresh);
    QVERIFY2(fresh.ok, qPrintable(fresh.error));
    QCOMPARE(keyOf(vault), key);

    vault.lock();
    Reply locked;
    vault.changePassphrase("third passphrase", recorder(locked));
    wait(locked);
    QVERIFY(!locked.ok);
    QCOMPARE(readFile(vault.keyFilePath()), after);
}

void TestKeyVault::passphraseRefusals()
{
    KeyVault vault(m_dir->path(), nullptr);
    Reply empty;
    vault.createWithPassphrase(QByteArray(), recorder(empty));
    wait(empty);
    QVERIFY(!empty.ok);
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    Reply nothing;
    vault.unlockWithPassphrase("anything", recorder(nothing));
    wait(nothing);
    QVERIFY(!nothing.ok);

    Reply noKeychain;
    vault.createWithKeychain(recorder(noKeychain));
    wait(noKeychain);
    QVERIFY(!noKeychain.ok);
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    create(vault, "refusal test passphrase 7f3a");
    const QByteArray stored = readFile(vault.keyFilePath());
    Reply twice;
    vault.createWithPassphrase("another passphrase", recorder(twice));
    wait(twice);
    QVERIFY(!twice.ok);
    QCOMPARE(readFile(vault.keyFilePath()), stored); // never overwritten

    Reply wrongMode;
    vault.unlockWithKeychain(recorder(wrongMode));
    wait(wrongMode);
    QVERIFY(!wrongMode.ok);
}

void TestKeyVault::tamperedKeyFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not JSON") << QStringLiteral("garbage");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("cut in half") << QStringLiteral("half");
    QTest::newRow("wrapped key altered") << QStringLiteral("wrapped");
    QTest::newRow("wrapped key shortened") << QStringLiteral("wrapped-short");
    QTest::newRow("salt altered") << QStringLiteral("salt");
    QTest::newRow("memory lowered") << QStringLiteral("memory");
    QTest::newRow("archive id altered") << QStringLiteral("archive");
    QTest::newRow("mode switched") << QStringLiteral("mode");
    QTest::newRow("unknown version") << QStringLiteral("version");
}

void TestKeyVault::tamperedKeyFile()
{
    QFETCH(QString, damage);
    const QByteArray passphrase("tamper test passphrase");
    KeyVault vault(m_dir->path(), nullptr);
    create(vault, passphrase);
    vault.lock();

    const QString path = vault.keyFilePath();
    const QByteArray original = readFile(path);
    QJsonObject json = QJsonDocument::fromJson(original).object();
    QJsonObject kdf = json.value(QLatin1String("kdf")).toObject();
    QByteArray bytes;
    const auto flipFirstByte = [](const QString &base64) {
        QByteArray decoded = QByteArray::fromBase64(base64.toLatin1());
        decoded[20] = char(decoded[20] ^ 0x01);
        return QString::fromLatin1(decoded.toBase64());
    };
    if (damage == QLatin1String("garbage")) {
        bytes = "{ this is not json";
    } else if (damage == QLatin1String("empty")) {
        bytes = "";
    } else if (damage == QLatin1String("half")) {
        bytes = original.left(original.size() / 2);
    } else if (damage == QLatin1String("wrapped")) {
        json.insert(QLatin1String("wrapped"),
                    flipFirstByte(json.value(QLatin1String("wrapped")).toString()));
    } else if (damage == QLatin1String("wrapped-short")) {
        const QByteArray wrapped =
            QByteArray::fromBase64(json.value(QLatin1String("wrapped")).toString().toLatin1());
        json.insert(QLatin1String("wrapped"), QString::fromLatin1(wrapped.left(40).toBase64()));
    } else if (damage == QLatin1String("salt")) {
        QByteArray salt =
            QByteArray::fromBase64(kdf.value(QLatin1String("salt")).toString().toLatin1());
        salt[0] = char(salt[0] ^ 0x01);
        kdf.insert(QLatin1String("salt"), QString::fromLatin1(salt.toBase64()));
        json.insert(QLatin1String("kdf"), kdf);
    } else if (damage == QLatin1String("memory")) {
        kdf.insert(QLatin1String("memoryKiB"), 1024);
        json.insert(QLatin1String("kdf"), kdf);
    } else if (damage == QLatin1String("archive")) {
        QString id = json.value(QLatin1String("archiveId")).toString();
        id[0] = id[0] == u'0' ? u'1' : u'0';
        json.insert(QLatin1String("archiveId"), id);
    } else if (damage == QLatin1String("mode")) {
        json.insert(QLatin1String("mode"), QStringLiteral("keychain"));
    } else if (damage == QLatin1String("version")) {
        json.insert(QLatin1String("version"), 2);
    }
    if (bytes.isNull())
        bytes = QJsonDocument(json).toJson();
    QVERIFY(writeFile(path, bytes));

    Reply reply;
    vault.unlockWithPassphrase(passphrase, recorder(reply));
    wait(reply);
    QVERIFY(!reply.ok);
    QVERIFY(!reply.error.isEmpty());
    QVERIFY(!vault.isUnlocked());
    QVERIFY(vault.dataKey().isEmpty());
}

void TestKeyVault::callbacksOnCallingThreadWhileTimerTicks()
{
    KeyVault vault(m_dir->path(), nullptr);
    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, this, [&ticks]() { ++ticks; });
    timer.start();

    // Argon2 runs on a worker: the call returns at once, the event loop of
    // this thread keeps running, and the callback comes back to this thread.
    Reply created;
    remember("responsive passphrase");
    vault.createWithPassphrase("responsive passphrase", recorder(created));
    QCOMPARE(created.calls, 0);
    wait(created);
    QVERIFY2(created.ok, qPrintable(created.error));
    QCOMPARE(created.thread, QThread::currentThread());
    QVERIFY(ticks >= 1);
    remember(keyOf(vault));

    vault.lock();
    ticks = 0;
    Reply unlocked;
    vault.unlockWithPassphrase("responsive passphrase", recorder(unlocked));
    QCOMPARE(unlocked.calls, 0);
    QVERIFY(!vault.isUnlocked());
    wait(unlocked);
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(unlocked.thread, QThread::currentThread());
    QVERIFY(ticks >= 1);
    QCOMPARE(unlocked.calls, 1);

    // Even an immediate refusal comes later, not inside the call.
    Reply refused;
    vault.createWithPassphrase("again", recorder(refused));
    QCOMPARE(refused.calls, 0);
    wait(refused);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.thread, QThread::currentThread());
}

void TestKeyVault::oneOperationAtATime()
{
    KeyVault vault(m_dir->path(), nullptr);
    create(vault, "busy passphrase");
    const QByteArray key = keyOf(vault);
    vault.lock();

    Reply first;
    Reply second;
    vault.unlockWithPassphrase("busy passphrase", recorder(first));
    QVERIFY(vault.isBusy());
    vault.unlockWithPassphrase("busy passphrase", recorder(second));
    // Nothing has run yet on this thread: the refusal must not have ended
    // the running unlock.
    QVERIFY(vault.isBusy());
    QCOMPARE(second.calls, 0);
    wait(second);
    QVERIFY(!second.ok);
    wait(first);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(!vault.isBusy());
    QCOMPARE(keyOf(vault), key);
    QCOMPARE(first.calls, 1);
    QCOMPARE(second.calls, 1);
}

void TestKeyVault::lockWhileUnlocking()
{
    KeyVault vault(m_dir->path(), nullptr);
    create(vault, "lock race passphrase");
    vault.lock();

    Reply reply;
    vault.unlockWithPassphrase("lock race passphrase", recorder(reply));
    vault.lock(); // the user locks before the derivation is done
    wait(reply);
    QVERIFY(!reply.ok);
    QVERIFY(!vault.isUnlocked());
}

void TestKeyVault::destroyPassphraseVault()
{
    KeyVault vault(m_dir->path(), nullptr);
    create(vault, "destroy passphrase");
    Reply destroyed;
    vault.destroy(recorder(destroyed));
    wait(destroyed);
    QVERIFY2(destroyed.ok, qPrintable(destroyed.error));
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(vault.mode(), KeyVault::Mode::None);
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    Reply unlock;
    vault.unlockWithPassphrase("destroy passphrase", recorder(unlock));
    wait(unlock);
    QVERIFY(!unlock.ok);
}

void TestKeyVault::adoptWithPassphrase()
{
    // A restored backup hands the vault its data key: the key file wraps that
    // key, not a new one, and unlocking gives it back.
    const QString dataDir = m_dir->filePath(QStringLiteral("restored"));
    SecureBytes given = SecureBytes::random(32);
    const QByteArray key = given.toByteArray();
    remember(key);
    remember("adopted passphrase");
    KeyVault vault(dataDir, nullptr);
    Reply adopted;
    vault.adoptWithPassphrase(std::move(given), "adopted passphrase", recorder(adopted));
    QCOMPARE(adopted.calls, 0);
    QVERIFY(given.isEmpty()); // moved in: the caller keeps no copy
    wait(adopted);
    QVERIFY2(adopted.ok, qPrintable(adopted.error));
    QCOMPARE(adopted.thread, QThread::currentThread());
    QCOMPARE(vault.mode(), KeyVault::Mode::Passphrase);
    QVERIFY(vault.isUnlocked());
    QCOMPARE(keyOf(vault), key);
    QCOMPARE(unixMode(vault.keyFilePath()), 0600);
    QCOMPARE(unixMode(dataDir), 0700);
    const QByteArray stored = readFile(vault.keyFilePath());
    for (const QByteArray &form : encodingsOf(key))
        QVERIFY(!stored.contains(form));

    KeyVault fresh(dataDir, nullptr);
    QCOMPARE(fresh.mode(), KeyVault::Mode::Passphrase);
    Reply wrong;
    fresh.unlockWithPassphrase("adopted passphrasE", recorder(wrong));
    wait(wrong);
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.error, KeyVault::wrongPassphraseMessage());
    Reply unlocked;
    fresh.unlockWithPassphrase("adopted passphrase", recorder(unlocked));
    wait(unlocked);
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(keyOf(fresh), key);
}

void TestKeyVault::adoptRefusals()
{
    KeyVault vault(m_dir->path(), nullptr);
    Reply shortKey;
    vault.adoptWithPassphrase(SecureBytes::random(16), "some passphrase", recorder(shortKey));
    wait(shortKey);
    QVERIFY(!shortKey.ok);
    QVERIFY(shortKey.error.contains(QLatin1String("256-bit")));
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    Reply noKey;
    vault.adoptWithPassphrase(SecureBytes(), "some passphrase", recorder(noKey));
    wait(noKey);
    QVERIFY(!noKey.ok);

    Reply noPassphrase;
    vault.adoptWithPassphrase(SecureBytes::random(32), QByteArray(), recorder(noPassphrase));
    wait(noPassphrase);
    QVERIFY(!noPassphrase.ok);
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    Reply noKeychain;
    vault.adoptWithKeychain(SecureBytes::random(32), recorder(noKeychain));
    wait(noKeychain);
    QVERIFY(!noKeychain.ok);
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    // Never over an existing key file: that would orphan the archive it opens.
    create(vault, "the archive's own passphrase");
    const QByteArray key = keyOf(vault);
    const QByteArray stored = readFile(vault.keyFilePath());
    Reply over;
    vault.adoptWithPassphrase(SecureBytes::random(32), "another passphrase", recorder(over));
    wait(over);
    QVERIFY(!over.ok);
    QCOMPARE(readFile(vault.keyFilePath()), stored);
    QCOMPARE(keyOf(vault), key);
}

void TestKeyVault::secretStoreRoundTrip()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    const QString key = QStringLiteral("refresh-token:round-trip");
    const QByteArray secret("\x00\xff\x80 binary refresh token \xd0\x9f", 28);
    remember(secret);

    StoreReply written;
    store.write(key, secret, recorder(written));
    QCOMPARE(written.calls, 0);
    wait(written);
    QCOMPARE(written.result.status, SecretResult::Status::Ok);

    StoreReply read;
    store.read(key, recorder(read));
    wait(read);
    QCOMPARE(read.result.status, SecretResult::Status::Ok);
    QCOMPARE(read.result.secret, secret);
    QVERIFY(!read.result.message.contains(QLatin1String("binary refresh")));

    StoreReply removed;
    store.remove(key, recorder(removed));
    wait(removed);
    QCOMPARE(removed.result.status, SecretResult::Status::Ok);

    StoreReply gone;
    store.read(key, recorder(gone));
    wait(gone);
    QCOMPARE(gone.result.status, SecretResult::Status::NotFound);
    QVERIFY(gone.result.secret.isEmpty());

    QCOMPARE(written.calls + read.calls + removed.calls + gone.calls, 4);
}

void TestKeyVault::secretStoreMissingEntry()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    StoreReply missing;
    store.read(QStringLiteral("never-written"), recorder(missing));
    wait(missing);
    QCOMPARE(missing.result.status, SecretResult::Status::NotFound);
    QCOMPARE(missing.calls, 1);
}

void TestKeyVault::secretStoreTimeoutReportsOnce()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore hasty(m_service, 1);
    StoreReply hastyRead;
    hasty.read(QStringLiteral("never-written"), recorder(hastyRead));
    wait(hastyRead);
    QVERIFY(hastyRead.result.status == SecretResult::Status::TimedOut ||
            hastyRead.result.status == SecretResult::Status::NotFound);

    // QtKeychain runs its jobs one after another: once a later job has
    // answered, the hasty job has answered too, and its late result had its
    // chance to (wrongly) report a second time.
    SecretStore patient(m_service);
    StoreReply patientRead;
    patient.read(QStringLiteral("never-written"), recorder(patientRead));
    wait(patientRead);
    QCOMPARE(patientRead.result.status, SecretResult::Status::NotFound);
    QCOMPARE(hastyRead.calls, 1);
}

// Events already posted, handled without waiting: what is ready by now.
static void handleWhatIsReady()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

void TestKeyVault::secretStoreAnswersWhileCallerIsBusy()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    const QString key = QStringLiteral("refresh-token:busy-caller");
    StoreReply written;
    store.write(key, QByteArray("busy caller"), recorder(written));
    wait(written);
    QCOMPARE(written.result.status, SecretResult::Status::Ok);

    // The keychain's round trips run on its own thread: while this thread
    // is busy (a window being made) and its event loop does not run, the
    // answer is made ready; it comes with the next turn, on this thread.
    StoreReply read;
    store.read(key, recorder(read));
    QThread::msleep(1500);
    QCOMPARE(read.calls, 0); // never inside a call, never on another thread
    handleWhatIsReady();
    QCOMPARE(read.calls, 1);
    QCOMPARE(read.thread, QThread::currentThread());
    QCOMPARE(read.result.status, SecretResult::Status::Ok);
    QCOMPARE(read.result.secret, QByteArray("busy caller"));

    StoreReply removed;
    store.remove(key, recorder(removed));
    wait(removed);
    QCOMPARE(removed.result.status, SecretResult::Status::Ok);
}

void TestKeyVault::keychainPrefetchServesTheUnlock()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    QByteArray key;
    {
        KeyVault vault(dataDir, &store);
        Reply created;
        vault.createWithKeychain(recorder(created));
        wait(created);
        QVERIFY2(created.ok, qPrintable(created.error));
        key = keyOf(vault);
        remember(key);
    }

    // Asked ahead, answered while this thread is busy: the unlock that
    // follows takes that answer with the next turns, no new round trip.
    KeyVault vault(dataDir, &store);
    vault.prefetchKeychainKey();
    QThread::msleep(1500);
    handleWhatIsReady();
    Reply unlocked;
    vault.unlockWithKeychain(recorder(unlocked));
    QCOMPARE(unlocked.calls, 0); // never inside the call
    handleWhatIsReady();
    QCOMPARE(unlocked.calls, 1);
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(keyOf(vault), key);

    // Locked, then asked ahead again; `between` runs before the unlock.
    const auto unlocksAfterPrefetch = [&](const std::function<void()> &between) {
        vault.lock();
        vault.prefetchKeychainKey();
        between();
        Reply again;
        vault.unlockWithKeychain(recorder(again));
        wait(again);
        return again.ok && keyOf(vault) == key;
    };
    // An unlock asked while the prefetch is on its way waits for it.
    QVERIFY(unlocksAfterPrefetch([]() {}));
    // A prefetch that a lock comes after is dropped; the unlock reads anew.
    QVERIFY(unlocksAfterPrefetch([&]() {
        QThread::msleep(500);
        handleWhatIsReady();
        vault.lock();
    }));

    // Nothing is asked of the keychain for a vault that does not use it.
    vault.lock();
    QVERIFY(QFile::remove(vault.keyFilePath()));
    KeyVault none(dataDir, &store);
    none.prefetchKeychainKey();
    Reply refused;
    none.unlockWithKeychain(recorder(refused));
    wait(refused);
    QVERIFY(!refused.ok);
}

void TestKeyVault::keychainCreateUnlock()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    KeyVault vault(dataDir, &store);
    Reply created;
    vault.createWithKeychain(recorder(created));
    QCOMPARE(created.calls, 0);
    wait(created);
    QVERIFY2(created.ok, qPrintable(created.error));
    QCOMPARE(created.thread, QThread::currentThread());
    QCOMPARE(vault.mode(), KeyVault::Mode::Keychain);
    QVERIFY(vault.isUnlocked());
    const QByteArray key = keyOf(vault);
    remember(key);

    const QByteArray stored = readFile(vault.keyFilePath());
    QCOMPARE(unixMode(vault.keyFilePath()), 0600);
    const QJsonObject json = QJsonDocument::fromJson(stored).object();
    QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("keychain"));
    QVERIFY(!json.contains(QLatin1String("kdf")));
    const QString entry =
        KeyVault::keychainEntryName(json.value(QLatin1String("archiveId")).toString());
    QVERIFY(entry.startsWith(QLatin1String("archive-key:")));

    // The wrapping key is in the keychain, and neither key is in the file.
    StoreReply wrapping;
    store.read(entry, recorder(wrapping));
    wait(wrapping);
    QCOMPARE(wrapping.result.status, SecretResult::Status::Ok);
    QCOMPARE(wrapping.result.secret.size(), 32);
    remember(wrapping.result.secret);
    for (const QByteArray &form : encodingsOf(key) + encodingsOf(wrapping.result.secret))
        QVERIFY(!stored.contains(form));

    KeyVault fresh(dataDir, &store);
    QCOMPARE(fresh.mode(), KeyVault::Mode::Keychain);
    QVERIFY(!fresh.isUnlocked());
    Reply unlocked;
    fresh.unlockWithKeychain(recorder(unlocked));
    wait(unlocked);
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(keyOf(fresh), key);

    Reply byPassphrase;
    fresh.unlockWithPassphrase("not a passphrase vault", recorder(byPassphrase));
    wait(byPassphrase);
    QVERIFY(!byPassphrase.ok);

    Reply destroyed;
    fresh.destroy(recorder(destroyed));
    wait(destroyed);
    QVERIFY2(destroyed.ok, qPrintable(destroyed.error));
}

void TestKeyVault::keychainDestroyRemovesEntry()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    KeyVault vault(m_dir->path(), &store);
    Reply created;
    vault.createWithKeychain(recorder(created));
    wait(created);
    QVERIFY2(created.ok, qPrintable(created.error));
    remember(keyOf(vault));
    const QString entry =
        KeyVault::keychainEntryName(QJsonDocument::fromJson(readFile(vault.keyFilePath()))
                                        .object()
                                        .value(QLatin1String("archiveId"))
                                        .toString());

    Reply destroyed;
    vault.destroy(recorder(destroyed));
    wait(destroyed);
    QVERIFY2(destroyed.ok, qPrintable(destroyed.error));
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(vault.mode(), KeyVault::Mode::None);
    QVERIFY(!QFile::exists(vault.keyFilePath()));

    StoreReply gone;
    store.read(entry, recorder(gone));
    wait(gone);
    QCOMPARE(gone.result.status, SecretResult::Status::NotFound);

    Reply unlock;
    vault.unlockWithKeychain(recorder(unlock));
    wait(unlock);
    QVERIFY(!unlock.ok);
}

void TestKeyVault::keychainToPassphrase()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    KeyVault vault(m_dir->path(), &store);
    Reply created;
    vault.createWithKeychain(recorder(created));
    wait(created);
    QVERIFY2(created.ok, qPrintable(created.error));
    const QByteArray key = keyOf(vault);
    remember(key);
    const QString entry =
        KeyVault::keychainEntryName(QJsonDocument::fromJson(readFile(vault.keyFilePath()))
                                        .object()
                                        .value(QLatin1String("archiveId"))
                                        .toString());

    Reply changed;
    remember("moving off the keychain");
    vault.changePassphrase("moving off the keychain", recorder(changed));
    wait(changed);
    QVERIFY2(changed.ok, qPrintable(changed.error));
    QCOMPARE(vault.mode(), KeyVault::Mode::Passphrase);

    // The vault removed the old entry before reporting; jobs run in order.
    StoreReply gone;
    store.read(entry, recorder(gone));
    wait(gone);
    QCOMPARE(gone.result.status, SecretResult::Status::NotFound);

    vault.lock();
    Reply unlocked;
    vault.unlockWithPassphrase("moving off the keychain", recorder(unlocked));
    wait(unlocked);
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(keyOf(vault), key);
}

void TestKeyVault::keychainAdopt()
{
    if (!requireKeychain())
        QFAIL("no keychain");
    SecretStore store(m_service);
    const QString dataDir = m_dir->filePath(QStringLiteral("restored"));
    SecureBytes given = SecureBytes::random(32);
    const QByteArray key = given.toByteArray();
    remember(key);
    KeyVault vault(dataDir, &store);
    Reply adopted;
    vault.adoptWithKeychain(std::move(given), recorder(adopted));
    QCOMPARE(adopted.calls, 0);
    wait(adopted);
    QVERIFY2(adopted.ok, qPrintable(adopted.error));
    QCOMPARE(adopted.thread, QThread::currentThread());
    QCOMPARE(vault.mode(), KeyVault::Mode::Keychain);
    QCOMPARE(keyOf(vault), key);
    QCOMPARE(unixMode(vault.keyFilePath()), 0600);
    const QByteArray stored = readFile(vault.keyFilePath());
    for (const QByteArray &form : encodingsOf(key))
        QVERIFY(!stored.contains(form));

    KeyVault fresh(dataDir, &store);
    QCOMPARE(fresh.mode(), KeyVault::Mode::Keychain);
    Reply unlocked;
    fresh.unlockWithKeychain(recorder(unlocked));
    wait(unlocked);
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error));
    QCOMPARE(keyOf(fresh), key);

    // Refused over the existing key file, which stays as it was.
    Reply over;
    fresh.adoptWithKeychain(SecureBytes::random(32), recorder(over));
    wait(over);
    QVERIFY(!over.ok);
    QCOMPARE(readFile(fresh.keyFilePath()), stored);

    Reply destroyed;
    fresh.destroy(recorder(destroyed));
    wait(destroyed);
    QVERIFY2(destroyed.ok, qPrintable(destroyed.error));
}

void TestKeyVault::keychainUnavailableHasNoFallback()
{
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    const QString home = m_dir->filePath(QStringLiteral("home"));
    for (const QString &folder : {dataDir, home})
        QVERIFY(QDir().mkpath(folder));

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/citizen-profile-test-bus"));
    // A settings file written by a plaintext fallback would land here.
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(ChildArgument), dataDir});
    QVERIFY(child.waitForFinished(2 * Patience));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, output.constData());
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("child: ok=0"), output.constData());
    QVERIFY2(filesUnder(dataDir).isEmpty(), qPrintable(filesUnder(dataDir).join(u' ')));
    QVERIFY2(filesUnder(home).isEmpty(), qPrintable(filesUnder(home).join(u' ')));
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], ChildArgument) == 0)
        return runUnavailableKeychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeyVault test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyvault.moc"
