// The Profile screen: the citizen's records as readable cards grouped by the
// categories of the catalogue, read from the session's archive through
// ProfileModel. Sensitive values are masked until revealed and copied through
// the secret clipboard with a visible countdown; each entry opens its history.
// The main window drives reload() (once a turn: scheduleReload()) after a
// sync, clearSensitive() on lock and setFilter() from its global search box.
// It never calls the network.
#pragma once

#include "domain/record.h"
#include "support/coalescedcall.h"

#include <QList>
#include <QModelIndex>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <map>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace cp::session {
class ProfileSession;
}

namespace cp::ui {

class ProfileModel;
class RecordCard;
class RecordHistoryDialog;
class SecretClipboard;

class ProfileView : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileView(session::ProfileSession *session, QWidget *parent = nullptr);
    ~ProfileView() override;

    ProfileModel *model() const { return m_model; }
    SecretClipboard *secretClipboard() const { return m_clipboard; }
    QString filter() const { return m_filter; }
    // The cards are made a few at a time, the event loop running between:
    // true from a reload asked until the last card is in (cardsBuilt()).
    bool isBuilding() const { return m_reloadLater.pending() || m_nextSection >= 0; }
    // A search's text is being applied to the cards, a few at a time.
    bool isFiltering() const { return m_filtering; }
    // The longest slice of a filter pass (6 ms; 0: one card a slice, for tests).
    void setFilterSlice(qint64 nanoseconds) { m_filterSliceNs = nanoseconds; }
    // The longest slice of a build of the cards that replaces shown ones
    // (8 ms; 0: one card a slice). A first build is made in one turn.
    void setBuildSlice(qint64 nanoseconds) { m_buildSliceNs = nanoseconds; }

signals:
    void cardsBuilt();
    // The search's text now applies to every card.
    void filtered();

public slots:
    // Re-reads the records from the session's archive (empty when locked).
    void reload();
    // reload() once in the next turn of the event loop, however many ask
    // meanwhile (the end of a sync and the window both ask).
    void scheduleReload();
    // On lock: every decrypted value leaves the model, the cards, open history
    // dialogs and the clipboard.
    void clearSensitive();
    // Filters the cards by record names, field labels and shown values, as you type.
    void setFilter(const QString &text);
    void openHistory(const QString &recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    support::CoalescedCall m_reloadLater{this, [this]() { reload(); }};
    void retranslate();
    void rebuildCards();
    void buildNextCards();      // the next slice of a build
    void buildNextCardsLater(); // buildNextCards() in the next turn, for this build
    void buildCard();           // the next card of a build
    void seekNextCard();
    void removeCards();
    void copySecret(const QString &text);
    void showCountdown(int seconds);
    void updateStatus();

    session::ProfileSession *m_session = nullptr;
    ProfileModel *m_model = nullptr;
    SecretClipboard *m_clipboard = nullptr;
    QString m_filter;
    bool m_cleared = true;         // values dropped (locked) until the next reload
    QList<domain::Record> m_shown; // what the cards show

    QLabel *m_status = nullptr; // locked, nothing synced yet, or nothing matches
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_clearClipboard = nullptr;

    struct Section
    {
        QLabel *header = nullptr;
        QList<RecordCard *> cards;
    };
    QList<Section> m_sections;
    void showHeader(Section &section); // shown when one of its cards is
    void filterSome();                 // the next slice of a filter pass
    // The filter pass under way: whether one is, the next section and card
    // to filter, and its number (a newer pass or a removal changes it).
    bool m_filtering = false;
    qint64 m_filterSliceNs = 6'000'000;
    qint64 m_buildSliceNs = 8'000'000;
    qsizetype m_filterSection = 0;
    qsizetype m_filterCard = 0;
    quint64 m_filterPass = 0;
    // The build under way: the category and the catalogue's type of the
    // next card (-1: none), the category whose heading was made last, the
    // model's entries by type, and a number that a newer build or a removal
    // changes.
    int m_nextSection = -1;
    bool m_buildAtOnce = false; // this build in one turn (nothing was shown)
    size_t m_nextType = 0;
    int m_headedSection = -1;
    std::map<QString, QList<QModelIndex>> m_entriesByType;
    quint64 m_build = 0;
    QList<QPointer<RecordHistoryDialog>> m_dialogs;
};

} // namespace cp::ui
