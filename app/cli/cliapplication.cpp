#include "cli/cliapplication.h"

#include "cli/passphraseprompt.h"
#include "cli/terminalprogress.h"
#include "domain/jsonreader.h"
#include "net/apiclient.h"
#include "net/signin.h"
#include "session/profilesession.h"
#include "storage/backuparchive.h"
#include "storage/documentstore.h"
#include "storage/keyvault.h"
#include "support/poolwork.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/documentdownloader.h"
#include "sync/signatureverifier.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUrl>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcCli, "cp.cli")

namespace cp::cli {
namespace {

constexpr qint64 kMaxUpload = qint64(20) * 1024 * 1024; // the server's limit

QString newIdempotencyKey()
{
    QByteArray bytes(24, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The media type the server accepts for an upload, by the file's first bytes.
QByteArray uploadMediaType(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return "application/pdf";
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (bytes.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    return {};
}

} // namespace

CliApplication::CliApplication(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(m_options.json)
    , m_format(m_options.language)
{
    // The core's log is for developers: on stderr it would only mix with the
    // command's own messages. QT_LOGGING_RULES still turns it on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    // Read once and taken out of the environment, so that nothing started
    // from here (xdg-open) inherits it.
    m_envPassphrase = qgetenv("CP_PASSPHRASE");
    qunsetenv("CP_PASSPHRASE");
}

CliApplication::~CliApplication()
{
    m_progress.reset();
    m_downloader.reset();
    m_session.reset();
    storage::wipe(m_envPassphrase);
}

void CliApplication::run()
{
    qCInfo(lcCli) << "command:" << m_options.command;
    if (!openSession())
        return;
    using Command = void (CliApplication::*)();
    static const QHash<QString, Command> commands{
        {QStringLiteral("login"), &CliApplication::login},
        {QStringLiteral("logout"), &CliApplication::logout},
        {QStringLiteral("status"), &CliApplication::status},
        {QStringLiteral("sync"), &CliApplication::sync},
        {QStringLiteral("records"), &CliApplication::records},
        {QStringLiteral("documents list"), &CliApplication::documentsList},
        {QStringLiteral("documents verify"), &CliApplication::documentsVerify},
        {QStringLiteral("documents order"), &CliApplication::documentsOrder},
        {QStringLiteral("documents add"), &CliApplication::documentsAdd},
        {QStringLiteral("consents list"), &CliApplication::consentsList},
        {QStringLiteral("consents show"), &CliApplication::consentsShow},
        {QStringLiteral("consents receipt"), &CliApplication::consentsReceipt},
        {QStringLiteral("access-log"), &CliApplication::accessLog},
        {QStringLiteral("backup export"), &CliApplication::backupExport},
        {QStringLiteral("backup import"), &CliApplication::backupImport},
        {QStringLiteral("wipe"), &CliApplication::wipe},
    };
    const QString &c = m_options.command;
    if (c == u"documents get")
        return documentsGet(false);
    if (c == u"documents export")
        return documentsGet(true);
    if (c == u"consents grant" || c == u"consents deny" || c == u"consents revoke")
        return consentsDecide(c.section(u' ', 1));
    if (const auto it = commands.constFind(c); it != commands.constEnd())
        return (this->**it)();
    fail(ExitCode::Usage, QStringLiteral("usage"),
         QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(c));
}

// --- ending ----------------------------------------------------------------------

void CliApplication::finish(ExitCode code, const QJsonObject &document)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_progress)
        m_progress->finish();
    if (m_out.isJson() && !document.isEmpty())
        m_out.document(document);
    qCInfo(lcCli) << "exit code" << int(code);
    QCoreApplication::exit(int(code));
}

void CliApplication::fail(ExitCode code, const QString &error, const QString &message)
{
    if (m_finished)
        return;
    if (m_progress)
        m_progress->finish();
    m_out.error(error, message);
    m_finished = true;
    qCInfo(lcCli) << "exit code" << int(code) << error;
    QCoreApplication::exit(int(code));
}

void CliApplication::failApi(const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
        return fail(
            ExitCode::Offline, QStringLiteral("offline"),
            QCoreApplication::translate(
                "Cli", "The server cannot be reached. The archive can still be read offline."));
    case Kind::Tls:
        return fail(ExitCode::Error, QStringLiteral("tls"),
                    QCoreApplication::translate(
                        "Cli", "The server's certificate is not trusted, so nothing was sent (%1).")
                        .arg(error.message));
    case Kind::PinMismatch:
        return fail(
            ExitCode::Error, QStringLiteral("pin_mismatch"),
            QCoreApplication::translate(
                "Cli", "The server's public key does not match the pin, so nothing was sent."));
    case Kind::InsecureUrl:
        return fail(ExitCode::Error, QStringLiteral("insecure_url"),
                    QCoreApplication::translate(
                        "Cli",
                        "The server tried to move the connection to an unencrypted address; it "
                        "was refused."));
    case Kind::Configuration:
        return fail(ExitCode::Error, QStringLiteral("configuration"),
                    QCoreApplication::translate("Cli", "The server settings are not usable (%1).")
                        .arg(error.message));
    case Kind::Protocol:
        return fail(
            ExitCode::Error, QStringLiteral("protocol"),
            QCoreApplication::translate("Cli", "The server's answer could not be read (%1).")
                .arg(error.message));
    case Kind::Storage:
        return fail(ExitCode::Error, QStringLiteral("storage"),
                    QCoreApplication::translate(
                        "Cli", "The archive could not be written; the disk may be full (%1).")
                        .arg(error.message));
    case Kind::Cancelled:
        return fail(ExitCode::Error, QStringLiteral("cancelled"),
                    QCoreApplication::translate("Cli", "The work was cancelled."));
    case Kind::Http:
        if (error.status == 401)
            return fail(
                ExitCode::NotSignedIn, QStringLiteral("not_signed_in"),
                QCoreApplication::translate(
                    "Cli", "The sign-in has ended. Sign in again with: citizen-profile-cli login"));
        if (error.status >= 500 || error.status == 429)
            return fail(ExitCode::Offline, QStringLiteral("unavailable"),
                        QCoreApplication::translate(
                            "Cli",
                            "The server is not available right now (HTTP %1). Try again later; the "
                            "archive can still be read offline.")
                            .arg(error.status));
        return fail(ExitCode::Refused,
                    error.code.isEmpty() ? QStringLiteral("refused") : error.code,
                    refusalMessage(error.code) +
                        (error.message.isEmpty() ? QString() : u" (" + error.message + u')'));
    case Kind::None:
        break;
    }
    fail(ExitCode::Error, QStringLiteral("error"),
         QCoreApplication::translate("Cli", "Something went wrong (%1).").arg(error.message));
}

void CliApplication::failNoArchiveEntry(const QString &what, const QString &id)
{
    fail(ExitCode::Error, QStringLiteral("not_found"),
         QCoreApplication::translate(
             "Cli",
             "There is no %1 '%2' in the archive. Run 'citizen-profile-cli sync' to fetch what is "
             "new.")
             .arg(what, id));
}

QString CliApplication::refusalMessage(const QString &code) const
{
    if (code == u"trust_level_insufficient")
        return QCoreApplication::translate(
            "Cli", "The server refused: your trust level does not allow this operation.");
    if (code == u"request_expired")
        return QCoreApplication::translate("Cli", "The server refused: the request has expired.");
    if (code == u"request_withdrawn")
        return QCoreApplication::translate(
            "Cli", "The server refused: the organisation has withdrawn the request.");
    if (code == u"request_not_pending")
        return QCoreApplication::translate(
            "Cli", "The server refused: the request has already been decided.");
    if (code == u"consent_not_active")
        return QCoreApplication::translate("Cli",
                                           "The server refused: the consent is no longer active.");
    if (code == u"not_found")
        return QCoreApplication::translate("Cli",
                                           "The server refused: it does not know this item.");
    if (code == u"invalid_request")
        return QCoreApplication::translate("Cli", "The server refused the request as invalid.");
    return QCoreApplication::translate("Cli", "The server refused.");
}

// --- session, settings, server -------------------------------------------------

bool CliApplication::openSession()
{
    QString dataDir = m_options.dataDir.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          : m_options.dataDir;
    if (dataDir.isEmpty()) {
        fail(ExitCode::Error, QStringLiteral("no_data_dir"),
             QCoreApplication::translate(
                 "Cli", "There is no folder for the archive; give one with --data-dir."));
        return false;
    }
    dataDir = QDir(dataDir).absolutePath();
    if (!QFileInfo::exists(dataDir)) {
        if (!QDir().mkpath(dataDir) ||
            !QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner)) {
            fail(ExitCode::Error, QStringLiteral("io"),
                 QCoreApplication::translate("Cli", "The folder %1 cannot be created.")
                     .arg(dataDir));
            return false;
        }
    }
    // One command at a time per archive: two at once would both renew the
    // same rotating refresh token, and the server ends a sign-in whose old
    // token comes back.
    m_lock = std::make_unique<QLockFile>(dataDir + QStringLiteral("/cli.lock"));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        fail(ExitCode::Error, QStringLiteral("busy"),
             QCoreApplication::translate(
                 "Cli", "Another citizen-profile-cli command is using %1; try again when it has "
                        "finished.")
                 .arg(dataDir));
        return false;
    }
    const QString service = qEnvironmentVariableIsEmpty("CP_KEYCHAIN_SERVICE")
                                ? QStringLiteral("citizen-profile")
                                : qEnvironmentVariable("CP_KEYCHAIN_SERVICE");
    m_session = std::make_unique<session::ProfileSession>(dataDir, service);
    connect(m_session.get(), &session::ProfileSession::signedOut, this,
            [this]() { m_signInEnded = true; });
    QString error;
    if (!m_session->loadSettings(&error)) {
        fail(ExitCode::Error, QStringLiteral("settings"),
             QCoreApplication::translate("Cli", "The settings in %1 cannot be read (%2).")
                 .arg(dataDir, error));
        return false;
    }
    return applyServerOptions();
}

bool CliApplication::applyServerOptions()
{
    using session::Setting;
    session::ClientSettings &settings = m_session->settings();
    bool changed = false;
    auto set = [&](Setting key, const QString &value) {
        if (settings.string(key) != value) {
            settings.setValue(key, value);
            changed = true;
        }
    };
    if (!m_options.server.isEmpty())
        set(Setting::ServerUrl, m_options.server);
    if (!m_options.caFile.isEmpty()) {
        const QFileInfo ca(m_options.caFile);
        if (!ca.isFile() || !ca.isReadable()) {
            fail(ExitCode::Usage, QStringLiteral("usage"),
                 QCoreApplication::translate("Cli", "The CA file %1 cannot be read.")
                     .arg(m_options.caFile));
            return false;
        }
        set(Setting::CaFile, ca.absoluteFilePath());
    }
    if (!m_options.pinHex.isEmpty())
        set(Setting::PinSha256, m_options.pinHex);
    QString error;
    if (changed && !settings.save(&error)) {
        fail(ExitCode::Error, QStringLiteral("settings"),
             QCoreApplication::translate("Cli", "The settings cannot be saved (%1).").arg(error));
        return false;
    }
    return true;
}

bool CliApplication::configureServer()
{
    if (m_session->settings().string(session::Setting::ServerUrl).isEmpty()) {
        fail(ExitCode::Usage, QStringLiteral("no_server"),
             QCoreApplication::translate(
                 "Cli", "No server is set. Give its address once with --server https://…"));
        return false;
    }
    QString error;
    if (!m_session->configureServer(&error)) {
        fail(ExitCode::Error, QStringLiteral("configuration"),
             QCoreApplication::translate("Cli", "The server settings are not usable (%1).")
                 .arg(error));
        return false;
    }
    return true;
}

// --- the vault -------------------------------------------------------------------

std::optional<QByteArray> CliApplication::vaultPassphrase(bool isNew)
{
    if (!m_envPassphrase.isEmpty())
        return m_envPassphrase;
    if (!PassphrasePrompt::isAvailable())
        return std::nullopt;
    if (!isNew)
        return PassphrasePrompt::ask(
            QCoreApplication::translate("Cli", "Passphrase of the archive:"));
    std::optional<QByteArray> chosen = PassphrasePrompt::askNew(
        QCoreApplication::translate(
            "Cli", "No keychain answers, so the archive needs a passphrase. New passphrase:"),
        QCoreApplication::translate("Cli", "The same passphrase again:"));
    if (!chosen)
        m_out.note(
            QCoreApplication::translate("Cli", "The two passphrases differ, or none was typed."));
    return chosen;
}

void CliApplication::unlock(Unlock mode, Next next)
{
    using VaultMode = storage::KeyVault::Mode;
    switch (m_session->vaultMode()) {
    case VaultMode::Keychain:
        m_session->unlockWithKeychain([this, next](bool ok, const QString &error) {
            if (!ok)
                return fail(ExitCode::Locked, QStringLiteral("locked"),
                            QCoreApplication::translate(
                                "Cli",
                                "The archive could not be unlocked with the key in the keychain "
                                "(%1).")
                                .arg(error));
            unlocked(next);
        });
        return;
    case VaultMode::Passphrase: {
        std::optional<QByteArray> passphrase = vaultPassphrase(false);
        if (!passphrase)
            return fail(ExitCode::Locked, QStringLiteral("locked"),
                        QCoreApplication::translate(
                            "Cli",
                            "The archive is protected by a passphrase: set CP_PASSPHRASE or run "
                            "the command on a terminal."));
        m_session->unlockWithPassphrase(*passphrase, [this, next](bool ok, const QString &error) {
            if (ok)
                return unlocked(next);
            if (error == storage::KeyVault::wrongPassphraseMessage())
                return fail(ExitCode::Locked, QStringLiteral("wrong_passphrase"),
                            QCoreApplication::translate("Cli", "The passphrase is wrong."));
            fail(ExitCode::Locked, QStringLiteral("locked"),
                 QCoreApplication::translate("Cli", "The archive could not be unlocked (%1).")
                     .arg(error));
        });
        // The vault has its own copy by now.
        if (passphrase->constData() != m_envPassphrase.constData())
            storage::wipe(*passphrase);
        return;
    }
    case VaultMode::None:
        if (mode == Unlock::Existing)
            return fail(ExitCode::Error, QStringLiteral("no_archive"),
                        QCoreApplication::translate(
                            "Cli",
                            "There is no archive in %1 yet. Sign in with 'citizen-profile-cli "
                            "login', then run 'citizen-profile-cli sync'.")
                            .arg(m_session->dataDir()));
        createArchive(std::move(next));
        return;
    }
}

void CliApplication::createArchive(Next next)
{
    m_session->createWithKeychain([this, next](bool ok, const QString &keychainError) {
        if (ok) {
            m_out.note(
                QCoreApplication::translate(
                    "Cli",
                    "A new encrypted archive was made in %1; its key is kept in the keychain.")
                    .arg(m_session->dataDir()));
            return unlocked(next);
        }
        qCInfo(lcCli) << "no keychain for a new archive; asking for a passphrase";
        std::optional<QByteArray> passphrase = vaultPassphrase(true);
        if (!passphrase)
            return fail(ExitCode::Locked, QStringLiteral("locked"),
                        QCoreApplication::translate(
                            "Cli",
                            "No keychain answered (%1), so a new archive needs a passphrase: set "
                            "CP_PASSPHRASE or run the command on a terminal.")
                            .arg(keychainError));
        m_session->createWithPassphrase(*passphrase, [this, next](bool created,
                                                                  const QString &error) {
            if (!created)
                return fail(
                    ExitCode::Error, QStringLiteral("create_failed"),
                    QCoreApplication::translate("Cli", "The archive could not be made (%1).")
                        .arg(error));
            m_out.note(
                QCoreApplication::translate(
                    "Cli", "A new encrypted archive was made in %1; it opens with your passphrase.")
                    .arg(m_session->dataDir()));
            unlocked(next);
        });
        if (passphrase->constData() != m_envPassphrase.constData())
            storage::wipe(*passphrase);
    });
}

void CliApplication::unlocked(Next next)
{
    if (!m_session->quarantinedArchive().isEmpty())
        m_out.note(QCoreApplication::translate(
                       "Cli",
                       "The archive failed its check and was moved aside to %1. A new one was "
                       "started; the next sync fills it again.")
                       .arg(m_session->quarantinedArchive()));
    next();
}

// --- sign-in ---------------------------------------------------------------------

void CliApplication::requireSignIn(Next next)
{
    if (!configureServer())
        return;
    if (m_session->isSignedIn())
        return next(); // renewed earlier in this run
    m_signInEnded = false;
    m_session->restoreSignIn([this, next](bool ok, const QString &error) {
        if (ok)
            return next();
        if (error.isEmpty() || m_signInEnded)
            return fail(
                ExitCode::NotSignedIn, QStringLiteral("not_signed_in"),
                QCoreApplication::translate(
                    "Cli", "You are not signed in. Sign in with: citizen-profile-cli login"));
        qCInfo(lcCli) << "the sign-in could not be renewed:" << error;
        fail(ExitCode::Offline, QStringLiteral("offline"),
             QCoreApplication::translate(
                 "Cli",
                 "The server cannot be reached, so the sign-in could not be renewed. The archive "
                 "can still be read offline."));
    });
}

void CliApplication::login()
{
    if (!configureServer())
        return;
    m_signIn = m_session->beginSignIn(m_options.language);
    connect(m_signIn, &net::SignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        const QString address = url.toString(QUrl::FullyEncoded);
        if (m_out.isJson()) {
            m_out.document({{QStringLiteral("authorization_url"), address}});
        } else {
            m_out.line(
                QCoreApplication::translate("Cli", "Open this address in a browser to sign in:"));
            m_out.line(address);
        }
        if (!m_options.noBrowser)
            QProcess::startDetached(QStringLiteral("xdg-open"), {address}); // a failure is fine
        if (!PassphrasePrompt::isAvailable() || m_out.isJson())
            return;
        // A browser on another computer lands on an address that does not
        // load there: its whole address, pasted here, finishes the sign-in.
        m_out.note(QCoreApplication::translate(
            "Cli", "Waiting for the browser. If it runs on another computer, paste here the "
                   "address it ended on (it starts with http://127.0.0.1)."));
        m_pasteNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        connect(m_pasteNotifier.get(), &QSocketNotifier::activated, this, [this]() {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                m_pasteNotifier->setEnabled(false);
                return;
            }
            const QString text = QString::fromUtf8(buffer, n).trimmed();
            if (text.isEmpty() || !m_signIn)
                return;
            if (!m_signIn->completeWithRedirectUrl(QUrl(text)))
                m_out.note(QCoreApplication::translate(
                    "Cli", "That is not the address this sign-in waits for."));
        });
    });
    connect(m_signIn, &net::SignIn::failed, this, [this](const net::ApiError &error) {
        if (error.kind == net::ApiError::Kind::Timeout)
            return fail(ExitCode::Error, QStringLiteral("sign_in_timeout"),
                        QCoreApplication::translate(
                            "Cli", "The sign-in did not finish in time. Run 'login' again."));
        if (error.kind == net::ApiError::Kind::Http && error.status == 0)
            return fail(
                ExitCode::Refused,
                error.code.isEmpty() ? QStringLiteral("access_denied") : error.code,
                QCoreApplication::translate("Cli", "The sign-in was refused at the server."));
        failApi(error);
    });
    connect(m_session.get(), &session::ProfileSession::signedIn, this, [this]() {
        m_pasteNotifier.reset();
        m_out.line(QCoreApplication::translate("Cli", "Signed in."));
        finish(ExitCode::Ok, {{QStringLiteral("signed_in"), true},
                              {QStringLiteral("server"),
                               m_session->settings().string(session::Setting::ServerUrl)}});
    });
}

void CliApplication::logout()
{
    auto signOut = [this]() {
        m_session->signOut([this](bool ok, const QString &error) {
            if (!ok)
                return fail(ExitCode::Error, QStringLiteral("keychain"),
                            QCoreApplication::translate(
                                "Cli", "The sign-in could not be removed from the keychain (%1).")
                                .arg(error));
            m_out.line(QCoreApplication::translate("Cli", "Signed out."));
            finish(ExitCode::Ok, {{QStringLiteral("signed_out"), true}});
        });
    };
    if (m_session->settings().string(session::Setting::ServerUrl).isEmpty()) {
        m_out.line(QCoreApplication::translate("Cli", "Signed out."));
        return finish(ExitCode::Ok, {{QStringLiteral("signed_out"), true}});
    }
    if (!configureServer())
        return;
    // The stored refresh token is renewed first so that the server can be
    // told to end the sign-in; offline, it is only forgotten here.
    m_session->restoreSignIn([signOut](bool, const QString &) { signOut(); });
}

// --- status ----------------------------------------------------------------------

void CliApplication::status()
{
    auto probe = [this]() {
        if (m_session->settings().string(session::Setting::ServerUrl).isEmpty())
            return reportStatus(false, QJsonValue());
        if (!configureServer())
            return;
        m_signInEnded = false;
        m_session->restoreSignIn([this](bool ok, const QString &error) {
            if (ok)
                return reportStatus(true, true);
            if (error.isEmpty())
                return reportStatus(false, QJsonValue()); // never signed in: nothing asked
            if (m_signInEnded)
                return reportStatus(false, true);
            // Kept in the keychain, but the server could not be asked.
            reportStatus(true, false);
        });
    };
    using VaultMode = storage::KeyVault::Mode;
    const VaultMode mode = m_session->vaultMode();
    // A passphrase nobody can give here: the status without the archive's counts.
    const bool noPassphrase = mode == VaultMode::Passphrase && m_envPassphrase.isEmpty() &&
                              !PassphrasePrompt::isAvailable();
    if (mode == VaultMode::None || noPassphrase)
        return probe();
    unlock(Unlock::Existing, probe);
}

void CliApplication::reportStatus(const QJsonValue &signedIn, const QJsonValue &reachable)
{
    using VaultMode = storage::KeyVault::Mode;
    const storage::ArchiveDatabase *archive =
        m_session->isUnlocked() ? m_session->archive() : nullptr;
    const VaultMode mode = m_session->vaultMode();
    const QString server = m_session->settings().string(session::Setting::ServerUrl);
    QJsonObject doc{
        {QStringLiteral("version"), QStringLiteral(CP_VERSION)},
        {QStringLiteral("data_dir"), m_session->dataDir()},
        {QStringLiteral("server"), CliFormat::jsonString(server)},
        {QStringLiteral("vault"), mode == VaultMode::Keychain     ? QStringLiteral("keychain")
                                  : mode == VaultMode::Passphrase ? QStringLiteral("passphrase")
                                                                  : QStringLiteral("none")},
        {QStringLiteral("signed_in"), signedIn},
        {QStringLiteral("server_reachable"), reachable},
        {QStringLiteral("citizen"), QJsonValue()},
        {QStringLiteral("trust_level"), QJsonValue()},
        {QStringLiteral("last_sync"), QJsonValue()},
        {QStringLiteral("records"), QJsonValue()},
        {QStringLiteral("documents"), QJsonValue()},
        {QStringLiteral("pending_requests"), QJsonValue()},
        {QStringLiteral("waiting_decisions"), QJsonValue()},
    };
    TextTable table;
    table.addRow({QCoreApplication::translate("Cli", "Data folder"), m_session->dataDir()});
    table.addRow({QCoreApplication::translate("Cli", "Server"),
                  server.isEmpty() ? QCoreApplication::translate("Cli", "not set") : server});
    table.addRow({QCoreApplication::translate("Cli", "Archive"),
                  mode == VaultMode::Keychain
                      ? QCoreApplication::translate("Cli", "encrypted, key in the keychain")
                  : mode == VaultMode::Passphrase
                      ? QCoreApplication::translate("Cli", "encrypted, opens with a passphrase")
                      : QCoreApplication::translate("Cli", "none yet")});
    QString signedInText = QCoreApplication::translate("Cli", "no");
    if (signedIn.toBool())
        signedInText =
            reachable.toBool()
                ? QCoreApplication::translate("Cli", "yes")
                : QCoreApplication::translate("Cli", "yes, but the server cannot be reached now");
    table.addRow({QCoreApplication::translate("Cli", "Signed in"), signedInText});
    if (archive) {
        const auto citizen = archive->citizen();
        if (citizen) {
            doc.insert(QStringLiteral("citizen"), citizen->displayName);
            doc.insert(QStringLiteral("trust_level"), CliFormat::jsonLevel(citizen->trustLevel()));
            table.addRow({QCoreApplication::translate("Cli", "Citizen"), citizen->displayName});
            table.addRow({QCoreApplication::translate("Cli", "Trust level"),
                          m_format.levelName(citizen->trustLevel())});
        }
        const QDateTime lastSync =
            QDateTime::fromString(archive->meta(QStringLiteral("last_sync")), Qt::ISODate);
        doc.insert(QStringLiteral("last_sync"), CliFormat::jsonTime(lastSync));
        table.addRow({QCoreApplication::translate("Cli", "Last sync"),
                      lastSync.isValid() ? m_format.dateTime(lastSync)
                                         : QCoreApplication::translate("Cli", "never")});
        const int records = int(archive->latestRecords().size());
        const int documents = int(archive->documents().size());
        int pending = 0;
        for (const domain::ConsentRequest &r : archive->requests())
            pending += r.state == domain::RequestState::Pending;
        const int waiting = int(m_session->outbox()->waiting().size());
        doc.insert(QStringLiteral("records"), records);
        doc.insert(QStringLiteral("documents"), documents);
        doc.insert(QStringLiteral("pending_requests"), pending);
        doc.insert(QStringLiteral("waiting_decisions"), waiting);
        table.addRow({QCoreApplication::translate("Cli", "Records"), QString::number(records)});
        table.addRow({QCoreApplication::translate("Cli", "Documents"), QString::number(documents)});
        table.addRow(
            {QCoreApplication::translate("Cli", "Pending requests"), QString::number(pending)});
        table.addRow({QCoreApplication::translate("Cli", "Decisions waiting to be sent"),
                      QString::number(waiting)});
    }
    for (const QString &l : table.lines())
        m_out.line(l);
    finish(ExitCode::Ok, doc);
}

// --- sync ----------------------------------------------------------------------------

void CliApplication::sync()
{
    unlock(Unlock::CreateIfMissing, [this]() {
        requireSignIn([this]() {
            sync::SyncEngine *engine = m_session->engine();
            struct Changes
            {
                int records = 0;
                int documents = 0;
                int orders = 0;
                int requests = 0;
            };
            auto changes = std::make_shared<Changes>();
            const bool first = engine->isFirstSync();
            connect(engine, &sync::SyncEngine::recordChanged, this,
                    [changes]() { ++changes->records; });
            connect(engine, &sync::SyncEngine::documentArrived, this,
                    [changes]() { ++changes->documents; });
            connect(engine, &sync::SyncEngine::orderFulfilled, this,
                    [changes]() { ++changes->orders; });
            connect(engine, &sync::SyncEngine::consentRequestArrived, this,
                    [changes]() { ++changes->requests; });
            m_progress = std::make_unique<TerminalProgress>(
                QCoreApplication::translate("Cli", "Syncing"), !m_out.isJson());
            connect(engine, &sync::SyncEngine::progress, this,
                    [this](int done, int total, qint64 bytesDone, qint64 bytesTotal) {
                        m_progress->update(
                            done, total,
                            bytesTotal > 0
                                ? QCoreApplication::translate("Cli", "%1 of %2")
                                      .arg(m_format.size(bytesDone), m_format.size(bytesTotal))
                                : QString());
                    });
            connect(
                engine, &sync::SyncEngine::finished, this,
                [this, changes, first](bool ok, const net::ApiError &error) {
                    m_progress->finish();
                    if (!ok)
                        return failApi(error);
                    const storage::ArchiveDatabase *a = m_session->archive();
                    const QList<domain::Record> records = a->latestRecords();
                    QSet<QString> types;
                    for (const domain::Record &r : records)
                        types.insert(r.type);
                    const QList<storage::ArchivedDocument> documents = a->documents();
                    int offline = 0;
                    for (const storage::ArchivedDocument &d : documents)
                        offline += d.state == u"complete";
                    const QList<domain::ConsentRequest> requests = a->requests();
                    int pending = 0;
                    for (const domain::ConsentRequest &r : requests)
                        pending += r.state == domain::RequestState::Pending;
                    const int consents = int(a->consents().size());
                    const int events = int(a->accessLog().size());
                    const int waiting = int(m_session->outbox()->waiting().size());
                    const QDateTime lastSync =
                        QDateTime::fromString(a->meta(QStringLiteral("last_sync")), Qt::ISODate);

                    TextTable table;
                    table.addRow({QCoreApplication::translate("Cli", "Records"),
                                  QCoreApplication::translate("Cli", "%1 of %2 types")
                                      .arg(records.size())
                                      .arg(types.size())});
                    table.addRow({QCoreApplication::translate("Cli", "Documents"),
                                  QCoreApplication::translate("Cli", "%1, %2 offline")
                                      .arg(documents.size())
                                      .arg(offline)});
                    table.addRow({QCoreApplication::translate("Cli", "Consent requests"),
                                  QCoreApplication::translate("Cli", "%1, %2 pending")
                                      .arg(requests.size())
                                      .arg(pending)});
                    table.addRow({QCoreApplication::translate("Cli", "Consents"),
                                  QString::number(consents)});
                    table.addRow({QCoreApplication::translate("Cli", "Access events"),
                                  QString::number(events)});
                    if (waiting > 0)
                        table.addRow(
                            {QCoreApplication::translate("Cli", "Decisions waiting to be sent"),
                             QString::number(waiting)});
                    m_out.line(QCoreApplication::translate("Cli", "The archive is up to date."));
                    for (const QString &l : table.lines(2))
                        m_out.line(l);
                    QStringList news;
                    if (changes->records)
                        news << QCoreApplication::translate("Cli", "%n changed record(s)", nullptr,
                                                            changes->records);
                    if (changes->documents)
                        news << QCoreApplication::translate("Cli", "%n new document(s)", nullptr,
                                                            changes->documents);
                    if (changes->orders)
                        news << QCoreApplication::translate("Cli", "%n fulfilled order(s)", nullptr,
                                                            changes->orders);
                    if (changes->requests)
                        news << QCoreApplication::translate("Cli", "%n new consent request(s)",
                                                            nullptr, changes->requests);
                    if (!news.isEmpty() && !first)
                        m_out.line(
                            QCoreApplication::translate("Cli", "New since the last sync: %1.")
                                .arg(news.join(QStringLiteral(", "))));
                    finish(ExitCode::Ok,
                           {{QStringLiteral("first_sync"), first},
                            {QStringLiteral("records"), int(records.size())},
                            {QStringLiteral("record_types"), int(types.size())},
                            {QStringLiteral("documents"), int(documents.size())},
                            {QStringLiteral("documents_offline"), offline},
                            {QStringLiteral("consent_requests"), int(requests.size())},
                            {QStringLiteral("pending_requests"), pending},
                            {QStringLiteral("consents"), consents},
                            {QStringLiteral("access_events"), events},
                            {QStringLiteral("waiting_decisions"), waiting},
                            {QStringLiteral("changes"),
                             QJsonObject{
                                 {QStringLiteral("records_changed"), changes->records},
                                 {QStringLiteral("documents_arrived"), changes->documents},
                                 {QStringLiteral("orders_fulfilled"), changes->orders},
                                 {QStringLiteral("consent_requests_arrived"), changes->requests}}},
                            {QStringLiteral("last_sync"), CliFormat::jsonTime(lastSync)}});
                });
            engine->sync();
        });
    });
}

// --- records -----------------------------------------------------------------------------

void CliApplication::records()
{
    const QString key = m_options.arguments.value(0);
    if (!key.isEmpty() && !domain::RecordCatalogue::find(key))
        return fail(
            ExitCode::Usage, QStringLiteral("usage"),
            QCoreApplication::translate("Cli", "There is no record type '%1'. The types are: %2.")
                .arg(key, domain::RecordCatalogue::keys().join(QStringLiteral(", "))));
    unlock(Unlock::Existing, [this, key]() {
        const QList<domain::Record> latest = m_session->archive()->latestRecords();
        QJsonArray out;
        bool any = false;
        for (const domain::RecordType &type : domain::RecordCatalogue::all()) {
            if (!key.isEmpty() && key != QLatin1StringView(type.key))
                continue;
            QList<domain::Record> ofType;
            for (const domain::Record &r : latest) {
                if (r.type == QLatin1StringView(type.key))
                    ofType.append(r);
            }
            std::sort(ofType.begin(), ofType.end(),
                      [](const domain::Record &a, const domain::Record &b) { return a.id < b.id; });
            if (ofType.isEmpty())
                continue;
            any = true;
            m_out.line(
                QStringLiteral("%1 (%2) · %3")
                    .arg(type.displayName(), QLatin1StringView(type.key), type.displaySource()));
            for (const domain::Record &r : ofType) {
                if (!m_options.history) {
                    out.append(m_format.recordJson(r));
                    for (const QString &l : m_format.recordLines(r, 2))
                        m_out.line(l);
                    m_out.line(QStringLiteral("  ") +
                               QCoreApplication::translate("Cli", "version %1, %2, %3")
                                   .arg(r.version)
                                   .arg(m_format.dateTime(r.updatedAt),
                                        r.verified ? QCoreApplication::translate(
                                                         "Cli", "confirmed by the register")
                                                   : QCoreApplication::translate(
                                                         "Cli", "entered by you")));
                    m_out.line();
                    continue;
                }
                QList<domain::Record> versions = m_session->archive()->history(r.id);
                std::sort(versions.begin(), versions.end(),
                          [](const domain::Record &a, const domain::Record &b) {
                              return a.version < b.version;
                          });
                QJsonArray versionsJson;
                for (qsizetype i = 0; i < versions.size(); ++i) {
                    const domain::Record &v = versions.at(i);
                    const QStringList changed =
                        i == 0 ? QStringList() : domain::changedFields(versions.at(i - 1), v);
                    versionsJson.append(m_format.recordVersionJson(v, changed));
                    m_out.line(QStringLiteral("  ") +
                               QCoreApplication::translate("Cli", "Version %1 of %2 (%3)")
                                   .arg(v.version)
                                   .arg(m_format.dateTime(v.updatedAt), v.source));
                    if (i == 0) {
                        for (const QString &l : m_format.recordLines(v, 4))
                            m_out.line(l);
                        continue;
                    }
                    TextTable diff;
                    for (const QString &fieldKey : changed) {
                        const domain::FieldSpec *spec = type.field(fieldKey);
                        const QString label =
                            spec ? domain::RecordCatalogue::fieldLabel(*spec) : fieldKey;
                        auto show = [&](const domain::Record &rec) {
                            const QJsonValue value = rec.fields.value(fieldKey);
                            return spec ? m_format.fieldValue(*spec, value)
                                        : value.toVariant().toString();
                        };
                        diff.addRow({label, show(v)});
                        diff.addRow({QString(), QCoreApplication::translate("Cli", "was: %1")
                                                    .arg(show(versions.at(i - 1)))});
                    }
                    for (const QString &l : diff.lines(4))
                        m_out.line(l);
                }
                m_out.line();
                out.append(QJsonObject{{QStringLiteral("type"), r.type},
                                       {QStringLiteral("name"), type.displayName()},
                                       {QStringLiteral("id"), r.id},
                                       {QStringLiteral("versions"), versionsJson}});
            }
        }
        if (!any)
            m_out.line(key.isEmpty() ? QCoreApplication::translate(
                                           "Cli", "The archive holds no records yet; run 'sync'.")
                                     : QCoreApplication::translate(
                                           "Cli", "The archive holds no record of this type."));
        finish(ExitCode::Ok, {{QStringLiteral("records"), out}});
    });
}

// --- documents ---------------------------------------------------------------------------

void CliApplication::documentsList()
{
    unlock(Unlock::Existing, [this]() {
        QList<storage::ArchivedDocument> documents = m_session->archive()->documents();
        std::sort(documents.begin(), documents.end(),
                  [](const storage::ArchivedDocument &a, const storage::ArchivedDocument &b) {
                      return a.info.issuedAt > b.info.issuedAt;
                  });
        QJsonArray out;
        TextTable table({QCoreApplication::translate("Cli", "ID"),
                         QCoreApplication::translate("Cli", "Issued"),
                         QCoreApplication::translate("Cli", "Size"),
                         QCoreApplication::translate("Cli", "Signature"),
                         QCoreApplication::translate("Cli", "Stored"),
                         QCoreApplication::translate("Cli", "Title")});
        for (const storage::ArchivedDocument &d : documents) {
            out.append(CliFormat::documentJson(d));
            table.addRow({d.info.id, m_format.date(d.info.issuedAt.toLocalTime().date()),
                          m_format.size(d.info.size),
                          d.info.hasSignature ? m_format.signatureName(d.signatureState)
                                              : m_format.signatureName(QString()),
                          m_format.storedName(d.state), d.info.title});
        }
        if (documents.isEmpty())
            m_out.line(QCoreApplication::translate(
                "Cli", "The archive holds no documents yet; run 'sync'."));
        else
            for (const QString &l : table.lines())
                m_out.line(l);
        finish(ExitCode::Ok, {{QStringLiteral("documents"), out}});
    });
}

void CliApplication::withContent(
    const QString &documentId,
    std::function<void(const storage::ArchivedDocument &, const QByteArray &)> next)
{
    const auto document = m_session->archive()->document(documentId);
    if (!document)
        return failNoArchiveEntry(QCoreApplication::translate("Cli", "document"), documentId);
    auto deliver = [this, documentId, next]() {
        const auto stored = m_session->archive()->document(documentId);
        QString error;
        const auto content = m_session->files()->content(stored->fileName, &error);
        if (!content)
            return fail(ExitCode::Error, QStringLiteral("damaged"),
                        QCoreApplication::translate(
                            "Cli", "The stored copy of the document cannot be read (%1).")
                            .arg(error));
        next(*stored, *content);
    };
    if (document->state == u"complete")
        return deliver();
    // Not kept offline (yet): fetched now, through the same checks as a sync.
    requireSignIn([this, documentId, deliver, size = document->info.size]() {
        m_downloader = std::make_unique<sync::DocumentDownloader>(
            m_session->api(), m_session->archive(), m_session->files());
        m_progress = std::make_unique<TerminalProgress>(
            QCoreApplication::translate("Cli", "Downloading"), !m_out.isJson());
        auto received = std::make_shared<qint64>(0);
        connect(m_downloader.get(), &sync::DocumentDownloader::bytesReceived, this,
                [this, received, size](qint64 bytes) {
                    *received += bytes;
                    // In per cent: a count of bytes does not fit the bar's int.
                    const qint64 whole = std::max<qint64>(size, 1);
                    m_progress->update(int(std::min<qint64>(*received * 100 / whole, 100)), 100,
                                       QCoreApplication::translate("Cli", "%1 of %2")
                                           .arg(m_format.size(*received), m_format.size(size)));
                });
        m_downloader->download(documentId, [this, deliver](bool ok, const net::ApiError &error) {
            m_progress->finish();
            if (!ok)
                return failApi(error);
            deliver();
        });
    });
}

bool CliApplication::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        fail(ExitCode::Error, QStringLiteral("io"),
             QCoreApplication::translate("Cli", "%1 cannot be written (%2).")
                 .arg(path, file.errorString()));
        return false;
    }
    return true;
}

void CliApplication::documentsGet(bool exporting)
{
    const QString id = m_options.arguments.value(0);
    const QString output = exporting ? m_options.arguments.value(1) : m_options.output;
    if (output.isEmpty() && m_out.isJson())
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate(
                        "Cli", "With --json, give --output FILE: standard output carries the JSON "
                               "document."));
    if (output.isEmpty() && CliOutput::stdoutIsTerminal())
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate(
                        "Cli",
                        "The document's contents would go to the terminal: give --output FILE or "
                        "redirect standard output."));
    unlock(Unlock::Existing, [this, id, output, exporting]() {
        withContent(id, [this, output, exporting](const storage::ArchivedDocument &d,
                                                  const QByteArray &content) {
            if (exporting)
                m_out.note(QCoreApplication::translate(
                               "Cli",
                               "Warning: %1 is not encrypted. This copy leaves the protection of "
                               "the archive; keep it safe, and delete it when it is no longer "
                               "needed.")
                               .arg(output));
            if (output.isEmpty()) {
                m_out.raw(content);
                return finish(ExitCode::Ok);
            }
            if (!writeFile(output, content))
                return;
            m_out.line(QCoreApplication::translate("Cli", "%1 written (%2).")
                           .arg(output, m_format.size(content.size())));
            finish(ExitCode::Ok,
                   {{QStringLiteral("id"), d.info.id},
                    {QStringLiteral("output"), QFileInfo(output).absoluteFilePath()},
                    {QStringLiteral("size"), content.size()},
                    {QStringLiteral("sha256"),
                     QString::fromLatin1(
                         QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())}});
        });
    });
}

void CliApplication::documentsVerify()
{
    const QString id = m_options.arguments.value(0);
    unlock(Unlock::Existing, [this, id]() {
        withContent(id, [this](const storage::ArchivedDocument &stored, const QByteArray &content) {
            storage::ArchivedDocument d = stored;
            QString result = QStringLiteral("unsigned");
            sync::SignatureCheck check;
            if (d.info.hasSignature) {
                QString error;
                const auto signature = storage::storedSignature(
                    *m_session->archive(), *m_session->files(), d.fileName, &error);
                if (!signature)
                    return fail(ExitCode::Error, QStringLiteral("no_signature"),
                                QCoreApplication::translate(
                                    "Cli",
                                    "The document's signature is not stored (%1); run 'sync' to "
                                    "fetch it.")
                                    .arg(error));
                const sync::SignatureVerifier verifier(
                    m_session->archive()->meta(QStringLiteral("trust_roots")).toLatin1());
                check = verifier.verify(content, *signature);
                result = sync::SignatureCheck::key(check.result);
                // The archive shows the latest finding.
                d.signatureState = result;
                d.signer = check.signer;
                d.signingTime = check.signingTime;
                m_session->archive()->putDocument(d);
            }
            TextTable table;
            table.addRow({QCoreApplication::translate("Cli", "Document"),
                          d.info.id + QStringLiteral(" · ") + d.info.title});
            table.addRow({QCoreApplication::translate("Cli", "Signature"),
                          m_format.signatureName(result == u"unsigned" ? QString() : result)});
            if (!check.signer.isEmpty())
                table.addRow({QCoreApplication::translate("Cli", "Signed by"),
                              check.signer + (check.signerOrganisation.isEmpty()
                                                  ? QString()
                                                  : u", " + check.signerOrganisation)});
            if (check.signingTime.isValid())
                table.addRow({QCoreApplication::translate("Cli", "Signed at"),
                              m_format.dateTime(check.signingTime)});
            for (const QString &l : table.lines())
                m_out.line(l);
            // Like other verifiers: success only for a valid signature.
            finish(result == u"valid" ? ExitCode::Ok : ExitCode::Error,
                   {{QStringLiteral("id"), d.info.id},
                    {QStringLiteral("result"), result},
                    {QStringLiteral("signer"), CliFormat::jsonString(check.signer)},
                    {QStringLiteral("signer_organisation"),
                     CliFormat::jsonString(check.signerOrganisation)},
                    {QStringLiteral("signing_time"), CliFormat::jsonTime(check.signingTime)}});
        });
    });
}

void CliApplication::documentsOrder()
{
    const QString kind = m_options.arguments.value(0);
    const domain::DocumentKind *spec = domain::DocumentKinds::find(kind);
    if (!spec || !spec->orderable) {
        QStringList orderable;
        for (const domain::DocumentKind &k : domain::DocumentKinds::all()) {
            if (k.orderable)
                orderable.append(QString::fromLatin1(k.key));
        }
        return fail(
            ExitCode::Usage, QStringLiteral("usage"),
            QCoreApplication::translate("Cli", "'%1' cannot be ordered. These kinds can: %2.")
                .arg(kind, orderable.join(QStringLiteral(", "))));
    }
    if (spec->needsYear && !m_options.year)
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate("Cli", "Ordering %1 needs --year.").arg(kind));
    if (!spec->needsYear && m_options.year)
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate("Cli", "Ordering %1 takes no --year.").arg(kind));
    unlock(Unlock::CreateIfMissing, [this, kind]() {
        requireSignIn([this, kind]() {
            QJsonObject body{{QStringLiteral("kind"), kind}};
            if (m_options.year)
                body.insert(QStringLiteral("year"), *m_options.year);
            net::ApiRequest request;
            request.method = "POST";
            request.path = QStringLiteral("/api/v1/orders");
            request.contentType = "application/json";
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            // The key makes a repeat after a lost answer the same order.
            request.headers.append({"Idempotency-Key", newIdempotencyKey().toLatin1()});
            request.retryable = true;
            net::ApiReply *reply = m_session->api()->send(request);
            connect(reply, &net::ApiReply::finished, this, [this, reply]() {
                reply->deleteLater();
                if (!reply->error().ok())
                    return failApi(reply->error());
                const QJsonObject order = reply->json();
                m_session->archive()->putOrder(order);
                const QString id = order.value(QStringLiteral("id")).toString();
                m_out.line(QCoreApplication::translate(
                               "Cli", "Ordered (%1). The document arrives with a later sync.")
                               .arg(id));
                finish(ExitCode::Ok,
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("kind"), order.value(QStringLiteral("kind"))},
                        {QStringLiteral("year"), order.value(QStringLiteral("year"))},
                        {QStringLiteral("state"), order.value(QStringLiteral("state"))},
                        {QStringLiteral("requested_at"),
                         order.value(QStringLiteral("requested_at"))}});
            });
        });
    });
}

void CliApplication::documentsAdd()
{
    const QString path = m_options.arguments.value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitCode::Error, QStringLiteral("io"),
                    QCoreApplication::translate("Cli", "%1 cannot be read (%2).")
                        .arg(path, file.errorString()));
    if (file.size() > kMaxUpload)
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate(
                        "Cli", "%1 is larger than 20 MiB, the most the server takes.")
                        .arg(path));
    const QByteArray bytes = file.readAll();
    const QByteArray mediaType = uploadMediaType(bytes);
    if (mediaType.isEmpty())
        return fail(
            ExitCode::Usage, QStringLiteral("usage"),
            QCoreApplication::translate("Cli", "Only PDF, PNG and JPEG files can be added."));
    const QString title =
        m_options.has(QStringLiteral("title")) ? m_options.title : QFileInfo(path).fileName();
    if (title.trimmed().isEmpty() || title.size() > 200)
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate("Cli", "The title must have 1 to 200 characters."));
    unlock(Unlock::CreateIfMissing, [this, bytes, mediaType, title]() {
        requireSignIn([this, bytes, mediaType, title]() {
            net::ApiRequest request;
            request.method = "POST";
            request.path = QStringLiteral("/api/v1/documents");
            request.query.addQueryItem(QStringLiteral("title"),
                                       QString::fromLatin1(QUrl::toPercentEncoding(title)));
            request.contentType = mediaType;
            request.body = bytes;
            net::ApiReply *reply = m_session->api()->send(request);
            m_progress = std::make_unique<TerminalProgress>(
                QCoreApplication::translate("Cli", "Uploading"), !m_out.isJson());
            connect(reply, &net::ApiReply::finished, this, [this, reply]() {
                reply->deleteLater();
                m_progress->finish();
                if (!reply->error().ok())
                    return failApi(reply->error());
                domain::JsonError error;
                const auto info = domain::documentInfoFromJson(reply->json(), &error);
                if (!info)
                    return fail(ExitCode::Error, QStringLiteral("protocol"),
                                QCoreApplication::translate(
                                    "Cli", "The server's answer could not be read (%1).")
                                    .arg(error.toString()));
                storage::ArchivedDocument document;
                document.info = *info;
                document.fileName = storage::DocumentStore::newFileName();
                document.state = QStringLiteral("none");
                document.keepOffline = true; // the citizen's own file, wanted at hand
                m_session->archive()->putDocument(document);
                // The stored copy comes back through the checked download path.
                withContent(info->id, [this](const storage::ArchivedDocument &d,
                                             const QByteArray &) {
                    m_out.line(QCoreApplication::translate("Cli", "Added as %1.").arg(d.info.id));
                    finish(ExitCode::Ok, CliFormat::documentJson(d));
                });
            });
        });
    });
}

// --- consents ----------------------------------------------------------------------------

QString CliApplication::waitingDecision(const QString &targetId) const
{
    for (const storage::OutboxEntry &e : m_session->outbox()->waiting()) {
        if (e.targetId == targetId)
            return e.action;
    }
    return {};
}

std::optional<domain::TrustLevel> CliApplication::citizenLevel() const
{
    const auto citizen = m_session->archive()->citizen();
    return citizen ? citizen->trustLevel() : std::nullopt;
}

void CliApplication::consentsList()
{
    unlock(Unlock::Existing, [this]() {
        const QString state = m_options.state;
        QJsonArray requestsJson;
        QJsonArray consentsJson;
        TextTable requests({QCoreApplication::translate("Cli", "Request"),
                            QCoreApplication::translate("Cli", "State"),
                            QCoreApplication::translate("Cli", "Answer by"),
                            QCoreApplication::translate("Cli", "Organisation"),
                            QCoreApplication::translate("Cli", "Purpose")});
        for (const domain::ConsentRequest &r : m_session->archive()->requests()) {
            if (!state.isEmpty() && domain::ConsentModel::key(r.state) != state)
                continue;
            const QString waiting = waitingDecision(r.id);
            requestsJson.append(CliFormat::requestSummaryJson(r, waiting));
            const QString stateText =
                waiting.isEmpty()
                    ? m_format.requestStateName(r.state)
                    : QCoreApplication::translate("Cli", "%1, waiting to send: %2")
                          .arg(m_format.requestStateName(r.state), m_format.decisionName(waiting));
            requests.addRow({r.id, stateText, m_format.dateTime(r.answerBy),
                             r.organisation.shortName, r.purpose.text});
        }
        TextTable consents({QCoreApplication::translate("Cli", "Consent"),
                            QCoreApplication::translate("Cli", "State"),
                            QCoreApplication::translate("Cli", "Valid until"),
                            QCoreApplication::translate("Cli", "Organisation"),
                            QCoreApplication::translate("Cli", "Purpose")});
        for (const domain::Consent &c : m_session->archive()->consents()) {
            if (!state.isEmpty() && domain::ConsentModel::key(c.state) != state)
                continue;
            const QString waiting = waitingDecision(c.id);
            consentsJson.append(CliFormat::consentSummaryJson(c, waiting));
            const QString stateText =
                waiting.isEmpty()
                    ? m_format.consentStateName(c.state)
                    : QCoreApplication::translate("Cli", "%1, waiting to send: %2")
                          .arg(m_format.consentStateName(c.state), m_format.decisionName(waiting));
            consents.addRow({c.id, stateText, m_format.date(c.validUntil), c.organisation.shortName,
                             c.purpose.text});
        }
        if (!requestsJson.isEmpty()) {
            for (const QString &l : requests.lines())
                m_out.line(l);
            m_out.line();
        }
        if (!consentsJson.isEmpty())
            for (const QString &l : consents.lines())
                m_out.line(l);
        if (requestsJson.isEmpty() && consentsJson.isEmpty())
            m_out.line(QCoreApplication::translate("Cli", "Nothing to show."));
        finish(ExitCode::Ok, {{QStringLiteral("requests"), requestsJson},
                              {QStringLiteral("consents"), consentsJson}});
    });
}

void CliApplication::consentsShow()
{
    const QString id = m_options.arguments.value(0);
    unlock(Unlock::Existing, [this, id]() {
        const storage::ArchiveDatabase *a = m_session->archive();
        if (const auto r = a->request(id)) {
            const auto level = citizenLevel();
            const QString reason = domain::TrustLevels::refusalReason(r->operation, level);
            m_out.line(QCoreApplication::translate("Cli", "Consent request %1").arg(r->id));
            for (const QString &l : m_format.requestLines(*r, level))
                m_out.line(l);
            if (r->state == domain::RequestState::Pending && !reason.isEmpty())
                m_out.line(QStringLiteral("\n") + reason);
            const QString waiting = waitingDecision(r->id);
            if (!waiting.isEmpty())
                m_out.line(QCoreApplication::translate("Cli", "Waiting to send: %1.")
                               .arg(m_format.decisionName(waiting)));
            return finish(
                ExitCode::Ok,
                {{QStringLiteral("type"), QStringLiteral("request")},
                 {QStringLiteral("request"), domain::toJson(*r)},
                 {QStringLiteral("trust"),
                  QJsonObject{{QStringLiteral("operation"),
                               domain::TrustLevels::operationKey(r->operation)},
                              {QStringLiteral("required_level"),
                               int(domain::TrustLevels::minimumLevel(r->operation))},
                              {QStringLiteral("citizen_level"), CliFormat::jsonLevel(level)},
                              {QStringLiteral("allowed"), reason.isEmpty()},
                              {QStringLiteral("reason"), CliFormat::jsonString(reason)}}},
                 {QStringLiteral("waiting_decision"), CliFormat::jsonString(waiting)}});
        }
        if (const auto c = a->consent(id)) {
            m_out.line(QCoreApplication::translate("Cli", "Consent %1").arg(c->id));
            for (const QString &l : m_format.consentLines(*c))
                m_out.line(l);
            const QString waiting = waitingDecision(c->id);
            if (!waiting.isEmpty())
                m_out.line(QCoreApplication::translate("Cli", "Waiting to send: %1.")
                               .arg(m_format.decisionName(waiting)));
            return finish(ExitCode::Ok,
                          {{QStringLiteral("type"), QStringLiteral("consent")},
                           {QStringLiteral("consent"), domain::toJson(*c)},
                           {QStringLiteral("waiting_decision"), CliFormat::jsonString(waiting)}});
        }
        failNoArchiveEntry(QCoreApplication::translate("Cli", "consent request or consent"), id);
    });
}

void CliApplication::confirm(const QStringList &questions, Next next)
{
    if (m_options.yes)
        return next();
    if (!PassphrasePrompt::isAvailable())
        return fail(ExitCode::Usage, QStringLiteral("usage"),
                    QCoreApplication::translate(
                        "Cli", "There is no terminal to ask on: add --yes to confirm."));
    for (const QString &q : questions) {
        if (!PassphrasePrompt::confirm(q)) {
            return fail(ExitCode::Error, QStringLiteral("declined"),
                        QCoreApplication::translate("Cli", "Nothing was done."));
        }
    }
    next();
}

void CliApplication::consentsDecide(const QString &action)
{
    const QString id = m_options.arguments.value(0);
    unlock(Unlock::Existing, [this, action, id]() {
        const storage::ArchiveDatabase *a = m_session->archive();
        QStringList questions;
        if (action == u"revoke") {
            const auto c = a->consent(id);
            if (!c)
                return failNoArchiveEntry(QCoreApplication::translate("Cli", "consent"), id);
            if (c->state != domain::ConsentState::Active)
                return fail(
                    ExitCode::Refused, QStringLiteral("consent_not_active"),
                    QCoreApplication::translate(
                        "Cli", "The consent %1 is %2; only an active consent can be revoked.")
                        .arg(id, m_format.consentStateName(c->state)));
            m_out.line(QCoreApplication::translate("Cli", "Consent %1").arg(c->id));
            for (const QString &l : m_format.consentLines(*c))
                m_out.line(l);
            questions << QCoreApplication::translate(
                "Cli", "Revoke this consent? The organisation loses access from now on.");
        } else {
            const auto r = a->request(id);
            if (!r)
                return failNoArchiveEntry(QCoreApplication::translate("Cli", "consent request"),
                                          id);
            if (r->state != domain::RequestState::Pending)
                return fail(
                    ExitCode::Refused, QStringLiteral("request_not_pending"),
                    QCoreApplication::translate(
                        "Cli", "The request %1 is %2; only a pending request can be decided.")
                        .arg(id, m_format.requestStateName(r->state)));
            const auto level = citizenLevel();
            m_out.line(QCoreApplication::translate("Cli", "Consent request %1").arg(r->id));
            for (const QString &l : m_format.requestLines(*r, level))
                m_out.line(l);
            if (action == u"grant") {
                for (const QString &key : m_options.optionalRecords) {
                    const bool optional = std::any_of(r->records.begin(), r->records.end(),
                                                      [&key](const domain::RequestedRecord &rec) {
                                                          return rec.key == key && !rec.required;
                                                      });
                    if (!optional) {
                        QStringList keys;
                        for (const domain::RequestedRecord &rec : r->records) {
                            if (!rec.required)
                                keys.append(rec.key);
                        }
                        return fail(
                            ExitCode::Usage, QStringLiteral("usage"),
                            QCoreApplication::translate(
                                "Cli", "'%1' is not an optional record of this request. Its "
                                       "optional records are: %2.")
                                .arg(key, keys.isEmpty() ? QStringLiteral("—")
                                                         : keys.join(QStringLiteral(", "))));
                    }
                }
                // The rule the server applies, checked before anything is sent.
                const QString reason = domain::TrustLevels::refusalReason(r->operation, level);
                if (!reason.isEmpty())
                    return fail(ExitCode::Refused, QStringLiteral("trust_level_insufficient"),
                                reason);
                m_out.line(QCoreApplication::translate("Cli", "Shared on granting: %1")
                               .arg(m_format.recordNames([&r, this]() {
                                   QStringList keys;
                                   for (const domain::RequestedRecord &rec : r->records) {
                                       if (rec.required ||
                                           m_options.optionalRecords.contains(rec.key))
                                           keys.append(rec.key);
                                   }
                                   return keys;
                               }())));
                questions << QCoreApplication::translate("Cli", "Grant?");
                if (r->operation == domain::Operation::FinancialIndividualHighRisk)
                    questions << QCoreApplication::translate(
                        "Cli", "This is a high-risk financial operation. Grant it all the "
                               "same?");
            } else {
                questions << QCoreApplication::translate("Cli", "Deny?");
            }
        }
        confirm(questions, [this, action, id]() {
            if (!configureServer())
                return;
            m_signInEnded = false;
            m_session->restoreSignIn([this, action, id](bool ok, const QString &error) {
                if (ok)
                    return sendDecision(action, id);
                if (error.isEmpty() || m_signInEnded)
                    return fail(ExitCode::NotSignedIn, QStringLiteral("not_signed_in"),
                                QCoreApplication::translate(
                                    "Cli",
                                    "You are not signed in. Sign in with: citizen-profile-cli "
                                    "login"));
                // Offline: the decision is kept in the outbox, and the next
                // sync sends it. Its first try may still be under way; the
                // idempotency key makes the later one harmless.
                enqueueDecision(action, id);
                fail(ExitCode::Offline, QStringLiteral("waiting_to_send"),
                     QCoreApplication::translate(
                         "Cli", "The decision is stored and waits to be sent: the server cannot "
                                "be reached now. The next sync sends it."));
            });
        });
    });
}

qint64 CliApplication::enqueueDecision(const QString &action, const QString &target)
{
    sync::ConsentDecisionOutbox *outbox = m_session->outbox();
    // Stored (with its idempotency key) before it is sent: never lost.
    return action == u"grant"  ? outbox->grant(target, m_options.optionalRecords)
           : action == u"deny" ? outbox->deny(target)
                               : outbox->revoke(target);
}

void CliApplication::sendDecision(const QString &action, const QString &target)
{
    sync::ConsentDecisionOutbox *outbox = m_session->outbox();
    const qint64 entryId = enqueueDecision(action, target);
    if (entryId == 0)
        return fail(ExitCode::Error, QStringLiteral("storage"),
                    QCoreApplication::translate("Cli",
                                                "The decision could not be saved on this "
                                                "computer; nothing was sent. The disk may be "
                                                "full."));
    connect(outbox, &sync::ConsentDecisionOutbox::decisionSettled, this,
            [this, entryId](const storage::OutboxEntry &entry) {
                if (entry.id != entryId)
                    return;
                if (entry.state != u"acknowledged")
                    return fail(ExitCode::Refused,
                                entry.resultCode.isEmpty() ? QStringLiteral("refused")
                                                           : entry.resultCode,
                                refusalMessage(entry.resultCode));
                QString consentId;
                if (entry.action == u"revoke") {
                    consentId = entry.targetId;
                } else if (const auto r = m_session->archive()->request(entry.targetId)) {
                    consentId = r->consentId;
                }
                m_out.line(entry.action == u"grant"
                               ? QCoreApplication::translate("Cli", "Granted; the consent is %1.")
                                     .arg(consentId)
                           : entry.action == u"deny"
                               ? QCoreApplication::translate("Cli", "Denied.")
                               : QCoreApplication::translate("Cli", "Revoked."));
                finish(ExitCode::Ok, CliFormat::decisionJson(entry, consentId));
            });
    outbox->flush([this](bool ok, const net::ApiError &error) {
        if (ok || m_finished)
            return;
        if (error.status == 401)
            return fail(ExitCode::NotSignedIn, QStringLiteral("not_signed_in"),
                        QCoreApplication::translate(
                            "Cli",
                            "The decision is stored, but the sign-in has ended: sign in again "
                            "with 'login', and the next sync sends it."));
        fail(ExitCode::Offline, QStringLiteral("waiting_to_send"),
             QCoreApplication::translate(
                 "Cli",
                 "The decision is stored and waits to be sent: the server cannot be reached now. "
                 "The next sync sends it."));
    });
}

void CliApplication::consentsReceipt()
{
    const QString id = m_options.arguments.value(0);
    unlock(Unlock::Existing, [this, id]() {
        const storage::ArchiveDatabase *a = m_session->archive();
        std::optional<domain::Consent> consent = a->consent(id);
        std::optional<domain::ConsentRequest> request =
            a->request(consent ? consent->requestId : id);
        if (!request && !consent)
            return failNoArchiveEntry(
                QCoreApplication::translate("Cli", "consent request or consent"), id);
        if (!consent && request && !request->consentId.isEmpty())
            consent = a->consent(request->consentId);

        // The citizen's last decision: a revocation, else the grant or the
        // denial, else one still waiting in the outbox.
        QJsonObject decision;
        auto fromHistory = [&decision](const QList<domain::Transition> &history, const QString &to,
                                       const QString &action) {
            for (auto it = history.crbegin(); it != history.crend(); ++it) {
                if (it->to == to && it->by == domain::Actor::Citizen) {
                    decision = {{QStringLiteral("action"), action},
                                {QStringLiteral("state"), QStringLiteral("acknowledged")},
                                {QStringLiteral("at"), CliFormat::jsonTime(it->at)},
                                {QStringLiteral("by"), QStringLiteral("citizen")}};
                    return true;
                }
            }
            return false;
        };
        if (!(consent &&
              fromHistory(consent->history, QStringLiteral("revoked"), QStringLiteral("revoke"))) &&
            !(request &&
              (fromHistory(request->history, QStringLiteral("granted"), QStringLiteral("grant")) ||
               fromHistory(request->history, QStringLiteral("denied"), QStringLiteral("deny"))))) {
            const QList<storage::OutboxEntry> all = a->decisions();
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                if ((request && it->targetId == request->id) ||
                    (consent && it->targetId == consent->id)) {
                    decision = {{QStringLiteral("action"), it->action},
                                {QStringLiteral("state"), it->state},
                                {QStringLiteral("at"), CliFormat::jsonTime(it->createdAt)},
                                {QStringLiteral("by"), QStringLiteral("citizen")}};
                    break;
                }
            }
        }
        if (decision.isEmpty())
            return fail(ExitCode::Error, QStringLiteral("no_decision"),
                        QCoreApplication::translate(
                            "Cli", "No decision has been made on %1 yet, so there is no receipt.")
                            .arg(id));
        const QJsonObject receipt{
            {QStringLiteral("receipt"), QStringLiteral("citizen-profile consent receipt")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("generated_at"), CliFormat::jsonTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("request"),
             request ? QJsonValue(domain::toJson(*request)) : QJsonValue()},
            {QStringLiteral("consent"),
             consent ? QJsonValue(domain::toJson(*consent)) : QJsonValue()},
            {QStringLiteral("decision"), decision}};
        const QString output = m_options.output;
        if (output.isEmpty()) {
            // The receipt is the result itself, in both modes.
            if (m_out.isJson())
                return finish(ExitCode::Ok, receipt);
            m_out.raw(QJsonDocument(receipt).toJson(QJsonDocument::Indented));
            return finish(ExitCode::Ok);
        }
        if (!writeFile(output, QJsonDocument(receipt).toJson(QJsonDocument::Indented)))
            return;
        m_out.line(
            QCoreApplication::translate("Cli", "The receipt was written to %1.").arg(output));
        finish(ExitCode::Ok, {{QStringLiteral("id"), id},
                              {QStringLiteral("output"), QFileInfo(output).absoluteFilePath()}});
    });
}

// --- access log --------------------------------------------------------------------------

void CliApplication::accessLog()
{
    unlock(Unlock::Existing, [this]() {
        QJsonArray events;
        TextTable table({QCoreApplication::translate("Cli", "When"),
                         QCoreApplication::translate("Cli", "Organisation"),
                         QCoreApplication::translate("Cli", "Consent"),
                         QCoreApplication::translate("Cli", "Outcome"),
                         QCoreApplication::translate("Cli", "Records")});
        for (const domain::AccessEvent &e : m_session->archive()->accessLog()) {
            events.append(CliFormat::accessEventJson(e));
            table.addRow(
                {m_format.dateTime(e.at), e.organisationName,
                 e.consentId.isEmpty() ? QStringLiteral("—") : e.consentId,
                 e.refused ? QCoreApplication::translate("Cli", "refused: %1").arg(e.refusalReason)
                           : QCoreApplication::translate("Cli", "read"),
                 m_format.recordNames(e.records)});
        }
        if (events.isEmpty())
            m_out.line(QCoreApplication::translate(
                "Cli", "Nobody has read your data under a consent yet."));
        else
            for (const QString &l : table.lines())
                m_out.line(l);
        finish(ExitCode::Ok, {{QStringLiteral("events"), events}});
    });
}

// --- backup ------------------------------------------------------------------------------

void CliApplication::runOnWorker(std::function<std::function<void()>()> work)
{
    // The blocking part on a pool thread; what it returns runs back here.
    cp::support::workPool()->start([this, work = std::move(work)]() {
        std::function<void()> then = work();
        QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection);
    });
}

void CliApplication::backupExport()
{
    const QString path = QFileInfo(m_options.arguments.value(0)).absoluteFilePath();
    unlock(Unlock::Existing, [this, path]() {
        QByteArray passphrase = qgetenv("CP_BACKUP_PASSPHRASE");
        if (passphrase.isEmpty()) {
            std::optional<QByteArray> typed = PassphrasePrompt::askNew(
                QCoreApplication::translate("Cli", "Passphrase for the backup:"),
                QCoreApplication::translate("Cli", "The same passphrase again:"));
            if (!typed)
                return fail(ExitCode::Usage, QStringLiteral("usage"),
                            QCoreApplication::translate(
                                "Cli",
                                "A backup needs a passphrase: set CP_BACKUP_PASSPHRASE or type it "
                                "twice on a terminal."));
            passphrase = std::move(*typed);
        }
        auto folder = std::make_shared<QTemporaryDir>();
        const QString copy = folder->filePath(QStringLiteral("archive.sqlite"));
        QString error;
        if (!folder->isValid() || !m_session->archive()->copyConsistent(copy, &error)) {
            storage::wipe(passphrase);
            return fail(ExitCode::Error, QStringLiteral("backup_failed"),
                        QCoreApplication::translate(
                            "Cli", "The archive could not be copied for the backup (%1).")
                            .arg(error));
        }
        m_out.note(QCoreApplication::translate("Cli", "Writing the backup…"));
        const QString dataDir = m_session->dataDir();
        const storage::SecureBytes *key = &m_session->files()->key();
        runOnWorker([this, path, dataDir, copy, key, folder, passphrase]() mutable {
            const storage::BackupResult result =
                storage::BackupArchive::exportTo(path, dataDir, copy, *key, passphrase);
            storage::wipe(passphrase);
            return std::function<void()>([this, result, path, folder]() {
                if (!result.ok)
                    return fail(
                        ExitCode::Error, QStringLiteral("backup_failed"),
                        QCoreApplication::translate("Cli", "The backup could not be written (%1).")
                            .arg(result.error));
                m_out.line(QCoreApplication::translate(
                               "Cli", "The backup was written to %1 (%2, %n file(s)).", nullptr,
                               result.files)
                               .arg(path, m_format.size(result.bytes)));
                finish(ExitCode::Ok, {{QStringLiteral("output"), path},
                                      {QStringLiteral("bytes"), result.bytes},
                                      {QStringLiteral("files"), result.files}});
            });
        });
    });
}

void CliApplication::backupImport()
{
    const QString path = QFileInfo(m_options.arguments.value(0)).absoluteFilePath();
    if (m_session->vaultMode() != storage::KeyVault::Mode::None ||
        QFileInfo::exists(m_session->dataDir() + QStringLiteral("/archive.sqlite")))
        return fail(ExitCode::Error, QStringLiteral("archive_exists"),
                    QCoreApplication::translate(
                        "Cli",
                        "%1 already holds an archive. Restore into an empty folder (--data-dir), "
                        "or remove this one with 'wipe' first.")
                        .arg(m_session->dataDir()));
    QByteArray passphrase = qgetenv("CP_BACKUP_PASSPHRASE");
    if (passphrase.isEmpty()) {
        std::optional<QByteArray> typed =
            PassphrasePrompt::ask(QCoreApplication::translate("Cli", "Passphrase of the backup:"));
        if (!typed)
            return fail(ExitCode::Usage, QStringLiteral("usage"),
                        QCoreApplication::translate(
                            "Cli",
                            "The backup's passphrase is needed: set CP_BACKUP_PASSPHRASE or run "
                            "the command on a terminal."));
        passphrase = std::move(*typed);
    }
    m_out.note(QCoreApplication::translate("Cli", "Reading the backup…"));
    const QString dataDir = m_session->dataDir();
    runOnWorker([this, path, dataDir, passphrase]() mutable {
        auto key = std::make_shared<storage::SecureBytes>();
        const storage::BackupResult result =
            storage::BackupArchive::importFrom(path, dataDir, passphrase, key.get());
        storage::wipe(passphrase);
        return std::function<void()>([this, result, key]() {
            if (!result.ok) {
                if (result.error == storage::BackupArchive::wrongPassphraseMessage())
                    return fail(ExitCode::Locked, QStringLiteral("wrong_passphrase"),
                                QCoreApplication::translate(
                                    "Cli",
                                    "The passphrase does not open this backup (or the file is "
                                    "damaged)."));
                return fail(
                    ExitCode::Error, QStringLiteral("restore_failed"),
                    QCoreApplication::translate("Cli", "The backup could not be restored (%1).")
                        .arg(result.error));
            }
            // The restored settings replace the ones read at the start;
            // options given now still apply.
            QString settingsError;
            if (!m_session->loadSettings(&settingsError))
                return fail(
                    ExitCode::Error, QStringLiteral("settings"),
                    QCoreApplication::translate("Cli", "The restored settings cannot be read (%1).")
                        .arg(settingsError));
            if (!applyServerOptions())
                return;
            auto done = [this, result](const QString &vault) {
                m_out.line(QCoreApplication::translate(
                               "Cli", "The archive was restored into %1 (%n file(s)).", nullptr,
                               result.files)
                               .arg(m_session->dataDir()));
                finish(ExitCode::Ok, {{QStringLiteral("data_dir"), m_session->dataDir()},
                                      {QStringLiteral("bytes"), result.bytes},
                                      {QStringLiteral("files"), result.files},
                                      {QStringLiteral("vault"), vault}});
            };
            // A copy for the passphrase fallback: adopting moves the key in.
            auto spare = std::make_shared<storage::SecureBytes>(
                storage::SecureBytes::fromRaw(key->toByteArray()));
            m_session->adoptWithKeychain(std::move(*key), [this, spare, done](bool ok,
                                                                              const QString &) {
                if (ok)
                    return done(QStringLiteral("keychain"));
                std::optional<QByteArray> vaultSecret = vaultPassphrase(true);
                if (!vaultSecret)
                    return fail(ExitCode::Locked, QStringLiteral("locked"),
                                QCoreApplication::translate(
                                    "Cli", "No keychain answered, so the restored archive needs a "
                                           "passphrase: set CP_PASSPHRASE or run the command on a "
                                           "terminal, then import again into an empty folder."));
                m_session->adoptWithPassphrase(
                    std::move(*spare), *vaultSecret,
                    [this, done](bool adopted, const QString &error) {
                        if (!adopted)
                            return fail(
                                ExitCode::Error, QStringLiteral("restore_failed"),
                                QCoreApplication::translate(
                                    "Cli", "The restored archive could not get its key (%1).")
                                    .arg(error));
                        done(QStringLiteral("passphrase"));
                    });
                if (vaultSecret->constData() != m_envPassphrase.constData())
                    storage::wipe(*vaultSecret);
            });
        });
    });
}

// --- wipe --------------------------------------------------------------------------------

void CliApplication::wipe()
{
    confirm(
        {QCoreApplication::translate(
             "Cli", "Remove the archive in %1, its documents, its keys and the sign-in from this "
                    "computer? This cannot be undone.")
             .arg(m_session->dataDir())},
        [this]() {
            auto erase = [this]() {
                m_session->wipe([this](bool ok, const QString &error) {
                    if (!ok)
                        return fail(ExitCode::Error, QStringLiteral("wipe_failed"),
                                    QCoreApplication::translate(
                                        "Cli", "Not everything could be removed (%1).")
                                        .arg(error));
                    m_out.line(QCoreApplication::translate(
                        "Cli", "Everything of the archive was removed from this computer."));
                    finish(ExitCode::Ok, {{QStringLiteral("wiped"), true},
                                          {QStringLiteral("data_dir"), m_session->dataDir()}});
                });
            };
            // With the server set, the stored sign-in is renewed first so
            // that it can be revoked there too; offline it is only forgotten.
            QString error;
            if (m_session->settings().string(session::Setting::ServerUrl).isEmpty() ||
                !m_session->configureServer(&error))
                return erase();
            m_session->restoreSignIn([erase](bool, const QString &) { erase(); });
        });
}

} // namespace cp::cli
