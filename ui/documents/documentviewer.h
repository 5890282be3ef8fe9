// Shows one document of the archive from decrypted memory only: a PDF through
// QtPdf (loaded from a QBuffer that this viewer owns — never a plaintext file),
// an XML as a readable two-column table of its fields, an image; above it the
// result of the signature check. Decrypting and parsing run on the thread
// pool; the decrypted bytes live only as long as the open document and are
// wiped when it closes, when another opens, on lock and with the viewer.
#pragma once

#include "storage/archivedatabase.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace cp::session {
class ProfileSession;
}

namespace cp::sync {
class DocumentDownloader;
}

namespace cp::ui {

class SignaturePanel;

class DocumentViewer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Empty,   // nothing chosen
        Loading, // downloading or decrypting
        Pdf,
        Xml,
        Image,
        Failed
    };
    Q_ENUM(Mode)

    explicit DocumentViewer(session::ProfileSession *session, QWidget *parent = nullptr);
    ~DocumentViewer() override;

    // Opens the document; a file that is not stored here (kept online only)
    // is downloaded first. Ends with opened() or failed().
    void open(const storage::ArchivedDocument &document);
    // Closes the document and wipes its decrypted bytes.
    void close();

    Mode mode() const { return m_mode; }
    QString documentId() const { return m_document.info.id; }
    QString message() const;
    QPdfDocument *pdfDocument() const { return m_pdf; }
    QStandardItemModel *xmlModel() const { return m_xml; }
    QImage image() const { return m_image; }
    SignaturePanel *signaturePanel() const { return m_signature; }

    bool canPrint() const { return m_mode == Mode::Pdf || m_mode == Mode::Image; }
    // Renders the open PDF's pages (or the image) onto the printer.
    bool print(QPrinter *printer);

    // The XML of a document as rows of (field, value), for the table.
    static QList<QPair<QString, QString>> xmlFields(const QByteArray &xml, QString *error);

signals:
    void opened(const QString &documentId);
    void failed(const QString &documentId, const QString &message);
    // The archive's entry changed (downloaded on demand).
    void documentStored(const QString &documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    struct Job;
    struct Plain;
    struct Parsed;

    void setMode(Mode mode, const QString &message = {});
    void download();
    void decrypt();
    void finishLoading(quint64 generation, const std::shared_ptr<Plain> &plain,
                       const std::shared_ptr<Parsed> &parsed);
    void fail(const QString &message);
    void cancelJob();

    session::ProfileSession *m_session;
    storage::ArchivedDocument m_document;
    Mode m_mode = Mode::Empty;
    quint64 m_generation = 0;
    std::shared_ptr<Job> m_job;
    std::shared_ptr<Plain> m_plain; // the decrypted bytes of the open document
    QPointer<sync::DocumentDownloader> m_downloader;

    SignaturePanel *m_signature;
    QScrollArea *m_signatureArea = nullptr;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QProgressBar *m_busy;
    QBuffer *m_buffer;
    QPdfDocument *m_pdf;
    QPdfView *m_pdfView;
    QStandardItemModel *m_xml;
    QTableView *m_xmlView;
    QScrollArea *m_imageArea;
    QLabel *m_imageLabel;
    QImage m_image;
};

} // namespace cp::ui
