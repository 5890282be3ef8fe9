// The Documents screen of the main window: the archive's documents as a
// sortable, filterable table, the viewer of the chosen one with its
// signature result, and the actions on documents — order one from its
// issuing body (with its state until it arrives), keep it offline or free
// the space, export a decrypted copy, print, add a file of one's own.
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace cp::session {
class ProfileSession;
}

namespace cp::storage {
class ArchiveLoader;
}

namespace cp::sync {
class DocumentDownloader;
class SyncEngine;
} // namespace cp::sync

namespace cp::ui {

class DocumentFilterModel;
class DocumentListModel;
class DocumentOrderService;
class DocumentViewer;

class DocumentsView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsView(session::ProfileSession *session, QWidget *parent = nullptr);
    ~DocumentsView() override;

    DocumentListModel *model() const { return m_model; }
    DocumentFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DocumentViewer *viewer() const { return m_viewer; }
    DocumentOrderService *orderService() const { return m_orders; }
    QListWidget *ordersList() const { return m_ordersList; }
    // The id of the document chosen in the table; empty when none.
    QString currentDocumentId() const;
    // The last message of the screen's status line.
    QString statusText() const;

public slots:
    // Reads the documents from the archive again.
    void reload();
    // On lock: closes the open document (its decrypted bytes are wiped) and
    // empties the list.
    void clearSensitive();
    // The main window's global search box.
    void setFilter(const QString &text);

    void openDocument(const QString &id);
    // Closes the open document (its decrypted bytes are wiped) and gives the
    // list the whole width again (Esc).
    void closeViewer();
    void orderDocument(const QString &kind, int year);
    // Off: removes the local file and keeps the metadata (frees the space);
    // on: downloads the file again.
    void setKeepOffline(const QString &id, bool keep);
    // Writes the decrypted content to `path` (mode 0600) off the GUI
    // thread; ends with exportFinished().
    void exportDocument(const QString &id, const QString &path);
    // Sends a PDF, PNG or JPEG of the citizen's own to the archive.
    void addFile(const QString &path);

    // The interactive forms of the actions, with their dialogs.
    void showOrderDialog();
    void chooseExport();
    void printDocument();
    void chooseFile();

    // The list is read on a worker: true until its rows are in the model.
    bool isLoading() const;

signals:
    void exportFinished(bool ok, const QString &message);
    // A reload's rows are in the list.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void attachEngine();
    void currentChanged();
    void updateActions();
    void updateOrders();
    void fillOrders(); // the list's texts, in the current language
    void showViewerPane();
    void showViewerTitle(const QString &id);
    void updateEmptyState();
    void showStatus(const QString &text);
    void documentChanged(const QString &id);

    session::ProfileSession *m_session;
    storage::ArchiveLoader *m_loader;
    DocumentListModel *m_model;
    DocumentFilterModel *m_proxy;
    DocumentOrderService *m_orders;
    QPointer<sync::SyncEngine> m_engine;
    QList<QPointer<sync::DocumentDownloader>> m_downloads;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindFilter;
    QStackedWidget *m_listPages;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QSplitter *m_splitter;
    QWidget *m_viewerPane;
    QLabel *m_viewerTitle;
    QPushButton *m_closeViewer;
    DocumentViewer *m_viewer;
    QPushButton *m_open;
    QPushButton *m_order;
    QPushButton *m_add;
    QCheckBox *m_keepOffline;
    QPushButton *m_export;
    QPushButton *m_print;
    QLabel *m_ordersLabel;
    QListWidget *m_ordersList;
    QLabel *m_status;
    struct Guard;
    std::shared_ptr<Guard> m_guard;
    bool m_restoringSelection = false;
    bool m_stale = false; // a reload is due when the view is shown
};

} // namespace cp::ui
