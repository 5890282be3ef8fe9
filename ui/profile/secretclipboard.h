// Puts a secret on the system clipboard the way password managers do: with
// the concealed hint (x-kde-passwordManagerHint: secret) so that clipboard
// histories skip it, and takes it off again after a countdown, on lock and on
// quit — but only while the clipboard still holds what we put there, so that
// something the citizen copied since is never lost.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace cp::ui {

class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    // Seconds until clearing; below 1 counts as 1.
    void copy(const QString &text, int seconds);
    int remainingSeconds() const { return m_remaining; }
    // True while the clipboard holds the value we put there.
    bool holdsOurs() const;

public slots:
    // Clears the clipboard if it still holds ours; stops the countdown either way.
    void clear();

signals:
    // Seconds left; 0 when the countdown ended or was stopped.
    void countdownChanged(int seconds);

private:
    void tick();

    QTimer m_timer;
    QString m_text;
    int m_remaining = 0;
};

} // namespace cp::ui
