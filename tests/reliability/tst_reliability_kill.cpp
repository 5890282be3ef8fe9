// The client killed with SIGKILL at 50 different points — 25 of a first full
// sync, 25 of sending decisions — then started again: the archive opens
// without quarantine and passes integrity_check, the sync completes with
// every document whole (SHA-256), and every decision is on the server exactly
// once. The client is reliability-driver (the real core in its own process);
// the kill points are the K-th moment it reports, so each run is repeatable.
#include "pki/es256.h"
#include "reliabilityresult.h"
#include "serverfixture.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using namespace cp::testing;

class TestReliabilityKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringFullSync();
    void killDuringDecisions();

private:
    ProcessRun driver(const QString &dataDir, int killAt, const QStringList &extra = {});
    static int eventsOf(const ProcessRun &run);
    static QList<int> points(int total, int count);
    // Empty when the archive after a kill is sound; else what is wrong.
    QString checkArchiveAfterKill(const QString &dataDir);
    QString checkComplete(const QString &dataDir);
    QString createRequest();

    ServerFixture m_server;
    QTemporaryDir m_tmp;
    storage::SecureBytes m_key = storage::SecureBytes::random(32);
    QString m_token;
    QString m_bank;
    QString m_snils;
    int m_records = 0;
    int m_documents = 0;
};

void TestReliabilityKill::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(CP_DRIVER)));
    QString error;
    QVERIFY2(
        m_server.start({QStringLiteral("--access-token-seconds"), QStringLiteral("3600")}, &error),
        qPrintable(error));
    m_token = m_server.signIn().access;
    QVERIFY(!m_token.isEmpty());
    m_bank = m_server.organisationToken(QStringLiteral("org-bank"));
    QVERIFY(!m_bank.isEmpty());
    m_snils = m_server.citizenSnils(m_token);
    QVERIFY(!m_snils.isEmpty());
    m_records =
        m_server.listSize(QStringLiteral("/api/v1/records"), QStringLiteral("records"), m_token);
    m_documents = m_server.listSize(QStringLiteral("/api/v1/documents"),
                                    QStringLiteral("documents"), m_token);
    QVERIFY(m_records > 30);
    QVERIFY(m_documents >= 18);
}

ProcessRun TestReliabilityKill::driver(const QString &dataDir, int killAt, const QStringList &extra)
{
    QByteArray key(reinterpret_cast<const char *>(m_key.data()), m_key.size());
    const QStringList args =
        QStringList{QStringLiteral("--data-dir"), dataDir,
                    QStringLiteral("--server"),   m_server.baseUrl(),
                    QStringLiteral("--ca"),       m_server.caPath(),
                    QStringLiteral("--token"),    m_token,
                    QStringLiteral("--key"),      QString::fromLatin1(key.toHex()),
                    QStringLiteral("--kill-at"),  QString::number(killAt)} +
        extra;
    return runProcess(QStringLiteral(CP_DRIVER), args);
}

int TestReliabilityKill::eventsOf(const ProcessRun &run)
{
    static const QRegularExpression done(QStringLiteral("^DONE 0 events=(\\d+)"),
                                         QRegularExpression::MultilineOption);
    const auto m = done.match(QString::fromUtf8(run.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QList<int> TestReliabilityKill::points(int total, int count)
{
    // `count` points spread over 1..total, all different when total allows.
    QList<int> list;
    for (int i = 0; i < count; ++i) {
        const int k = 1 + int(qint64(i) * (total - 1) / qMax(1, count - 1));
        if (!list.contains(k))
            list.append(k);
    }
    for (int k = 1; list.size() < count && k <= total; ++k) {
        if (!list.contains(k))
            list.append(k);
    }
    return list;
}

QString TestReliabilityKill::checkArchiveAfterKill(const QString &dataDir)
{
    if (!QFileInfo::exists(dataDir + QStringLiteral("/archive.sqlite")))
        return {}; // killed before the archive was made
    storage::ArchiveDatabase archive(dataDir);
    QString error;
    const auto opened = archive.open(m_key, &error);
    if (opened != storage::ArchiveDatabase::OpenResult::Opened)
        return QStringLiteral("the archive did not open as it was: %1 %2")
            .arg(int(opened))
            .arg(error);
    const QString check = archive.integrityCheck();
    if (check != u"ok")
        return QStringLiteral("integrity_check: ") + check;
    return {};
}

QString TestReliabilityKill::checkComplete(const QString &dataDir)
{
    storage::ArchiveDatabase archive(dataDir);
    QString error;
    if (archive.open(m_key, &error) != storage::ArchiveDatabase::OpenResult::Opened)
        return QStringLiteral("the archive does not open: ") + error;
    if (archive.integrityCheck() != u"ok")
        return QStringLiteral("integrity_check failed after the sync");
    if (archive.latestRecords().size() != m_records)
        return QStringLiteral("records: %1 of %2")
            .arg(archive.latestRecords().size())
            .arg(m_records);
    const storage::DocumentStore files(dataDir, m_key);
    const QList<storage::ArchivedDocument> documents = archive.documents();
    if (documents.size() < m_documents)
        return QStringLiteral("documents: %1 of %2").arg(documents.size()).arg(m_documents);
    for (const storage::ArchivedDocument &d : documents) {
        if (d.state != u"complete")
            return QStringLiteral("a document is %1").arg(d.state);
        const auto content = files.content(d.fileName, &error);
        if (!content ||
            QCryptographicHash::hash(*content, QCryptographicHash::Sha256) != d.info.sha256)
            return QStringLiteral("a document does not match its SHA-256");
    }
    return {};
}

QString TestReliabilityKill::createRequest()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto requested = [](const char *key, bool required) {
        return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                           {QStringLiteral("required"), required}};
    };
    QJsonObject body{
        {QStringLiteral("citizen"), QJsonObject{{QStringLiteral("snils"), m_snils}}},
        {QStringLiteral("processors"), QJsonArray{}},
        {QStringLiteral("purpose"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("CREDIT_CONSUMER")},
                     {QStringLiteral("text"), QStringLiteral("Рассмотрение заявки на кредит")}}},
        {QStringLiteral("records"), QJsonArray{requested("fio_bio", true), requested("inn", true)}},
        {QStringLiteral("actions"), QJsonArray{QStringLiteral("USE_DATA")}},
        {QStringLiteral("operation"), QStringLiteral("financial_individual")},
        {QStringLiteral("access"), QStringLiteral("periodic")},
        {QStringLiteral("term"),
         QJsonObject{{QStringLiteral("from"), today.toString(Qt::ISODate)},
                     {QStringLiteral("until"), today.addDays(30).toString(Qt::ISODate)}}},
        {QStringLiteral("answer_by"),
         QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)}};
    const QByteArray der =
        server::signEs256(QJsonDocument(body).toJson(QJsonDocument::Compact),
                          m_server.organisationPrivateKey(QStringLiteral("org-bank")));
    body.insert(QStringLiteral("signature"), QString::fromLatin1(der.toBase64()));
    const Reply r = m_server.postJson(QStringLiteral("/api/v1/org/consent-requests"), body, m_bank);
    if (r.status != 201)
        qWarning("create: %d %s", r.status, r.body.constData());
    return r.json().value(u"id").toString();
}

void TestReliabilityKill::killDuringFullSync()
{
    // How many kill points a whole first sync has.
    const QString reference = m_tmp.filePath(QStringLiteral("sync-reference"));
    const ProcessRun whole = driver(reference, 0);
    const int total = eventsOf(whole);
    QVERIFY2(total > 25, qPrintable(whole.describe()));
    QCOMPARE(checkComplete(reference), QString());
    qInfo("a first sync has %d kill points", total);

    // The points stay within 95% of the reference run's, should a run ever
    // differ from it by an answer or two.
    const QList<int> killAt = points(total * 95 / 100, 25);
    int runs = 0;
    int passed = 0;
    QStringList failures;
    for (const int k : killAt) {
        ++runs;
        const QString dir = m_tmp.filePath(QStringLiteral("sync-kill-%1").arg(k));
        const ProcessRun killed = driver(dir, k);
        QString problem;
        if (!killed.crashed)
            problem = QStringLiteral("not killed at %1: %2").arg(k).arg(killed.describe());
        if (problem.isEmpty())
            problem = checkArchiveAfterKill(dir);
        if (problem.isEmpty()) {
            const ProcessRun again = driver(dir, 0);
            if (again.crashed || again.exitCode != 0)
                problem = QStringLiteral("the sync after the kill failed: ") + again.describe();
        }
        if (problem.isEmpty())
            problem = checkComplete(dir);
        if (problem.isEmpty())
            ++passed;
        else
            failures.append(QStringLiteral("kill at %1 of %2: %3").arg(k).arg(total).arg(problem));
    }
    reportScenario(QStringLiteral("kill-sync"), runs, passed);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(runs, 25);
}

void TestReliabilityKill::killDuringDecisions()
{
    // One archive, synced; each round: two new requests on the server, the
    // client grants one and denies the other and is killed on the way.
    const QString dir = m_tmp.filePath(QStringLiteral("decisions"));
    QCOMPARE(driver(dir, 0).exitCode, 0);

    int runs = 0;
    int passed = 0;
    int lost = 0;
    int doubled = 0;
    QStringList failures;
    int total = 0;
    QList<int> killAt;
    // Rounds 0 and 1 are not killed: the second tells how many kill points a
    // round has (the first sees no earlier decisions in the feed, later ones do).
    constexpr int kReference = 2;
    for (int round = 0; round < kReference + 25; ++round) {
        const QStringList grantIds{createRequest(), createRequest(), createRequest()};
        const QStringList denyIds{createRequest(), createRequest(), createRequest()};
        QVERIFY(!grantIds.contains(QString()) && !denyIds.contains(QString()));
        QStringList decide{QStringLiteral("--no-documents")};
        for (const QString &id : grantIds)
            decide << QStringLiteral("--grant") << id;
        for (const QString &id : denyIds)
            decide << QStringLiteral("--deny") << id;
        QString problem;
        if (round < kReference) {
            const ProcessRun whole = driver(dir, 0, decide);
            total = eventsOf(whole);
            QVERIFY2(total >= 30, qPrintable(QString::number(total) + whole.describe()));
            killAt = points(total * 95 / 100, 25);
            qInfo("a round of decisions has %d kill points", total);
        } else {
            ++runs;
            const int k = killAt.at(round - kReference);
            const ProcessRun killed = driver(dir, k, decide);
            if (!killed.crashed)
                problem = QStringLiteral("not killed at %1: %2").arg(k).arg(killed.describe());
            if (problem.isEmpty())
                problem = checkArchiveAfterKill(dir);
            if (problem.isEmpty()) {
                const ProcessRun again = driver(dir, 0, decide);
                if (again.crashed || again.exitCode != 0)
                    problem = QStringLiteral("the run after the kill failed: ") + again.describe();
            }
            if (!problem.isEmpty())
                problem = QStringLiteral("kill at %1 of %2: %3").arg(k).arg(total).arg(problem);
        }

        // The server's side: each decision once; the client's: one entry each
        // in the outbox, acknowledged.
        const QJsonArray consents = m_server.get(QStringLiteral("/api/v1/consents"), m_token)
                                        .json()
                                        .value(u"consents")
                                        .toArray();
        QHash<QString, int> consentsOf;
        for (const QJsonValue &c : consents)
            consentsOf[c.toObject().value(u"request_id").toString()] += 1;
        QHash<QString, int> entriesOf;
        int unsettled = 0;
        {
            storage::ArchiveDatabase archive(dir);
            QString error;
            if (archive.open(m_key, &error) != storage::ArchiveDatabase::OpenResult::Opened) {
                problem += QStringLiteral(" the archive does not open: ") + error;
            } else {
                for (const storage::OutboxEntry &e : archive.decisions()) {
                    if (!grantIds.contains(e.targetId) && !denyIds.contains(e.targetId))
                        continue;
                    entriesOf[e.targetId] += 1;
                    unsettled += e.state != u"acknowledged";
                }
                if (archive.integrityCheck() != u"ok")
                    problem += QStringLiteral(" integrity_check failed");
            }
        }
        int roundLost = 0;
        int roundDoubled = 0;
        for (const QString &id : grantIds + denyIds) {
            const bool grant = grantIds.contains(id);
            const QString state =
                m_server.get(QStringLiteral("/api/v1/consent-requests/") + id, m_token)
                    .json()
                    .value(u"state")
                    .toString();
            const int made = consentsOf.value(id);
            const bool arrived = grant ? state == u"granted" && made >= 1 : state == u"denied";
            const int extra = (grant ? qMax(0, made - 1) : made) + qMax(0, entriesOf.value(id) - 1);
            roundLost += !arrived;
            roundDoubled += extra;
            if (!arrived || extra || entriesOf.value(id) != 1)
                problem += QStringLiteral(" round %1: %2 %3 is %4 with %5 consents, %6 entries")
                               .arg(round)
                               .arg(grant ? u"grant"_qs : u"deny"_qs, id, state)
                               .arg(made)
                               .arg(entriesOf.value(id));
        }
        if (unsettled)
            problem += QStringLiteral(" %1 decisions unsettled").arg(unsettled);
        // Caught up with what the decisions changed, so that every round
        // starts from the same place and has the same kill points.
        const ProcessRun caughtUp = driver(dir, 0, {QStringLiteral("--no-documents")});
        if (caughtUp.crashed || caughtUp.exitCode != 0)
            problem += QStringLiteral(" the sync after the round failed: ") + caughtUp.describe();
        if (round < kReference) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            continue;
        }
        lost += roundLost;
        doubled += roundDoubled;
        if (problem.isEmpty())
            ++passed;
        else
            failures.append(problem);
    }
    reportScenario(QStringLiteral("kill-decisions"), runs, passed, lost, doubled);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(lost, 0);
    QCOMPARE(doubled, 0);
    QCOMPARE(runs, 25);
}

QTEST_GUILESS_MAIN(TestReliabilityKill)
#include "tst_reliability_kill.moc"
