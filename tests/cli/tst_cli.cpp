// citizen-profile-cli end to end: the real executable run with QProcess
// against the real profile-server over TLS, each run with its own data folder
// and a keychain service of its own. The test plays the browser for the
// sign-in (it opens the printed address, posts the login form and follows the
// redirect to the CLI's loopback listener). Every --json document is checked
// member by member, so a change of the documented shapes breaks the test; and
// no output of any run may carry a token or the passphrase.
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace cp::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList members(std::initializer_list<const char *> names)
{
    QStringList keys;
    for (const char *n : names)
        keys.append(QString::fromLatin1(n));
    keys.sort();
    return keys;
}

QString randomHex(int bytes)
{
    QByteArray b(bytes, '\0');
    QRandomGenerator::global()->generate(b.begin(), b.end());
    return QString::fromLatin1(b.toHex());
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors();
    void beforeSignIn();
    void signInPlaysTheBrowser();
    void statusWhenSignedIn();
    void firstSync();
    void records();
    void documents();
    void orderArrivesWithALaterSync();
    void addOwnDocument();
    void consents();
    void accessLog();
    void secondRunUsesTheKeychain();
    void offline();
    void backupExportImport();
    void logoutKeepsTheArchiveReadable();
    void passphraseWithoutKeychain();
    void wipe();
    void noSecretInAnyOutput();
    void cleanupTestCase();

private:
    Run cli(const QStringList &args, const QProcessEnvironment &extra = {},
            const QString &dataDir = {});
    QProcessEnvironment environment(const QProcessEnvironment &extra) const;
    QList<QByteArray> keychainValues(const QByteArray &name) const;
    QStringList keychainEntries() const;
    void collectKeychainSecrets();
    QString token();

    ServerFixture m_server;
    QTemporaryDir m_tmp;
    QString m_dataDir;
    QString m_service;
    QString m_passphrase;
    QString m_challenge; // the PKCE challenge printed in the sign-in address
    QString m_token;     // the fixture's own sign-in, to look at the server's side
    QString m_grantedConsent;
    QList<QByteArray> m_outputs;
    QSet<QByteArray> m_keychainSecrets; // every secret the runs kept, as the keychain holds it
    QJsonArray m_documents;
};

// --- helpers ---------------------------------------------------------------------

QProcessEnvironment TestCli::environment(const QProcessEnvironment &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CP_PASSPHRASE"));
    env.insert(QStringLiteral("CP_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // Every log of the core on stderr, so that the secret checks cover logs too.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cp.*=true"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

Run TestCli::cli(const QStringList &args, const QProcessEnvironment &extra, const QString &dataDir)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.start(
        QStringLiteral(CP_CLI),
        QStringList{QStringLiteral("--data-dir"), dataDir.isEmpty() ? m_dataDir : dataDir} + args);
    process.closeWriteChannel();
    // An event loop, not waitForFinished(): the server fixture reads its
    // process's output from the loop, and a full pipe would stall the server.
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    Run run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    m_outputs << run.out << run.err;
    collectKeychainSecrets();
    return run;
}

QList<QByteArray> TestCli::keychainValues(const QByteArray &name) const
{
    // QtKeychain's Secret Service items carry the service as "server".
    // secret-tool prints each item's secret on standard output and its
    // attributes on standard error, as "name = value" lines.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                QStringLiteral("server"), m_service});
    tool.waitForFinished(20000);
    const QByteArray prefix = name + " = ";
    QList<QByteArray> values;
    const QByteArray text = tool.readAllStandardOutput() + '\n' + tool.readAllStandardError();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            values.append(line.mid(prefix.size()));
    }
    return values;
}

QStringList TestCli::keychainEntries() const
{
    QStringList labels;
    for (const QByteArray &user : keychainValues("attribute.user"))
        labels.append(QString::fromUtf8(user));
    return labels;
}

void TestCli::collectKeychainSecrets()
{
    // The refresh tokens rotate on every run, so each run's are read here:
    // noSecretInAnyOutput() looks for every one of them in every output. The
    // app keeps binary data only (SecretStore), which QtKeychain stores in
    // base64.
    for (const QByteArray &secret : keychainValues("secret"))
        m_keychainSecrets.insert(QByteArray::fromBase64(secret));
}

QString TestCli::token()
{
    if (m_token.isEmpty())
        m_token = m_server.signIn().access;
    return m_token;
}

// --- the cases -------------------------------------------------------------------

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(CP_CLI)));
    // A fixed port, so that a restarted server is the same origin and the
    // sign-in kept in the keychain still belongs to it.
    const quint16 port = freeLocalPort();
    QVERIFY(port != 0);
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--order-delay-ms"), QStringLiteral("300")},
                            &error),
             qPrintable(error));
    m_service = QStringLiteral("citizen-profile-test-") + randomHex(6);
    m_dataDir = m_tmp.filePath(QStringLiteral("profile"));
    m_passphrase = QStringLiteral("Pass-") + randomHex(10);
}

void TestCli::usageErrors()
{
    Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Exit codes:"));
    QVERIFY(r.out.contains("consents grant ID"));
    QVERIFY(r.out.contains("CP_PASSPHRASE"));

    r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("citizen-profile-cli "));

    r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Usage: citizen-profile-cli"), qPrintable(r.describe()));
    QVERIFY(r.err.contains("frobnicate"));
    QVERIFY(r.out.isEmpty());

    r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("shred")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(sortedKeys(r.json()), members({"error", "message"}));
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("usage"));

    // An unencrypted server address is refused, with the reason.
    r = cli({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
             QStringLiteral("status")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https://"), qPrintable(r.describe()));
    r = cli({QStringLiteral("--json"), QStringLiteral("--server"),
             QStringLiteral("http://127.0.0.1:1"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.json().value(u"message").toString().contains(u"https://"));

    // Options of one command do not go with another.
    r = cli({QStringLiteral("sync"), QStringLiteral("--history")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("documents"), QStringLiteral("get")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 2);
    // Nothing of this touched the data folder's archive.
    QVERIFY(!QFileInfo::exists(m_dataDir + QStringLiteral("/keys.json")));
}

void TestCli::beforeSignIn()
{
    // The first run names the server; later runs find it in the settings.
    Run r = cli({QStringLiteral("--server"), m_server.baseUrl(), QStringLiteral("--ca"),
                 m_server.caPath(), QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject s = r.json();
    QCOMPARE(sortedKeys(s),
             members({"version", "data_dir", "server", "vault", "signed_in", "server_reachable",
                      "citizen", "trust_level", "last_sync", "records", "documents",
                      "pending_requests", "waiting_decisions"}));
    QCOMPARE(s.value(u"signed_in").toBool(), false);
    QCOMPARE(s.value(u"vault").toString(), QStringLiteral("none"));
    QCOMPARE(s.value(u"server").toString(), m_server.baseUrl());
    QVERIFY(s.value(u"records").isNull());

    r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("not_signed_in"));
    // The first use made the archive, its key in the keychain.
    QVERIFY(QFileInfo::exists(m_dataDir + QStringLiteral("/keys.json")));

    r = cli({QStringLiteral("--json"), QStringLiteral("records")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"records").toArray().size(), 0);
}

void TestCli::signInPlaysTheBrowser()
{
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.start(QStringLiteral(CP_CLI),
                  {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--json"),
                   QStringLiteral("login"), QStringLiteral("--no-browser")});
    process.closeWriteChannel();
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired() &&
           process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    const QByteArray firstLine = out.left(out.indexOf('\n'));
    const QJsonObject first = QJsonDocument::fromJson(firstLine).object();
    QCOMPARE(sortedKeys(first), members({"authorization_url"}));
    const QUrl url(first.value(u"authorization_url").toString());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QVERIFY(url.toString().startsWith(m_server.baseUrl() + QStringLiteral("/oauth/authorize?")));
    const QUrlQuery query(url);
    m_challenge = query.queryItemValue(QStringLiteral("code_challenge"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));

    // The browser: the login page, the form, the redirect to the loopback.
    const Reply page = m_server.get(url.path() + u'?' + url.query(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    QList<QPair<QString, QString>> form;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        form.append(item);
    form.append({QStringLiteral("login"), QStringLiteral("demo")});
    form.append({QStringLiteral("password"), QStringLiteral("demo-2026")});
    form.append({QStringLiteral("action"), QStringLiteral("login")});
    const Reply submitted = m_server.postForm(QStringLiteral("/oauth/authorize"), form);
    QCOMPARE(submitted.status, 302);
    const QUrl callback(QString::fromUtf8(submitted.header("Location")));
    QCOMPARE(callback.scheme(), QStringLiteral("http"));
    QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
    QNetworkAccessManager browser;
    QNetworkReply *landing = browser.get(QNetworkRequest(callback));
    QEventLoop loop;
    connect(landing, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(landing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    landing->deleteLater();

    if (process.state() != QProcess::NotRunning) {
        QEventLoop wait;
        connect(&process, &QProcess::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(30000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    out += process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    m_outputs << out << err;
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the address, then the result
    const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(sortedKeys(result), members({"signed_in", "server"}));
    QCOMPARE(result.value(u"signed_in").toBool(), true);
    // The refresh token is in the keychain now (with the archive's key).
    const QStringList entries = keychainEntries();
    QVERIFY2(std::any_of(entries.begin(), entries.end(),
                         [](const QString &e) { return e.startsWith(u"refresh-token:"); }),
             qPrintable(entries.join(u", ")));
}

void TestCli::statusWhenSignedIn()
{
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"signed_in").toBool(), true);
    QCOMPARE(r.json().value(u"server_reachable").toBool(), true);
    QCOMPARE(r.json().value(u"vault").toString(), QStringLiteral("keychain"));
}

void TestCli::firstSync()
{
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.err.contains("Syncing")); // --json: the summary only
    const QJsonObject s = r.json();
    QCOMPARE(sortedKeys(s),
             members({"first_sync", "records", "record_types", "documents", "documents_offline",
                      "consent_requests", "pending_requests", "consents", "access_events",
                      "waiting_decisions", "changes", "last_sync"}));
    QCOMPARE(sortedKeys(s.value(u"changes").toObject()),
             members({"records_changed", "documents_arrived", "orders_fulfilled",
                      "consent_requests_arrived"}));
    QCOMPARE(s.value(u"first_sync").toBool(), true);
    QCOMPARE(s.value(u"record_types").toInt(), 30);
    QCOMPARE(s.value(u"documents").toInt(), 18);
    QCOMPARE(s.value(u"documents_offline").toInt(), 18);
    QCOMPARE(s.value(u"consent_requests").toInt(), 9);
    QCOMPARE(s.value(u"pending_requests").toInt(), 3);
    QCOMPARE(s.value(u"consents").toInt(), 3);
    QCOMPARE(s.value(u"access_events").toInt(), 12);
    QCOMPARE(s.value(u"waiting_decisions").toInt(), 0);
    QVERIFY(!s.value(u"last_sync").toString().isEmpty());

    // The human form on a pipe: plain lines, the summary on stdout.
    const Run again = cli({QStringLiteral("sync")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("The archive is up to date."), qPrintable(again.describe()));
    // Without a terminal the progress comes as plain lines on stderr.
    QVERIFY2(again.err.contains("Syncing: 1 of 1"), qPrintable(again.describe()));
}

void TestCli::records()
{
    Run r = cli({QStringLiteral("--json"), QStringLiteral("records")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray records = r.json().value(u"records").toArray();
    QSet<QString> types;
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        QCOMPARE(sortedKeys(o), members({"type", "name", "category", "id", "version", "updated_at",
                                         "source", "verified", "fields"}));
        types.insert(o.value(u"type").toString());
    }
    QCOMPARE(types.size(), 30);

    r = cli({QStringLiteral("--json"), QStringLiteral("records"), QStringLiteral("addresses"),
             QStringLiteral("--history")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray withHistory = r.json().value(u"records").toArray();
    QCOMPARE(withHistory.size(), 1);
    const QJsonObject address = withHistory.first().toObject();
    QCOMPARE(sortedKeys(address), members({"type", "name", "id", "versions"}));
    const QJsonArray versions = address.value(u"versions").toArray();
    QCOMPARE(versions.size(), 2);
    for (const QJsonValue &v : versions)
        QCOMPARE(sortedKeys(v.toObject()), members({"version", "updated_at", "source", "verified",
                                                    "changed_fields", "fields"}));
    QVERIFY(versions.at(0).toObject().value(u"changed_fields").toArray().isEmpty());
    QVERIFY(!versions.at(1).toObject().value(u"changed_fields").toArray().isEmpty());

    // The readable table, in English and in Russian (the catalogue's names).
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("records"),
             QStringLiteral("addresses")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Registered address"), qPrintable(r.describe()));
    r = cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("records"),
             QStringLiteral("addresses")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("Registered address"), qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))));

    r = cli({QStringLiteral("--json"), QStringLiteral("records"), QStringLiteral("no_such_type")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::documents()
{
    Run r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    m_documents = r.json().value(u"documents").toArray();
    QCOMPARE(m_documents.size(), 18);
    QJsonObject signedDoc;
    for (const QJsonValue &v : std::as_const(m_documents)) {
        const QJsonObject d = v.toObject();
        QCOMPARE(sortedKeys(d),
                 members({"id", "kind", "origin", "title", "issuer", "period_from", "period_until",
                          "issued_at", "media_type", "size", "sha256", "has_signature",
                          "related_id", "stored", "signature", "signer", "signing_time"}));
        QCOMPARE(d.value(u"stored").toString(), QStringLiteral("complete"));
        if (d.value(u"has_signature").toBool() && signedDoc.isEmpty())
            signedDoc = d;
    }
    QVERIFY(!signedDoc.isEmpty());
    const QString id = signedDoc.value(u"id").toString();

    // get: decrypted bytes whose SHA-256 is the listed one, in a 0600 file.
    const QString file = m_tmp.filePath(QStringLiteral("document.bin"));
    r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("get"), id,
             QStringLiteral("--output"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), members({"id", "output", "size", "sha256"}));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(sha256Hex(bytes), signedDoc.value(u"sha256").toString().toLatin1());
    QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // …and to stdout, when that is not a terminal.
    r = cli({QStringLiteral("documents"), QStringLiteral("get"), id});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, bytes);
    m_outputs.removeLast(); // stderr stays checked; the document's bytes are no output text
    m_outputs.removeLast();
    m_outputs << r.err;

    r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("verify"), id});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject v = r.json();
    QCOMPARE(sortedKeys(v),
             members({"id", "result", "signer", "signer_organisation", "signing_time"}));
    QCOMPARE(v.value(u"result").toString(), QStringLiteral("valid"));
    QVERIFY(!v.value(u"signer").toString().isEmpty());
    QVERIFY(!v.value(u"signing_time").toString().isEmpty());

    // export says that the copy leaves the encrypted archive.
    const QString exported = m_tmp.filePath(QStringLiteral("exported.bin"));
    r = cli({QStringLiteral("documents"), QStringLiteral("export"), id, exported});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("not encrypted"), qPrintable(r.describe()));
    QFile copy(exported);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);

    r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("get"),
             QStringLiteral("doc-none"), QStringLiteral("--output"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("not_found"));
}

void TestCli::orderArrivesWithALaterSync()
{
    Run r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("order"),
                 QStringLiteral("ndfl2")});
    QCOMPARE(r.exitCode, 2); // a 2-NDFL names its year
    r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("order"),
             QStringLiteral("ndfl2"), QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), members({"id", "kind", "year", "state", "requested_at"}));
    QCOMPARE(r.json().value(u"state").toString(), QStringLiteral("pending"));
    QCOMPARE(r.json().value(u"year").toInt(), 2025);

    int documents = 0;
    int fulfilled = 0;
    for (int attempt = 0; attempt < 20 && fulfilled == 0; ++attempt) {
        QTest::qWait(300);
        r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 0);
        fulfilled = r.json().value(u"changes").toObject().value(u"orders_fulfilled").toInt();
        documents = r.json().value(u"documents").toInt();
    }
    QCOMPARE(fulfilled, 1);
    QVERIFY(documents > 18);
    QCOMPARE(r.json().value(u"documents_offline").toInt(), documents);
}

void TestCli::addOwnDocument()
{
    const QString path = m_tmp.filePath(QStringLiteral("scan.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n% a scan of the citizen's own\n%%EOF\n");
    file.close();
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("add"),
                       path, QStringLiteral("--title"), QStringLiteral("Скан диплома")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject d = r.json();
    QCOMPARE(d.value(u"origin").toString(), QStringLiteral("uploaded"));
    QCOMPARE(d.value(u"title").toString(), QStringLiteral("Скан диплома"));
    QCOMPARE(d.value(u"stored").toString(), QStringLiteral("complete"));
    QCOMPARE(d.value(u"has_signature").toBool(), false);
    QCOMPARE(d.keys().size(), 17);

    const QString text = m_tmp.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("plain text is not a document\n");
    notes.close();
    QCOMPARE(cli({QStringLiteral("documents"), QStringLiteral("add"), text}).exitCode, 2);
}

void TestCli::consents()
{
    Run r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("list"),
                 QStringLiteral("--state"), QStringLiteral("pending")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(sortedKeys(r.json()), members({"requests", "consents"}));
    const QJsonArray pending = r.json().value(u"requests").toArray();
    QCOMPARE(pending.size(), 3);
    QVERIFY(r.json().value(u"consents").toArray().isEmpty());
    for (const QJsonValue &v : pending)
        QCOMPARE(sortedKeys(v.toObject()),
                 members({"id", "state", "organisation", "purpose", "operation", "required_level",
                          "requested_at", "answer_by", "consent_id", "waiting_decision"}));

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("list")});
    QCOMPARE(r.json().value(u"requests").toArray().size(), 9);
    const QJsonArray consents = r.json().value(u"consents").toArray();
    QCOMPARE(consents.size(), 3);
    for (const QJsonValue &v : consents)
        QCOMPARE(sortedKeys(v.toObject()),
                 members({"id", "state", "request_id", "organisation", "purpose", "granted_at",
                          "valid_from", "valid_until", "records", "waiting_decision"}));

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("show"),
             QStringLiteral("req-0007")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(sortedKeys(r.json()), members({"type", "request", "trust", "waiting_decision"}));
    QCOMPARE(sortedKeys(r.json().value(u"trust").toObject()),
             members({"operation", "required_level", "citizen_level", "allowed", "reason"}));
    QCOMPARE(r.json().value(u"trust").toObject().value(u"allowed").toBool(), true);
    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("show"),
             QStringLiteral("con-0001")});
    QCOMPARE(sortedKeys(r.json()), members({"type", "consent", "waiting_decision"}));

    // The mortgage needs trust level 3: refused here, nothing sent.
    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("grant"),
             QStringLiteral("req-0008"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("trust_level_insufficient"));
    QVERIFY(!r.json().value(u"message").toString().isEmpty());
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests/req-0008"), token())
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("pending"));

    // Without a terminal a decision needs --yes.
    r = cli({QStringLiteral("consents"), QStringLiteral("grant"), QStringLiteral("req-0007")});
    QCOMPARE(r.exitCode, 2);
    // Only optional records of the request may be added.
    r = cli({QStringLiteral("consents"), QStringLiteral("grant"), QStringLiteral("req-0007"),
             QStringLiteral("--optional"), QStringLiteral("passport"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("grant"),
             QStringLiteral("req-0007"), QStringLiteral("--optional"), QStringLiteral("addresses"),
             QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList decisionMembers = members({"action", "target", "state", "optional_records",
                                                 "created_at", "settled_at", "consent_id"});
    QCOMPARE(sortedKeys(r.json()), decisionMembers);
    QCOMPARE(r.json().value(u"state").toString(), QStringLiteral("acknowledged"));
    QCOMPARE(r.json().value(u"action").toString(), QStringLiteral("grant"));
    const QString consentId = r.json().value(u"consent_id").toString();
    QVERIFY(!consentId.isEmpty());
    m_grantedConsent = consentId;
    const QJsonObject serverConsent =
        m_server.get(QStringLiteral("/api/v1/consents/") + consentId, token()).json();
    QVERIFY(serverConsent.value(u"records").toArray().contains(QStringLiteral("addresses")));

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("grant"),
             QStringLiteral("req-0007"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 6); // decided already

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("deny"),
             QStringLiteral("req-0009"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), decisionMembers);
    QCOMPARE(r.json().value(u"state").toString(), QStringLiteral("acknowledged"));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests/req-0009"), token())
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("denied"));

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("revoke"),
             QStringLiteral("con-0003"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), decisionMembers);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consents/con-0003"), token())
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("revoked"));

    // The receipt: every field of the request and the consent, the decision and its time.
    const QString file = m_tmp.filePath(QStringLiteral("receipt.json"));
    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("receipt"),
             QStringLiteral("req-0007"), QStringLiteral("--output"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), members({"id", "output"}));
    QFile receiptFile(file);
    QVERIFY(receiptFile.open(QIODevice::ReadOnly));
    const QJsonObject receipt = QJsonDocument::fromJson(receiptFile.readAll()).object();
    const QStringList receiptMembers =
        members({"receipt", "version", "generated_at", "request", "consent", "decision"});
    QCOMPARE(sortedKeys(receipt), receiptMembers);
    QCOMPARE(sortedKeys(receipt.value(u"decision").toObject()),
             members({"action", "state", "at", "by"}));
    QCOMPARE(receipt.value(u"decision").toObject().value(u"action").toString(),
             QStringLiteral("grant"));
    const QJsonObject request = receipt.value(u"request").toObject();
    for (const char *field : {"id", "organisation", "purpose", "records", "actions", "operation",
                              "access", "term", "answer_by", "requested_at", "state", "history"})
        QVERIFY2(request.contains(QLatin1StringView(field)), field);
    QCOMPARE(receipt.value(u"consent").toObject().value(u"id").toString(), consentId);

    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("receipt"),
             QStringLiteral("con-0003")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(sortedKeys(r.json()), receiptMembers);
    QCOMPARE(r.json().value(u"decision").toObject().value(u"action").toString(),
             QStringLiteral("revoke"));
}

void TestCli::accessLog()
{
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("access-log")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray events = r.json().value(u"events").toArray();
    QVERIFY(events.size() >= 12);
    for (const QJsonValue &v : events)
        QCOMPARE(sortedKeys(v.toObject()),
                 members({"id", "at", "organisation_id", "organisation", "consent_id", "records",
                          "refused", "refusal_reason"}));
}

void TestCli::secondRunUsesTheKeychain()
{
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    Run r = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"signed_in").toBool(), true);
    QCOMPARE(r.json().value(u"server_reachable").toBool(), true);
    r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(u"first_sync").toBool(), false);
}

void TestCli::offline()
{
    m_server.stop();
    Run r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(sortedKeys(r.json()), members({"error", "message"}));
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("offline"));
    r = cli({QStringLiteral("--json"), QStringLiteral("records")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(u"records").toArray().size() > 30);
    r = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"signed_in").toBool(), true);
    QCOMPARE(r.json().value(u"server_reachable").toBool(), false);

    // A decision made offline waits in the outbox, visibly, for the next sync.
    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("revoke"),
             m_grantedConsent, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("waiting_to_send"));
    r = cli({QStringLiteral("--json"), QStringLiteral("consents"), QStringLiteral("list"),
             QStringLiteral("--state"), QStringLiteral("active")});
    const QJsonArray active = r.json().value(u"consents").toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().toObject().value(u"waiting_decision").toString(),
             QStringLiteral("revoke"));
    r = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(r.json().value(u"waiting_decisions").toInt(), 1);

    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(u"waiting_decisions").toInt(), 0);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consents/") + m_grantedConsent, token())
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("revoked"));
}

void TestCli::backupExportImport()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CP_BACKUP_PASSPHRASE"), m_passphrase);
    const QString backup = m_tmp.filePath(QStringLiteral("profile.cpbackup"));
    Run r =
        cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("export"), backup},
            env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), members({"output", "bytes", "files"}));
    QVERIFY(QFileInfo(backup).size() > 0);

    const QString restored = m_tmp.filePath(QStringLiteral("restored"));
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("CP_BACKUP_PASSPHRASE"), QStringLiteral("not-the-passphrase"));
    r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("import"), backup},
            wrong, restored);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("wrong_passphrase"));

    r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("import"), backup},
            env, restored);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), members({"data_dir", "bytes", "files", "vault"}));
    QCOMPARE(r.json().value(u"vault").toString(), QStringLiteral("keychain"));
    // The same archive, read offline from the restored folder.
    const Run original = cli({QStringLiteral("--json"), QStringLiteral("records")});
    const Run copy = cli({QStringLiteral("--json"), QStringLiteral("records")}, {}, restored);
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(copy.json(), original.json());
    const Run docs =
        cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("list")}, {},
            restored);
    QCOMPARE(docs.json().value(u"documents").toArray().size(),
             cli({QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("list")})
                 .json()
                 .value(u"documents")
                 .toArray()
                 .size());
    // Importing over an archive is refused.
    r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("import"), backup},
            env, restored);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("wipe"), QStringLiteral("--yes")}, {},
                 restored)
                 .exitCode,
             0);
}

void TestCli::logoutKeepsTheArchiveReadable()
{
    Run r = cli({QStringLiteral("--json"), QStringLiteral("logout")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(sortedKeys(r.json()), members({"signed_out"}));
    r = cli({QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(r.json().value(u"signed_in").toBool(), false);
    r = cli({QStringLiteral("--json"), QStringLiteral("records")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(u"records").toArray().size() > 30);
    r = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(r.exitCode, 3);
}

void TestCli::passphraseWithoutKeychain()
{
    // No Secret Service on this bus: the archive is made with the passphrase.
    const QString dir = m_tmp.filePath(QStringLiteral("no-keychain"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_tmp.filePath(QStringLiteral("no-bus")));
    Run r = cli({QStringLiteral("--json"), QStringLiteral("records")}, env, dir);
    QCOMPARE(r.exitCode, 1); // nothing there yet
    r = cli({QStringLiteral("--json"), QStringLiteral("--server"), m_server.baseUrl(),
             QStringLiteral("--ca"), m_server.caPath(), QStringLiteral("sync")},
            env, dir);
    QCOMPARE(r.exitCode, 4); // a new archive needs a passphrase, and none was given
    env.insert(QStringLiteral("CP_PASSPHRASE"), m_passphrase);
    r = cli({QStringLiteral("--json"), QStringLiteral("sync")}, env, dir);
    QCOMPARE(r.exitCode, 3); // made with the passphrase; no sign-in kept without a keychain
    r = cli({QStringLiteral("--json"), QStringLiteral("status")}, env, dir);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"vault").toString(), QStringLiteral("passphrase"));
    r = cli({QStringLiteral("--json"), QStringLiteral("records")}, env, dir);
    QCOMPARE(r.exitCode, 0);

    QProcessEnvironment wrong = env;
    wrong.insert(QStringLiteral("CP_PASSPHRASE"), QStringLiteral("wrong-passphrase"));
    r = cli({QStringLiteral("--json"), QStringLiteral("records")}, wrong, dir);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("wrong_passphrase"));
    QProcessEnvironment none = env;
    none.remove(QStringLiteral("CP_PASSPHRASE"));
    r = cli({QStringLiteral("--json"), QStringLiteral("records")}, none, dir);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("locked"));
    // status still answers, without the archive's counts.
    r = cli({QStringLiteral("--json"), QStringLiteral("status")}, none, dir);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"vault").toString(), QStringLiteral("passphrase"));
    QVERIFY(r.json().value(u"records").isNull());
}

void TestCli::wipe()
{
    Run r = cli({QStringLiteral("--json"), QStringLiteral("wipe")});
    QCOMPARE(r.exitCode, 2); // no terminal to ask on
    QVERIFY(!QDir(m_dataDir).isEmpty());
    r = cli({QStringLiteral("--json"), QStringLiteral("wipe"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sortedKeys(r.json()), members({"wiped", "data_dir"}));
    QVERIFY(QDir(m_dataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QCOMPARE(keychainEntries(), QStringList());
}

void TestCli::noSecretInAnyOutput()
{
    // Every secret the runs kept in the keychain (the refresh tokens of each
    // run, the archive key), in every form a program might print it.
    QList<QByteArray> secrets;
    for (const QByteArray &secret : std::as_const(m_keychainSecrets)) {
        secrets << secret << secret.toBase64() << secret.toHex()
                << secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    QVERIFY2(m_keychainSecrets.size() >= 3, "the runs kept an archive key and refresh tokens");
    // Besides, the server's tokens are 43-character base64url words; the only
    // such word any run printed is the PKCE challenge of the sign-in address.
    // A word bounded by '+', '/' or padding is a piece of a longer standard
    // base64 value (a consent request's ES256 signature), not a token.
    static const QRegularExpression tokenShape(
        QStringLiteral("(?<![A-Za-z0-9_+/-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_+/=-])"));
    QVERIFY(!m_challenge.isEmpty());
    int checked = 0;
    for (const QByteArray &output : std::as_const(m_outputs)) {
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!output.contains(secret), "a secret kept in the keychain was printed");
        const QString text = QString::fromUtf8(output);
        auto it = tokenShape.globalMatch(text);
        while (it.hasNext()) {
            const QString word = it.next().captured();
            QVERIFY2(word == m_challenge, qPrintable(u"a token-shaped word in the output: "_qs +
                                                     word + u" in "_qs + text.left(300)));
        }
        QVERIFY2(!output.contains(m_passphrase.toUtf8()), "the passphrase was printed");
        ++checked;
    }
    QVERIFY(checked > 80);
}

void TestCli::cleanupTestCase()
{
    m_server.stop();
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
