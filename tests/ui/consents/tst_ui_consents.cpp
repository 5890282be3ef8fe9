// The Consents screen driven without a human on the offscreen platform,
// against a ProfileSession whose archive was filled by a real sync from the
// real profile-server: the three lists, the decision dialog with everything a
// request carries, grant, deny and revoke through the outbox until the server
// has them, the trust-level refusal, the high-risk second confirmation, a
// decision made offline, and the receipts (JSON and PDF, 0600).
#include "consents/consentlistmodel.h"
#include "consents/consentrequestdialog.h"
#include "consents/consentrequestlistmodel.h"
#include "consents/consentsview.h"
#include "serverfixture.h"
#include "session/profilesession.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace cp;
using namespace cp::testing;

namespace {

// A confirmation that answers as told and remembers what it was asked.
struct ScriptedConfirmation
{
    bool answer = true;
    QStringList asked;

    ui::Confirmation function()
    {
        return [this](QWidget *, const QString &title, const QString &, const QString &,
                      ui::ConfirmationAnswer done) {
            asked.append(title);
            done(answer);
        };
    }
};

QString labelText(QWidget *root, const QString &objectName)
{
    auto *label = root->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

} // namespace

class TestUiConsents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAfterSync();
    void decisionDialogShowsTheRequest();
    void grantSettlesOnTheServer();
    void insufficientLevelRefusesGrant();
    void badgeOnlyWhenTheServerSaysSo();
    void highRiskAsksTwice();
    void denySettlesIntoHistory();
    void revokeAsksAndSettles();
    void receipts();
    void offlineDecisionWaitsToSend();
    void messageBoxConfirmationAnswers();
    void textsFollowTheLanguage();
    void lockClearsTheLists();

private:
    int rowOf(const QAbstractItemModel *model, int idRole, const QString &id) const;
    QString serverRequestState(const QString &id);

    ServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_token;
    std::unique_ptr<session::ProfileSession> m_session;
    std::unique_ptr<ui::ConsentsView> m_view;
    ScriptedConfirmation m_confirm;
};

void TestUiConsents::initTestCase()
{
    qRegisterMetaType<net::ApiError>();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());

    m_session = std::make_unique<session::ProfileSession>(
        m_dir.filePath(QStringLiteral("data")), QStringLiteral("citizen-profile-test-consents"));
    m_session->settings().setValue(session::Setting::ServerUrl, m_server.baseUrl());
    m_session->settings().setValue(session::Setting::CaFile, m_server.caPath());
    QVERIFY2(m_session->configureServer(&error), qPrintable(error));
    bool done = false;
    bool ok = false;
    m_session->createWithPassphrase("a passphrase for the consents test",
                                    [&](bool result, const QString &message) {
                                        ok = result;
                                        error = message;
                                        done = true;
                                    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(ok, qPrintable(error));
    m_session->api()->setAccessToken(m_token.toLatin1());

    QSignalSpy finished(m_session->engine(), &sync::SyncEngine::finished);
    m_session->engine()->sync();
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(m_session->archive()->citizen().has_value());
}

int TestUiConsents::rowOf(const QAbstractItemModel *model, int idRole, const QString &id) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toString() == id)
            return row;
    }
    return -1;
}

QString TestUiConsents::serverRequestState(const QString &id)
{
    return m_server.get(QStringLiteral("/api/v1/consent-requests/%1").arg(id), m_token)
        .json()
        .value(u"state")
        .toString();
}

void TestUiConsents::listsAfterSync()
{
    m_view = std::make_unique<ui::ConsentsView>(m_session.get());
    m_view->setConfirmation(m_confirm.function());
    m_view->resize(900, 600);
    m_view->show();
    QSignalSpy pendingCount(m_view.get(), &ui::ConsentsView::pendingCountChanged);
    // The count comes once more from the event loop for whoever connected late.
    QVERIFY(pendingCount.wait(5000));
    QCOMPARE(pendingCount.last().at(0).toInt(), 3);
    m_view->reload();
    QCOMPARE(pendingCount.last().at(0).toInt(), 3);
    QCOMPARE(m_view->pendingCount(), 3);

    QAbstractItemModelTester pendingTester(m_view->pendingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester activeTester(m_view->activeModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(m_view->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->reload(); // a reset under the testers' eyes

    const QList<domain::ConsentRequest> requests = m_session->archive()->requests();
    const QList<domain::Consent> consents = m_session->archive()->consents();
    QCOMPARE(m_view->pendingModel()->rowCount(), 3);
    QCOMPARE(m_view->activeModel()->rowCount(), 1);
    QCOMPARE(m_view->activeModel()->id(0), QStringLiteral("con-0003"));
    // History: every ended consent, and every request that ended without one.
    int ended = 0;
    for (const domain::Consent &c : consents)
        ended += c.state != domain::ConsentState::Active;
    for (const domain::ConsentRequest &r : requests)
        ended +=
            r.state != domain::RequestState::Pending && r.state != domain::RequestState::Granted;
    QCOMPARE(m_view->historyModel()->rowCount(), ended);
    QVERIFY(rowOf(m_view->historyModel(), ui::ConsentListModel::IdRole,
                  QStringLiteral("con-0001")) >= 0);
    QVERIFY(rowOf(m_view->historyModel(), ui::ConsentListModel::IdRole,
                  QStringLiteral("con-0002")) >= 0);

    // Every interactive widget has an accessible name.
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) ||
                                 qobject_cast<QAbstractItemView *>(w) ||
                                 qobject_cast<QTabWidget *>(w);
        if (interactive && w->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(w->objectName() + QLatin1Char(' ') +
                                QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') +
                                QLatin1String(w->parentWidget()->metaObject()->className())));
    }

    // Pending, newest first through the view's sorting proxy.
    auto *table = m_view->findChild<QAbstractItemView *>(QStringLiteral("pendingTable"));
    QVERIFY(table);
    QDateTime previous;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QDateTime at = table->model()
                                 ->index(row, ui::ConsentRequestListModel::RequestedColumn)
                                 .data(ui::ConsentRequestListModel::SortRole)
                                 .toDateTime();
        if (previous.isValid())
            QVERIFY(at <= previous);
        previous = at;
    }
    // The sorting proxies are models too.
    for (const char *name : {"pendingTable", "activeTable", "historyTable"}) {
        auto *view = m_view->findChild<QAbstractItemView *>(QLatin1String(name));
        QVERIFY(view);
        QAbstractItemModelTester proxyTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->model()->sort(0, Qt::AscendingOrder);
        view->model()->sort(3, Qt::DescendingOrder);
    }
}

void TestUiConsents::decisionDialogShowsTheRequest()
{
    const auto request = m_session->archive()->request(QStringLiteral("req-0007"));
    QVERIFY(request);
    ui::ConsentRequestDialog *dialog = m_view->openRequest(QStringLiteral("req-0007"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(labelText(dialog, QStringLiteral("organisationInn")), request->organisation.inn);
    QCOMPARE(labelText(dialog, QStringLiteral("organisationOgrn")), request->organisation.ogrn);
    QVERIFY(!request->organisation.inn.isEmpty());
    QVERIFY(request->organisation.registeredParticipant);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("verifiedBadge")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("notVerified")));
    QVERIFY(labelText(dialog, QStringLiteral("purposeCode")).contains(request->purpose.code));

    bool sawOptional = false;
    for (const domain::RequestedRecord &r : request->records) {
        QWidget *record = dialog->findChild<QWidget *>(QStringLiteral("record_%1").arg(r.key));
        QVERIFY2(record, qPrintable(r.key));
        QCOMPARE(labelText(dialog, QStringLiteral("requirement_%1").arg(r.key)),
                 r.required ? QStringLiteral("required") : QStringLiteral("optional"));
        if (!r.required) {
            auto *check = qobject_cast<QCheckBox *>(record);
            QVERIFY(check);
            QVERIFY(check->isChecked());
            sawOptional = true;
        }
    }
    QVERIFY(sawOptional);

    // Every interactive widget has an accessible name.
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && qobject_cast<QAbstractButton *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(w->objectName() + QLatin1Char(' ') +
                                QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') +
                                QLatin1String(w->parentWidget()->metaObject()->className())));
    }

    // A sensitive value of the preview is masked until Show.
    const QList<QToolButton *> shows = dialog->findChildren<QToolButton *>();
    QToolButton *show = nullptr;
    for (QToolButton *b : shows) {
        if (b->objectName().startsWith(u"preview_") && b->objectName().endsWith(u"_show"))
            show = b;
    }
    QVERIFY2(show, "req-0007 previews no sensitive value");
    const QString labelName = show->objectName().chopped(int(qstrlen("_show")));
    const QString maskedText = labelText(dialog, labelName);
    QVERIFY(!maskedText.isEmpty());
    QCOMPARE(maskedText, QString(8, QChar(0x2022)));
    QTest::mouseClick(show, Qt::LeftButton);
    const QString revealed = labelText(dialog, labelName);
    QVERIFY(revealed != maskedText);
    QVERIFY(!revealed.isEmpty());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(labelText(dialog, labelName), maskedText);

    // Plain values are shown as they are.
    bool plainPreview = false;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"preview_") && label->text() != maskedText &&
            !label->objectName().endsWith(u"_none"))
            plainPreview = true;
    }
    QVERIFY(plainPreview);

    auto *grant = dialog->findChild<QPushButton *>(QStringLiteral("grantButton"));
    QVERIFY(grant);
    QVERIFY(grant->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("grantRefusal")));
    QVERIFY(labelText(dialog, QStringLiteral("trustReason")).size() > 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestUiConsents::grantSettlesOnTheServer()
{
    QPointer<ui::ConsentRequestDialog> dialog = m_view->openRequest(QStringLiteral("req-0007"));
    QVERIFY(dialog);
    QSignalSpy settled(m_session->outbox(), &sync::ConsentDecisionOutbox::decisionSettled);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("grantButton")),
                      Qt::LeftButton);
    // Stored before anything is sent.
    const QList<storage::OutboxEntry> all = m_session->archive()->decisions();
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const storage::OutboxEntry &e) {
        return e.action == u"grant" && e.targetId == u"req-0007";
    }));
    QTRY_VERIFY_WITH_TIMEOUT(settled.size() == 1, 60000);
    QCOMPARE(settled.first().at(0).value<storage::OutboxEntry>().state,
             QStringLiteral("acknowledged"));
    QCOMPARE(serverRequestState(QStringLiteral("req-0007")), QStringLiteral("granted"));
    const auto request = m_session->archive()->request(QStringLiteral("req-0007"));
    QVERIFY(request && !request->consentId.isEmpty());
    QTRY_COMPARE(m_view->activeModel()->rowCount(), 2);
    QVERIFY(rowOf(m_view->activeModel(), ui::ConsentListModel::IdRole, request->consentId) >= 0);
    QCOMPARE(m_view->pendingModel()->rowCount(), 2);
    QTRY_VERIFY(dialog.isNull());
}

void TestUiConsents::insufficientLevelRefusesGrant()
{
    const auto request = m_session->archive()->request(QStringLiteral("req-0008"));
    QVERIFY(request);
    const auto level = m_session->archive()->citizen()->trustLevel();
    QCOMPARE(level, domain::TrustLevel::Medium);
    const QString reason = domain::TrustLevels::refusalReason(request->operation, level);
    QVERIFY(!reason.isEmpty());
    ui::ConsentRequestDialog *dialog = m_view->openRequest(QStringLiteral("req-0008"));
    QVERIFY(dialog);
    auto *grant = dialog->findChild<QPushButton *>(QStringLiteral("grantButton"));
    QVERIFY(grant);
    QVERIFY(!grant->isEnabled());
    QCOMPARE(grant->toolTip(), reason);
    QCOMPARE(labelText(dialog, QStringLiteral("trustReason")), reason);
    QCOMPARE(labelText(dialog, QStringLiteral("grantRefusal")), reason);
    QVERIFY(labelText(dialog, QStringLiteral("requiredLevel"))
                .contains(domain::TrustLevels::levelName(
                    domain::TrustLevels::minimumLevel(request->operation))));
    QVERIFY(labelText(dialog, QStringLiteral("citizenLevel"))
                .contains(domain::TrustLevels::levelName(*level)));
    dialog->reject();
}

void TestUiConsents::badgeOnlyWhenTheServerSaysSo()
{
    domain::ConsentRequest request = *m_session->archive()->request(QStringLiteral("req-0007"));
    request.organisation.registeredParticipant = false;
    ui::ConsentRequestDialog dialog(request, domain::TrustLevel::Medium, {});
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("verifiedBadge")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("notVerified")));
    // Without the citizen's records the preview says that nothing would leave.
    QVERIFY(dialog.findChild<QLabel *>(
        QStringLiteral("preview_%1_none").arg(request.records.first().key)));
}

void TestUiConsents::highRiskAsksTwice()
{
    // The demo citizen has УДИ 2; for this case the test archive says УДИ 3.
    storage::ArchiveDatabase *archive = m_session->archive();
    const domain::Citizen original = *archive->citizen();
    domain::Citizen high = original;
    high.facts.dataVerified = domain::Requirement::YesByStateSystem;
    high.facts.dataBelongsToPresenter = true;
    high.facts.dataUnique = true;
    high.facts.identityDeterminedByIdentifier = true;
    high.facts.identifierLinkedToPerson = true;
    archive->setCitizen(high);
    QCOMPARE(archive->citizen()->trustLevel(), domain::TrustLevel::High);

    domain::ConsentRequest request = *archive->request(QStringLiteral("req-0009"));
    request.operation = domain::Operation::FinancialIndividualHighRisk;
    QVERIFY(ui::ConsentRequestDialog::isHighRisk(request.operation));
    ui::ConsentRequestDialog dialog(request, archive->citizen()->trustLevel(),
                                    archive->latestRecords());
    ScriptedConfirmation confirm;
    confirm.answer = false;
    dialog.setConfirmation(confirm.function());
    QSignalSpy granted(&dialog, &ui::ConsentRequestDialog::granted);
    dialog.show();

    auto *grant = dialog.findChild<QPushButton *>(QStringLiteral("grantButton"));
    auto *understand = dialog.findChild<QCheckBox *>(QStringLiteral("highRiskCheck"));
    QVERIFY(grant && understand);
    QVERIFY(labelText(&dialog, QStringLiteral("trustReason")).size() > 0);
    QVERIFY(!grant->isEnabled()); // the first confirmation is not ticked yet
    understand->setFocus();
    QTest::keyClick(understand, Qt::Key_Space);
    QVERIFY(understand->isChecked());
    QVERIFY(grant->isEnabled());

    // The second confirmation says no: nothing is granted.
    QTest::mouseClick(grant, Qt::LeftButton);
    QCOMPARE(confirm.asked.size(), 1);
    QCOMPARE(granted.size(), 0);
    QVERIFY(dialog.isVisible());

    // It says yes: the grant comes, with the optional records left ticked.
    confirm.answer = true;
    QTest::mouseClick(grant, Qt::LeftButton);
    QCOMPARE(confirm.asked.size(), 2);
    QCOMPARE(granted.size(), 1);
    QCOMPARE(granted.first().at(0).toString(), request.id);
    QCOMPARE(granted.first().at(1).toStringList(), dialog.chosenOptionalRecords());

    // An operation that is not high-risk is granted with one click.
    ui::ConsentRequestDialog plain(*archive->request(QStringLiteral("req-0009")),
                                   archive->citizen()->trustLevel(), {});
    QVERIFY(!plain.findChild<QCheckBox *>(QStringLiteral("highRiskCheck")));
    archive->setCitizen(original);
}

void TestUiConsents::denySettlesIntoHistory()
{
    ui::ConsentRequestDialog *dialog = m_view->openRequest(QStringLiteral("req-0009"));
    QVERIFY(dialog);
    QSignalSpy settled(m_session->outbox(), &sync::ConsentDecisionOutbox::decisionSettled);
    auto *deny = dialog->findChild<QPushButton *>(QStringLiteral("denyButton"));
    QVERIFY(deny);
    deny->setFocus();
    QTest::keyClick(deny, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(settled.size() == 1, 60000);
    QCOMPARE(serverRequestState(QStringLiteral("req-0009")), QStringLiteral("denied"));
    const int row =
        rowOf(m_view->historyModel(), ui::ConsentListModel::IdRole, QStringLiteral("req-0009"));
    QVERIFY(row >= 0);
    QCOMPARE(
        m_view->historyModel()->index(row, 0).data(ui::ConsentListModel::StateKeyRole).toString(),
        QStringLiteral("denied"));
    QVERIFY(!m_view->historyModel()
                 ->index(row, ui::ConsentListModel::WhenColumn)
                 .data()
                 .toString()
                 .isEmpty());
    QCOMPARE(m_view->pendingModel()->rowCount(), 1);

    // Enter on the history entry shows the request again, without a decision to make.
    auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("consentTabs"));
    tabs->setCurrentIndex(2);
    auto *table = m_view->findChild<QAbstractItemView *>(QStringLiteral("historyTable"));
    const int viewRow =
        rowOf(table->model(), ui::ConsentListModel::IdRole, QStringLiteral("req-0009"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(viewRow, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *details = m_view->findChild<ui::ConsentRequestDialog *>();
    QVERIFY(details);
    QCOMPARE(details->requestId(), QStringLiteral("req-0009"));
    QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("grantButton")));
    QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("denyButton")));
    details->reject();
    QTRY_VERIFY(!m_view->findChild<ui::ConsentRequestDialog *>());
}

void TestUiConsents::revokeAsksAndSettles()
{
    const QString id = QStringLiteral("con-0003");
    // Cancelled: nothing goes to the outbox.
    m_confirm.answer = false;
    m_confirm.asked.clear();
    const qsizetype before = m_session->archive()->decisions().size();
    m_view->revokeConsent(id);
    QCOMPARE(m_confirm.asked.size(), 1);
    QCOMPARE(m_session->archive()->decisions().size(), before);

    // Confirmed: through the Revoke button of the Active tab.
    m_confirm.answer = true;
    auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("consentTabs"));
    tabs->setCurrentIndex(1);
    auto *table = m_view->findChild<QAbstractItemView *>(QStringLiteral("activeTable"));
    const int row = rowOf(table->model(), ui::ConsentListModel::IdRole, id);
    QVERIFY(row >= 0);
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect |
                                        QItemSelectionModel::Rows);
    auto *revoke = m_view->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(revoke && revoke->isEnabled());
    QSignalSpy settled(m_session->outbox(), &sync::ConsentDecisionOutbox::decisionSettled);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(m_confirm.asked.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(settled.size() == 1, 60000);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consents/%1").arg(id), m_token)
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("revoked"));
    QCOMPARE(m_session->archive()->consent(id)->state, domain::ConsentState::Revoked);
    QVERIFY(rowOf(m_view->activeModel(), ui::ConsentListModel::IdRole, id) < 0);
    QVERIFY(rowOf(m_view->historyModel(), ui::ConsentListModel::IdRole, id) >= 0);
}

void TestUiConsents::receipts()
{
    const auto request = m_session->archive()->request(QStringLiteral("req-0007"));
    QVERIFY(request && !request->consentId.isEmpty());
    const QString jsonPath = m_dir.filePath(QStringLiteral("receipt.json"));
    const QString pdfPath = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QString error;
    QVERIFY2(m_view->exportReceipt(request->consentId, jsonPath, ui::ConsentReceipt::Format::Json,
                                   &error),
             qPrintable(error));
    QVERIFY2(
        m_view->exportReceipt(request->consentId, pdfPath, ui::ConsentReceipt::Format::Pdf, &error),
        qPrintable(error));
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &path : {jsonPath, pdfPath}) {
        QFile file(path);
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), owner);
    }

    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject receipt = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonObject requestJson = receipt.value(u"request").toObject();
    QCOMPARE(requestJson.value(u"organisation").toObject().value(u"inn").toString(),
             request->organisation.inn);
    QCOMPARE(requestJson.value(u"purpose").toObject().value(u"code").toString(),
             request->purpose.code);
    const QJsonObject decision = receipt.value(u"decision").toObject();
    QCOMPARE(decision.value(u"decision").toString(), QStringLiteral("granted"));
    QVERIFY(QDateTime::fromString(decision.value(u"at").toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(receipt.value(u"consent").toObject().value(u"id").toString(), request->consentId);

    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    QPdfDocument document;
    QCOMPARE(document.load(pdfPath), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 1);
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    const auto simplified = [](QString s) {
        return s.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    QVERIFY2(simplified(text).contains(simplified(request->organisation.fullName)),
             qPrintable(text.left(400)));
    QVERIFY(simplified(text).contains(request->organisation.inn));

    // A denied request has a receipt too.
    QVERIFY2(m_view->exportReceipt(QStringLiteral("req-0009"), jsonPath,
                                   ui::ConsentReceipt::Format::Json, &error),
             qPrintable(error));
}

void TestUiConsents::offlineDecisionWaitsToSend()
{
    m_server.stop();
    ui::ConsentRequestDialog *dialog = m_view->openRequest(QStringLiteral("req-0008"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("denyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->outbox()->isFlushing(), 120000);
    QCOMPARE(m_session->outbox()->waiting().size(), 1);
    const int row = rowOf(m_view->pendingModel(), ui::ConsentRequestListModel::IdRole,
                          QStringLiteral("req-0008"));
    QVERIFY(row >= 0);
    const QModelIndex status =
        m_view->pendingModel()->index(row, ui::ConsentRequestListModel::StatusColumn);
    QCOMPARE(status.data(ui::ConsentRequestListModel::WaitingRole).toString(),
             QStringLiteral("deny"));
    QVERIFY(status.data().toString().contains(QStringLiteral("waiting to send")));
    auto *banner = m_view->findChild<QLabel *>(QStringLiteral("outboxStatus"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("waiting to send")));
    QSignalSpy pendingCount(m_view.get(), &ui::ConsentsView::pendingCountChanged);
    m_view->reload();
    QCOMPARE(pendingCount.last().at(0).toInt(), 0); // nothing left to decide

    // A revocation made offline waits too, and the consent stays listed as such.
    const QString consentId = m_session->archive()->request(QStringLiteral("req-0007"))->consentId;
    m_confirm.answer = true;
    m_view->revokeConsent(consentId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->outbox()->isFlushing(), 120000);
    QCOMPARE(m_session->outbox()->waiting().size(), 2);
    const int activeRow = rowOf(m_view->activeModel(), ui::ConsentListModel::IdRole, consentId);
    QVERIFY(activeRow >= 0);
    const QModelIndex activeStatus =
        m_view->activeModel()->index(activeRow, ui::ConsentListModel::StatusColumn);
    QVERIFY(activeStatus.data(ui::ConsentListModel::WaitingRole).toBool());
    QVERIFY(activeStatus.data().toString().contains(QStringLiteral("waiting to send")));

    // Back online: the decision goes, and the mark with it.
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    // The restarted server listens on a new port.
    m_session->settings().setValue(session::Setting::ServerUrl, m_server.baseUrl());
    m_session->settings().setValue(session::Setting::CaFile, m_server.caPath());
    QVERIFY2(m_session->configureServer(&error), qPrintable(error));
    m_session->api()->setAccessToken(m_token.toLatin1());
    QSignalSpy settled(m_session->outbox(), &sync::ConsentDecisionOutbox::decisionSettled);
    m_session->outbox()->flush();
    QTRY_VERIFY_WITH_TIMEOUT(settled.size() == 2, 60000);
    QCOMPARE(serverRequestState(QStringLiteral("req-0008")), QStringLiteral("denied"));
    QCOMPARE(m_view->pendingModel()->rowCount(), 0);
    QCOMPARE(m_view->activeModel()->rowCount(), 0);
    QVERIFY(rowOf(m_view->historyModel(), ui::ConsentListModel::IdRole, consentId) >= 0);
    QVERIFY(!banner->isVisible());
}

void TestUiConsents::messageBoxConfirmationAnswers()
{
    // The confirmation the app uses: an opened (not exec'd) box; Cancel is the default.
    const ui::Confirmation confirm = ui::messageBoxConfirmation();
    for (const bool accept : {false, true}) {
        std::optional<bool> answer;
        confirm(m_view.get(), QStringLiteral("Title"), QStringLiteral("Text"),
                QStringLiteral("Revoke"), [&answer](bool confirmed) { answer = confirmed; });
        QMessageBox *box = nullptr;
        for (QMessageBox *candidate : m_view->findChildren<QMessageBox *>()) {
            if (candidate->isVisible())
                box = candidate;
        }
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("consentConfirmation"));
        QVERIFY(!answer);
        if (accept) {
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                              Qt::LeftButton);
        } else {
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
            QTest::keyClick(box, Qt::Key_Escape);
        }
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, accept);
        QTRY_VERIFY(m_view->findChildren<QMessageBox *>().isEmpty());
    }
}

void TestUiConsents::textsFollowTheLanguage()
{
    auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("consentTabs"));
    auto *open = m_view->findChild<QPushButton *>(QStringLiteral("openRequestButton"));
    auto *revoke = m_view->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(tabs && open && revoke);
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Pending"));
    QCOMPARE(open->text(), QStringLiteral("&Open request…"));

    // A new language at run time: the screen's texts follow at once.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("citizen-profile_ru"), QStringLiteral(CP_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Ожидают решения"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Действующие"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("&История"));
    QCOMPARE(open->text(), QStringLiteral("&Открыть запрос…"));
    QCOMPARE(revoke->text(), QStringLiteral("&Отозвать…"));

    // Back to the source language.
    restore.dismiss();
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Pending"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Active"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("&History"));
    QCOMPARE(open->text(), QStringLiteral("&Open request…"));
    QCOMPARE(revoke->text(), QStringLiteral("&Revoke…"));
}

void TestUiConsents::lockClearsTheLists()
{
    // An open dialog holds decrypted previews: the lock closes it.
    QPointer<ui::ConsentRequestDialog> dialog = m_view->openRequest(QStringLiteral("req-0007"));
    QVERIFY(dialog);
    QSignalSpy pendingCount(m_view.get(), &ui::ConsentsView::pendingCountChanged);
    m_session->lock();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_view->activeModel()->rowCount(), 0);
    QCOMPARE(m_view->historyModel()->rowCount(), 0);
    QCOMPARE(m_view->pendingModel()->rowCount(), 0);
    QVERIFY(!pendingCount.isEmpty());
    m_view.reset();
}

QTEST_MAIN(TestUiConsents)
#include "tst_ui_consents.moc"
