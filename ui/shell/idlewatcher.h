// Auto-lock: an application-wide event filter restarts an idle timer on
// every key, mouse and wheel event; when it runs out, idle() fires.
#pragma once

#include <QObject>
#include <QTimer>

namespace cp::ui {

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 turns auto-lock off.
    void setMinutes(int minutes);
    void setTimeout(std::chrono::milliseconds timeout);
    void setActive(bool active); // only while unlocked
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    bool m_active = false;
};

} // namespace cp::ui
