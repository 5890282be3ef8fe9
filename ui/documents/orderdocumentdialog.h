// Asks which document to order from its issuing body: one of the orderable
// kinds of the catalogue and, for a 2-NDFL certificate, the year it covers.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace cp::ui {

class OrderDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrderDocumentDialog(QWidget *parent = nullptr);

    QString kind() const;
    void setKind(const QString &kind);
    // 0 when the chosen kind names no year.
    int year() const;
    void setYear(int year);

private:
    void kindChanged();

    QComboBox *m_kind;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_explanation;
    QDialogButtonBox *m_buttons;
};

} // namespace cp::ui
