// The Activity screen: the merged timeline of who fetched which records and
// what changed in the archive, filterable by kind and text, sortable by any
// column. Holds decrypted values only between reload() and clearSensitive().
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace cp::session {
class ProfileSession;
}

namespace cp::storage {
class ArchiveLoader;
}

namespace cp::ui {

class ActivityFilterModel;
class ActivityModel;

class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(session::ProfileSession *session, QWidget *parent = nullptr);
    ~ActivityView() override;

    ActivityModel *model() const { return m_model; }
    ActivityFilterModel *filterModel() const { return m_filter; }
    // The log is read on a worker: true until its rows are in the model.
    bool isLoading() const;

signals:
    void loaded();

public slots:
    void reload();
    void clearSensitive();
    void setFilter(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false; // a reload is due when the view is shown
    void retranslate();
    void applyKind();
    void updateEmptyState();

    session::ProfileSession *m_session;
    storage::ArchiveLoader *m_loader;
    ActivityModel *m_model;
    ActivityFilterModel *m_filter;
    QLabel *m_title;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace cp::ui
