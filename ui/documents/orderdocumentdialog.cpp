#include "documents/orderdocumentdialog.h"

#include "domain/document.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp::ui {

OrderDocumentDialog::OrderDocumentDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_yearLabel(new QLabel(tr("&Year:"), this))
    , m_year(new QSpinBox(this))
    , m_explanation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Order a document"));
    for (const domain::DocumentKind &kind : domain::DocumentKinds::all()) {
        if (kind.orderable)
            m_kind->addItem(domain::DocumentKinds::name(kind), QString::fromLatin1(kind.key));
    }
    m_kind->setAccessibleName(tr("Kind of document"));
    // The server takes years from 2000 up to the last finished one.
    const int lastYear = QDate::currentDate().year() - 1;
    m_year->setRange(2000, lastYear);
    m_year->setValue(lastYear);
    m_year->setAccessibleName(tr("Year of the certificate"));
    m_yearLabel->setBuddy(m_year);
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("The issuing body prepares the document; it appears in your "
                              "archive with the next sync after that, usually within minutes."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Order"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Order the document"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the order"));

    auto *kindLabel = new QLabel(tr("&Document:"), this);
    kindLabel->setBuddy(m_kind);
    auto *form = new QFormLayout;
    form->addRow(kindLabel, m_kind);
    form->addRow(m_yearLabel, m_year);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrderDocumentDialog::kindChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_kind, m_year);
    kindChanged();
}

QString OrderDocumentDialog::kind() const
{
    return m_kind->currentData().toString();
}

void OrderDocumentDialog::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

int OrderDocumentDialog::year() const
{
    const domain::DocumentKind *kind = domain::DocumentKinds::find(this->kind());
    return kind && kind->needsYear ? m_year->value() : 0;
}

void OrderDocumentDialog::setYear(int year)
{
    m_year->setValue(year);
}

void OrderDocumentDialog::kindChanged()
{
    const domain::DocumentKind *kind = domain::DocumentKinds::find(this->kind());
    const bool needsYear = kind && kind->needsYear;
    m_year->setVisible(needsYear);
    m_yearLabel->setVisible(needsYear);
}

} // namespace cp::ui
