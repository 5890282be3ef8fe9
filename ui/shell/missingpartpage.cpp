#include "missingpartpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cp::ui {

MissingPartPage::MissingPartPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("missingPartPage"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    retranslate();
}

MissingPartPage::~MissingPartPage() = default;

void MissingPartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MissingPartPage::retranslate()
{
    m_text->setText(tr("This part of the app is not built."));
}

} // namespace cp::ui
