// The result of an open document's signature check in clear words and with
// an icon: valid (and by whom, when), invalid, unknown issuer, not checked
// yet, or not signed at all (the citizen's own files).
#pragma once

#include "storage/archivedatabase.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace cp::ui {

class SignaturePanel : public QFrame
{
    Q_OBJECT

public:
    explicit SignaturePanel(QWidget *parent = nullptr);

    void showDocument(const storage::ArchivedDocument &document);
    void clear();
    // The whole message as shown, for screen readers and tests.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
    QString m_state;
    // The metadata of the document shown (no content), to say it again in
    // another language.
    std::optional<storage::ArchivedDocument> m_document;
};

} // namespace cp::ui
