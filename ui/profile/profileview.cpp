#include "profile/profileview.h"

#include "profile/profilelogging.h"
#include "profile/profilemodel.h"
#include "profile/recordcard.h"
#include "profile/recordhistorydialog.h"
#include "profile/secretclipboard.h"
#include "session/profilesession.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

namespace cp::ui {

ProfileView::ProfileView(session::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProfileModel(this))
    , m_clipboard(new SecretClipboard(this))
{
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_cardsLayout = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);

    auto *clipboardRow = new QHBoxLayout;
    m_countdown = new QLabel(this);
    clipboardRow->addWidget(m_countdown, 1);
    m_clearClipboard = new QPushButton(this);
    connect(m_clearClipboard, &QPushButton::clicked, m_clipboard, &SecretClipboard::clear);
    clipboardRow->addWidget(m_clearClipboard);
    layout->addLayout(clipboardRow);
    connect(m_clipboard, &SecretClipboard::countdownChanged, this, &ProfileView::showCountdown);
    retranslate();

    if (m_session) {
        connect(m_session, &session::ProfileSession::locked, this, &ProfileView::clearSensitive);
        // The window asks too: one read of the archive in the next turn.
        connect(m_session, &session::ProfileSession::unlocked, this, &ProfileView::scheduleReload);
    }
    reload();
}

ProfileView::~ProfileView() = default;

void ProfileView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Names, labels and formatted values all come from the catalogue anew.
        if (!m_model->isEmpty())
            rebuildCards();
    }
}

void ProfileView::retranslate()
{
    setAccessibleName(tr("Profile"));
    m_scroll->setAccessibleName(tr("Records of the profile"));
    m_countdown->setAccessibleName(tr("Clipboard countdown"));
    m_clearClipboard->setText(tr("Clear clipboard now"));
    m_clearClipboard->setAccessibleName(tr("Clear clipboard now"));
    showCountdown(m_clipboard->remainingSeconds());
    updateStatus();
}

void ProfileView::scheduleReload()
{
    m_reloadLater.request();
}

void ProfileView::reload()
{
    storage::ArchiveDatabase *archive =
        m_session && m_session->isUnlocked() ? m_session->archive() : nullptr;
    if (!archive) {
        clearSensitive();
        return;
    }
    // A sync brings new versions: read them when it ends. The engine is made
    // anew on each unlock, hence connecting here, once per engine.
    if (sync::SyncEngine *engine = m_session->engine())
        connect(engine, &sync::SyncEngine::finished, this, &ProfileView::scheduleReload,
                Qt::UniqueConnection);
    const QList<domain::Record> records = archive->latestRecords();
    qCDebug(lcProfile) << "read" << records.size() << "record entries";
    // The unlock, the window and the end of a sync all ask for a reload;
    // the cards (most of the cost) are made again only when a record changed.
    if (!m_cleared && records == m_shown) {
        if (m_nextSection < 0)
            emit cardsBuilt(); // as they were
        return;
    }
    m_cleared = false;
    m_shown = records;
    m_model->setRecords(records);
    rebuildCards();
}

void ProfileView::clearSensitive()
{
    m_clipboard->clear();
    for (const QPointer<RecordHistoryDialog> &dialog : std::as_const(m_dialogs)) {
        if (dialog) {
            dialog->forgetValues();
            dialog->hide();
            // Later: a lock may come from a key press inside the dialog itself.
            dialog->deleteLater();
        }
    }
    m_dialogs.clear();
    m_cleared = true;
    m_shown.clear();
    removeCards();
    m_model->clear();
    updateStatus();
}

void ProfileView::removeCards()
{
    for (Section &section : m_sections) {
        for (RecordCard *card : std::as_const(section.cards)) {
            card->forgetValues();
            delete card;
        }
        delete section.header;
    }
    m_sections.clear();
    // A filter pass under way stops (the cards made next get the filter).
    m_filtering = false;
    ++m_filterPass;
    // A build under way stops: its next section would go into a new list.
    ++m_build;
    m_nextSection = -1;
    m_entriesByType.clear();
}

void ProfileView::rebuildCards()
{
    // Nothing shown yet (the start, an unlock): every card in one turn —
    // the page is empty, nothing there to keep answering, and each turn of
    // a sliced build lays out and paints the list again (a third more time
    // to the filled window). Cards replaced (after a sync) come in slices.
    m_buildAtOnce = m_sections.isEmpty();
    removeCards();
    // The model's entries by type, so that each type gets one card.
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex category = m_model->index(c, 0);
        for (int r = 0; r < m_model->rowCount(category); ++r) {
            const QModelIndex entry = m_model->index(r, 0, category);
            m_entriesByType[entry.data(ProfileModel::KeyRole).toString()].append(entry);
        }
    }
    // Thirty cards with their texts take a hundred milliseconds and more to
    // make and lay out: a few at a time, the first ones now, so that the
    // window answers meanwhile (after a first sync, while the archive fills).
    m_nextSection = 0;
    m_nextType = 0;
    m_headedSection = -1;
    seekNextCard();
    // From the next turn: this one has read the archive and filled the model
    // already (after a sync, with the other views' reloads).
    buildNextCardsLater();
}

void ProfileView::buildNextCardsLater()
{
    // Not if the cards were removed or made anew meanwhile.
    QTimer::singleShot(0, this, [this, build = m_build]() {
        if (build == m_build)
            buildNextCards();
    });
}

void ProfileView::buildNextCards()
{
    // Cards for about 8 ms, one at least, then the event loop runs (and lays
    // out what was added) before the next ones: fewer turns than a card a
    // turn (each turn lays the whole list out again), no turn of them all.
    QElapsedTimer slice;
    slice.start();
    const int count = int(domain::RecordCatalogue::categories().size());
    while (m_nextSection >= 0 && m_nextSection < count) {
        buildCard();
        if (!m_buildAtOnce && slice.nsecsElapsed() >= m_buildSliceNs)
            break;
    }
    updateStatus();
    if (m_nextSection >= 0 && m_nextSection < count) {
        buildNextCardsLater();
        return;
    }
    m_nextSection = -1;
    m_entriesByType.clear();
    updateStatus();
    emit cardsBuilt();
}

void ProfileView::buildCard()
{
    const auto types = domain::RecordCatalogue::all();
    const domain::RecordType &type = types[m_nextType];
    if (m_headedSection != m_nextSection) {
        // The first card of a category: its heading first.
        m_headedSection = m_nextSection;
        Section section;
        section.header =
            new QLabel(domain::RecordCatalogue::categoryName(type.category), m_content);
        section.header->setTextFormat(Qt::PlainText);
        QFont font = section.header->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.4);
        section.header->setFont(font);
        RecordCard::setShown(section.header, false); // until a card of it matches
        m_cardsLayout->addWidget(section.header);
        m_sections.append(section);
    }
    const auto it = m_entriesByType.find(QString::fromLatin1(type.key));
    auto *card = new RecordCard(
        type, it == m_entriesByType.end() ? QList<QModelIndex>() : it->second, m_content);
    connect(card, &RecordCard::historyRequested, this, &ProfileView::openHistory);
    connect(card, &RecordCard::copyRequested, this, &ProfileView::copySecret);
    m_cardsLayout->addWidget(card);
    m_sections.last().cards.append(card);
    RecordCard::setShown(card, card->applyFilter(m_filter)); // the search in effect
    showHeader(m_sections.last());
    ++m_nextType;
    seekNextCard();
}

void ProfileView::seekNextCard()
{
    // From (m_nextSection, m_nextType) on, to the next type of the catalogue
    // in display order; m_nextSection reaches the count after the last.
    const auto categories = domain::RecordCatalogue::categories();
    const auto types = domain::RecordCatalogue::all();
    while (m_nextSection < int(categories.size())) {
        const domain::Category category = categories[size_t(m_nextSection)];
        while (m_nextType < types.size() && types[m_nextType].category != category)
            ++m_nextType;
        if (m_nextType < types.size())
            return;
        // This category is done (or has no type): the next one.
        ++m_nextSection;
        m_nextType = 0;
    }
}

void ProfileView::setFilter(const QString &text)
{
    m_filter = text;
    // Showing or hiding thirty cards lays each out again: tens of
    // milliseconds at once when a search is cleared. The cards are filtered
    // a few milliseconds' worth at a time, the event loop running between
    // (the keyboard answers; a newer text starts the pass again).
    m_filtering = true;
    m_filterSection = 0;
    m_filterCard = 0;
    ++m_filterPass;
    filterSome();
}

void ProfileView::filterSome()
{
    QElapsedTimer slice;
    slice.start();
    while (m_filterSection < m_sections.size()) {
        Section &section = m_sections[m_filterSection];
        if (m_filterCard < section.cards.size()) {
            RecordCard *card = section.cards.at(m_filterCard++);
            RecordCard::setShown(card, card->applyFilter(m_filter));
        } else {
            showHeader(section);
            ++m_filterSection;
            m_filterCard = 0;
        }
        if (slice.nsecsElapsed() >= m_filterSliceNs)
            break;
    }
    m_filtering = m_filterSection < m_sections.size();
    updateStatus();
    if (m_filtering) {
        QTimer::singleShot(0, this, [this, pass = m_filterPass]() {
            if (pass == m_filterPass)
                filterSome();
        });
        return;
    }
    emit filtered();
}

void ProfileView::showHeader(Section &section)
{
    bool any = false;
    for (RecordCard *card : std::as_const(section.cards))
        any = any || !card->isHidden();
    RecordCard::setShown(section.header, any);
}

void ProfileView::updateStatus()
{
    QString message;
    if (m_cleared || !m_session || !m_session->isUnlocked()) {
        message = tr("The profile is locked. Unlock it to see your records.");
    } else if (m_model->isEmpty()) {
        message = tr("No records yet: they arrive with the first sync.");
    } else {
        bool anyVisible = isBuilding() || isFiltering(); // the rest may match
        for (const Section &section : std::as_const(m_sections))
            anyVisible = anyVisible || !section.header->isHidden();
        if (!anyVisible)
            message = tr("No record or field matches “%1”.").arg(m_filter.trimmed());
    }
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    m_scroll->setVisible(!m_sections.isEmpty());
}

void ProfileView::openHistory(const QString &recordId)
{
    storage::ArchiveDatabase *archive =
        m_session && m_session->isUnlocked() ? m_session->archive() : nullptr;
    if (!archive)
        return;
    auto *dialog = new RecordHistoryDialog(archive->history(recordId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->open();
}

void ProfileView::copySecret(const QString &text)
{
    const int seconds =
        m_session ? m_session->settings().integer(session::Setting::ClipboardSeconds) : 30;
    m_clipboard->copy(text, seconds);
}

void ProfileView::showCountdown(int seconds)
{
    // A label and a button appear only while something of ours is on the clipboard.
    m_countdown->setText(seconds > 0 ? tr("Copied. The clipboard is cleared in %1 s.").arg(seconds)
                                     : QString());
    m_countdown->setVisible(seconds > 0);
    m_clearClipboard->setVisible(seconds > 0);
}

} // namespace cp::ui
