// Asks for a new passphrase of the archive where no keychain answers: typed
// twice, with a hint of its strength; OK only when both match and it is
// long enough. The passphrase never leaves the dialog but through passphrase().
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace cp::ui {

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    QByteArray passphrase() const; // UTF-8
    // 0 (empty) … 4 (strong): length and variety of characters.
    static int strength(const QString &passphrase);
    static constexpr int kMinimumLength = 10;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void refreshHint();

    QLabel *m_intro;
    QLabel *m_firstLabel;
    QLabel *m_secondLabel;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QProgressBar *m_strengthBar;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace cp::ui
