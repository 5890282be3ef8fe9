// A plain-text, word-wrapped label of the profile's cards, made to be cheap
// in a long list of them.
#pragma once

#include <QLabel>

#include <array>
#include <utility>

namespace cp::ui {

class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    // The text can be selected with the mouse, from the moment the mouse
    // first comes over the label: a selectable label lays its text out
    // through a QTextDocument of its own, a few times the cost of a plain
    // one, and a card has many values that are never selected.
    void setSelectableByMouse();

    // Remembers the height for the last few widths: a layout pass asks each
    // label of a card its height for a width several times (each box around
    // it asks again), and every pass after a change anywhere in the list
    // asks anew, where QLabel lays its text out at each ask.
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void forgetHeights() const;

    bool m_selectableOnHover = false;
    mutable std::array<std::pair<int, int>, 4> m_heights{};
    mutable size_t m_nextSlot = 0;
    mutable QString m_measuredText;
};

} // namespace cp::ui
