#include "documents/signaturepanel.h"

#include "documents/documentlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace cp::ui {

SignaturePanel::SignaturePanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_headline->setWordWrap(true);
    m_details->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    // Readable and copyable by keyboard: who signed is worth quoting.
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    retranslate();

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    clear();
}

void SignaturePanel::retranslate()
{
    setAccessibleName(tr("Signature of the document"));
    m_details->setAccessibleName(tr("Signature details"));
    if (m_document)
        showDocument(*m_document);
}

void SignaturePanel::clear()
{
    m_document.reset();
    m_state.clear();
    m_headline->clear();
    m_details->clear();
    updateIcon();
    setVisible(false);
}

void SignaturePanel::showDocument(const storage::ArchivedDocument &document)
{
    if (!m_document || &*m_document != &document)
        m_document = document;
    m_state = document.signatureState;
    const QLocale locale;
    const QString when =
        document.signingTime.isValid()
            ? locale.toString(document.signingTime.toLocalTime(), QLocale::LongFormat)
            : tr("unknown");
    if (m_state == u"valid") {
        m_headline->setText(tr("The signature is valid"));
        m_details->setText(tr("Signed by %1 on %2. The document has not been changed since it "
                              "was signed.")
                               .arg(document.signer, when));
    } else if (m_state == u"invalid") {
        m_headline->setText(tr("The signature is invalid"));
        m_details->setText(tr("The document was changed after signing, or the signature does "
                              "not belong to it. Do not rely on its contents."));
    } else if (m_state == u"unknown_issuer") {
        m_headline->setText(tr("The signer is not known"));
        m_details->setText(
            tr("The document is signed by %1, but that certificate does not come "
               "from a trusted state authority.")
                .arg(document.signer.isEmpty() ? tr("an unknown party") : document.signer));
    } else if (m_state == u"unchecked") {
        m_headline->setText(tr("The signature has not been checked yet"));
        m_details->setText(tr("It is checked when the document is downloaded."));
    } else {
        m_headline->setText(tr("This file is not signed"));
        m_details->setText(document.info.origin == domain::DocumentOrigin::Uploaded
                               ? tr("You added this file yourself; no authority has signed it.")
                               : tr("The issuing body did not sign this document."));
    }
    setAccessibleDescription(text());
    updateIcon();
    setVisible(true);
}

QString SignaturePanel::text() const
{
    return m_headline->text() + u'\n' + m_details->text();
}

void SignaturePanel::changeEvent(QEvent *event)
{
    // A new screen scale or style: draw the icon again at the new size.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        updateIcon();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SignaturePanel::updateIcon()
{
    QString name;
    if (m_state == u"valid")
        name = QStringLiteral(":/icons/documents-valid.svg");
    else if (m_state == u"invalid")
        name = QStringLiteral(":/icons/documents-invalid.svg");
    else if (!m_state.isEmpty())
        name = QStringLiteral(":/icons/documents-unknown.svg");
    if (name.isEmpty()) {
        m_icon->clear();
        m_icon->setVisible(false);
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(QIcon(name).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setVisible(true);
}

} // namespace cp::ui
