// The Profile screen against a session whose archive was filled by a real
// sync from the real profile-server: every record type has its card, masked
// values stay out of every label until Show, the secret clipboard clears only
// its own value after the countdown, lock drops every value, a record's
// history highlights its changes, the search narrows the cards, the model
// passes QAbstractItemModelTester and Russian formatting of money and dates.
#include "profile/fieldformatter.h"
#include "profile/profilemodel.h"
#include "profile/profileview.h"
#include "profile/recordcard.h"
#include "profile/recordhistorydialog.h"
#include "profile/secretclipboard.h"
#include "profile/sensitivevalue.h"
#include "profile/wrappedlabel.h"
#include "serverfixture.h"
#include "session/profilesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace cp;
using namespace cp::testing;

namespace {

// Every text a label, a button or an accessible name shows.
QStringList visibleTexts(const QWidget &root)
{
    QStringList texts;
    const auto widgets = root.findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        texts.append(w->accessibleName());
        texts.append(w->toolTip());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts.append(label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts.append(button->text());
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &value)
{
    for (const QString &t : texts) {
        if (t.contains(value))
            return true;
    }
    return false;
}

QString spaced(QString text)
{
    // Locales group with (narrow) no-break spaces; the tests write plain ones.
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

QAbstractButton *buttonNamed(const QWidget &root, const QString &accessibleName)
{
    const auto buttons = root.findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

QStringList visibleCardKeys(const QWidget &view)
{
    QStringList keys;
    const auto cards = view.findChildren<ui::RecordCard *>();
    for (const ui::RecordCard *card : cards) {
        if (card->isVisibleTo(&view))
            keys.append(card->typeKey());
    }
    return keys;
}

} // namespace

class TestUiProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void accessibilityCacheNeverLogs();
    void allThirtyCards();
    void valuesSelectableWithTheMouse();
    void labelHeightFollowsTextAndFont();
    void maskedUntilShown();
    void copyClearsAfterCountdown();
    void copyKeepsWhatWasCopiedSince();
    void clearSensitiveDropsEveryValue();
    void historyShowsChangedFields();
    void filterNarrowsCards();
    void filterLetsTheEventLoopRun();
    void firstBuildAtOnceRebuildInSlices();
    void searchInEffectBeforeTheFirstBuild();
    void modelTester();
    void badIdentifierShownInWords();
    void formatting_data();
    void formatting();
    void russianProfile();
    void followsLockAndUnlock();

private:
    QString fieldOf(const QString &type, const QString &field) const;

    ServerFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<session::ProfileSession> m_session;
};

void TestUiProfile::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    const QString token = m_server.signIn().access;
    QVERIFY(!token.isEmpty());

    // Passphrase mode: no keychain needed; a service of our own all the same.
    m_session = std::make_unique<session::ProfileSession>(
        m_dir.path(), QStringLiteral("citizen-profile-tst-ui-profile-%1")
                          .arg(QCoreApplication::applicationPid()));
    auto &settings = m_session->settings();
    settings.setValue(session::Setting::ServerUrl, m_server.baseUrl());
    settings.setValue(session::Setting::CaFile, m_server.caPath());
    settings.setValue(session::Setting::ClipboardSeconds, 1);
    QVERIFY2(m_session->configureServer(&error), qPrintable(error));

    bool created = false;
    bool finished = false;
    m_session->createWithPassphrase("a long test passphrase", [&](bool ok, const QString &e) {
        created = ok;
        finished = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    QVERIFY2(created, qPrintable(error));
    m_session->api()->setAccessToken(token.toLatin1());

    QSignalSpy synced(m_session->engine(), &sync::SyncEngine::finished);
    m_session->engine()->sync();
    QVERIFY(synced.wait(120000));
    QVERIFY2(synced.first().at(0).toBool(),
             qPrintable(synced.first().at(1).value<net::ApiError>().message));
    QVERIFY(m_session->archive()->latestRecords().size() > 30);
}

void TestUiProfile::cleanup()
{
    QGuiApplication::clipboard()->clear();
}

QString TestUiProfile::fieldOf(const QString &type, const QString &field) const
{
    const auto records = m_session->archive()->latestRecords();
    for (const domain::Record &r : records) {
        if (r.type == type)
            return r.fields.value(field).toString();
    }
    return {};
}

void TestUiProfile::allThirtyCards()
{
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    const auto cards = view.findChildren<ui::RecordCard *>();
    QCOMPARE(cards.size(), 30);
    QSet<QString> types;
    int entries = 0;
    for (const ui::RecordCard *card : cards) {
        types.insert(card->typeKey());
        QVERIFY2(card->entryCount() >= 1, qPrintable(card->typeKey()));
        entries += card->entryCount();
    }
    QCOMPARE(types.size(), 30);
    for (const QString &key : domain::RecordCatalogue::keys())
        QVERIFY2(types.contains(key), qPrintable(key));
    QCOMPARE(entries, int(m_session->archive()->latestRecords().size()));
    QCOMPARE(visibleCardKeys(view).size(), 30);

    // Every interactive widget has a name and takes the keyboard focus.
    const auto buttons = view.findChildren<QAbstractButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QAbstractButton *b : buttons) {
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        QVERIFY(b->focusPolicy() & Qt::TabFocus);
    }
}

void TestUiProfile::valuesSelectableWithTheMouse()
{
    // A value's text can be selected with the mouse; the label becomes
    // selectable when the mouse first comes over it (a selectable label costs
    // a text document of its own to lay out).
    ui::ProfileView view(m_session.get());
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.isBuilding());
    const auto labels = view.findChildren<ui::WrappedLabel *>();
    QVERIFY(labels.size() > 100);
    const auto countSelectable = [&labels]() {
        return std::count_if(labels.cbegin(), labels.cend(), [](const ui::WrappedLabel *label) {
            return label->textInteractionFlags() == Qt::TextSelectableByMouse;
        });
    };
    // None yet (but the one the pointer may be over).
    QVERIFY2(countSelectable() <= 1, qPrintable(QString::number(countSelectable())));
    for (ui::WrappedLabel *label : labels) {
        QEvent enter(QEvent::Enter);
        QApplication::sendEvent(label, &enter);
    }
    // The values (masked ones included), not the titles, sources and dates.
    const auto selectable = countSelectable();
    QVERIFY2(selectable > 50 && selectable < labels.size(),
             qPrintable(QString::number(selectable)));

    // A value in view, once the list is laid out.
    ui::WrappedLabel *value = nullptr;
    const auto findValue = [&]() {
        for (ui::WrappedLabel *label : labels) {
            if (!label->visibleRegion().isEmpty() &&
                label->textInteractionFlags() == Qt::TextSelectableByMouse &&
                label->text().size() > 3 && label->text() != ui::SensitiveValue::mask()) {
                value = label;
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(findValue());
    QVERIFY(!value->hasSelectedText());
    // A double click on its first word selects the word.
    QTest::mouseDClick(value, Qt::LeftButton, {},
                       QPoint(value->contentsRect().left() + 2, value->fontMetrics().height() / 2));
    QVERIFY(value->hasSelectedText());
    QVERIFY(value->text().startsWith(value->selectedText()));
}

void TestUiProfile::labelHeightFollowsTextAndFont()
{
    // Heights are remembered per width; a new text or font is measured anew.
    ui::WrappedLabel label(QStringLiteral("short"));
    const int oneLine = label.heightForWidth(200);
    QCOMPARE(label.heightForWidth(200), oneLine);
    label.setText(QStringLiteral("a much longer text that cannot fit on one line of two hundred "
                                 "pixels and so wraps onto several lines of the card"));
    const int lines = label.heightForWidth(200);
    QVERIFY2(lines >= 2 * oneLine, qPrintable(QStringLiteral("%1 %2").arg(lines).arg(oneLine)));
    QVERIFY(label.heightForWidth(2000) < lines);
    QCOMPARE(label.heightForWidth(200), lines);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY(label.heightForWidth(200) > lines);
}

void TestUiProfile::maskedUntilShown()
{
    const QString snils = fieldOf(QStringLiteral("snils"), QStringLiteral("number"));
    QVERIFY(!snils.isEmpty());
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    QVERIFY(!anyContains(visibleTexts(view), snils));
    QVERIFY(anyContains(visibleTexts(view), ui::SensitiveValue::mask()));

    QAbstractButton *show = buttonNamed(view, QStringLiteral("Show SNILS"));
    QVERIFY(show);
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Space); // by keyboard
    QVERIFY(anyContains(visibleTexts(view), snils));
    // Tab goes on to the value's Copy button.
    QWidget *next = show->nextInFocusChain();
    while (next && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    QVERIFY(next);
    QCOMPARE(next->accessibleName(), QStringLiteral("Copy SNILS"));
    QAbstractButton *hide = buttonNamed(view, QStringLiteral("Hide SNILS"));
    QVERIFY(hide);
    QTest::mouseClick(hide, Qt::LeftButton);
    QVERIFY(!anyContains(visibleTexts(view), snils));
}

void TestUiProfile::copyClearsAfterCountdown()
{
    const QString inn = fieldOf(QStringLiteral("inn"), QStringLiteral("number"));
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    QAbstractButton *copy = buttonNamed(view, QStringLiteral("Copy INN"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);

    QClipboard *clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), inn);
    const QMimeData *mime = clipboard->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QCOMPARE(view.secretClipboard()->remainingSeconds(), 1);
    // The countdown shows while ours is on the clipboard, never the value.
    QVERIFY(anyContains(visibleTexts(view), QStringLiteral("cleared in 1 s")));
    QVERIFY(!anyContains(visibleTexts(view), inn));

    QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QString(), 5000);
    QCOMPARE(view.secretClipboard()->remainingSeconds(), 0);
    QVERIFY(!anyContains(visibleTexts(view), QStringLiteral("cleared in")));
}

void TestUiProfile::copyKeepsWhatWasCopiedSince()
{
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    QAbstractButton *copy = buttonNamed(view, QStringLiteral("Copy SNILS"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QClipboard *clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), fieldOf(QStringLiteral("snils"), QStringLiteral("number")));

    const QString mine = QStringLiteral("something the citizen copied");
    clipboard->setText(mine);
    QTRY_COMPARE_WITH_TIMEOUT(view.secretClipboard()->remainingSeconds(), 0, 5000);
    QTest::qWait(300);
    QCOMPARE(clipboard->text(), mine);

    // The same text copied from elsewhere (without our hint) is not ours either.
    QTest::mouseClick(copy, Qt::LeftButton);
    clipboard->setText(fieldOf(QStringLiteral("snils"), QStringLiteral("number")));
    view.secretClipboard()->clear();
    QCOMPARE(clipboard->text(), fieldOf(QStringLiteral("snils"), QStringLiteral("number")));
}

void TestUiProfile::clearSensitiveDropsEveryValue()
{
    const QStringList values = {
        fieldOf(QStringLiteral("snils"), QStringLiteral("number")),
        fieldOf(QStringLiteral("fio_bio"), QStringLiteral("last_name")),
        fieldOf(QStringLiteral("inn"), QStringLiteral("tax_office")),
        fieldOf(QStringLiteral("addresses"), QStringLiteral("full_address")),
    };
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    QAbstractButton *show = buttonNamed(view, QStringLiteral("Show SNILS"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(anyContains(visibleTexts(view), values.at(0)));
    QVERIFY(anyContains(visibleTexts(view), values.at(1)));
    QAbstractButton *copy = buttonNamed(view, QStringLiteral("Copy SNILS"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QTest::mouseClick(buttonNamed(view, QStringLiteral("History of Registered address")),
                      Qt::LeftButton);
    QVERIFY(view.findChild<ui::RecordHistoryDialog *>());

    view.clearSensitive();
    QCOMPARE(view.model()->recordCount(), 0);
    for (int c = 0; c < view.model()->rowCount(); ++c)
        QCOMPARE(view.model()->rowCount(view.model()->index(c, 0)), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!view.findChild<ui::RecordHistoryDialog *>());
    QVERIFY(view.findChildren<ui::RecordCard *>().isEmpty());
    const QStringList texts = visibleTexts(view);
    QVERIFY(anyContains(texts, QStringLiteral("The profile is locked")));
    for (const QString &value : values) {
        QVERIFY(!value.isEmpty());
        QVERIFY2(!anyContains(texts, value), qPrintable(value));
    }

    view.reload();
    QTRY_VERIFY(!view.isBuilding());
    QCOMPARE(view.findChildren<ui::RecordCard *>().size(), 30);
}

void TestUiProfile::historyShowsChangedFields()
{
    const QList<domain::Record> versions =
        m_session->archive()->history(QStringLiteral("rec-addresses"));
    QCOMPARE(versions.size(), 2);
    const QStringList changed = domain::changedFields(versions.at(0), versions.at(1));
    QVERIFY(!changed.isEmpty());

    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    auto *history = view.findChild<QPushButton *>(QStringLiteral("history_rec-addresses"));
    QVERIFY(history);
    QCOMPARE(history->accessibleName(), QStringLiteral("History of Registered address"));
    QTest::mouseClick(history, Qt::LeftButton);
    auto *dialog = view.findChild<ui::RecordHistoryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->versionCount(), 2);
    auto *list = dialog->findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);

    auto *table = dialog->findChild<QTableWidget *>();
    QVERIFY(table);
    const QBrush highlight = dialog->palette().brush(QPalette::Highlight);
    QStringList highlighted;
    const auto *type = domain::RecordCatalogue::find(u"addresses");
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool isChanged =
            table->item(row, 0)->data(ui::RecordHistoryDialog::ChangedRole).toBool();
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(table->item(row, column)->background() == highlight, isChanged);
        }
        if (isChanged) {
            for (const domain::FieldSpec &spec : type->fields) {
                if (domain::RecordCatalogue::fieldLabel(spec) == table->item(row, 0)->text())
                    highlighted.append(QString::fromLatin1(spec.key));
            }
        }
    }
    QCOMPARE(highlighted, changed);

    // The full address is sensitive: masked in both columns until asked for.
    const QString oldAddress = versions.at(0).fields.value(u"full_address").toString();
    const QString newAddress = versions.at(1).fields.value(u"full_address").toString();
    auto cellTexts = [table] {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < 3; ++column)
                texts.append(table->item(row, column)->text());
        return texts;
    };
    QVERIFY(!anyContains(cellTexts(), oldAddress));
    auto *reveal = dialog->findChild<QCheckBox *>();
    QVERIFY(reveal);
    reveal->setChecked(true);
    QVERIFY(anyContains(cellTexts(), oldAddress));
    QVERIFY(anyContains(cellTexts(), newAddress));

    // Side by side: choosing the first version shows it without highlights.
    list->setCurrentRow(0);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!table->item(row, 0)->data(ui::RecordHistoryDialog::ChangedRole).toBool());
    dialog->close();
}

void TestUiProfile::filterNarrowsCards()
{
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    view.setFilter(QStringLiteral("INN"));
    QTRY_VERIFY(!view.isFiltering());
    QStringList keys = visibleCardKeys(view);
    QVERIFY(keys.contains(QStringLiteral("inn")));
    QVERIFY(!keys.contains(QStringLiteral("fio_bio")));
    QVERIFY(keys.size() < 30);

    // A value, in another case; only the field that holds it stays.
    const QString taxOffice = fieldOf(QStringLiteral("inn"), QStringLiteral("tax_office"));
    view.setFilter(taxOffice.toUpper());
    QTRY_VERIFY(!view.isFiltering());
    keys = visibleCardKeys(view);
    QVERIFY(keys.contains(QStringLiteral("inn")));
    QVERIFY(keys.size() < 5);
    auto *innCard = view.findChild<ui::RecordCard *>(QStringLiteral("card_inn"));
    QVERIFY(innCard);
    const auto labels = innCard->findChildren<QLabel *>();
    bool taxOfficeShown = false;
    for (const QLabel *label : labels) {
        if (label->text() == QStringLiteral("Registration date"))
            QVERIFY(!label->isVisibleTo(&view));
        if (label->text() == taxOffice)
            taxOfficeShown = label->isVisibleTo(&view);
    }
    QVERIFY(taxOfficeShown);

    // A masked value is not searched: a match would tell what it holds.
    view.setFilter(fieldOf(QStringLiteral("snils"), QStringLiteral("number")));
    QTRY_VERIFY(!view.isFiltering());
    QVERIFY(visibleCardKeys(view).isEmpty());
    QVERIFY(anyContains(visibleTexts(view), QStringLiteral("No record or field matches")));

    view.setFilter(QString());
    QTRY_VERIFY(!view.isFiltering());
    QCOMPARE(visibleCardKeys(view).size(), 30);
}

void TestUiProfile::filterLetsTheEventLoopRun()
{
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    view.setFilterSlice(0); // one card a slice
    view.setFilter(QStringLiteral("INN"));
    // The keystroke returned with most cards still to filter; the event loop
    // runs between slices and the pass ends by itself.
    QVERIFY(view.isFiltering());
    QVERIFY(visibleCardKeys(view).size() >= 29); // one card filtered so far
    QSignalSpy filtered(&view, &ui::ProfileView::filtered);
    int turns = 0;
    QTimer probe;
    connect(&probe, &QTimer::timeout, &view, [&]() { ++turns; });
    probe.start(0);
    QTRY_COMPARE(filtered.size(), 1);
    probe.stop();
    QVERIFY2(turns >= 10, qPrintable(QString::number(turns)));
    QVERIFY(!view.isFiltering());
    QVERIFY(visibleCardKeys(view).contains(QStringLiteral("inn")));
    QVERIFY(visibleCardKeys(view).size() < 30);
    // A newer text mid-pass starts again: only the newest applies.
    view.setFilter(QStringLiteral("SNILS"));
    view.setFilter(QString());
    QTRY_COMPARE(filtered.size(), 2);
    QCOMPARE(visibleCardKeys(view).size(), 30);
}

void TestUiProfile::firstBuildAtOnceRebuildInSlices()
{
    // Turns of the event loop until the cards are built.
    const auto turnsToBuild = [](ui::ProfileView &view) {
        QSignalSpy built(&view, &ui::ProfileView::cardsBuilt);
        int turns = 0;
        QTimer probe;
        QObject::connect(&probe, &QTimer::timeout, &view, [&]() { ++turns; });
        probe.start(0);
        if (!built.wait(10000))
            return -1;
        probe.stop();
        return turns;
    };
    ui::ProfileView view(m_session.get());
    view.setBuildSlice(0); // one card a slice, where there are slices
    view.show();
    // Nothing shown yet: the thirty cards come in one turn.
    QVERIFY(view.isBuilding());
    const int first = turnsToBuild(view);
    QVERIFY2(first >= 0 && first <= 2, qPrintable(QString::number(first)));
    QVERIFY(!view.isBuilding());
    QCOMPARE(visibleCardKeys(view).size(), 30);

    // Cards replaced (here by a change of language; after a sync alike):
    // a card a turn, the event loop running between.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &change);
    QVERIFY(view.isBuilding());
    const int rebuild = turnsToBuild(view);
    QVERIFY2(rebuild >= 10, qPrintable(QString::number(rebuild)));
    QCOMPARE(visibleCardKeys(view).size(), 30);

    // Locked and unlocked again: nothing shown, one turn again.
    view.clearSensitive();
    QVERIFY(visibleCardKeys(view).isEmpty());
    view.reload();
    const int again = turnsToBuild(view);
    QVERIFY2(again >= 0 && again <= 2, qPrintable(QString::number(again)));
    QCOMPARE(visibleCardKeys(view).size(), 30);
}

void TestUiProfile::searchInEffectBeforeTheFirstBuild()
{
    // Rows of a first build are not shown one by one (each would be laid out
    // at once, and again with the view): they show with the view, those
    // that match the search in effect, and the others when it is cleared.
    const QString taxOffice = fieldOf(QStringLiteral("inn"), QStringLiteral("tax_office"));
    ui::ProfileView view(m_session.get());
    view.setFilter(taxOffice);
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    QTRY_VERIFY(!view.isFiltering());
    const QStringList keys = visibleCardKeys(view);
    QVERIFY(keys.contains(QStringLiteral("inn")));
    QVERIFY(keys.size() < 5);
    auto *innCard = view.findChild<ui::RecordCard *>(QStringLiteral("card_inn"));
    QVERIFY(innCard);
    const auto rowVisible = [&](const QString &text) {
        for (const QLabel *label : innCard->findChildren<QLabel *>()) {
            if (label->text() == text)
                return label->isVisible();
        }
        return false;
    };
    QVERIFY(rowVisible(taxOffice));
    QVERIFY(!rowVisible(QStringLiteral("Registration date")));

    view.setFilter(QString());
    QTRY_VERIFY(!view.isFiltering());
    QCOMPARE(visibleCardKeys(view).size(), 30);
    QVERIFY(rowVisible(QStringLiteral("Registration date")));
    QVERIFY(rowVisible(taxOffice));
    for (const ui::RecordCard *card : view.findChildren<ui::RecordCard *>()) {
        for (const QLabel *label : card->findChildren<QLabel *>())
            QVERIFY2(label->isVisible() || label->text().isEmpty(), qPrintable(card->objectName()));
    }
}

void TestUiProfile::modelTester()
{
    ui::ProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    model.setRecords(m_session->archive()->latestRecords());
    QVERIFY(QTest::currentTestFailed() == false);
    int entries = 0;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex category = model.index(c, 0);
        QVERIFY(!category.data().toString().isEmpty());
        for (int r = 0; r < model.rowCount(category); ++r) {
            const QModelIndex entry = model.index(r, 0, category);
            QCOMPARE(entry.parent(), category);
            QVERIFY(!entry.data(ui::ProfileModel::KeyRole).toString().isEmpty());
            QVERIFY(!entry.data(ui::ProfileModel::SourceRole).toString().isEmpty());
            QVERIFY(entry.data(ui::ProfileModel::UpdatedAtRole).toDateTime().isValid());
            QVERIFY(!entry.data(ui::ProfileModel::FieldsRole).toList().isEmpty());
            ++entries;
        }
    }
    QCOMPARE(entries, model.recordCount());
    model.clear();
    QCOMPARE(model.recordCount(), 0);
}

void TestUiProfile::badIdentifierShownInWords()
{
    // A register that sends a SNILS with wrong check digits: the card says so
    // and keeps the value as it came (masked, and revealed unchanged).
    domain::Record bad;
    bad.type = QStringLiteral("snils");
    bad.id = QStringLiteral("rec-snils-bad");
    bad.version = 1;
    bad.updatedAt = QDateTime::currentDateTimeUtc();
    bad.source = QStringLiteral("sfr");
    bad.fields.insert(QStringLiteral("number"), QStringLiteral("112-233-445 00"));
    const domain::IdentifierCheck check =
        domain::checkSnils(bad.fields.value(u"number").toString());
    QVERIFY(!check.ok());
    const QString message = check.message(domain::IdentifierKind::Snils);

    ui::ProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({bad});
    const QModelIndex identity = model.index(0, 0);
    QCOMPARE(model.rowCount(identity), 1);
    const QModelIndex entry = model.index(0, 0, identity);
    QCOMPARE(entry.data(ui::ProfileModel::ProblemsRole).toStringList(), QStringList{message});
    QCOMPARE(entry.data(ui::ProfileModel::VerifiedRole).toBool(), false);

    ui::RecordCard card(*domain::RecordCatalogue::find(u"snils"), {entry});
    card.show();
    const QStringList texts = visibleTexts(card);
    QVERIFY(anyContains(texts, message));
    QVERIFY(anyContains(texts, QStringLiteral("not verified")));
    QVERIFY(!anyContains(texts, QStringLiteral("112-233-445 00")));
    QTest::mouseClick(buttonNamed(card, QStringLiteral("Show SNILS")), Qt::LeftButton);
    QVERIFY(anyContains(visibleTexts(card), QStringLiteral("112-233-445 00")));
}

void TestUiProfile::formatting_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("date");

    QTest::newRow("ru") << QLocale(QLocale::Russian, QLocale::Russia) << qint64(123456789)
                        << QStringLiteral("1 234 567,89 ₽") << QStringLiteral("14.03.2026");
    QTest::newRow("ru small") << QLocale(QLocale::Russian, QLocale::Russia) << qint64(5)
                              << QStringLiteral("0,05 ₽") << QStringLiteral("14.03.2026");
    QTest::newRow("ru negative") << QLocale(QLocale::Russian, QLocale::Russia) << qint64(-150)
                                 << QStringLiteral("-1,50 ₽") << QStringLiteral("14.03.2026");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << qint64(123456789)
                        << QStringLiteral("RUB 1,234,567.89") << QStringLiteral("3/14/2026");
}

void TestUiProfile::formatting()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, kopecks);
    QFETCH(QString, money);
    QFETCH(QString, date);
    QCOMPARE(spaced(ui::FieldFormatter::money(kopecks, locale)), money);
    QCOMPARE(ui::FieldFormatter::date(QDate(2026, 3, 14), locale), date);
}

void TestUiProfile::russianProfile()
{
    // The view exists before the switch: it follows the language change.
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    QVERIFY(anyContains(visibleTexts(view), QStringLiteral("Taxpayer number (INN)")));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("citizen-profile_ru"), QStringLiteral(CP_QM_DIR)));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    });
    QTRY_VERIFY(anyContains(visibleTexts(view), QStringLiteral("Образование")));
    // The cards are made again, a section at a time.
    QTRY_VERIFY(!view.isBuilding());

    QCOMPARE(spaced(ui::FieldFormatter::money(123456789)), QStringLiteral("1 234 567,89 ₽"));
    QCOMPARE(ui::FieldFormatter::date(QDate(2026, 3, 14)), QStringLiteral("14.03.2026"));

    QCOMPARE(view.findChildren<ui::RecordCard *>().size(), 30);
    const auto values = view.findChildren<ui::SensitiveValue *>();
    for (ui::SensitiveValue *value : values)
        value->setRevealed(true);
    const QStringList texts = visibleTexts(view);
    QVERIFY(!anyContains(texts, QStringLiteral("Taxpayer number (INN)")));
    // A sum of the cards in roubles with Russian grouping.
    const auto records = m_session->archive()->latestRecords();
    bool sawBalance = false;
    for (const domain::Record &r : records) {
        if (r.type == u"maternity_capital") {
            sawBalance = true;
            const QString balance =
                ui::FieldFormatter::money(r.fields.value(u"balance").toInteger());
            QVERIFY(balance.endsWith(QStringLiteral("\u00A0₽")));
            QVERIFY(anyContains(texts, balance));
        }
    }
    QVERIFY(sawBalance);
    QVERIFY(anyContains(texts, QStringLiteral("ИНН")));
    // Dates of the cards in the Russian short form.
    const QString birth = fieldOf(QStringLiteral("fio_bio"), QStringLiteral("birth_date"));
    const QDate birthDate = QDate::fromString(birth, Qt::ISODate);
    QVERIFY(anyContains(texts, birthDate.toString(QStringLiteral("dd.MM.yyyy"))));

    view.setFilter(QStringLiteral("ИНН"));
    QTRY_VERIFY(!view.isFiltering());
    const QStringList keys = visibleCardKeys(view);
    QVERIFY(keys.contains(QStringLiteral("inn")));
    QVERIFY(!keys.contains(QStringLiteral("fio_bio")));
    QVERIFY(keys.size() < 30);
}

void TestUiProfile::followsLockAndUnlock()
{
    ui::ProfileView view(m_session.get());
    view.show();
    QTRY_VERIFY(!view.isBuilding());
    const QString lastName = fieldOf(QStringLiteral("fio_bio"), QStringLiteral("last_name"));
    QVERIFY(anyContains(visibleTexts(view), lastName));

    m_session->lock();
    QCOMPARE(view.model()->recordCount(), 0);
    QVERIFY(view.findChildren<ui::RecordCard *>().isEmpty());
    QVERIFY(!anyContains(visibleTexts(view), lastName));
    QVERIFY(anyContains(visibleTexts(view), QStringLiteral("The profile is locked")));

    bool done = false;
    bool ok = false;
    m_session->unlockWithPassphrase("a long test passphrase", [&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY(ok);
    QTRY_VERIFY(!view.isBuilding());
    QCOMPARE(view.findChildren<ui::RecordCard *>().size(), 30);
    QVERIFY(anyContains(visibleTexts(view), lastName));
}

void TestUiProfile::accessibilityCacheNeverLogs()
{
    // Qt's accessibility cache logs the accessible names of widgets (the
    // values on screen) at debug level. Once a session exists, the filter of
    // the categories keeps it off, whatever the rules (QT_LOGGING_RULES of
    // the suite included) ask; it is called here as Qt calls it.
    QVERIFY(m_session);
    const QLoggingCategory::CategoryFilter installed = QLoggingCategory::installFilter(nullptr);
    QLoggingCategory::installFilter(installed);
    QVERIFY(installed);
    QLoggingCategory cache("qt.accessibility.cache");
    cache.setEnabled(QtDebugMsg, true);
    cache.setEnabled(QtInfoMsg, true);
    installed(&cache);
    QVERIFY(!cache.isDebugEnabled());
    QVERIFY(!cache.isInfoEnabled());
    QVERIFY(cache.isWarningEnabled());
}

QTEST_MAIN(TestUiProfile)
#include "tst_ui_profile.moc"
