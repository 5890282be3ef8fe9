// citizen-profile-cli's commands over one ProfileSession. Each command is a
// chain of asynchronous steps on the event loop — settings, unlock, sign-in,
// the work itself — and ends the program exactly once through
// QCoreApplication::exit() with a documented exit code. No step blocks on the
// network or spins a nested event loop; the only blocking reads are the
// questions asked on a terminal before anything is sent.
#pragma once

#include "cli/cliformat.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "net/apierror.h"
#include "storage/archivedatabase.h"
#include "storage/securebytes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSocketNotifier;

namespace cp::net {
class SignIn;
}
namespace cp::session {
class ProfileSession;
}
namespace cp::sync {
class DocumentDownloader;
}

namespace cp::cli {

class TerminalProgress;

class CliApplication : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(CliOptions options, QObject *parent = nullptr);
    ~CliApplication() override;

    // Runs the command. Call it from the running event loop: it ends with
    // QCoreApplication::exit(code).
    void run();

private:
    using Next = std::function<void()>;
    enum class Unlock
    {
        Existing,       // reading: an archive must be there
        CreateIfMissing // writing: the first use creates it
    };

    // --- steps shared by the commands; each calls `next` or ends the program ---
    bool openSession();
    bool applyServerOptions();
    bool configureServer();
    void unlock(Unlock mode, Next next);
    void createArchive(Next next);
    void unlocked(Next next);
    std::optional<QByteArray> vaultPassphrase(bool isNew);
    void requireSignIn(Next next);
    void confirm(const QStringList &questions, Next next);
    void
    withContent(const QString &documentId,
                std::function<void(const storage::ArchivedDocument &, const QByteArray &)> next);
    bool writeFile(const QString &path, const QByteArray &bytes);
    void runOnWorker(std::function<std::function<void()>()> work);

    // --- how a command ends ---
    void finish(ExitCode code, const QJsonObject &document = {});
    void fail(ExitCode code, const QString &error, const QString &message);
    void failApi(const net::ApiError &error);
    void failNoArchiveEntry(const QString &what, const QString &id);

    // --- the commands ---
    void login();
    void logout();
    void status();
    void reportStatus(const QJsonValue &signedIn, const QJsonValue &reachable);
    void sync();
    void records();
    void documentsList();
    void documentsGet(bool exporting);
    void documentsVerify();
    void documentsOrder();
    void documentsAdd();
    void consentsList();
    void consentsShow();
    void consentsDecide(const QString &action);
    qint64 enqueueDecision(const QString &action, const QString &target);
    void sendDecision(const QString &action, const QString &target);
    void consentsReceipt();
    void accessLog();
    void backupExport();
    void backupImport();
    void wipe();

    QString waitingDecision(const QString &targetId) const;
    std::optional<domain::TrustLevel> citizenLevel() const;
    QString refusalMessage(const QString &code) const;

    CliOptions m_options;
    CliOutput m_out;
    CliFormat m_format;
    QByteArray m_envPassphrase; // CP_PASSPHRASE, taken out of the environment
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<session::ProfileSession> m_session;
    // Declared after the session: they go first, while the archive is open.
    std::unique_ptr<sync::DocumentDownloader> m_downloader;
    std::unique_ptr<TerminalProgress> m_progress;
    std::unique_ptr<QSocketNotifier> m_pasteNotifier;
    QPointer<net::SignIn> m_signIn;
    bool m_signInEnded = false; // the server refused the stored sign-in
    bool m_finished = false;
};

} // namespace cp::cli
