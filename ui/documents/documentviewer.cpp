#include "documents/documentviewer.h"

#include "documents/signaturepanel.h"
#include "session/profilesession.h"
#include "storage/documentstore.h"
#include "support/poolwork.h"
#include "sync/documentdownloader.h"

#include <QBuffer>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QXmlStreamReader>

Q_DECLARE_LOGGING_CATEGORY(lcDocuments)

namespace cp::ui {

// A load on the thread pool reports back through this: the viewer clears
// `viewer` under the mutex when it no longer wants the result (another
// document, close, destruction), so a late worker posts nothing.
struct DocumentViewer::Job
{
    QMutex mutex;
    DocumentViewer *viewer = nullptr;
};

// Decrypted bytes, wiped by whoever lets go of them last — the viewer, or a
// queued result that never got delivered.
struct DocumentViewer::Plain
{
    QByteArray bytes;
    ~Plain() { storage::wipe(bytes); }
};

// What the worker made of the bytes, so the GUI thread only shows it.
struct DocumentViewer::Parsed
{
    QString error; // English, for the log
    QList<QPair<QString, QString>> xml;
    QImage image;
};

namespace {

enum Page
{
    MessagePage,
    PdfPage,
    XmlPage,
    ImagePage
};

bool isXml(const QString &mediaType)
{
    return mediaType == u"application/xml" || mediaType == u"text/xml" ||
           mediaType.endsWith(u"+xml");
}

} // namespace

DocumentViewer::DocumentViewer(session::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_signature(new SignaturePanel(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buffer(new QBuffer(this))
    , m_pdf(new QPdfDocument(this))
    , m_pdfView(new QPdfView(this))
    , m_xml(new QStandardItemModel(this))
    , m_xmlView(new QTableView(this))
    , m_imageArea(new QScrollArea(this))
    , m_imageLabel(new QLabel(this))
{

    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_busy);
    messageLayout->addStretch();

    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setFocusPolicy(Qt::StrongFocus);

    m_xmlView->setModel(m_xml);
    m_xmlView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_xmlView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_xmlView->setWordWrap(true);
    m_xmlView->verticalHeader()->setVisible(false);
    // Both columns share the width and long values wrap, so nothing is cut
    // off in a narrow viewer.
    m_xmlView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_xmlView->setAlternatingRowColors(true);

    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setFocusPolicy(Qt::StrongFocus);

    m_pages->insertWidget(MessagePage, messagePage);
    m_pages->insertWidget(PdfPage, m_pdfView);
    m_pages->insertWidget(XmlPage, m_xmlView);
    m_pages->insertWidget(ImagePage, m_imageArea);

    // A PDF that turns out unreadable while it loads.
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Error && m_mode == Mode::Pdf)
            fail(tr("The PDF could not be read."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The signature's words scroll when the viewer is short, rather than
    // being cut off.
    auto *signatureArea = new QScrollArea(this);
    signatureArea->setWidget(m_signature);
    signatureArea->setWidgetResizable(true);
    signatureArea->setFrameShape(QFrame::NoFrame);
    signatureArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    signatureArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    signatureArea->setVisible(false);
    m_signatureArea = signatureArea;
    layout->addWidget(signatureArea);
    layout->addWidget(m_pages, 1);
    retranslate();
    setMode(Mode::Empty);
}

void DocumentViewer::retranslate()
{
    setAccessibleName(tr("Document viewer"));
    m_message->setAccessibleName(tr("Viewer status"));
    m_busy->setAccessibleName(tr("Opening the document"));
    m_pdfView->setAccessibleName(tr("PDF document"));
    m_xml->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_xmlView->setAccessibleName(tr("Fields of the XML document"));
    m_imageLabel->setAccessibleName(tr("Image"));
    m_imageArea->setAccessibleName(tr("Image document"));
    m_signatureArea->setAccessibleName(tr("Signature of the document"));
}

void DocumentViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

DocumentViewer::~DocumentViewer()
{
    close();
}

QString DocumentViewer::message() const
{
    return m_message->text();
}

void DocumentViewer::setMode(Mode mode, const QString &message)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Empty:
        m_message->setText(tr("Choose a document in the list and press Enter to open it."));
        break;
    case Mode::Loading:
    case Mode::Failed:
        m_message->setText(message);
        break;
    default:
        break;
    }
    m_busy->setVisible(mode == Mode::Loading);
    switch (mode) {
    case Mode::Pdf:
        m_pages->setCurrentIndex(PdfPage);
        break;
    case Mode::Xml:
        m_pages->setCurrentIndex(XmlPage);
        break;
    case Mode::Image:
        m_pages->setCurrentIndex(ImagePage);
        break;
    default:
        m_pages->setCurrentIndex(MessagePage);
        break;
    }
}

void DocumentViewer::cancelJob()
{
    if (m_job) {
        QMutexLocker lock(&m_job->mutex);
        m_job->viewer = nullptr;
    }
    m_job.reset();
    if (m_downloader) {
        m_downloader->cancel();
        m_downloader->deleteLater();
        m_downloader.clear();
    }
}

void DocumentViewer::close()
{
    ++m_generation;
    cancelJob();
    // The PDF reads from the buffer until it is closed: close it first.
    m_pdf->close();
    m_buffer->close();
    // Away from our bytes without touching them; the reset below wipes them.
    m_buffer->setBuffer(nullptr);
    m_plain.reset();
    m_xml->removeRows(0, m_xml->rowCount());
    m_image = QImage();
    m_imageLabel->clear();
    m_signature->clear();
    m_signatureArea->setVisible(false);
    m_document = {};
    setMode(Mode::Empty);
}

void DocumentViewer::open(const storage::ArchivedDocument &document)
{
    close();
    m_document = document;
    m_signature->showDocument(document);
    m_signatureArea->setVisible(true);
    if (!m_session->archive() || !m_session->files())
        return fail(tr("The archive is locked. Unlock it to open documents."));
    if (document.state == u"complete")
        decrypt();
    else
        download();
}

void DocumentViewer::download()
{
    setMode(Mode::Loading, tr("Downloading the document from the server…"));
    const quint64 generation = m_generation;
    m_downloader = new sync::DocumentDownloader(m_session->api(), m_session->archive(),
                                                m_session->files(), this);
    m_downloader->download(
        m_document.info.id, [this, generation](bool ok, const net::ApiError &error) {
            if (generation != m_generation)
                return;
            if (m_downloader)
                m_downloader->deleteLater();
            m_downloader.clear();
            const auto stored = m_session->archive()
                                    ? m_session->archive()->document(m_document.info.id)
                                    : std::nullopt;
            if (!ok || !stored || stored->state != u"complete") {
                qCWarning(lcDocuments) << "a download on demand failed:" << error.message;
                return fail(tr("The document could not be downloaded. Check the connection "
                               "and try again."));
            }
            m_document = *stored;
            m_signature->showDocument(m_document);
            m_signatureArea->setVisible(true);
            emit documentStored(m_document.info.id);
            decrypt();
        });
}

void DocumentViewer::decrypt()
{
    setMode(Mode::Loading, tr("Opening the document…"));
    m_job = std::make_shared<Job>();
    m_job->viewer = this;
    // The worker gets its own copy of the key, so that a lock meanwhile (which
    // wipes the session's key) cannot pull it from under it.
    auto key = std::make_shared<storage::SecureBytes>(
        storage::SecureBytes::fromRaw(m_session->files()->key().toByteArray()));
    const QString dataDir = m_session->dataDir();
    const QString fileName = m_document.fileName;
    const QString mediaType = m_document.info.mediaType;
    const quint64 generation = m_generation;
    std::shared_ptr<Job> job = m_job;
    cp::support::workPool()->start([job, key, dataDir, fileName, mediaType, generation]() {
        auto plain = std::make_shared<Plain>();
        auto parsed = std::make_shared<Parsed>();
        {
            QMutexLocker lock(&job->mutex);
            if (!job->viewer)
                return;
        }
        const storage::DocumentStore store(dataDir, *key);
        QString error;
        std::optional<QByteArray> content = store.content(fileName, &error);
        if (content) {
            plain->bytes = std::move(*content);
            if (isXml(mediaType))
                parsed->xml = xmlFields(plain->bytes, &parsed->error);
            else if (mediaType.startsWith(u"image/") && !parsed->image.loadFromData(plain->bytes))
                parsed->error = QStringLiteral("the image could not be decoded");
        } else {
            parsed->error = error.isEmpty() ? QStringLiteral("no content") : error;
        }
        QMutexLocker lock(&job->mutex);
        if (DocumentViewer *viewer = job->viewer) {
            QMetaObject::invokeMethod(
                viewer,
                [viewer, generation, plain, parsed]() {
                    viewer->finishLoading(generation, plain, parsed);
                },
                Qt::QueuedConnection);
        }
    });
}

void DocumentViewer::finishLoading(quint64 generation, const std::shared_ptr<Plain> &plain,
                                   const std::shared_ptr<Parsed> &parsed)
{
    if (generation != m_generation)
        return;
    m_job.reset();
    if (!parsed->error.isEmpty() || plain->bytes.isEmpty()) {
        qCWarning(lcDocuments) << "a document could not be opened:" << parsed->error;
        return fail(tr("The document could not be opened: its stored file is damaged or "
                       "incomplete. Turn \"Keep offline\" off and on to download it again."));
    }
    const QString &mediaType = m_document.info.mediaType;
    if (mediaType == u"application/pdf") {
        m_plain = plain;
        // The buffer reads the decrypted bytes in place; QPdfDocument reads
        // through it for as long as the document is open.
        m_buffer->setBuffer(&m_plain->bytes);
        if (!m_buffer->open(QIODevice::ReadOnly))
            return fail(tr("The document could not be opened."));
        m_pdf->load(m_buffer);
        if (m_pdf->status() == QPdfDocument::Status::Error)
            return fail(tr("The PDF could not be read."));
        setMode(Mode::Pdf);
    } else if (isXml(mediaType)) {
        for (const auto &[field, value] : std::as_const(parsed->xml)) {
            auto *name = new QStandardItem(field);
            auto *text = new QStandardItem(value);
            name->setEditable(false);
            text->setEditable(false);
            m_xml->appendRow({name, text});
        }
        setMode(Mode::Xml);
        m_xmlView->resizeRowsToContents();
    } else if (mediaType.startsWith(u"image/")) {
        m_image = parsed->image;
        m_imageLabel->setPixmap(QPixmap::fromImage(m_image));
        m_imageLabel->setAccessibleDescription(
            tr("%1 × %2 pixels").arg(m_image.width()).arg(m_image.height()));
        setMode(Mode::Image);
    } else {
        return fail(tr("This kind of file cannot be shown here. Export a copy to open it "
                       "with another program."));
    }
    emit opened(m_document.info.id);
}

void DocumentViewer::fail(const QString &message)
{
    const QString id = m_document.info.id;
    m_pdf->close();
    m_buffer->close();
    // Away from our bytes without touching them; the reset below wipes them.
    m_buffer->setBuffer(nullptr);
    m_plain.reset();
    setMode(Mode::Failed, message);
    emit failed(id, message);
}

QList<QPair<QString, QString>> DocumentViewer::xmlFields(const QByteArray &xml, QString *error)
{
    QList<QPair<QString, QString>> rows;
    QStringList path;
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            path.append(reader.name().toString());
            text.clear();
            // The path without the root: every field of these documents is under it.
            const QString where = path.mid(1).join(QStringLiteral(" › "));
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                const QString field =
                    where.isEmpty() ? attribute.name().toString()
                                    : where + QStringLiteral(" › ") + attribute.name().toString();
                rows.append({field, attribute.value().toString()});
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace())
                text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!text.trimmed().isEmpty())
                rows.append({path.mid(1).join(QStringLiteral(" › ")), text.trimmed()});
            text.clear();
            if (!path.isEmpty())
                path.removeLast();
            break;
        default:
            break;
        }
    }
    if (reader.hasError() && error)
        *error = reader.errorString();
    return rows;
}

bool DocumentViewer::print(QPrinter *printer)
{
    if (!canPrint())
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRect area = painter.viewport();
    const auto drawFitted = [&painter, &area](const QImage &image) {
        QSize size = image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.topLeft() + QPoint((area.width() - size.width()) / 2, 0), size);
        painter.drawImage(target, image);
    };
    if (m_mode == Mode::Image) {
        drawFitted(m_image);
        return painter.end();
    }
    for (int page = 0; page < m_pdf->pageCount(); ++page) {
        if (page > 0 && !printer->newPage())
            return false;
        // Rendered at the printer's size of the page, so text stays sharp.
        QSizeF points = m_pdf->pagePointSize(page);
        QSize pixels = (points * (printer->resolution() / 72.0)).toSize();
        pixels.scale(pixels.boundedTo(area.size()).expandedTo(QSize(1, 1)), Qt::KeepAspectRatio);
        drawFitted(m_pdf->render(page, pixels));
    }
    return painter.end();
}

} // namespace cp::ui
