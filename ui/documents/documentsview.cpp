#include "documents/documentsview.h"

#include "documents/documentfiltermodel.h"
#include "documents/documentlistmodel.h"
#include "documents/documentorderservice.h"
#include "documents/documentviewer.h"
#include "documents/orderdocumentdialog.h"
#include "session/profilesession.h"
#include "storage/archiveloader.h"
#include "storage/documentstore.h"
#include "support/poolwork.h"
#include "sync/documentdownloader.h"
#include "sync/syncengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QMutexLocker>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcDocuments)

namespace cp::ui {

// Lets a worker on the thread pool report back only while the view lives.
struct DocumentsView::Guard
{
    QMutex mutex;
    DocumentsView *view = nullptr;
};

namespace {

QByteArray mediaTypeOf(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return "application/pdf";
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (head.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    return {};
}

} // namespace

DocumentsView::DocumentsView(session::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new storage::ArchiveLoader([session]() { return session->archive(); }, this))
    , m_model(new DocumentListModel(this))
    , m_proxy(new DocumentFilterModel(this))
    , m_orders(new DocumentOrderService(session, this))
    , m_search(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_listPages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_viewerPane(new QWidget(this))
    , m_viewerTitle(new QLabel(this))
    , m_closeViewer(new QPushButton(this))
    , m_viewer(new DocumentViewer(session, this))
    , m_open(new QPushButton(this))
    , m_order(
          new QPushButton(QIcon(QStringLiteral(":/icons/documents-order.svg")), QString(), this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/documents-add.svg")), QString(), this))
    , m_keepOffline(new QCheckBox(this))
    , m_export(
          new QPushButton(QIcon(QStringLiteral(":/icons/documents-export.svg")), QString(), this))
    , m_print(
          new QPushButton(QIcon(QStringLiteral(":/icons/documents-print.svg")), QString(), this))
    , m_ordersLabel(new QLabel(this))
    , m_ordersList(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_guard(std::make_shared<Guard>())
{
    m_guard->view = this;

    // --- filter row -----------------------------------------------------------
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kindFilter);
    // The texts come from retranslate(); the items are told apart by their data.
    m_kindFilter->addItem(QString(), QString());
    for (const domain::DocumentKind &kind : domain::DocumentKinds::all())
        m_kindFilter->addItem(QString(), QString::fromLatin1(kind.key));
    m_kindFilter->addItem(QString(), QStringLiteral("upload"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_search, 2);
    filterRow->addWidget(m_kindLabel);
    filterRow->addWidget(m_kindFilter, 1);

    // --- the list ---------------------------------------------------------------
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentListModel::IssuedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the actions
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Every row is one line high: the hidden header need not keep ten
    // thousand sizes of its own when the filter takes rows out and back.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized by the rows in view: measuring a thousand rows on every change of
    // the filter made each keystroke of a search take tens of milliseconds.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    // The document's name gives way (elided, whole in its tooltip) so that
    // the other columns stay readable at any width and scale.
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::KindColumn,
                                                      QHeaderView::Stretch);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_listPages->addWidget(m_table);
    m_listPages->addWidget(m_emptyLabel);

    // --- actions ---------------------------------------------------------------
    m_keepOffline->setIcon(QIcon(QStringLiteral(":/icons/documents-offline.svg")));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_keepOffline);
    actions->addWidget(m_export);
    actions->addWidget(m_print);
    actions->addStretch();
    // Getting new documents, apart from acting on the chosen one.
    auto *obtain = new QHBoxLayout;
    obtain->addWidget(m_order);
    obtain->addWidget(m_add);
    obtain->addStretch();
    // Shortcuts that the platform knows for these actions, while the focus is
    // on this screen (other screens of the window may use the same keys).
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &DocumentsView::printDocument);
    auto *saveShortcut = new QShortcut(QKeySequence::SaveAs, this);
    connect(saveShortcut, &QShortcut::activated, this, &DocumentsView::chooseExport);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    auto *closeShortcut = new QShortcut(QKeySequence::Cancel, this);
    connect(closeShortcut, &QShortcut::activated, this, &DocumentsView::closeViewer);
    for (QShortcut *shortcut : {printShortcut, saveShortcut, findShortcut, closeShortcut})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, m_search, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // --- orders and status ----------------------------------------------------
    m_ordersList->setSelectionMode(QAbstractItemView::NoSelection);
    m_ordersList->setFocusPolicy(Qt::TabFocus);
    m_ordersLabel->setBuddy(m_ordersList);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_listPages, 3);
    leftLayout->addLayout(actions);
    leftLayout->addLayout(obtain);
    leftLayout->addWidget(m_ordersLabel);
    // A few orders at a time; the list scrolls when there are more.
    m_ordersList->setMaximumHeight(m_ordersList->fontMetrics().height() * 7);
    leftLayout->addWidget(m_ordersList);
    leftLayout->addWidget(m_status);

    // The viewer sits beside the list once a document is open, under a
    // header with its name and a Close button; until then the list has the
    // whole width, so that every column is readable.
    m_viewerTitle->setTextFormat(Qt::PlainText);
    m_viewerTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_closeViewer->setObjectName(QStringLiteral("closeViewerButton"));
    auto *viewerHeader = new QHBoxLayout;
    viewerHeader->addWidget(m_viewerTitle, 1);
    viewerHeader->addWidget(m_closeViewer);
    auto *viewerLayout = new QVBoxLayout(m_viewerPane);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addLayout(viewerHeader);
    viewerLayout->addWidget(m_viewer, 1);
    m_viewerPane->hide();

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_viewerPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_kindFilter);
    setTabOrder(m_kindFilter, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_keepOffline);
    setTabOrder(m_keepOffline, m_export);
    setTabOrder(m_export, m_print);
    setTabOrder(m_print, m_order);
    setTabOrder(m_order, m_add);
    setTabOrder(m_add, m_ordersList);
    setTabOrder(m_ordersList, m_closeViewer);
    setTabOrder(m_closeViewer, m_viewer);

    // --- wiring ----------------------------------------------------------------
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DocumentFilterModel::setText);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setKind(m_kindFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentsView::currentChanged);
    connect(m_table, &QAbstractItemView::activated, this,
            [this]() { openDocument(currentDocumentId()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DocumentsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DocumentsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DocumentsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DocumentsView::updateEmptyState);
    connect(m_open, &QPushButton::clicked, this, [this]() { openDocument(currentDocumentId()); });
    connect(m_closeViewer, &QPushButton::clicked, this, &DocumentsView::closeViewer);
    connect(m_order, &QPushButton::clicked, this, &DocumentsView::showOrderDialog);
    connect(m_add, &QPushButton::clicked, this, &DocumentsView::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &DocumentsView::chooseExport);
    connect(m_print, &QPushButton::clicked, this, &DocumentsView::printDocument);
    connect(m_keepOffline, &QCheckBox::clicked, this,
            [this](bool checked) { setKeepOffline(currentDocumentId(), checked); });
    connect(m_viewer, &DocumentViewer::opened, this, &DocumentsView::updateActions);
    connect(m_viewer, &DocumentViewer::failed, this,
            [this](const QString &, const QString &message) {
                showStatus(message);
                updateActions();
            });
    connect(m_viewer, &DocumentViewer::documentStored, this, &DocumentsView::documentChanged);
    connect(m_orders, &DocumentOrderService::orderChanged, this, &DocumentsView::updateOrders);
    connect(m_orders, &DocumentOrderService::uploadFinished, this,
            [this](bool, const QString &message) { showStatus(message); });
    connect(m_session, &session::ProfileSession::unlocked, this, [this]() {
        attachEngine();
        reload();
    });
    connect(m_session, &session::ProfileSession::locked, this, &DocumentsView::clearSensitive);
    connect(m_loader, &storage::ArchiveLoader::loaded, this, &DocumentsView::loaded);
    connect(m_loader, &storage::ArchiveLoader::failed, this, [this](const QString &error) {
        qCWarning(lcDocuments) << "the documents could not be read:" << error;
        updateEmptyState();
    });

    retranslate();
    attachEngine();
    updateOrders();
    reload();
}

DocumentsView::~DocumentsView()
{
    QMutexLocker lock(&m_guard->mutex);
    m_guard->view = nullptr;
}

void DocumentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DocumentsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateEmptyState();
        fillOrders();
        if (m_viewerPane->isVisible())
            showViewerTitle(m_viewer->documentId());
    }
}

void DocumentsView::retranslate()
{
    setAccessibleName(tr("Documents"));
    m_searchLabel->setText(tr("&Search documents:"));
    m_search->setAccessibleName(tr("Search documents"));
    m_kindLabel->setText(tr("Ki&nd:"));
    m_kindFilter->setAccessibleName(tr("Kind of document to show"));
    for (int i = 0; i < m_kindFilter->count(); ++i) {
        const QString key = m_kindFilter->itemData(i).toString();
        QString text;
        if (key.isEmpty()) {
            text = tr("All documents");
        } else if (key == u"upload") {
            text = QCoreApplication::translate("Document", "Added by you");
        } else if (const domain::DocumentKind *kind = domain::DocumentKinds::find(key)) {
            text = domain::DocumentKinds::name(*kind);
        } else {
            text = key;
        }
        m_kindFilter->setItemText(i, text);
    }
    m_table->setAccessibleName(tr("Documents of the archive"));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the chosen document"));
    m_order->setText(tr("O&rder a document…"));
    m_order->setAccessibleName(tr("Order a document"));
    m_add->setText(tr("&Add a file…"));
    m_add->setAccessibleName(tr("Add a file of your own"));
    m_keepOffline->setText(tr("&Keep offline"));
    m_keepOffline->setAccessibleName(tr("Keep the chosen document offline"));
    m_keepOffline->setToolTip(tr("When off, the file is removed from this computer to free "
                                 "space; it is downloaded again when you open it."));
    m_export->setText(tr("E&xport a copy…"));
    m_export->setAccessibleName(tr("Export a decrypted copy"));
    m_print->setText(tr("&Print…"));
    m_print->setAccessibleName(tr("Print the open document"));
    m_closeViewer->setText(tr("&Close"));
    m_closeViewer->setAccessibleName(tr("Close the document"));
    m_closeViewer->setToolTip(
        tr("Close the document (%1)")
            .arg(QKeySequence(QKeySequence::Cancel).toString(QKeySequence::NativeText)));
    m_ordersLabel->setText(tr("Your orders"));
    m_ordersList->setAccessibleName(tr("Your orders and their state"));
    m_status->setAccessibleName(tr("Documents status"));
}

void DocumentsView::attachEngine()
{
    sync::SyncEngine *engine = m_session->engine();
    if (!engine || engine == m_engine)
        return;
    m_engine = engine;
    connect(engine, &sync::SyncEngine::documentArrived, this, &DocumentsView::documentChanged);
    connect(engine, &sync::SyncEngine::finished, this, [this](bool ok) {
        // Downloads of the sync change states without an arrival.
        if (ok)
            reload();
    });
}

QString DocumentsView::currentDocumentId() const
{
    return m_table->currentIndex().data(DocumentListModel::IdRole).toString();
}

QString DocumentsView::statusText() const
{
    return m_status->text();
}

void DocumentsView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

void DocumentsView::reload()
{
    storage::ArchiveDatabase *archive = m_session->archive();
    if (!archive) {
        clearSensitive();
        return;
    }
    // Out of sight, the list (thousands of sealed rows in a large archive) is
    // read when the view is shown, not at every start and sync.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Thousands of sealed rows are opened and parsed, and their search texts
    // made, on a worker; the GUI thread only takes the finished list.
    struct Rows
    {
        QList<storage::ArchivedDocument> documents;
        QStringList searchTexts;
    };
    m_loader->load<Rows>(
        [](const storage::ArchiveDatabase &reader) {
            Rows rows{reader.documents(), {}};
            rows.searchTexts.reserve(rows.documents.size());
            for (const storage::ArchivedDocument &document : rows.documents)
                rows.searchTexts.append(DocumentListModel::searchText(document));
            return rows;
        },
        [this](Rows rows) {
            QElapsedTimer clock;
            clock.start();
            const qsizetype count = rows.documents.size();
            const QString current = currentDocumentId();
            m_model->setDocuments(std::move(rows.documents), std::move(rows.searchTexts));
            if (!current.isEmpty()) {
                const int row = m_model->rowOf(current);
                if (row >= 0) {
                    // The same row again: the viewer stays as the citizen left
                    // it (a closed one is not opened by a reload).
                    const QScopedValueRollback restoring(m_restoringSelection, true);
                    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
                }
            }
            updateEmptyState();
            updateActions();
            qCDebug(lcDocuments) << count << "documents listed in" << clock.elapsed()
                                 << "ms on the GUI thread";
        });
    updateEmptyState();
}

bool DocumentsView::isLoading() const
{
    return m_loader->isLoading();
}

void DocumentsView::clearSensitive()
{
    m_loader->cancel();
    closeViewer();
    // A cancel reports at once and its report edits the list: walk a copy.
    const QList<QPointer<sync::DocumentDownloader>> downloads = std::exchange(m_downloads, {});
    for (const QPointer<sync::DocumentDownloader> &download : downloads) {
        if (download) {
            download->cancel();
            download->deleteLater();
        }
    }
    m_model->clear();
    updateEmptyState();
    updateActions();
}

void DocumentsView::setFilter(const QString &text)
{
    m_search->setText(text);
}

void DocumentsView::updateEmptyState()
{
    QString text;
    if (!m_session->archive())
        text = tr("The archive is locked. Unlock it to see your documents.");
    else if (m_model->rowCount() == 0 && m_loader->isLoading())
        text = tr("Reading your documents…");
    else if (m_model->rowCount() == 0)
        text = tr("There are no documents yet. Documents arrive with the next sync; you can "
                  "also order one or add a file of your own.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No document matches the search.");
    m_emptyLabel->setText(text);
    m_listPages->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);
}

void DocumentsView::updateActions()
{
    const bool unlocked = m_session->archive() != nullptr;
    const int row = m_model->rowOf(currentDocumentId());
    const storage::ArchivedDocument *document = m_model->documentAt(row);
    m_open->setEnabled(document);
    m_keepOffline->setEnabled(document);
    m_keepOffline->setChecked(document && document->keepOffline);
    m_export->setEnabled(document);
    m_print->setEnabled(m_viewer->canPrint());
    m_order->setEnabled(unlocked);
    m_add->setEnabled(unlocked);
}

void DocumentsView::currentChanged()
{
    updateActions();
    if (m_restoringSelection)
        return;
    const int row = m_model->rowOf(currentDocumentId());
    const storage::ArchivedDocument *document = m_model->documentAt(row);
    // Showing a stored document needs no network; one kept online only is
    // fetched when the citizen asks for it (Open).
    if (document && document->state == u"complete") {
        openDocument(document->info.id);
    } else if (document) {
        m_viewer->close();
        showStatus(tr("This document is not stored on this computer. Press Open to download "
                      "and show it."));
    }
}

void DocumentsView::documentChanged(const QString &id)
{
    storage::ArchiveDatabase *archive = m_session->archive();
    if (!archive)
        return;
    if (const auto document = archive->document(id)) {
        m_model->updateDocument(*document);
        updateEmptyState();
        updateActions();
    }
}

void DocumentsView::openDocument(const QString &id)
{
    storage::ArchiveDatabase *archive = m_session->archive();
    if (!archive || id.isEmpty())
        return;
    if (m_viewer->documentId() == id && m_viewer->mode() != DocumentViewer::Mode::Failed)
        return;
    if (const auto document = archive->document(id)) {
        showViewerPane();
        m_viewer->open(*document);
        showViewerTitle(id);
    }
}

void DocumentsView::showViewerPane()
{
    if (m_viewerPane->isVisible())
        return;
    m_viewerPane->show();
    // Proportions, not pixels: the splitter scales them to its width.
    const int width = qMax(m_splitter->width(), 5);
    m_splitter->setSizes({width * 2 / 5, width * 3 / 5});
}

void DocumentsView::showViewerTitle(const QString &id)
{
    const int row = m_model->rowOf(id);
    const storage::ArchivedDocument *document = m_model->documentAt(row);
    const QString title =
        document ? tr("%1 (%2)").arg(DocumentListModel::kindText(*document),
                                     DocumentListModel::formatText(document->info.mediaType))
                 : QString();
    m_viewerTitle->setText(title);
    m_viewerTitle->setToolTip(title);
    m_viewerTitle->setAccessibleName(title);
}

void DocumentsView::closeViewer()
{
    m_viewer->close();
    m_viewerPane->hide();
    updateActions();
}

// --- orders --------------------------------------------------------------------

void DocumentsView::showOrderDialog()
{
    OrderDocumentDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        orderDocument(dialog.kind(), dialog.year());
}

void DocumentsView::orderDocument(const QString &kind, int year)
{
    m_orders->order(kind, year);
}

void DocumentsView::updateOrders()
{
    fillOrders();
    const QList<DocumentOrderService::Order> orders = m_orders->orders();
    if (!orders.isEmpty() && orders.first().state == DocumentOrderService::OrderState::Fulfilled)
        reload();
}

void DocumentsView::fillOrders()
{
    m_ordersList->clear();
    const QList<DocumentOrderService::Order> orders = m_orders->orders();
    for (const DocumentOrderService::Order &order : orders) {
        const domain::DocumentKind *kind = domain::DocumentKinds::find(order.kind);
        QString name = kind ? domain::DocumentKinds::name(*kind) : order.kind;
        if (order.year > 0)
            name = tr("%1 for %2").arg(name).arg(order.year);
        QString state;
        switch (order.state) {
        case DocumentOrderService::OrderState::Sending:
            state = tr("sending the order");
            break;
        case DocumentOrderService::OrderState::Pending:
            state = tr("pending: the issuing body is preparing it");
            break;
        case DocumentOrderService::OrderState::Fulfilled:
            state = tr("fulfilled: it is in your archive");
            break;
        case DocumentOrderService::OrderState::Failed:
            state = tr("failed: %1").arg(order.message);
            break;
        }
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(name, state), m_ordersList);
        item->setData(Qt::UserRole, order.key);
    }
    const bool any = !orders.isEmpty();
    m_ordersLabel->setVisible(any);
    m_ordersList->setVisible(any);
}

// --- keep offline ------------------------------------------------------------

void DocumentsView::setKeepOffline(const QString &id, bool keep)
{
    storage::ArchiveDatabase *archive = m_session->archive();
    storage::DocumentStore *files = m_session->files();
    if (!archive || !files || id.isEmpty())
        return;
    std::optional<storage::ArchivedDocument> document = archive->document(id);
    if (!document)
        return;
    document->keepOffline = keep;
    if (!keep) {
        if (m_viewer->documentId() == id)
            m_viewer->close();
        // Only the file goes: the metadata and signature result stay listed.
        files->remove(document->fileName);
        document->state = QStringLiteral("none");
        document->etag.clear();
        archive->putDocument(*document);
        showStatus(tr("The file was removed from this computer. It is downloaded again when "
                      "you open it."));
        documentChanged(id);
        return;
    }
    archive->putDocument(*document);
    documentChanged(id);
    if (document->state == u"complete") {
        showStatus(tr("The document is kept offline."));
        return;
    }
    showStatus(tr("Downloading the document to keep it offline…"));
    auto *download = new sync::DocumentDownloader(m_session->api(), archive, files, this);
    m_downloads.append(download);
    download->download(id, [this, id, download](bool ok, const net::ApiError &error) {
        download->deleteLater();
        m_downloads.removeAll(download);
        if (!ok) {
            qCWarning(lcDocuments) << "keeping a document offline failed:" << error.message;
            showStatus(tr("The document could not be downloaded. Check the connection and try "
                          "again."));
        } else {
            showStatus(tr("The document is kept offline."));
        }
        documentChanged(id);
    });
}

// --- export ----------------------------------------------------------------------

void DocumentsView::chooseExport()
{
    const QString id = currentDocumentId();
    const auto document = m_session->archive() ? m_session->archive()->document(id) : std::nullopt;
    if (!document)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Export a decrypted copy"),
        tr("The copy is not encrypted and leaves the protected archive: anyone who can read "
           "the folder you choose can read the document. Export it anyway?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString suffix = QStringLiteral(".pdf");
    if (document->info.mediaType.contains(u"xml"))
        suffix = QStringLiteral(".xml");
    else if (document->info.mediaType == u"image/png")
        suffix = QStringLiteral(".png");
    else if (document->info.mediaType == u"image/jpeg")
        suffix = QStringLiteral(".jpg");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export a decrypted copy"),
        QDir::home().filePath(DocumentListModel::kindText(*document) + suffix));
    if (!path.isEmpty())
        exportDocument(id, path);
}

void DocumentsView::exportDocument(const QString &id, const QString &path)
{
    storage::ArchiveDatabase *archive = m_session->archive();
    storage::DocumentStore *files = m_session->files();
    const auto document = archive ? archive->document(id) : std::nullopt;
    if (!files || !document || document->state != u"complete") {
        const QString message = tr("Only a document stored on this computer can be exported. "
                                   "Turn on \"Keep offline\" first.");
        showStatus(message);
        emit exportFinished(false, message);
        return;
    }
    showStatus(tr("Exporting…"));
    auto key = std::make_shared<storage::SecureBytes>(
        storage::SecureBytes::fromRaw(files->key().toByteArray()));
    std::shared_ptr<Guard> guard = m_guard;
    const QString dataDir = m_session->dataDir();
    const QString fileName = document->fileName;
    cp::support::workPool()->start([guard, key, dataDir, fileName, path]() {
        QString error;
        bool ok = false;
        {
            const storage::DocumentStore store(dataDir, *key);
            std::optional<QByteArray> content = store.content(fileName, &error);
            if (content) {
                QSaveFile file(path);
                // The copy is for the citizen alone: 0600 from the start.
                ok = file.open(QIODevice::WriteOnly) &&
                     file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                     file.write(*content) == content->size() && file.commit();
                if (!ok)
                    error = file.errorString();
                storage::wipe(*content);
            }
        }
        QMutexLocker lock(&guard->mutex);
        if (DocumentsView *view = guard->view) {
            QMetaObject::invokeMethod(
                view,
                [view, ok, error]() {
                    if (!ok)
                        qCWarning(lcDocuments) << "an export failed:" << error;
                    const QString message =
                        ok ? tr("The decrypted copy was saved. Keep it safe or delete it when "
                                "you no longer need it.")
                           : tr("The copy could not be saved. Choose another folder.");
                    view->showStatus(message);
                    emit view->exportFinished(ok, message);
                },
                Qt::QueuedConnection);
        }
    });
}

// --- print ------------------------------------------------------------------------

void DocumentsView::printDocument()
{
    if (!m_viewer->canPrint()) {
        showStatus(tr("Open a PDF or an image to print it."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the document"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatus(m_viewer->print(&printer) ? tr("The document was sent to the printer.")
                                         : tr("The document could not be printed."));
}

// --- add a file --------------------------------------------------------------------

void DocumentsView::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add a file of your own"), QDir::homePath(),
                                     tr("PDF and images (*.pdf *.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        addFile(path);
}

void DocumentsView::addFile(const QString &path)
{
    QFile file(path);
    if (file.size() > DocumentOrderService::maxUploadSize) {
        showStatus(tr("The file is larger than 20 MiB."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("The file could not be read."));
        return;
    }
    const QByteArray content = file.readAll();
    const QByteArray mediaType = mediaTypeOf(content.left(16));
    if (mediaType.isEmpty() || content.isEmpty()) {
        showStatus(tr("Only PDF, PNG and JPEG files can be added."));
        return;
    }
    QString title = QFileInfo(path).completeBaseName().simplified();
    if (title.isEmpty())
        title = tr("My file");
    showStatus(tr("Sending the file…"));
    m_orders->upload(content, mediaType, title);
}

} // namespace cp::ui
