// One citizen's use of the client: the data folder with its settings, the
// vault of the data key, the encrypted archive and document files, the
// connection to the profile server, the sign-in (access token in memory,
// refresh token in the OS keychain), the sync engine and the outbox of
// decisions. The CLI and the GUI are two faces of this object. Everything is
// asynchronous: no call blocks the thread it lives on.
#pragma once

#include "net/apiclient.h"
#include "net/signintokens.h"
#include "net/tokenclient.h"
#include "session/clientsettings.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"
#include "storage/keyvault.h"
#include "storage/secretstore.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/syncengine.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cp::net {
class SignIn;
}

namespace cp::session {

class ProfileSession : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &error)>;

    // `keychainService` separates test runs from the citizen's real entries.
    explicit ProfileSession(QString dataDir,
                            QString keychainService = QStringLiteral("citizen-profile"),
                            QObject *parent = nullptr);
    ~ProfileSession() override;

    QString dataDir() const { return m_dataDir; }
    ClientSettings &settings() { return m_settings; }
    bool loadSettings(QString *error);

    // --- the vault and the archive ------------------------------------------
    storage::KeyVault::Mode vaultMode() const { return m_vault->mode(); }
    bool isUnlocked() const { return m_archive && m_archive->isOpen(); }
    // First use: a data key wrapped by the OS keychain; fails (no fallback)
    // when no keychain answers — then createWithPassphrase.
    void createWithKeychain(Done done);
    void createWithPassphrase(const QByteArray &passphrase, Done done);
    // An archive restored from a backup (storage::BackupArchive::importFrom):
    // the restored data key gets its key file as create…() makes a new one,
    // then the archive opens. The key is moved in; on failure it is gone, so
    // keep a copy to try the other mode.
    void adoptWithKeychain(storage::SecureBytes dataKey, Done done);
    void adoptWithPassphrase(storage::SecureBytes dataKey, const QByteArray &passphrase, Done done);
    void unlockWithKeychain(Done done);
    // At the start, before the window is made: the keychain is asked for the
    // archive key at once (KeyVault::prefetchKeychainKey()) when the window
    // will unlock with it — a server is set and the vault is in keychain mode.
    void prefetchKeychainKey();
    void unlockWithPassphrase(const QByteArray &passphrase, Done done);
    // Drops the data key and closes the archive: nothing decrypted stays.
    void lock();
    // When the archive had to be quarantined on the last open: where it went.
    QString quarantinedArchive() const { return m_quarantined; }

    storage::ArchiveDatabase *archive() const { return m_archive.get(); }
    storage::DocumentStore *files() const { return m_files.get(); }
    sync::SyncEngine *engine() const { return m_engine.get(); }
    sync::ConsentDecisionOutbox *outbox() const { return m_outbox.get(); }
    net::ApiClient *api() { return &m_api; }

    // --- the server and the sign-in -------------------------------------------
    // Applies the server settings (https only; CA; pin; HTTP/2).
    bool configureServer(QString *error);
    // Is the configured server there, and trusted? One unauthenticated
    // request; `done` gets an ok error for any HTTP answer, else the network
    // or TLS failure. Called on `context`'s thread, never after it is gone.
    using CheckDone = std::function<void(const net::ApiError &error)>;
    void checkServer(QObject *context, CheckDone done);
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    // A new sign-in; the caller shows or opens the URL that the SignIn emits.
    net::SignIn *beginSignIn(const QString &lang);
    // After a restart: the refresh token from the keychain, exchanged for a
    // new access token. ok=false with an empty error: not signed in before
    // (or no keychain answers, so no sign-in was kept); with an error: the
    // sign-in has ended, or the server could not be reached (it is kept).
    // A restore asked while one is under way gets its answer (the server
    // turns a refresh token used twice into the end of the sign-in); one
    // asked when signed in already is answered ok at once.
    void restoreSignIn(Done done);
    // Revokes the tokens at the server (when it answers) and forgets them here.
    void signOut(Done done);
    // Everything local goes: archive, documents, keys, keychain entries, settings.
    void wipe(Done done);

signals:
    void signedIn();
    void signedOut();
    void locked();
    void unlocked();

private:
    void openArchive(Done done);
    void openArchive(Done done, bool checkedSound);
    void checkOpenedArchive();
    void setDamagedArchiveAside();
    // The sync stops; the engine, outbox, document store and archive close.
    void closeArchive();
    void adoptTokens(const net::SignInTokens &tokens, Done done);
    void refreshAccessToken(std::function<void(bool)> done);
    QString refreshTokenKey() const;

    QString m_dataDir;
    ClientSettings m_settings;
    storage::SecretStore m_secrets;
    std::unique_ptr<storage::KeyVault> m_vault;
    std::unique_ptr<storage::ArchiveDatabase> m_archive;
    std::unique_ptr<storage::DocumentStore> m_files;
    net::ApiClient m_api;
    net::TokenClient m_tokens;
    std::unique_ptr<sync::ConsentDecisionOutbox> m_outbox;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QByteArray m_accessToken;  // memory only
    QByteArray m_refreshToken; // memory; the keychain keeps the lasting copy
    QString m_quarantined;
    quint64 m_archiveOpens = 0; // which open checkOpenedArchive() answers for
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_refreshWaiters;
    QList<Done> m_restoreWaiters; // non-empty while a restore is under way
};

} // namespace cp::session
