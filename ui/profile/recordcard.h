// The card of one record type on the Profile screen: its name, its source
// register and, for each entry (a list type has several), whether the register
// verified it, when it last changed, its fields formatted for the locale with
// sensitive ones masked, identifier problems in words, and a History button.
// The card also answers the search: it hides the fields that do not match.
#pragma once

#include "domain/recordcatalogue.h"

#include <QFrame>
#include <QList>
#include <QModelIndex>
#include <QString>

class QLabel;

namespace cp::ui {

class SensitiveValue;

class RecordCard : public QFrame
{
    Q_OBJECT

public:
    // `entries` are rows of a ProfileModel of this type; read once, here.
    RecordCard(const domain::RecordType &type, const QList<QModelIndex> &entries,
               QWidget *parent = nullptr);

    QString typeKey() const { return m_typeKey; }
    int entryCount() const { return int(m_entries.size()); }
    // Shows the fields that match `text` (all of them when the record's name
    // matches or the text is empty); false when nothing on the card matches.
    bool applyFilter(const QString &text);
    // Shows or hides `widget` only when that changes (a widget never shown
    // nor hidden gets its first state): a search filters every row of every
    // card at each keystroke, and each show or hide costs a layout pass.
    static void setShown(QWidget *widget, bool shown);
    // Masks every revealed value again and drops the values from the card.
    void forgetValues();

signals:
    void historyRequested(const QString &recordId);
    void copyRequested(const QString &text);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *value = nullptr;
        QLabel *problem = nullptr;
        SensitiveValue *sensitive = nullptr;
        QString searchText; // label and, when not masked, the value
    };
    struct Entry
    {
        QWidget *widget = nullptr;
        QList<Row> rows;
    };

    void addEntry(const QModelIndex &index, bool withTitle, int number);

    QString m_typeKey;
    QString m_name;
    QList<Entry> m_entries;
};

} // namespace cp::ui
