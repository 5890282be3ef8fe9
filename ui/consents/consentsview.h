// The Consents screen: the pending requests (newest first), the active
// consents and the history of what has ended, with the decision dialog,
// revocation and the receipt export. Decisions go to the session's outbox and
// show as "waiting to send" until the server acknowledges them.
#pragma once

#include <initializer_list>

#include "consents/consentconfirmation.h"
#include "consents/consentreceipt.h"
#include "support/coalescedcall.h"

#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cp::session {
class ProfileSession;
}

namespace cp::ui {

class ConsentListModel;
class ConsentRequestDialog;
class ConsentRequestListModel;

class ConsentsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentsView(session::ProfileSession *session, QWidget *parent = nullptr);
    ~ConsentsView() override;

    // Pending requests without a decision on its way: the number for the badge.
    int pendingCount() const;
    ConsentRequestListModel *pendingModel() const { return m_pending; }
    ConsentListModel *activeModel() const { return m_active; }
    ConsentListModel *historyModel() const { return m_history; }

    // The decision dialog of a request (window-modal, opened, not exec'd); a
    // decision made in it goes to the outbox. nullptr for an unknown id.
    ConsentRequestDialog *openRequest(const QString &requestId);
    // Asks for confirmation, then hands the revocation to the outbox.
    void revokeConsent(const QString &consentId);
    // The receipt of a consent (or of a request, when no consent has the id).
    bool exportReceipt(const QString &id, const QString &path, ConsentReceipt::Format format,
                       QString *error);
    // Tests answer the confirmations through this.
    void setConfirmation(Confirmation confirmation);

public slots:
    void reload();
    // reload() once in the next turn of the event loop, however many ask
    // meanwhile (the end of a sync and the window both ask).
    void scheduleReload();
    void clearSensitive();

signals:
    void pendingCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    support::CoalescedCall m_reloadLater{this, [this]() { reload(); }};
    void decisionStored(qint64 entryId); // warns when it is 0 (not stored)
    void retranslate();
    QWidget *pendingTab();
    QWidget *registerTab(ConsentListModel *model, QSortFilterProxyModel *proxy, QTableView **view,
                         QLabel **empty);
    QTableView *makeTable(QSortFilterProxyModel *proxy, const QString &objectName,
                          std::initializer_list<int> longColumns);
    void attachSession();
    QString selectedId(QTableView *view) const;
    void exportSelected(QTableView *view);
    void updateActions();
    void updateStatus();

    session::ProfileSession *m_session;
    ConsentRequestListModel *m_pending;
    ConsentListModel *m_active;
    ConsentListModel *m_history;
    QSortFilterProxyModel *m_pendingProxy;
    QSortFilterProxyModel *m_activeProxy;
    QSortFilterProxyModel *m_historyProxy;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_pendingView = nullptr;
    QTableView *m_activeView = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_pendingEmpty = nullptr;
    QLabel *m_activeEmpty = nullptr;
    QLabel *m_historyEmpty = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_exportActive = nullptr;
    QPushButton *m_exportHistory = nullptr;
    ConsentRequestDialog *m_dialog = nullptr; // the open one; cleared when it goes
    QList<QMetaObject::Connection> m_coreConnections;
    Confirmation m_confirmation;
};

} // namespace cp::ui
