#include "unlockpage.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::ui {

UnlockPage::UnlockPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("unlockPage"));
    const int iconSize = fontMetrics().height() * 4;
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passphrase->hide();
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->addWidget(m_icon);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_passphrase);
    column->addWidget(m_unlock, 0, Qt::AlignHCenter);
    column->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column);
    layout->addStretch(2);
    setTabOrder(m_passphrase, m_unlock);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    retranslate();
}

UnlockPage::~UnlockPage() = default;

void UnlockPage::setPassphraseMode(bool passphrase)
{
    m_passphraseMode = passphrase;
    m_passphrase->setVisible(passphrase);
    retranslate();
}

void UnlockPage::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
}

void UnlockPage::setMessage(const QString &message)
{
    m_message->setText(message);
}

void UnlockPage::focusInput()
{
    (m_passphraseMode ? static_cast<QWidget *>(m_passphrase) : m_unlock)->setFocus();
}

void UnlockPage::submit()
{
    if (!m_unlock->isEnabled())
        return;
    QByteArray passphrase = m_passphraseMode ? m_passphrase->text().toUtf8() : QByteArray();
    m_passphrase->clear();
    m_message->clear();
    emit unlockRequested(passphrase);
    passphrase.fill('\0');
}

void UnlockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UnlockPage::retranslate()
{
    m_title->setText(tr("The archive is locked"));
    m_text->setText(m_passphraseMode
                        ? tr("Enter the passphrase of the archive to see your profile.")
                        : tr("Your profile is unlocked with the keychain of your session."));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setText(tr("&Unlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
}

} // namespace cp::ui
