#include "profile/wrappedlabel.h"

#include <QEvent>

namespace cp::ui {

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    forgetHeights();
}

void WrappedLabel::setSelectableByMouse()
{
    m_selectableOnHover = true;
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_measuredText) {
        forgetHeights();
        m_measuredText = text();
    }
    for (const auto &[knownWidth, height] : m_heights) {
        if (knownWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    // Before QLabel sees the mouse: a press that follows selects.
    if (m_selectableOnHover && event->type() == QEvent::Enter) {
        m_selectableOnHover = false;
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return QLabel::event(event);
}

void WrappedLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        forgetHeights();
    QLabel::changeEvent(event);
}

void WrappedLabel::forgetHeights() const
{
    m_heights.fill({-1, 0});
}

} // namespace cp::ui
