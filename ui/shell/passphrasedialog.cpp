#include "passphrasedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::ui {

PassphraseDialog::PassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_firstLabel(new QLabel(this))
    , m_secondLabel(new QLabel(this))
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_strengthBar(new QProgressBar(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    m_intro->setWordWrap(true);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("passphraseRepeat"));
    for (QLineEdit *edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseDialog::refreshHint);
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));

    auto *form = new QFormLayout;
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_secondLabel, m_second);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_strengthBar);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_first, m_second);
    setTabOrder(m_second, m_buttons);
    retranslate();
    refreshHint();
}

PassphraseDialog::~PassphraseDialog()
{
    // Do not leave the passphrase in the edits' buffers longer than needed.
    m_first->clear();
    m_second->clear();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

int PassphraseDialog::strength(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return 0;
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype length = passphrase.size();
    if (length < kMinimumLength)
        return 1;
    if (length >= 20 || (length >= 14 && classes >= 3))
        return 4;
    if (length >= 14 || classes >= 3)
        return 3;
    return 2;
}

void PassphraseDialog::refreshHint()
{
    const QString text = m_first->text();
    const int level = strength(text);
    m_strengthBar->setValue(level);
    const bool matches = text == m_second->text();
    const bool longEnough = text.size() >= kMinimumLength;
    QString hint;
    if (!longEnough)
        hint = tr("Use at least %1 characters; a few unrelated words are easy to remember and hard "
                  "to guess.")
                   .arg(kMinimumLength);
    else if (!matches)
        hint = tr("The two entries differ.");
    else if (level <= 2)
        hint = tr("Fair. A longer passphrase would be stronger.");
    else if (level == 3)
        hint = tr("Good.");
    else
        hint = tr("Strong.");
    m_hint->setText(hint);
    m_strengthBar->setAccessibleDescription(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(longEnough && matches);
}

void PassphraseDialog::done(int result)
{
    if (result != QDialog::Accepted) {
        m_first->clear();
        m_second->clear();
    }
    QDialog::done(result);
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    setWindowTitle(tr("Passphrase of the archive"));
    m_intro->setText(tr("No keychain of the system answered, so the archive is protected by a "
                        "passphrase. Nobody can recover it: if it is lost, the archive can only "
                        "be downloaded again from the server."));
    m_firstLabel->setText(tr("&Passphrase:"));
    m_secondLabel->setText(tr("&Repeat:"));
    m_first->setAccessibleName(tr("Passphrase"));
    m_second->setAccessibleName(tr("Repeat the passphrase"));
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    refreshHint();
}

} // namespace cp::ui
