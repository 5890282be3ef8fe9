#include "profile/secretclipboard.h"

#include "profile/profilelogging.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace cp::ui {

namespace {

const QString kHintFormat = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::tick);
    // The secret must not outlive the application on the clipboard.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clear);
}

SecretClipboard::~SecretClipboard()
{
    // Without an application there is no clipboard left to clear.
    if (qApp)
        clear();
}

void SecretClipboard::copy(const QString &text, int seconds)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(kHintFormat, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_text = text;
    m_remaining = qMax(1, seconds);
    m_timer.start();
    qCDebug(lcProfile) << "secret copied; clearing in" << m_remaining << "s";
    emit countdownChanged(m_remaining);
}

bool SecretClipboard::holdsOurs() const
{
    if (m_text.isNull())
        return false;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    // The hint tells our copy from the same text copied elsewhere since.
    return mime && mime->hasText() && mime->text() == m_text &&
           mime->data(kHintFormat) == QByteArrayLiteral("secret");
}

void SecretClipboard::clear()
{
    const bool wasCounting = m_timer.isActive();
    m_timer.stop();
    m_remaining = 0;
    if (holdsOurs()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        qCDebug(lcProfile) << "secret cleared from the clipboard";
    }
    m_text = QString();
    if (wasCounting)
        emit countdownChanged(0);
}

void SecretClipboard::tick()
{
    if (--m_remaining > 0) {
        emit countdownChanged(m_remaining);
        return;
    }
    clear();
}

} // namespace cp::ui
