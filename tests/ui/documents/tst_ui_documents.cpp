// The Documents screen driven on the offscreen platform against a session
// whose archive a real sync from the real profile-server filled: the list of
// 18 documents and its model, sorting and filtering, a PDF opened from memory
// with no file written anywhere, an XML as a table, the signature panel, a
// 2-NDFL ordered until it arrives, keep offline off and on demand again,
// export with mode 0600, a file of one's own, and what a lock leaves behind.
#include "documents/documentfiltermodel.h"
#include "documents/documentlistmodel.h"
#include "documents/documentorderservice.h"
#include "documents/documentsview.h"
#include "documents/documentviewer.h"
#include "documents/orderdocumentdialog.h"
#include "documents/signaturepanel.h"
#include "serverfixture.h"
#include "session/profilesession.h"
#include "storage/archiveloader.h"
#include "support/poolwork.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPrinter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTranslator>

#include <sys/stat.h>

#include <memory>

using namespace cp;
using namespace cp::testing;
using cp::ui::DocumentListModel;
using cp::ui::DocumentOrderService;
using cp::ui::DocumentViewer;

namespace {

QSet<QString> filesUnder(const QString &dir)
{
    QSet<QString> files;
    // Regular files only: a FIFO or socket of another program in /tmp would
    // block the read that follows (it hung the suite once under ctest --parallel).
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile() && !it.fileInfo().isSymLink())
            files.insert(path);
    }
    return files;
}

} // namespace

class TestUiDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listShowsTheArchive();
    void modelsPassTheTester();
    void sortingAndFiltering();
    void pdfOpensFromMemoryOnly();
    void printRendersThePages();
    void xmlShowsItsFields();
    void exportWritesExactBytesPrivately();
    void keepOfflineOffFreesTheSpace();
    void orderingA2NdflUntilItArrives();
    void orderDialogOffersOrderableKinds();
    void ownFileArrivesMarkedAsYours();
    void everyControlHasAnAccessibleName();
    void textsFollowTheLanguage();
    void listIsReadOffTheGuiThread();
    void loaderDeliversOnlyTheNewestRead();
    void lockClearsEverything();

private:
    bool syncOnce();
    bool unlockAgain(); // after a lock, with the test's passphrase
    std::optional<storage::ArchivedDocument> find(const QString &kind, const QString &mediaType);
    QByteArray plainContent(const storage::ArchivedDocument &document);

    ServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_token;
    std::unique_ptr<session::ProfileSession> m_session;
    std::unique_ptr<ui::DocumentsView> m_view;
};

void TestUiDocuments::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--order-delay-ms"), QStringLiteral("200")}, &error),
             qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());

    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(dataDir));
    m_session = std::make_unique<session::ProfileSession>(
        dataDir, QStringLiteral("citizen-profile-test-ui-documents"));
    m_session->settings().setValue(session::Setting::ServerUrl, m_server.baseUrl());
    m_session->settings().setValue(session::Setting::CaFile, m_server.caPath());
    QVERIFY2(m_session->configureServer(&error), qPrintable(error));
    // Passphrase mode: no keychain needed for this suite.
    bool done = false;
    bool ok = false;
    m_session->createWithPassphrase("a passphrase for the test",
                                    [&](bool success, const QString &message) {
                                        done = true;
                                        ok = success;
                                        error = message;
                                    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(ok, qPrintable(error));
    m_session->api()->setAccessToken(m_token.toLatin1());
    QVERIFY(syncOnce());

    m_view = std::make_unique<ui::DocumentsView>(m_session.get());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
}

void TestUiDocuments::cleanupTestCase()
{
    m_view.reset();
    m_session.reset();
}

bool TestUiDocuments::unlockAgain()
{
    bool done = false;
    bool ok = false;
    m_session->unlockWithPassphrase("a passphrase for the test",
                                    [&](bool success, const QString &) {
                                        done = true;
                                        ok = success;
                                    });
    return QTest::qWaitFor([&]() { return done; }, 60000) && ok;
}

bool TestUiDocuments::syncOnce()
{
    QSignalSpy finished(m_session->engine(), &sync::SyncEngine::finished);
    m_session->engine()->sync();
    if (!finished.wait(120000))
        return false;
    return finished.first().at(0).toBool();
}

std::optional<storage::ArchivedDocument> TestUiDocuments::find(const QString &kind,
                                                               const QString &mediaType)
{
    for (const storage::ArchivedDocument &d : m_session->archive()->documents()) {
        if (d.info.kind == kind && d.info.mediaType == mediaType && d.state == u"complete")
            return d;
    }
    return std::nullopt;
}

QByteArray TestUiDocuments::plainContent(const storage::ArchivedDocument &document)
{
    QString error;
    return m_session->files()->content(document.fileName, &error).value_or(QByteArray());
}

void TestUiDocuments::listShowsTheArchive()
{
    DocumentListModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 18);
    QCOMPARE(model->columnCount(), int(DocumentListModel::ColumnCount));
    QSet<QString> kinds;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString kind = model->index(row, 0).data(DocumentListModel::KindKeyRole).toString();
        kinds.insert(kind);
        const domain::DocumentKind *known = domain::DocumentKinds::find(kind);
        QVERIFY2(known, qPrintable(kind));
        QCOMPARE(model->index(row, DocumentListModel::KindColumn).data().toString(),
                 domain::DocumentKinds::name(*known));
        QCOMPARE(model->index(row, 0).data(DocumentListModel::SignatureKeyRole).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(model->index(row, DocumentListModel::SignatureColumn).data().toString(),
                 QStringLiteral("Valid"));
        QCOMPARE(model->index(row, DocumentListModel::OfflineColumn).data().toString(),
                 QStringLiteral("Available offline"));
        QVERIFY(!model->index(row, DocumentListModel::IssuerColumn).data().toString().isEmpty());
        QVERIFY(!model->index(row, DocumentListModel::SizeColumn).data().toString().isEmpty());
    }
    // The demo citizen's archive holds issued documents of several kinds.
    QVERIFY(kinds.contains(QStringLiteral("ndfl2")));
    QVERIFY(kinds.contains(QStringLiteral("egrn_extract")));
    QVERIFY(kinds.size() >= 4);
    QCOMPARE(m_view->table()->model()->rowCount(), 18);
}

void TestUiDocuments::modelsPassTheTester()
{
    QAbstractItemModelTester listTester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_view->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    m_view->setFilter(QStringLiteral("2-NDFL"));
    m_view->proxy()->sort(DocumentListModel::SizeColumn, Qt::AscendingOrder);
    m_view->setFilter(QString());

    // A model of its own through every change it knows.
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<storage::ArchivedDocument> documents = m_session->archive()->documents();
    model.setDocuments(documents.mid(0, 3));
    model.updateDocument(documents.at(5));
    QCOMPARE(model.rowCount(), 4);
    storage::ArchivedDocument changed = documents.at(0);
    changed.state = QStringLiteral("none");
    model.updateDocument(changed);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, DocumentListModel::OfflineColumn).data().toString(),
             QStringLiteral("Not available offline"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiDocuments::sortingAndFiltering()
{
    ui::DocumentFilterModel *proxy = m_view->proxy();
    m_view->table()->sortByColumn(DocumentListModel::SizeColumn, Qt::AscendingOrder);
    qint64 previous = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const qint64 size = proxy->index(row, DocumentListModel::SizeColumn)
                                .data(DocumentListModel::SortRole)
                                .toLongLong();
        QVERIFY(size >= previous);
        previous = size;
    }
    m_view->table()->sortByColumn(DocumentListModel::SizeColumn, Qt::DescendingOrder);
    const qint64 largest = proxy->index(0, DocumentListModel::SizeColumn)
                               .data(DocumentListModel::SortRole)
                               .toLongLong();
    QCOMPARE(largest, previous);

    int ndfl = 0;
    for (const storage::ArchivedDocument &d : m_session->archive()->documents())
        ndfl += d.info.kind == u"ndfl2";
    QVERIFY(ndfl > 0);
    m_view->setFilter(QStringLiteral("2-ndfl income"));
    QCOMPARE(proxy->rowCount(), ndfl);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(DocumentListModel::KindKeyRole).toString(),
                 QStringLiteral("ndfl2"));
    // Whatever the case of the query (the rows' texts are folded once).
    m_view->setFilter(QStringLiteral("2-NdFl INCOME"));
    QCOMPARE(proxy->rowCount(), ndfl);
    m_view->setFilter(QStringLiteral("no document has this text"));
    QCOMPARE(proxy->rowCount(), 0);
    m_view->setFilter(QString());
    QCOMPARE(proxy->rowCount(), 18);

    // The kind filter of the screen.
    auto *kindFilter = m_view->findChild<QComboBox *>();
    QVERIFY(kindFilter);
    kindFilter->setCurrentIndex(kindFilter->findData(QStringLiteral("egrn_extract")));
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < 18);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(DocumentListModel::KindKeyRole).toString(),
                 QStringLiteral("egrn_extract"));
    kindFilter->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 18);
}

void TestUiDocuments::pdfOpensFromMemoryOnly()
{
    const auto pdf = find(QStringLiteral("ndfl2"), QStringLiteral("application/pdf"));
    QVERIFY(pdf);
    const QByteArray plain = plainContent(*pdf);
    QVERIFY(plain.startsWith("%PDF-"));
    const QStringList temps{QStringLiteral("/tmp"), QDir::tempPath()};
    const QSet<QString> dataBefore = filesUnder(m_session->dataDir());
    QSet<QString> tempBefore;
    for (const QString &dir : temps)
        tempBefore += filesUnder(dir);

    DocumentViewer *viewer = m_view->viewer();
    QSignalSpy opened(viewer, &DocumentViewer::opened);
    m_view->openDocument(pdf->info.id);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->mode(), DocumentViewer::Mode::Pdf, 30000);
    QCOMPARE(opened.size(), 1);
    QTRY_COMPARE(viewer->pdfDocument()->status(), QPdfDocument::Status::Ready);
    QVERIFY(viewer->pdfDocument()->pageCount() >= 1);
    QVERIFY(viewer->canPrint());

    // Nothing new in the data folder; nothing new in the temporary folders
    // that holds the document's plaintext (other programs may write there).
    QCOMPARE(filesUnder(m_session->dataDir()) - dataBefore, QSet<QString>());
    QSet<QString> tempAfter;
    for (const QString &dir : temps)
        tempAfter += filesUnder(dir);
    const QByteArray probe = plain.mid(plain.size() / 2, 64);
    // Reference servers of tests running alongside (ctest --parallel) keep
    // the same demo documents in their own data folders: not the client's.
    const auto inServerData = [](const QString &path) {
        for (QDir dir = QFileInfo(path).dir(); !dir.isRoot(); dir.cdUp()) {
            if (dir.exists(QStringLiteral("profile-server.sqlite")))
                return true;
        }
        return false;
    };
    for (const QString &path : tempAfter - tempBefore) {
        if (inServerData(path))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(probe), qPrintable(path));
    }

    // The signature panel in clear words, with the signer.
    const QString signature = viewer->signaturePanel()->text();
    QVERIFY2(signature.contains(QStringLiteral("valid")), qPrintable(signature));
    QVERIFY(!pdf->signer.isEmpty());
    QVERIFY2(signature.contains(pdf->signer), qPrintable(signature));
    QVERIFY(viewer->signaturePanel()->isVisible());
}

void TestUiDocuments::printRendersThePages()
{
    // The PDF of the previous test is open; a PDF printer stands in for paper.
    DocumentViewer *viewer = m_view->viewer();
    QCOMPARE(viewer->mode(), DocumentViewer::Mode::Pdf);
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QVERIFY(viewer->print(&printer));
    QPdfDocument printed;
    QCOMPARE(printed.load(path), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), viewer->pdfDocument()->pageCount());
    QVERIFY(QFile::remove(path));
}

void TestUiDocuments::xmlShowsItsFields()
{
    const auto xml = find(QStringLiteral("ndfl2"), QStringLiteral("application/xml"));
    QVERIFY(xml);
    const QString text = QString::fromUtf8(plainContent(*xml));
    const QRegularExpressionMatch inn =
        QRegularExpression(QStringLiteral("inn=\"(\\d{10,12})\"")).match(text);
    QVERIFY2(inn.hasMatch(), qPrintable(text.left(400)));

    DocumentViewer *viewer = m_view->viewer();
    m_view->openDocument(xml->info.id);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->mode(), DocumentViewer::Mode::Xml, 30000);
    // The PDF of before is closed and its bytes gone.
    QCOMPARE(viewer->pdfDocument()->status(), QPdfDocument::Status::Null);
    QStandardItemModel *table = viewer->xmlModel();
    QCOMPARE(table->columnCount(), 2);
    QVERIFY(table->rowCount() > 3);
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == inn.captured(1)) {
            found = true;
            QVERIFY(table->item(row, 0)->text().contains(QStringLiteral("inn")));
        }
    }
    QVERIFY(found);
    QVERIFY(viewer->signaturePanel()->text().contains(QStringLiteral("valid")));
    QVERIFY(!viewer->canPrint());
}

void TestUiDocuments::exportWritesExactBytesPrivately()
{
    const auto pdf = find(QStringLiteral("egrn_extract"), QStringLiteral("application/pdf"));
    QVERIFY(pdf);
    const QString path = m_dir.filePath(QStringLiteral("export/extract.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QSignalSpy finished(m_view.get(), &ui::DocumentsView::exportFinished);
    m_view->exportDocument(pdf->info.id, path);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), plainContent(*pdf));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void TestUiDocuments::keepOfflineOffFreesTheSpace()
{
    std::optional<storage::ArchivedDocument> pdf;
    for (const storage::ArchivedDocument &d : m_session->archive()->documents()) {
        if (d.info.kind != u"ndfl2" && d.info.mediaType == u"application/pdf")
            pdf = d;
    }
    QVERIFY(pdf);
    const QString stored = m_session->files()->contentPath(pdf->fileName);
    QVERIFY(QFileInfo::exists(stored));

    m_view->openDocument(pdf->info.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->viewer()->mode(), DocumentViewer::Mode::Pdf, 30000);
    m_view->setKeepOffline(pdf->info.id, false);
    QVERIFY(!QFileInfo::exists(stored));
    QCOMPARE(m_view->viewer()->mode(), DocumentViewer::Mode::Empty); // closed with its file
    const auto after = m_session->archive()->document(pdf->info.id);
    QVERIFY(after);
    QCOMPARE(after->state, QStringLiteral("none"));
    QCOMPARE(after->keepOffline, false);
    QCOMPARE(after->info, pdf->info); // the metadata stays
    const int row = m_view->model()->rowOf(pdf->info.id);
    QCOMPARE(m_view->model()->index(row, DocumentListModel::OfflineColumn).data().toString(),
             QStringLiteral("Not available offline"));
    QCOMPARE(m_view->model()->index(row, 0).data(DocumentListModel::OfflineRole).toBool(), false);

    // Opening it again downloads it on demand.
    m_view->openDocument(pdf->info.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->viewer()->mode(), DocumentViewer::Mode::Pdf, 30000);
    QTRY_COMPARE(m_view->viewer()->pdfDocument()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(m_session->archive()->document(pdf->info.id)->state, QStringLiteral("complete"));
    QCOMPARE(m_view->model()->index(row, DocumentListModel::OfflineColumn).data().toString(),
             QStringLiteral("Available offline"));

    // And on again keeps it.
    m_view->setKeepOffline(pdf->info.id, true);
    QCOMPARE(m_session->archive()->document(pdf->info.id)->keepOffline, true);
}

void TestUiDocuments::orderingA2NdflUntilItArrives()
{
    DocumentOrderService *orders = m_view->orderService();
    const int before = m_view->model()->rowCount();
    const int year = QDate::currentDate().year() - 1;
    m_view->orderDocument(QStringLiteral("ndfl2"), year);
    QCOMPARE(orders->orders().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(orders->orders().first().state,
                              DocumentOrderService::OrderState::Pending, 30000);
    QVERIFY(!orders->orders().first().serverId.isEmpty());
    QCOMPARE(m_view->ordersList()->count(), 1);
    QVERIFY2(m_view->ordersList()->item(0)->text().contains(QStringLiteral("pending")),
             qPrintable(m_view->ordersList()->item(0)->text()));
    QVERIFY(m_view->ordersList()->item(0)->text().contains(QString::number(year)));

    // The source fulfils it after 200 ms; the next sync brings it in.
    QDeadlineTimer deadline(60000);
    while (orders->orders().first().state == DocumentOrderService::OrderState::Pending &&
           !deadline.hasExpired()) {
        QTest::qWait(300);
        QVERIFY(syncOnce());
    }
    QCOMPARE(orders->orders().first().state, DocumentOrderService::OrderState::Fulfilled);
    QVERIFY(m_view->ordersList()->item(0)->text().contains(QStringLiteral("fulfilled")));
    const QStringList ids = orders->orders().first().documentIds;
    QVERIFY(!ids.isEmpty());
    QTRY_VERIFY(m_view->model()->rowCount() >= before + 1);
    for (const QString &id : ids) {
        const int row = m_view->model()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        QCOMPARE(m_view->model()->index(row, 0).data(DocumentListModel::KindKeyRole).toString(),
                 QStringLiteral("ndfl2"));
    }
}

void TestUiDocuments::orderDialogOffersOrderableKinds()
{
    ui::OrderDocumentDialog dialog(m_view.get());
    auto *kind = dialog.findChild<QComboBox *>();
    auto *year = dialog.findChild<QSpinBox *>();
    QVERIFY(kind && year);
    int orderable = 0;
    for (const domain::DocumentKind &k : domain::DocumentKinds::all())
        orderable += k.orderable;
    QCOMPARE(kind->count(), orderable);
    dialog.setKind(QStringLiteral("ndfl2"));
    dialog.setYear(2024);
    QVERIFY(year->isVisibleTo(&dialog));
    QCOMPARE(dialog.year(), 2024);
    QCOMPARE(year->maximum(), QDate::currentDate().year() - 1);
    dialog.setKind(QStringLiteral("egrn_extract"));
    QVERIFY(!year->isVisibleTo(&dialog));
    QCOMPARE(dialog.year(), 0);
    QCOMPARE(dialog.kind(), QStringLiteral("egrn_extract"));
}

void TestUiDocuments::ownFileArrivesMarkedAsYours()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = m_dir.filePath(QStringLiteral("My scan.png"));
    QVERIFY(image.save(path, "PNG"));

    QSignalSpy uploaded(m_view->orderService(), &DocumentOrderService::uploadFinished);
    m_view->addFile(path);
    QVERIFY(uploaded.wait(30000));
    QVERIFY2(uploaded.first().at(0).toBool(), qPrintable(uploaded.first().at(1).toString()));
    QVERIFY(syncOnce());

    int row = -1;
    for (int r = 0; r < m_view->model()->rowCount(); ++r) {
        if (m_view->model()->index(r, 0).data(DocumentListModel::KindKeyRole).toString() ==
            u"upload")
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(m_view->model()->index(row, DocumentListModel::KindColumn).data().toString(),
             QStringLiteral("Added by you"));
    QCOMPARE(m_view->model()->index(row, DocumentListModel::IssuerColumn).data().toString(),
             QStringLiteral("My scan"));
    const QString id = m_view->model()->index(row, 0).data(DocumentListModel::IdRole).toString();
    m_view->openDocument(id); // kept online only: downloaded on demand
    QTRY_COMPARE_WITH_TIMEOUT(m_view->viewer()->mode(), DocumentViewer::Mode::Image, 30000);
    QCOMPARE(m_view->viewer()->image().size(), QSize(64, 48));
    QVERIFY(m_view->viewer()->signaturePanel()->text().contains(QStringLiteral("not signed")));
}

void TestUiDocuments::everyControlHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_view->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) ||
                                 qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QAbstractItemView *>(w);
        if (!interactive || !w->isVisibleTo(m_view.get()) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(checked >= 8);
}

void TestUiDocuments::textsFollowTheLanguage()
{
    const auto button = [this](const QString &text) -> QAbstractButton * {
        for (QAbstractButton *b : m_view->findChildren<QAbstractButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    };
    QAbstractButton *open = button(QStringLiteral("&Open"));
    QAbstractButton *exportCopy = button(QStringLiteral("E&xport a copy…"));
    QAbstractButton *keepOffline = button(QStringLiteral("&Keep offline"));
    QVERIFY(open && exportCopy && keepOffline);
    QComboBox *kinds = nullptr;
    for (QComboBox *c : m_view->findChildren<QComboBox *>()) {
        if (c->accessibleName() == u"Kind of document to show")
            kinds = c;
    }
    QVERIFY(kinds);
    QCOMPARE(kinds->itemText(0), QStringLiteral("All documents"));
    const int ndfl = kinds->findData(QStringLiteral("ndfl2"));
    QVERIFY(ndfl > 0);
    kinds->setCurrentIndex(ndfl);
    auto resetKind = qScopeGuard([kinds] { kinds->setCurrentIndex(0); });

    // A new language at run time: the screen's texts follow at once.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("citizen-profile_ru"), QStringLiteral(CP_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    QTRY_COMPARE(open->text(), QStringLiteral("&Открыть"));
    QCOMPARE(exportCopy->text(), QStringLiteral("&Экспортировать копию…"));
    QCOMPARE(keepOffline->text(), QStringLiteral("&Хранить офлайн"));
    QCOMPARE(kinds->itemText(0), QStringLiteral("Все документы"));
    QCOMPARE(kinds->accessibleName(), QStringLiteral("Вид показываемых документов"));
    // The chosen kind is kept.
    QCOMPARE(kinds->currentIndex(), ndfl);
    QCOMPARE(kinds->currentData().toString(), QStringLiteral("ndfl2"));

    // Back to the source language.
    restore.dismiss();
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(open->text(), QStringLiteral("&Open"));
    QCOMPARE(exportCopy->text(), QStringLiteral("E&xport a copy…"));
    QCOMPARE(keepOffline->text(), QStringLiteral("&Keep offline"));
    QCOMPARE(kinds->itemText(0), QStringLiteral("All documents"));
    QCOMPARE(kinds->accessibleName(), QStringLiteral("Kind of document to show"));
    QCOMPARE(kinds->currentData().toString(), QStringLiteral("ndfl2"));
}

void TestUiDocuments::lockClearsEverything()
{
    const auto pdf = find(QStringLiteral("ndfl2"), QStringLiteral("application/pdf"));
    QVERIFY(pdf);
    m_view->openDocument(pdf->info.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->viewer()->mode(), DocumentViewer::Mode::Pdf, 30000);
    // A read of the list under way when the archive locks delivers nothing.
    m_view->reload();
    QVERIFY(m_view->isLoading());
    m_session->lock(); // the view follows locked()
    cp::support::workPool()->waitForDone();
    QTRY_VERIFY(!m_view->isLoading());
    QCOMPARE(m_view->viewer()->mode(), DocumentViewer::Mode::Empty);
    QCOMPARE(m_view->viewer()->pdfDocument()->status(), QPdfDocument::Status::Null);
    QCOMPARE(m_view->model()->rowCount(), 0);
    // A reload while locked shows nothing either.
    m_view->reload();
    QCOMPARE(m_view->model()->rowCount(), 0);

    // Unlocking brings the list back (the view follows unlocked()).
    QVERIFY(unlockAgain());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), m_session->archive()->documents().size(),
                              30000);
    QVERIFY(m_view->model()->rowCount() > 18);
}

void TestUiDocuments::listIsReadOffTheGuiThread()
{
    // The rows shown stay until the new ones are read; the read ends in loaded().
    const int rows = m_view->model()->rowCount();
    QVERIFY(rows >= 18);
    QSignalSpy loaded(m_view.get(), &ui::DocumentsView::loaded);
    m_view->reload();
    QVERIFY(m_view->isLoading());
    QCOMPARE(m_view->model()->rowCount(), rows);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!m_view->isLoading());
    QCOMPARE(m_view->model()->rowCount(), rows);

    // What the view uses: the read runs on another thread, over a connection
    // of its own, and its result comes back to this one.
    storage::ArchiveLoader loader([this]() { return m_session->archive(); });
    QThread *readOn = nullptr;
    QThread *deliveredOn = nullptr;
    qsizetype count = -1;
    loader.load<qsizetype>(
        [&readOn](const storage::ArchiveDatabase &archive) {
            readOn = QThread::currentThread();
            return archive.documents().size();
        },
        [&](qsizetype n) {
            deliveredOn = QThread::currentThread();
            count = n;
        });
    QSignalSpy loaderDone(&loader, &storage::ArchiveLoader::loaded);
    QVERIFY(loaderDone.wait(30000));
    QVERIFY(readOn);
    QVERIFY(readOn != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(count, m_session->archive()->documents().size());
}

void TestUiDocuments::loaderDeliversOnlyTheNewestRead()
{
    storage::ArchiveLoader loader([this]() { return m_session->archive(); });
    QSignalSpy loaded(&loader, &storage::ArchiveLoader::loaded);
    QStringList delivered;
    auto read = [](const storage::ArchiveDatabase &archive) {
        return QString::number(archive.documents().size());
    };
    // Three loads asked at once: the first runs, the third replaces the
    // second while it waits, and only the newest is delivered.
    for (const QString &name :
         {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}) {
        loader.load<QString>(read, [&delivered, name](QString) { delivered.append(name); });
    }
    QVERIFY(loader.isLoading());
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(delivered, QStringList{QStringLiteral("third")});
    QCOMPARE(loaded.size(), 1);

    // cancel() drops a read under way.
    loader.load<QString>(read, [&delivered](QString) { delivered.append(QStringLiteral("late")); });
    loader.cancel();
    cp::support::workPool()->waitForDone();
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(delivered, QStringList{QStringLiteral("third")});

    // A locked archive is not read at all.
    loader.load<QString>(read,
                         [&delivered](QString) { delivered.append(QStringLiteral("locked")); });
    m_session->lock();
    cp::support::workPool()->waitForDone();
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(delivered, QStringList{QStringLiteral("third")});
    QVERIFY(unlockAgain());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
}

QTEST_MAIN(TestUiDocuments)
#include "tst_ui_documents.moc"
