// Replaces the content while the archive is locked: says so, asks for the
// passphrase when the key is wrapped by one, and offers Unlock (the OS
// keychain otherwise). Nothing decrypted is on screen behind it.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cp::ui {

class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(QWidget *parent = nullptr);
    ~UnlockPage() override;

    void setPassphraseMode(bool passphrase);
    void setBusy(bool busy);
    void setMessage(const QString &message);
    void focusInput();

signals:
    // The passphrase in UTF-8; empty in keychain mode.
    void unlockRequested(const QByteArray &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    bool m_passphraseMode = false;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QLabel *m_message;
};

} // namespace cp::ui
