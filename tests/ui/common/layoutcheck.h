// Checks of a laid-out window, in words a failing test can print: every
// visible widget lies inside its parent (nothing clipped), none is squeezed
// below its minimum size, every label shows its whole text (unless it is
// made to elide), and, where asked, no table needs a horizontal scroll bar.
// They hold at any scale: sizes are compared in the widgets' own units.
// And the accessibility of every control: a name, and a place in the Tab order.
#pragma once

#include <QStringList>

class QWidget;

namespace cp::testing {

struct LayoutCheck
{
    // Tables must show all their columns (no horizontal scroll bar).
    bool tablesFitWidth = true;
};

// The problems found under `root`, one line each; empty when it is right.
QStringList layoutProblems(QWidget *root, const LayoutCheck &check = {});

// Every visible control under `root` (buttons, fields, lists, tables, tabs,
// spin boxes, combo boxes) has an accessible name for screen readers and is
// reached from the keyboard (Tab, or a tool button's shortcut); the problems
// found, one line each.
QStringList accessibilityProblems(QWidget *root);

// A name for a widget in a message: class, object name, accessible name or text.
QString describeWidget(const QWidget *widget);

} // namespace cp::testing
