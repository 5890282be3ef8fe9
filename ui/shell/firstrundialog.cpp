#include "firstrundialog.h"

#include "cafiledialog.h"
#include "errortext.h"
#include "passphrasedialog.h"
#include "session/profilesession.h"
#include "shelllogging.h"

#include "net/apireply.h"
#include "net/apirequest.h"
#include "net/signin.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(session::ProfileSession *session, Step first, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setMinimumWidth(520);

    // --- the server -----------------------------------------------------------
    auto *server = new QWidget(m_pages);
    m_serverTitle = titleLabel(server);
    m_serverIntro = messageLabel(server, QStringLiteral("serverIntro"));
    m_urlLabel = new QLabel(server);
    m_url = new QLineEdit(server);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setText(m_session->settings().string(session::Setting::ServerUrl));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_caLabel = new QLabel(server);
    m_ca = new QLineEdit(server);
    m_ca->setObjectName(QStringLiteral("caFile"));
    m_ca->setText(m_session->settings().string(session::Setting::CaFile));
    m_caBrowse = new QPushButton(server);
    m_caBrowse->setObjectName(QStringLiteral("caBrowse"));
    m_serverMessage = messageLabel(server, QStringLiteral("serverMessage"));
    m_serverNext = new QPushButton(server);
    m_serverNext->setObjectName(QStringLiteral("serverNext"));
    m_serverNext->setDefault(true);
    m_urlLabel->setBuddy(m_url);
    m_caLabel->setBuddy(m_ca);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caBrowse);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(m_urlLabel, m_url);
    serverForm->addRow(m_caLabel, caRow);
    auto *serverLayout = new QVBoxLayout(server);
    serverLayout->addWidget(m_serverTitle);
    serverLayout->addWidget(m_serverIntro);
    serverLayout->addLayout(serverForm);
    serverLayout->addWidget(m_serverMessage);
    serverLayout->addStretch(1);
    serverLayout->addWidget(m_serverNext, 0, Qt::AlignRight);
    connect(m_caBrowse, &QPushButton::clicked, this, [this]() { CaFileDialog::open(this, m_ca); });
    connect(m_serverNext, &QPushButton::clicked, this, &FirstRunDialog::checkServer);
    setTabOrder(m_url, m_ca);
    setTabOrder(m_ca, m_caBrowse);
    setTabOrder(m_caBrowse, m_serverNext);

    // --- the archive ------------------------------------------------------------
    auto *archive = new QWidget(m_pages);
    m_archiveTitle = titleLabel(archive);
    m_archiveMessage = messageLabel(archive, QStringLiteral("archiveMessage"));
    m_archiveRetry = new QPushButton(archive);
    m_archiveRetry->setObjectName(QStringLiteral("archiveRetry"));
    m_archiveRetry->hide();
    auto *archiveLayout = new QVBoxLayout(archive);
    archiveLayout->addWidget(m_archiveTitle);
    archiveLayout->addWidget(m_archiveMessage);
    archiveLayout->addStretch(1);
    archiveLayout->addWidget(m_archiveRetry, 0, Qt::AlignRight);
    connect(m_archiveRetry, &QPushButton::clicked, this, &FirstRunDialog::createArchive);

    // --- the sign-in ------------------------------------------------------------
    auto *signIn = new QWidget(m_pages);
    m_signInTitle = titleLabel(signIn);
    m_signInIntro = messageLabel(signIn, QStringLiteral("signInIntro"));
    m_signInButton = new QPushButton(signIn);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_waiting = messageLabel(signIn, QStringLiteral("signInWaiting"));
    m_urlToCopy = new QLineEdit(signIn);
    m_urlToCopy->setObjectName(QStringLiteral("authorizationUrl"));
    m_urlToCopy->setReadOnly(true);
    m_copyUrl = new QPushButton(signIn);
    m_copyUrl->setObjectName(QStringLiteral("copyAuthorizationUrl"));
    m_cancelSignIn = new QPushButton(signIn);
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignIn"));
    m_signInMessage = messageLabel(signIn, QStringLiteral("signInMessage"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlToCopy, 1);
    urlRow->addWidget(m_copyUrl);
    auto *signInLayout = new QVBoxLayout(signIn);
    signInLayout->addWidget(m_signInTitle);
    signInLayout->addWidget(m_signInIntro);
    signInLayout->addWidget(m_signInButton, 0, Qt::AlignLeft);
    signInLayout->addWidget(m_waiting);
    signInLayout->addLayout(urlRow);
    signInLayout->addWidget(m_signInMessage);
    signInLayout->addStretch(1);
    signInLayout->addWidget(m_cancelSignIn, 0, Qt::AlignRight);
    connect(m_signInButton, &QPushButton::clicked, this, &FirstRunDialog::startSignIn);
    connect(m_cancelSignIn, &QPushButton::clicked, this, &FirstRunDialog::cancelSignIn);
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_urlToCopy->text()); });
    setTabOrder(m_signInButton, m_urlToCopy);
    setTabOrder(m_urlToCopy, m_copyUrl);
    setTabOrder(m_copyUrl, m_cancelSignIn);
    // The session installs the tokens and keeps the refresh token; then we are done.
    connect(m_session, &session::ProfileSession::signedIn, this, &QDialog::accept);

    m_pages->addWidget(server);
    m_pages->addWidget(archive);
    m_pages->addWidget(signIn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    retranslate();
    showStep(first);
}

FirstRunDialog::~FirstRunDialog()
{
    if (m_signIn)
        m_signIn->cancel();
}

void FirstRunDialog::showStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    const bool waiting = m_waitingForBrowser;
    m_waiting->setVisible(waiting);
    m_urlToCopy->setVisible(waiting);
    m_copyUrl->setVisible(waiting);
    m_cancelSignIn->setEnabled(waiting);
    m_signInButton->setEnabled(!waiting);
    switch (step) {
    case Step::Server:
        m_url->setFocus();
        break;
    case Step::Archive:
        break;
    case Step::SignIn:
        (waiting ? static_cast<QWidget *>(m_cancelSignIn) : m_signInButton)->setFocus();
        break;
    }
    emit stepChanged(step);
}

void FirstRunDialog::checkServer()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        m_serverMessage->setText(ErrorText::forApi(
            net::ApiError::make(net::ApiError::Kind::InsecureUrl, QStringLiteral("not https"))));
        m_url->setFocus();
        return;
    }
    const QString ca = m_ca->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        m_serverMessage->setText(tr("The CA file cannot be read."));
        m_ca->setFocus();
        return;
    }
    auto &settings = m_session->settings();
    settings.setValue(session::Setting::ServerUrl, url.toString());
    settings.setValue(session::Setting::CaFile,
                      ca.isEmpty() ? QString() : QFileInfo(ca).absoluteFilePath());
    QString error;
    if (!m_session->configureServer(&error) || !settings.save(&error)) {
        qCWarning(lcShell) << "server settings refused:" << error;
        m_serverMessage->setText(
            ErrorText::forApi(net::ApiError::make(net::ApiError::Kind::Configuration, error)));
        return;
    }
    m_serverMessage->setText(tr("Checking the server…"));
    m_serverNext->setEnabled(false);
    m_session->checkServer(this, [this](const net::ApiError &failure) {
        m_serverNext->setEnabled(true);
        if (!failure.ok()) {
            qCInfo(lcShell) << "server check failed:" << net::ApiError::kindName(failure.kind)
                            << failure.message;
            m_serverMessage->setText(ErrorText::forApi(failure));
            return;
        }
        m_serverMessage->clear();
        if (m_session->isUnlocked())
            showStep(Step::SignIn);
        else if (m_session->vaultMode() != storage::KeyVault::Mode::None)
            accept(); // an archive exists: the window unlocks it, then asks for the sign-in
        else
            createArchive();
    });
}

void FirstRunDialog::createArchive()
{
    showStep(Step::Archive);
    m_archiveRetry->hide();
    m_archiveMessage->setText(tr("Creating the encrypted archive on this computer…"));
    m_session->createWithKeychain([this](bool ok, const QString &error) {
        if (ok)
            return archiveReady(true, {});
        qCInfo(lcShell) << "no keychain for the archive key:" << error;
        askPassphrase();
    });
}

void FirstRunDialog::askPassphrase()
{
    m_archiveMessage->setText(
        tr("The keychain of the system did not answer. Choose a passphrase for the archive."));
    auto *dialog = new PassphraseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        QByteArray passphrase = dialog->passphrase();
        m_archiveMessage->setText(tr("Creating the encrypted archive on this computer…"));
        m_session->createWithPassphrase(
            passphrase, [this](bool ok, const QString &error) { archiveReady(ok, error); });
        passphrase.fill('\0');
    });
    connect(dialog, &QDialog::rejected, this, [this]() {
        m_archiveMessage->setText(tr("The archive was not created. It is needed to keep the "
                                     "profile on this computer."));
        m_archiveRetry->show();
        m_archiveRetry->setFocus();
    });
    dialog->open();
}

void FirstRunDialog::archiveReady(bool ok, const QString &error)
{
    if (!ok) {
        qCWarning(lcShell) << "the archive could not be created:" << error;
        m_archiveMessage->setText(tr("The archive could not be created on this computer."));
        m_archiveRetry->show();
        return;
    }
    showStep(Step::SignIn);
}

void FirstRunDialog::startSignIn()
{
    m_signInMessage->clear();
    QString error;
    if (!m_session->configureServer(&error)) {
        m_signInMessage->setText(
            ErrorText::forApi(net::ApiError::make(net::ApiError::Kind::Configuration, error)));
        return;
    }
    m_signIn = m_session->beginSignIn(m_language);
    m_waitingForBrowser = true;
    connect(m_signIn, &net::SignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        m_urlToCopy->setText(url.toString(QUrl::FullyEncoded));
        const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
        m_waiting->setText(opened ? tr("Waiting for the browser. Sign in there, then come back "
                                       "here. If no browser window appeared, open this address:")
                                  : tr("No browser could be opened. Copy this address into a "
                                       "browser to sign in:"));
        showStep(Step::SignIn);
        if (!opened)
            m_urlToCopy->setFocus();
    });
    connect(m_signIn, &net::SignIn::failed, this, &FirstRunDialog::signInFailed);
    showStep(Step::SignIn);
}

void FirstRunDialog::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
}

void FirstRunDialog::signInFailed(const net::ApiError &error)
{
    qCInfo(lcShell) << "sign-in ended:" << net::ApiError::kindName(error.kind) << error.code;
    m_signIn.clear();
    m_waitingForBrowser = false;
    if (error.kind == net::ApiError::Kind::Cancelled)
        m_signInMessage->setText(tr("The sign-in was cancelled."));
    else if (error.kind == net::ApiError::Kind::Http && error.code == u"access_denied")
        m_signInMessage->setText(tr("The sign-in was refused in the browser."));
    else
        m_signInMessage->setText(ErrorText::forApi(error));
    showStep(Step::SignIn);
}

void FirstRunDialog::reject()
{
    if (m_signIn)
        m_signIn->cancel();
    QDialog::reject();
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Citizen Profile"));
    m_serverTitle->setText(tr("Choose the server"));
    m_serverIntro->setText(tr("Your profile is kept by a profile server. Enter its address and, "
                              "if its operator gave you one, the CA certificate to trust."));
    m_urlLabel->setText(tr("Server &address:"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setAccessibleName(tr("Server address"));
    m_caLabel->setText(tr("&CA file:"));
    m_ca->setPlaceholderText(tr("The system's certificates"));
    m_ca->setAccessibleName(tr("CA file"));
    m_caBrowse->setText(tr("&Browse…"));
    m_caBrowse->setAccessibleName(tr("Choose the CA file"));
    m_serverNext->setText(tr("&Next"));
    m_serverNext->setAccessibleName(tr("Next"));
    m_archiveTitle->setText(tr("Your encrypted archive"));
    m_archiveRetry->setText(tr("&Try again"));
    m_archiveRetry->setAccessibleName(tr("Try again"));
    m_signInTitle->setText(tr("Sign in"));
    m_signInIntro->setText(tr("You sign in on the server's page in your browser. This app never "
                              "sees your password."));
    m_signInButton->setText(tr("&Sign in in the browser"));
    m_signInButton->setAccessibleName(tr("Sign in in the browser"));
    m_urlToCopy->setAccessibleName(tr("Sign-in address"));
    m_copyUrl->setText(tr("C&opy"));
    m_copyUrl->setAccessibleName(tr("Copy the sign-in address"));
    m_cancelSignIn->setText(tr("&Cancel sign-in"));
    m_cancelSignIn->setAccessibleName(tr("Cancel sign-in"));
}

} // namespace cp::ui
