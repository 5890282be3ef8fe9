#include "common/layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QWidget>

namespace cp::testing {

namespace {

// Inside a scroll area the content may be larger than what shows: that is
// what the scroll area is for.
bool insideScrolledContent(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget())) {
            if (area->viewport() == w)
                return true;
        }
        if (w->isWindow())
            break;
    }
    return false;
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

QString describeWidget(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u'#' + widget->objectName();
    QString text = widget->accessibleName();
    if (text.isEmpty()) {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
    }
    if (!text.isEmpty())
        name += QStringLiteral(" «") + text.left(60) + QStringLiteral("»");
    return name;
}

QStringList layoutProblems(QWidget *root, const LayoutCheck &check)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->isWindow() || widget->window() != root->window())
            continue;
        // The internals of item views and scroll areas (headers, bars) and
        // tool bar extensions are Qt's own business.
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget) ||
            widget->inherits("QToolBarExtension") ||
            widget->objectName().startsWith(QLatin1StringView("qt_")))
            continue;
        QWidget *parent = widget->parentWidget();
        const QString name = describeWidget(widget);
        const bool scrolled = insideScrolledContent(widget);
        if (parent && !scrolled && !parent->rect().contains(widget->geometry())) {
            problems.append(QStringLiteral("%1 sticks out of %2 (%3 at %4,%5 in %6)")
                                .arg(name, describeWidget(parent), sizeText(widget->size()))
                                .arg(widget->x())
                                .arg(widget->y())
                                .arg(sizeText(parent->size())));
        }
        const QSizePolicy policy = widget->sizePolicy();
        const bool elides = policy.horizontalPolicy() == QSizePolicy::Ignored;
        const QSize minimum = widget->minimumSizeHint();
        if (!elides && !scrolled && widget->layout() == nullptr && minimum.isValid() &&
            (widget->width() < minimum.width() || widget->height() < minimum.height())) {
            problems.append(QStringLiteral("%1 is squeezed: %2, needs at least %3")
                                .arg(name, sizeText(widget->size()), sizeText(minimum)));
        }
        if (const auto *label = qobject_cast<QLabel *>(widget); label && !elides) {
            if (!label->text().isEmpty() && !label->wordWrap() &&
                label->width() < label->sizeHint().width()) {
                problems.append(QStringLiteral("%1 is cut off: %2 wide, its text needs %3")
                                    .arg(name)
                                    .arg(label->width())
                                    .arg(label->sizeHint().width()));
            }
            if (!label->text().isEmpty() && label->wordWrap() &&
                label->height() < label->heightForWidth(label->width())) {
                problems.append(QStringLiteral("%1 is cut off: %2 high, its text needs %3")
                                    .arg(name)
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width())));
            }
        }
        if (const auto *table = qobject_cast<QTableView *>(widget);
            table && check.tablesFitWidth && table->horizontalScrollBar()->isVisible()) {
            problems.append(
                QStringLiteral("%1 needs a horizontal scroll bar to show its columns").arg(name));
        }
    }
    return problems;
}

QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != root->window() ||
            widget->objectName().startsWith(QLatin1StringView("qt_")))
            continue;
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget);
        // The parts of composite controls (a combo box's line edit, a tab
        // bar's scroll buttons) are named by the control.
        if (!control || qobject_cast<QComboBox *>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QTabBar *>(widget->parentWidget()) || qobject_cast<QHeaderView *>(widget))
            continue;
        const QString name = describeWidget(widget);
        QString accessible = widget->accessibleName();
        if (accessible.isEmpty()) {
            // What a screen reader says when no name is set: a button's text.
            if (const auto *button = qobject_cast<QAbstractButton *>(widget))
                accessible = button->text().remove(u'&');
        }
        if (accessible.trimmed().isEmpty())
            problems.append(name + QStringLiteral(" has no accessible name"));
        // Reached from the keyboard: by Tab, or, for a tool bar's button, by
        // its action's shortcut (F5, Ctrl+L).
        bool reachable = widget->focusPolicy() & Qt::TabFocus;
        if (const auto *tool = qobject_cast<QToolButton *>(widget);
            tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty())
            reachable = true;
        if (widget->isEnabled() && !reachable)
            problems.append(name + QStringLiteral(" cannot be reached from the keyboard"));
    }
    return problems;
}

} // namespace cp::testing
