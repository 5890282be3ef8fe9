// The versions of one record side by side: the list of versions on the left,
// and for the chosen version a table field | before | after against the
// version before it, the changed fields (domain::changedFields) highlighted in
// the palette's highlight colours. Sensitive values stay masked until the
// citizen ticks "Show hidden values".
#pragma once

#include "domain/record.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace cp::ui {

class RecordHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // The data role that marks a table row whose field changed.
    static constexpr int ChangedRole = Qt::UserRole + 1;

    explicit RecordHistoryDialog(QList<domain::Record> versions, QWidget *parent = nullptr);

    int versionCount() const { return int(m_versions.size()); }
    void showVersion(int row);

public slots:
    // Drops every value (on lock) before the dialog goes.
    void forgetValues();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();

    QList<domain::Record> m_versions;
    int m_current = -1;
    QListWidget *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_reveal = nullptr;
};

} // namespace cp::ui
