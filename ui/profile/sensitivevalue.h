// One sensitive value on a card: masked ("••••", the same length whatever the
// value, so that not even its length shows) until the citizen presses Show,
// and a Copy button that hands the value to the secret clipboard. Both
// buttons are in the tab chain and named for screen readers without the value.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cp::ui {

class SensitiveValue : public QWidget
{
    Q_OBJECT

public:
    SensitiveValue(const QString &fieldLabel, const QString &text, QWidget *parent = nullptr);

    bool isRevealed() const { return m_revealed; }
    // The value, for matching a search once the citizen has revealed it.
    QString revealedText() const { return m_revealed ? m_text : QString(); }
    static QString mask();

public slots:
    void setRevealed(bool revealed);
    // Drops the value: the widget shows the mask and can no longer reveal or copy.
    void forget();

signals:
    void copyRequested(const QString &text);
    void revealedChanged(bool revealed);

private:
    QString m_fieldLabel;
    QString m_text;
    bool m_revealed = false;
    QLabel *m_value = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace cp::ui
