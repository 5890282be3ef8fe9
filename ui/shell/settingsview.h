// The Settings screen: server and CA, key pin, HTTP/2, sync interval,
// offline size cap, auto-lock and clipboard times, language; sign out and
// delete all local data (confirmed). Reads and writes the typed
// ClientSettings only; holds no personal data.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cp::session {
class ProfileSession;
}

namespace cp::ui {

class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(session::ProfileSession *session, QWidget *parent = nullptr);
    ~SettingsView() override;

public slots:
    // Shows the stored values again (dropping unsaved edits).
    void reload();

signals:
    void settingsChanged();                      // saved and applied to the connection
    void languageRequested(const QString &lang); // "ru" | "en" | "" (the system's)
    void signOutRequested();
    void wipeRequested(); // confirmed by the citizen

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void save();
    void confirmWipe();

    session::ProfileSession *m_session;
    QFormLayout *m_form;
    QLabel *m_title;
    QLineEdit *m_server;
    QLineEdit *m_ca;
    QHBoxLayout *m_caRow = nullptr;
    QPushButton *m_caBrowse;
    QLineEdit *m_pin;
    QCheckBox *m_http2;
    QSpinBox *m_syncInterval;
    QSpinBox *m_offlineCap;
    QSpinBox *m_autoLock;
    QSpinBox *m_clipboard;
    QComboBox *m_language;
    QPushButton *m_save;
    QLabel *m_message;
    QLabel *m_accountTitle;
    QPushButton *m_signOut;
    QPushButton *m_wipe;
};

} // namespace cp::ui
