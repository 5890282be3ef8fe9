// The first run, step by step: choose the server (https address and CA
// file, checked by one request with clear words when it is unreachable or
// not trusted), create the encrypted archive (keychain, or a passphrase when
// no keychain answers), then sign in through the system browser (RFC 8252)
// with a waiting page, Cancel, and the address to copy when no browser opens.
// Also shown later at the sign-in step alone, when the sign-in has ended.
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cp::net {
class SignIn;
struct ApiError;
} // namespace cp::net

namespace cp::session {
class ProfileSession;
}

namespace cp::ui {

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Server,
        Archive,
        SignIn
    };
    // Opens the authorization URL; false when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl &)>;

    FirstRunDialog(session::ProfileSession *session, Step first, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    void setLanguage(const QString &language) { m_language = language; }
    Step step() const { return m_step; }

public slots:
    void reject() override; // also cancels a running sign-in

signals:
    void stepChanged(cp::ui::FirstRunDialog::Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStep(Step step);
    void checkServer();
    void createArchive();
    void askPassphrase();
    void archiveReady(bool ok, const QString &error);
    void startSignIn();
    void cancelSignIn();
    void signInFailed(const net::ApiError &error);

    session::ProfileSession *m_session;
    UrlOpener m_opener;
    QString m_language = QStringLiteral("ru");
    Step m_step = Step::Server;
    QPointer<net::SignIn> m_signIn;
    QUrl m_authorizationUrl;
    bool m_waitingForBrowser = false;

    QStackedWidget *m_pages;
    // Server
    QLabel *m_serverTitle;
    QLabel *m_serverIntro;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_caLabel;
    QLineEdit *m_ca;
    QPushButton *m_caBrowse;
    QLabel *m_serverMessage;
    QPushButton *m_serverNext;
    // Archive
    QLabel *m_archiveTitle;
    QLabel *m_archiveMessage;
    QPushButton *m_archiveRetry;
    // Sign-in
    QLabel *m_signInTitle;
    QLabel *m_signInIntro;
    QPushButton *m_signInButton;
    QLabel *m_waiting;
    QLineEdit *m_urlToCopy;
    QPushButton *m_copyUrl;
    QPushButton *m_cancelSignIn;
    QLabel *m_signInMessage;
};

} // namespace cp::ui
