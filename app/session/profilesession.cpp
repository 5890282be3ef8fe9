#include "session/profilesession.h"

#include "net/signin.h"
#include "support/poolwork.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <mutex>
#include <utility>

Q_LOGGING_CATEGORY(lcSession, "cp.session")

namespace cp::session {
namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt's own categories that print what is on screen stay off below warnings,
// whatever QT_LOGGING_RULES asks: qt.accessibility.cache logs the accessible
// names of widgets, which hold the citizen's values (found by the suite's
// debug-level pass). No personal value in any log, at any level.
void withoutScreenContents(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.accessibility.cache") == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

ProfileSession::ProfileSession(QString dataDir, QString keychainService, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_settings(m_dataDir)
    , m_secrets(std::move(keychainService))
    , m_vault(std::make_unique<storage::KeyVault>(m_dataDir, &m_secrets))
    , m_tokens(&m_api)
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled, []() {
        g_previousFilter = QLoggingCategory::installFilter(withoutScreenContents);
    });
    // A 401 from anywhere means the access token has run out: renew it once.
    connect(&m_api, &net::ApiClient::unauthorized, this,
            [this]() { refreshAccessToken([](bool) {}); });
}

ProfileSession::~ProfileSession()
{
    lock();
}

bool ProfileSession::loadSettings(QString *error)
{
    return m_settings.load(error);
}

// --- vault and archive -------------------------------------------------------

void ProfileSession::createWithKeychain(Done done)
{
    m_vault->createWithKeychain([this, done](bool ok, const QString &error) {
        if (!ok)
            return done(false, error);
        openArchive(done);
    });
}

void ProfileSession::createWithPassphrase(const QByteArray &passphrase, Done done)
{
    m_vault->createWithPassphrase(passphrase, [this, done](bool ok, const QString &error) {
        if (!ok)
            return done(false, error);
        openArchive(done);
    });
}

void ProfileSession::adoptWithKeychain(storage::SecureBytes dataKey, Done done)
{
    m_vault->adoptWithKeychain(std::move(dataKey), [this, done](bool ok, const QString &error) {
        if (!ok)
            return done(false, error);
        openArchive(done);
    });
}

void ProfileSession::adoptWithPassphrase(storage::SecureBytes dataKey, const QByteArray &passphrase,
                                         Done done)
{
    m_vault->adoptWithPassphrase(std::move(dataKey), passphrase,
                                 [this, done](bool ok, const QString &error) {
                                     if (!ok)
                                         return done(false, error);
                                     openArchive(done);
                                 });
}

void ProfileSession::unlockWithKeychain(Done done)
{
    m_vault->unlockWithKeychain([this, done](bool ok, const QString &error) {
        if (!ok)
            return done(false, error);
        openArchive(done);
    });
}

void ProfileSession::prefetchKeychainKey()
{
    if (!m_settings.string(Setting::ServerUrl).isEmpty())
        m_vault->prefetchKeychainKey();
}

void ProfileSession::unlockWithPassphrase(const QByteArray &passphrase, Done done)
{
    m_vault->unlockWithPassphrase(passphrase, [this, done](bool ok, const QString &error) {
        if (!ok)
            return done(false, error);
        openArchive(done);
    });
}

void ProfileSession::openArchive(Done done)
{
    // The check of an existing archive reads the whole file (tens of
    // megabytes for a large one): on a worker, then the open here.
    if (!QFile::exists(m_dataDir + QStringLiteral("/archive.sqlite")))
        return openArchive(std::move(done), false);
    // Exactly as the last clean close left it: opened at once (the window is
    // filled without waiting for the check), and checked on a worker meanwhile.
    if (storage::ArchiveDatabase::isAsClosedCleanly(m_dataDir)) {
        openArchive(std::move(done), true);
        if (m_archive) {
            // Not checked in this session yet: a run that ends before the
            // check below records no clean close, so the next open checks.
            m_archive->setUnchecked();
            checkOpenedArchive();
        }
        return;
    }
    support::runOnPool(
        this, [dataDir = m_dataDir]() { return storage::ArchiveDatabase::fileIsSound(dataDir); },
        [this, done](bool sound) {
            if (!m_vault->isUnlocked())
                return done(false, QStringLiteral("the archive was locked while it was checked"));
            openArchive(done, sound);
        });
}

void ProfileSession::checkOpenedArchive()
{
    // On a worker while the window fills (the GUI thread has the other
    // core). A disk that damaged the file since the clean close is found
    // here, and the archive is set aside as an open would have done.
    support::runOnPool(
        this, [dataDir = m_dataDir]() { return storage::ArchiveDatabase::fileIsSound(dataDir); },
        [this, open = m_archiveOpens](bool sound) {
            // Not if it was closed, or closed and opened again, meanwhile.
            if (!m_archive || open != m_archiveOpens)
                return;
            if (sound) {
                m_archive->markChecked();
                qCInfo(lcSession) << "the archive passed its check";
                return;
            }
            qCWarning(lcSession) << "the archive failed its check after it was opened";
            setDamagedArchiveAside();
        });
}

void ProfileSession::setDamagedArchiveAside()
{
    // As lock() does, without locking the key: the sync stops, the archive
    // closes, and it is opened again with its check, which moves a damaged
    // file aside and makes a new one (unlocked() again: the window reloads
    // and a full sync rebuilds it).
    closeArchive();
    openArchive(
        [this](bool ok, const QString &error) {
            if (ok)
                return;
            qCWarning(lcSession) << "the archive could not be opened again:" << error;
            emit locked();
        },
        false);
}

void ProfileSession::openArchive(Done done, bool checkedSound)
{
    ++m_archiveOpens;
    m_archive = std::make_unique<storage::ArchiveDatabase>(m_dataDir);
    QString error;
    m_quarantined.clear();
    const auto result = m_archive->open(m_vault->dataKey(), &error, &m_quarantined, checkedSound);
    if (result == storage::ArchiveDatabase::OpenResult::Failed ||
        result == storage::ArchiveDatabase::OpenResult::WrongKey) {
        m_archive.reset();
        m_vault->lock();
        return done(false, error);
    }
    m_files = std::make_unique<storage::DocumentStore>(m_dataDir, m_vault->dataKey());
    m_outbox = std::make_unique<sync::ConsentDecisionOutbox>(&m_api, m_archive.get());
    m_engine =
        std::make_unique<sync::SyncEngine>(&m_api, m_archive.get(), m_files.get(), m_outbox.get());
    m_engine->setTokenRefresher(
        [this](std::function<void(bool)> finished) { refreshAccessToken(std::move(finished)); });
    sync::SyncOptions options;
    options.offlineSizeCap = qint64(m_settings.integer(Setting::OfflineSizeCapMiB)) * 1024 * 1024;
    m_engine->setOptions(options);
    emit unlocked();
    done(true, {});
}

void ProfileSession::closeArchive()
{
    if (m_engine)
        m_engine->cancel();
    m_engine.reset();
    m_outbox.reset();
    m_files.reset();
    m_archive.reset();
}

void ProfileSession::lock()
{
    const bool wasOpen = m_archive != nullptr;
    closeArchive();
    m_vault->lock();
    if (wasOpen)
        emit locked();
}

// --- server and sign-in ----------------------------------------------------

bool ProfileSession::configureServer(QString *error)
{
    net::ServerSettings server;
    server.baseUrl = QUrl(m_settings.string(Setting::ServerUrl));
    server.caFile = m_settings.string(Setting::CaFile);
    server.pinSha256 = QByteArray::fromHex(m_settings.string(Setting::PinSha256).toLatin1());
    server.http2 = m_settings.boolean(Setting::Http2);
    return m_api.configure(server, error);
}

void ProfileSession::checkServer(QObject *context, CheckDone done)
{
    // One unauthenticated request: any HTTP answer proves the address and the
    // trust (CA, pin); transport and TLS failures come back as they are.
    net::ApiRequest probe;
    probe.path = QStringLiteral("/api/v1/catalogue");
    probe.authenticated = false;
    net::ApiReply *reply = m_api.send(probe);
    connect(reply, &net::ApiReply::finished, context, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const net::ApiError &failure = reply->error();
        done(failure.kind == net::ApiError::Kind::Http ? net::ApiError{} : failure);
    });
    // Without the context the reply still goes; nobody waits for it.
    connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}

QString ProfileSession::refreshTokenKey() const
{
    // One sign-in per server origin; the name holds no secret.
    const QUrl url(m_settings.string(Setting::ServerUrl));
    return QStringLiteral("refresh-token:%1:%2").arg(url.host()).arg(url.port(443));
}

net::SignIn *ProfileSession::beginSignIn(const QString &lang)
{
    auto *signIn = new net::SignIn(&m_api, this);
    connect(signIn, &net::SignIn::signedIn, this, [this, signIn](const net::SignInTokens &tokens) {
        adoptTokens(tokens, [](bool, const QString &) {});
        signIn->deleteLater();
    });
    connect(signIn, &net::SignIn::failed, signIn, &QObject::deleteLater);
    // Started from the event loop: start() emits the URL (or failed()) at
    // once, and the caller connects to those signals only after we return.
    QMetaObject::invokeMethod(
        signIn, [signIn, lang]() { signIn->start(lang); }, Qt::QueuedConnection);
    return signIn;
}

void ProfileSession::adoptTokens(const net::SignInTokens &tokens, Done done)
{
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_api.setAccessToken(m_accessToken);
    // The lasting copy of the refresh token goes to the keychain only; where
    // no keychain answers it stays in memory and the next start signs in anew.
    // signedIn() comes once the keychain has answered, so that a caller who
    // quits on it (the CLI) does not quit before the token is kept.
    m_secrets.write(
        refreshTokenKey(), m_refreshToken, [this, done](const storage::SecretResult &r) {
            if (r.status != storage::SecretResult::Status::Ok)
                qCWarning(lcSession)
                    << "the refresh token could not be kept in the keychain:" << r.message;
            emit signedIn();
            done(true, {});
        });
}

void ProfileSession::restoreSignIn(Done done)
{
    if (isSignedIn()) {
        QTimer::singleShot(0, this, [done]() { done(true, {}); });
        return;
    }
    // A second restore would read the keychain's token before the first has
    // stored the one the server gave in exchange, and use it again.
    m_restoreWaiters.append(std::move(done));
    if (m_restoreWaiters.size() > 1)
        return;
    const auto finish = [this](bool ok, const QString &error) {
        const QList<Done> waiters = std::exchange(m_restoreWaiters, {});
        for (const Done &waiter : waiters)
            waiter(ok, error);
    };
    m_secrets.read(refreshTokenKey(), [this, finish](const storage::SecretResult &r) {
        if (r.status == storage::SecretResult::Status::NotFound)
            return finish(false, {});
        if (r.status != storage::SecretResult::Status::Ok) {
            // Without a keychain no sign-in outlives the process (adoptTokens):
            // there is none to restore, which is not the server's fault.
            qCWarning(lcSession) << "the keychain did not answer:" << r.message;
            return finish(false, {});
        }
        m_refreshToken = r.secret;
        refreshAccessToken([this, finish](bool ok) {
            if (ok)
                return finish(true, {});
            // A refused refresh has forgotten the token; otherwise the server
            // was not reached and the sign-in is kept for the next try.
            finish(false,
                   m_refreshToken.isEmpty()
                       ? QStringLiteral("the sign-in has ended; sign in again")
                       : QStringLiteral("the server could not be reached to renew the sign-in"));
        });
    });
}

void ProfileSession::refreshAccessToken(std::function<void(bool)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        const auto waiters = std::exchange(m_refreshWaiters, {});
        for (const auto &w : waiters)
            w(false);
        return;
    }
    m_refreshing = true;
    m_tokens.refresh(m_refreshToken, [this](std::optional<net::SignInTokens> tokens,
                                            const net::ApiError &error) {
        m_refreshing = false;
        const auto waiters = std::exchange(m_refreshWaiters, {});
        if (!tokens) {
            qCWarning(lcSession) << "the token could not be renewed:" << error.message;
            // A refused refresh (reused or revoked) ends the sign-in for good.
            if (error.status == 400 || error.status == 401) {
                m_accessToken.clear();
                m_refreshToken.clear();
                m_api.setAccessToken({});
                m_secrets.remove(refreshTokenKey(), [](const storage::SecretResult &) {});
                emit signedOut();
            }
            for (const auto &w : waiters)
                w(false);
            return;
        }
        adoptTokens(*tokens, [waiters](bool, const QString &) {
            for (const auto &w : waiters)
                w(true);
        });
    });
}

void ProfileSession::signOut(Done done)
{
    const QByteArray refresh = std::exchange(m_refreshToken, {});
    const QByteArray access = std::exchange(m_accessToken, {});
    m_api.setAccessToken({});
    auto forget = [this, done]() {
        m_secrets.remove(refreshTokenKey(), [this, done](const storage::SecretResult &r) {
            emit signedOut();
            const bool ok = r.status == storage::SecretResult::Status::Ok ||
                            r.status == storage::SecretResult::Status::NotFound;
            done(ok, ok ? QString() : QStringLiteral("the keychain entry could not be removed"));
        });
    };
    // Revoking the refresh token ends the whole sign-in at the server.
    const QByteArray token = refresh.isEmpty() ? access : refresh;
    if (token.isEmpty())
        return forget();
    m_tokens.revoke(token, [forget](const net::ApiError &) { forget(); });
}

void ProfileSession::wipe(Done done)
{
    signOut([this, done](bool, const QString &) {
        lock();
        m_vault->destroy([this, done](bool ok, const QString &error) {
            // The archive, its documents and the settings: the whole folder's contents.
            QDir dir(m_dataDir);
            bool removed = true;
            for (const QString &name :
                 dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
                const QString path = dir.filePath(name);
                removed = (QFileInfo(path).isDir() ? QDir(path).removeRecursively()
                                                   : QFile::remove(path)) &&
                          removed;
            }
            if (!removed)
                return done(false, QStringLiteral("some local files could not be removed"));
            done(ok, error);
        });
    });
}

} // namespace cp::session
