// The routes of profile-server and the contract (docs/api/openapi.yaml) agree:
// every operation of the contract is a route of the server, and every route
// of the server (except the test-only ones under /test/) is an operation of
// the contract. The contract is read with a small line-based reader of its
// `paths:` section, which is enough for its strict layout (redocly lints it).
#include "serverfixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp::testing;

class TestServerContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contractParses();
    void routesAndContractAgree();
    void testRoutesAreOnlyWithTestControl();

private:
    static QStringList serverRoutes(const QStringList &extraArgs);

    QSet<QString> m_contract; // "METHOD /path"
    QSet<QString> m_server;
};

QStringList TestServerContract::serverRoutes(const QStringList &extraArgs)
{
    QProcess process;
    process.start(profileServerPath(), QStringList{QStringLiteral("--print-routes")} + extraArgs);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    QStringList routes;
    static const QRegularExpression line(QStringLiteral("^[A-Z]+ /\\S*$"));
    for (const QByteArray &raw : process.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(raw).trimmed();
        if (line.match(text).hasMatch())
            routes.append(text);
    }
    return routes;
}

void TestServerContract::initTestCase()
{
    QFile file(QStringLiteral(CP_SOURCE_DIR "/docs/api/openapi.yaml"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:]+):$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch|head|options):$"));
    bool inPaths = false;
    QString path;
    int duplicates = 0;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (!inPaths) {
            inPaths = line == u"paths:";
            continue;
        }
        if (line == u"components:")
            break;
        if (const QRegularExpressionMatch m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            continue;
        }
        if (const QRegularExpressionMatch m = methodLine.match(line); m.hasMatch()) {
            QVERIFY2(!path.isEmpty(), qPrintable(line));
            const QString operation = m.captured(1).toUpper() + u' ' + path;
            duplicates += m_contract.contains(operation) ? 1 : 0;
            m_contract.insert(operation);
        }
    }
    QVERIFY2(inPaths, "no paths: section in the contract");
    QCOMPARE(duplicates, 0);

    const QStringList routes = serverRoutes({QStringLiteral("--test-control")});
    QVERIFY2(!routes.isEmpty(), "profile-server --print-routes printed nothing");
    for (const QString &route : routes) {
        if (!route.section(u' ', 1).startsWith(u"/test/"))
            m_server.insert(route);
    }
    qInfo("%d operations in the contract, %d routes served (without /test/)",
          int(m_contract.size()), int(m_server.size()));
}

void TestServerContract::contractParses()
{
    // A reader that finds (almost) nothing must not pass as agreement.
    QVERIFY2(
        m_contract.size() >= 30,
        qPrintable(
            QStringLiteral("only %1 operations read from the contract").arg(m_contract.size())));
    QVERIFY(m_contract.contains(QStringLiteral("GET /api/v1/me")));
    QVERIFY(m_contract.contains(QStringLiteral("POST /oauth/token")));
    QVERIFY(m_contract.contains(QStringLiteral("HEAD /api/v1/documents/{id}/content")));
    QVERIFY(m_server.size() >= 30);
}

void TestServerContract::routesAndContractAgree()
{
    QStringList onlyInContract = (m_contract - m_server).values();
    QStringList onlyInServer = (m_server - m_contract).values();
    onlyInContract.sort();
    onlyInServer.sort();
    QString problems;
    if (!onlyInContract.isEmpty())
        problems += QStringLiteral("in the contract but not served: ") +
                    onlyInContract.join(QStringLiteral(", ")) + u'\n';
    if (!onlyInServer.isEmpty())
        problems += QStringLiteral("served but not in the contract: ") +
                    onlyInServer.join(QStringLiteral(", ")) + u'\n';
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(m_server, m_contract);
}

void TestServerContract::testRoutesAreOnlyWithTestControl()
{
    // The test-only routes exist with --test-control and only with it.
    const QStringList with = serverRoutes({QStringLiteral("--test-control")});
    const QStringList without = serverRoutes({});
    QVERIFY(with.contains(QStringLiteral("POST /test/faults")));
    QVERIFY(!without.isEmpty());
    for (const QString &route : without)
        QVERIFY2(!route.section(u' ', 1).startsWith(u"/test/"), qPrintable(route));
}

QTEST_GUILESS_MAIN(TestServerContract)
#include "tst_server_contract.moc"
