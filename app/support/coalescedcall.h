#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <utility>

namespace cp::support {

// Calls `call` once in the next turn of the event loop of `context`'s thread,
// however many times request() is called before then (the end of a sync and
// the window both ask a view to reload: it reads the archive once).
class CoalescedCall
{
public:
    CoalescedCall(QObject *context, std::function<void()> call)
        : m_context(context)
        , m_call(std::move(call))
    {}

    void request()
    {
        if (std::exchange(m_requested, true))
            return;
        QTimer::singleShot(0, m_context, [this]() {
            m_requested = false;
            m_call();
        });
    }

    // Asked, and not called yet.
    bool pending() const { return m_requested; }

private:
    QObject *m_context; // owns this object: the timer goes with it
    std::function<void()> m_call;
    bool m_requested = false;
};

} // namespace cp::support
