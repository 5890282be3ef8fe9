#include "profile/sensitivevalue.h"

#include "profile/wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cp::ui {

SensitiveValue::SensitiveValue(const QString &fieldLabel, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_fieldLabel(fieldLabel)
    , m_text(text)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *value = new WrappedLabel(QString(), this);
    value->setSelectableByMouse();
    m_value = value;
    m_value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_value, 1);

    m_show = new QPushButton(this);
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show %1").arg(fieldLabel));
    connect(m_show, &QPushButton::toggled, this, &SensitiveValue::setRevealed);
    layout->addWidget(m_show);

    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setAccessibleName(tr("Copy %1").arg(fieldLabel));
    m_copy->setToolTip(tr("Copies the value; the clipboard is cleared after a while"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_text.isEmpty())
            emit copyRequested(m_text);
    });
    layout->addWidget(m_copy);

    setRevealed(false);
}

QString SensitiveValue::mask()
{
    return QStringLiteral("••••");
}

void SensitiveValue::setRevealed(bool revealed)
{
    revealed = revealed && !m_text.isEmpty();
    const bool changed = revealed != m_revealed;
    m_revealed = revealed;
    m_value->setText(revealed ? m_text : mask());
    // The masked label still tells a screen reader what is there, never the value.
    m_value->setAccessibleName(revealed ? m_fieldLabel : tr("%1, hidden").arg(m_fieldLabel));
    m_show->setText(revealed ? tr("Hide") : tr("Show"));
    m_show->setAccessibleName(revealed ? tr("Hide %1").arg(m_fieldLabel)
                                       : tr("Show %1").arg(m_fieldLabel));
    {
        const QSignalBlocker blocker(m_show);
        m_show->setChecked(revealed);
    }
    if (changed)
        emit revealedChanged(revealed);
}

void SensitiveValue::forget()
{
    setRevealed(false);
    m_text.fill(QChar(0));
    m_text.clear();
    m_show->setEnabled(false);
    m_copy->setEnabled(false);
}

} // namespace cp::ui
