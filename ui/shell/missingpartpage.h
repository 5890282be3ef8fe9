// Stands in for an area of the app that this build does not contain, saying
// so plainly instead of showing made-up content.
#pragma once

#include <QWidget>

class QLabel;

namespace cp::ui {

class MissingPartPage : public QWidget
{
    Q_OBJECT

public:
    explicit MissingPartPage(QWidget *parent = nullptr);
    ~MissingPartPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
};

} // namespace cp::ui
