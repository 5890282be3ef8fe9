// The server's PKI as clients will see it: files and their permissions,
// certificates and detached CMS signatures checked by the real openssl
// command line and by Qt, ES256 JWTs against forged and broken tokens, PKCE
// and random tokens. Every test works in its own temporary folder.
#include "pki/es256.h"
#include "pki/serverpki.h"
#include "pki/tokens.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cp::server;

namespace {

const QStringList kPkiFiles{
    QStringLiteral("issuer-fns.key"),       QStringLiteral("issuer-fns.pem"),
    QStringLiteral("issuer-rosreestr.key"), QStringLiteral("issuer-rosreestr.pem"),
    QStringLiteral("issuer-sfr.key"),       QStringLiteral("issuer-sfr.pem"),
    QStringLiteral("server.key"),           QStringLiteral("server.pem"),
    QStringLiteral("state-root.key"),       QStringLiteral("state-root.pem"),
    QStringLiteral("tls-ca.key"),           QStringLiteral("tls-ca.pem"),
};

struct FileStamp
{
    QByteArray contents;
    ino_t inode = 0;
    qint64 mtimeNs = 0;
    bool operator==(const FileStamp &) const = default;
};

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

FileStamp stampOf(const QString &path)
{
    FileStamp stamp;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        stamp.contents = file.readAll();
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        stamp.inode = info.st_ino;
        stamp.mtimeNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    }
    return stamp;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr together
};

// The real openssl command line; a run that cannot start or ends abnormally
// counts as a failure (exit code -1).
Run openssl(const QStringList &arguments)
{
    Run run;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty())
        return run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

// A DER ECDSA-Sig-Value of P-256 as r||s, parsed here independently of the
// library: SEQUENCE { INTEGER r, INTEGER s }, all lengths short-form.
QByteArray rawFromDer(const QByteArray &der)
{
    auto integerAt = [&der](qsizetype &pos) -> QByteArray {
        if (pos + 2 > der.size() || der.at(pos) != 0x02)
            return {};
        const qsizetype length = static_cast<unsigned char>(der.at(pos + 1));
        QByteArray value = der.mid(pos + 2, length);
        pos += 2 + length;
        while (value.size() > 32 && value.startsWith('\0'))
            value.remove(0, 1);
        return value.size() > 32 ? QByteArray() : QByteArray(32 - value.size(), '\0') + value;
    };
    if (der.size() < 8 || der.at(0) != 0x30)
        return {};
    qsizetype pos = 2;
    const QByteArray r = integerAt(pos);
    const QByteArray s = integerAt(pos);
    return r.isEmpty() || s.isEmpty() ? QByteArray() : r + s;
}

QByteArray b64(const QByteArray &bytes)
{
    return base64Url(bytes);
}

// A token with any header and payload bytes and a valid ES256 signature made
// by the test itself: refusals then come from what the token says, not from
// a broken signature.
QByteArray forgeSigned(const QByteArray &headerJson, const QByteArray &payloadJson,
                       const QByteArray &privatePem)
{
    const QByteArray input = b64(headerJson) + '.' + b64(payloadJson);
    return input + '.' + b64(rawFromDer(signEs256(input, privatePem)));
}

QByteArray flipCharacter(QByteArray text, qsizetype index)
{
    text[index] = text.at(index) == 'A' ? 'B' : 'A';
    return text;
}

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createsFilesOwnerOnly();
    void restrictsAnExistingFolder();
    void secondLoadChangesNothing();
    void refusesBrokenPairs_data();
    void refusesBrokenPairs();
    void logsNoKeyMaterial();

    void serverCertificateNames();
    void serverCertificateVerifiesWithOpenssl();
    void serverCertificateVerifiesWithQt_data();
    void serverCertificateVerifiesWithQt();
    void issuerCertificates_data();
    void issuerCertificates();

    void signDetached_data();
    void signDetached();
    void signDetachedUnknownIssuer();
    void signDetachedAfterReload();

    void useTlsCertificate();
    void useTlsCertificateRefuses_data();
    void useTlsCertificateRefuses();

    void keyPair();
    void jwtRoundTrip();
    void jwtRefused_data();
    void jwtRefused();
    void es256RoundTrip();
    void es256Refused_data();
    void es256Refused();

    void pkceVector();
    void pkceVerifier_data();
    void pkceVerifier();
    void randomTokens();
    void base64UrlStrict_data();
    void base64UrlStrict();
    void sha256AndCompare();

private:
    QString m_openssl;
    EcKeyPair m_jwtKey; // made by jwtRefused_data() for jwtRefused()
};

void TestPki::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "these tests need the openssl command line");
}

void TestPki::createsFilesOwnerOnly()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString dir = temp.filePath(QStringLiteral("data/pki")); // parent missing too
    QString error;
    const std::optional<ServerPki> pki = ServerPki::loadOrCreate(dir, &error);
    QVERIFY2(pki, qPrintable(error));

    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             kPkiFiles);
    QCOMPARE(modeOf(dir), 0700);
    for (const QString &name : kPkiFiles)
        QVERIFY2(modeOf(QDir(dir).filePath(name)) == 0600, qPrintable(name));

    QCOMPARE(pki->tlsCaPath(), QDir(dir).absoluteFilePath(QStringLiteral("tls-ca.pem")));
    QCOMPARE(pki->stateRootPath(), QDir(dir).absoluteFilePath(QStringLiteral("state-root.pem")));
    QCOMPARE(pki->stateRootPem(), readAll(pki->stateRootPath()));
    QVERIFY(!pki->serverCertificate().isNull());
    QVERIFY(!pki->serverKey().isNull());
    QCOMPARE(pki->serverKey().algorithm(), QSsl::Ec);
    QCOMPARE(pki->serverKey().length(), 256);
    // The key Qt holds is the certificate's: both give the same public key.
    const QString keyCopy = temp.filePath(QStringLiteral("key-copy.pem"));
    QVERIFY(writeAll(keyCopy, pki->serverKey().toPem()));
    const Run fromKey = openssl(
        {QStringLiteral("pkey"), QStringLiteral("-in"), keyCopy, QStringLiteral("-pubout")});
    const Run fromCertificate = openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                                         QDir(dir).filePath(QStringLiteral("server.pem")),
                                         QStringLiteral("-noout"), QStringLiteral("-pubkey")});
    QCOMPARE(fromKey.exitCode, 0);
    QVERIFY(fromKey.output.contains("BEGIN PUBLIC KEY"));
    QCOMPARE(fromKey.output, fromCertificate.output);

    QStringList issuerKeys;
    for (const IssuerInfo &issuer : pki->issuers())
        issuerKeys.append(issuer.key);
    QCOMPARE(issuerKeys, (QStringList{QStringLiteral("fns"), QStringLiteral("sfr"),
                                      QStringLiteral("rosreestr")}));
}

void TestPki::restrictsAnExistingFolder()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString dir = temp.filePath(QStringLiteral("pki"));
    QVERIFY(QDir().mkdir(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                           QFile::ExeOther));
    QCOMPARE(modeOf(dir), 0755);
    QString error;
    QVERIFY2(ServerPki::loadOrCreate(dir, &error), qPrintable(error));
    QCOMPARE(modeOf(dir), 0700);

    // A key someone made world-readable is narrowed on the next start.
    const QString key = QDir(dir).filePath(QStringLiteral("issuer-sfr.key"));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY2(ServerPki::loadOrCreate(dir, &error), qPrintable(error));
    QCOMPARE(modeOf(key), 0600);
}

void TestPki::secondLoadChangesNothing()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    const std::optional<ServerPki> first = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(first, qPrintable(error));
    QHash<QString, FileStamp> before;
    for (const QString &name : kPkiFiles)
        before.insert(name, stampOf(QDir(temp.path()).filePath(name)));

    const std::optional<ServerPki> second = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->serverCertificate().toDer(), first->serverCertificate().toDer());
    QCOMPARE(second->serverKey().toDer(), first->serverKey().toDer());
    QCOMPARE(second->stateRootPem(), first->stateRootPem());
    QCOMPARE(second->tlsCaPath(), first->tlsCaPath());
    for (const QString &name : kPkiFiles)
        QVERIFY2(stampOf(QDir(temp.path()).filePath(name)) == before.value(name),
                 qPrintable(name + QLatin1String(" was rewritten")));
    QCOMPARE(
        QDir(temp.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
        kPkiFiles);
}

void TestPki::refusesBrokenPairs_data()
{
    // Each step: "rm FILE", "cp FROM TO" within the folder, or "other FILE"
    // to copy FILE from another, independent PKI folder.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expectedInError");

    auto row = [](const char *name, const QStringList &steps, const char *expected) {
        QTest::newRow(name) << steps << QString::fromLatin1(expected);
    };
    row("certificate without its key", {QStringLiteral("rm server.key")},
        "server.pem exists without");
    row("key without its certificate", {QStringLiteral("rm issuer-fns.pem")},
        "issuer-fns.key exists without");
    row("key of another certificate", {QStringLiteral("cp issuer-fns.key server.key")},
        "does not hold the key");
    row("garbage key", {QStringLiteral("cp tls-ca.pem tls-ca.key")},
        "no usable unencrypted private key");
    row("garbage certificate", {QStringLiteral("cp state-root.key state-root.pem")},
        "holds no PEM certificate");
    row("issuer pair of another state root",
        {QStringLiteral("other issuer-sfr.key"), QStringLiteral("other issuer-sfr.pem")},
        "issuer-sfr.pem was not issued by state-root.pem");
    row("server pair of another TLS CA",
        {QStringLiteral("other server.key"), QStringLiteral("other server.pem")},
        "server.pem was not issued by tls-ca.pem");
    row("root that is not self-signed",
        {QStringLiteral("cp issuer-fns.key state-root.key"),
         QStringLiteral("cp issuer-fns.pem state-root.pem")},
        "state-root.pem is not a self-signed CA certificate");
    row("TLS root made anew under the old server pair",
        {QStringLiteral("rm tls-ca.key"), QStringLiteral("rm tls-ca.pem")},
        "server.pem was not issued by tls-ca.pem");
}

void TestPki::refusesBrokenPairs()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, expectedInError);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDir dir(temp.filePath(QStringLiteral("pki")));
    const QDir other(temp.filePath(QStringLiteral("other")));
    QString error;
    QVERIFY2(ServerPki::loadOrCreate(dir.path(), &error), qPrintable(error));
    QVERIFY2(ServerPki::loadOrCreate(other.path(), &error), qPrintable(error));
    for (const QString &step : steps) {
        const QStringList words = step.split(u' ');
        if (words.at(0) == QLatin1String("rm")) {
            QVERIFY(QFile::remove(dir.filePath(words.at(1))));
        } else if (words.at(0) == QLatin1String("cp")) {
            QVERIFY(writeAll(dir.filePath(words.at(2)), readAll(dir.filePath(words.at(1)))));
        } else {
            QVERIFY(writeAll(dir.filePath(words.at(1)), readAll(other.filePath(words.at(1)))));
        }
    }

    QHash<QString, FileStamp> before;
    for (const QString &name : dir.entryList(QDir::Files))
        before.insert(name, stampOf(dir.filePath(name)));

    error.clear();
    QVERIFY(!ServerPki::loadOrCreate(dir.path(), &error));
    QVERIFY2(error.contains(expectedInError), qPrintable(error));
    // Nothing that was there is overwritten.
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(stampOf(dir.filePath(it.key())) == it.value(), qPrintable(it.key()));
}

void TestPki::logsNoKeyMaterial()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("cp.server.pki*=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QString error;
    const bool created = ServerPki::loadOrCreate(temp.path(), &error).has_value();
    const bool loaded = ServerPki::loadOrCreate(temp.path(), &error).has_value();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(created && loaded, qPrintable(error));

    QVERIFY(!capturedLog.isEmpty()); // creation is logged
    const QString log = capturedLog.join(u'\n');
    QVERIFY(!log.contains(QLatin1String("BEGIN")));
    for (const QString &name : kPkiFiles) {
        if (!name.endsWith(QLatin1String(".key")))
            continue;
        const QList<QByteArray> lines = readAll(QDir(temp.path()).filePath(name)).split('\n');
        for (const QByteArray &line : lines) {
            if (line.size() > 16 && !line.startsWith("-----"))
                QVERIFY2(!log.contains(QString::fromLatin1(line.left(16))), qPrintable(name));
        }
    }
}

void TestPki::serverCertificateNames()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    const std::optional<ServerPki> pki = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(pki, qPrintable(error));
    const QSslCertificate certificate = pki->serverCertificate();

    const auto names = certificate.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
    QList<QHostAddress> addresses;
    for (const QString &address : names.values(QSsl::IpAddressEntry))
        addresses.append(QHostAddress(address));
    QCOMPARE(addresses.size(), 2);
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));

    // 825 days of validity, give or take the backdating of the start.
    const qint64 days = certificate.effectiveDate().daysTo(certificate.expiryDate());
    QVERIFY2(days >= 825 && days <= 826, qPrintable(QString::number(days)));
    QCOMPARE(certificate.version(), QByteArray("3"));
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Citizen Profile reference server CA")});
    // A 128-bit random serial: at most 16 octets, and a different one each time.
    const QByteArray serial = certificate.serialNumber();
    QVERIFY(!serial.isEmpty());
    QVERIFY(QByteArray::fromHex(QByteArray(serial).replace(':', "")).size() <= 16);

    const Run text =
        openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                 QStringLiteral("-in"), QDir(temp.path()).filePath(QStringLiteral("server.pem"))});
    QCOMPARE(text.exitCode, 0);
    for (const char *expected :
         {"TLS Web Server Authentication", "CA:FALSE", "Digital Signature", "ecdsa-with-SHA256",
          "NIST CURVE: P-256", "Subject Key Identifier", "Authority Key Identifier",
          "IP Address:0:0:0:0:0:0:0:1", "IP Address:127.0.0.1", "DNS:localhost"})
        QVERIFY2(text.output.contains(expected), expected);
}

void TestPki::serverCertificateVerifiesWithOpenssl()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    QVERIFY2(ServerPki::loadOrCreate(temp.path(), &error), qPrintable(error));
    const QDir dir(temp.path());
    const QString serverPem = dir.filePath(QStringLiteral("server.pem"));

    const Run ok =
        openssl({QStringLiteral("verify"), QStringLiteral("-purpose"), QStringLiteral("sslserver"),
                 QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("tls-ca.pem")), serverPem});
    QVERIFY2(ok.exitCode == 0, ok.output.constData());
    QVERIFY2(ok.output.contains(": OK"), ok.output.constData());

    const Run wrongRoot = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                   dir.filePath(QStringLiteral("state-root.pem")), serverPem});
    QVERIFY2(wrongRoot.exitCode != 0, wrongRoot.output.constData());

    const Run ca =
        openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                 QStringLiteral("-in"), dir.filePath(QStringLiteral("tls-ca.pem"))});
    QVERIFY(ca.output.contains("CA:TRUE, pathlen:0"));
    QVERIFY(ca.output.contains("Certificate Sign, CRL Sign"));
}

void TestPki::serverCertificateVerifiesWithQt_data()
{
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<bool>("valid");
    QTest::newRow("IPv4 loopback") << "127.0.0.1" << true;
    QTest::newRow("IPv6 loopback") << "::1" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("another address") << "127.0.0.2" << false;
    QTest::newRow("another name") << "example.org" << false;
}

void TestPki::serverCertificateVerifiesWithQt()
{
    QFETCH(QString, hostName);
    QFETCH(bool, valid);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    const std::optional<ServerPki> pki = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(pki, qPrintable(error));

    // QSslCertificate::verify looks the root up in the default configuration:
    // make our CA its only CA for the duration of the check.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration configuration = saved;
    configuration.setCaCertificates(QSslCertificate::fromPath(pki->tlsCaPath()));
    QCOMPARE(configuration.caCertificates().size(), 1);
    QSslConfiguration::setDefaultConfiguration(configuration);
    const QList<QSslError> errors =
        QSslCertificate::verify(pki->serverCertificateChain(), hostName);
    QSslConfiguration::setDefaultConfiguration(saved);

    QStringList texts;
    for (const QSslError &sslError : errors)
        texts.append(sslError.errorString());
    if (valid) {
        QVERIFY2(errors.isEmpty(), qPrintable(texts.join(u'\n')));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().error(), QSslError::HostNameMismatch);
    }
}

void TestPki::issuerCertificates_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("commonName");
    QTest::newRow("fns") << "fns" << QStringLiteral("ФНС России (демо)");
    QTest::newRow("sfr") << "sfr" << QStringLiteral("Социальный фонд России (демо)");
    QTest::newRow("rosreestr") << "rosreestr" << QStringLiteral("Росреестр (демо)");
}

void TestPki::issuerCertificates()
{
    QFETCH(QString, issuer);
    QFETCH(QString, commonName);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    const std::optional<ServerPki> pki = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(pki, qPrintable(error));
    const QDir dir(temp.path());
    const QString pem = dir.filePath(QLatin1String("issuer-") + issuer + QLatin1String(".pem"));

    QVERIFY(pki->hasIssuer(issuer));
    bool listed = false;
    for (const IssuerInfo &info : pki->issuers())
        listed = listed || (info.key == issuer && info.commonName == commonName);
    QVERIFY(listed);

    const QSslCertificate certificate = QSslCertificate::fromPath(pem).value(0);
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{commonName});
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CountryName),
             QStringList{QStringLiteral("RU")});
    QVERIFY(!certificate.subjectInfo(QSslCertificate::Organization).value(0).isEmpty());
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Демонстрационный корневой УЦ")});

    const Run ok =
        openssl({QStringLiteral("verify"), QStringLiteral("-purpose"), QStringLiteral("smimesign"),
                 QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("state-root.pem")), pem});
    QVERIFY2(ok.exitCode == 0 && ok.output.contains(": OK"), ok.output.constData());
    const Run wrongRoot = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                   dir.filePath(QStringLiteral("tls-ca.pem")), pem});
    QVERIFY2(wrongRoot.exitCode != 0, wrongRoot.output.constData());

    const Run text = openssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                              QStringLiteral("-text"), QStringLiteral("-in"), pem});
    for (const char *expected : {"Digital Signature, Non Repudiation", "E-mail Protection",
                                 "CA:FALSE", "ecdsa-with-SHA256", "NIST CURVE: P-256",
                                 "Subject Key Identifier", "Authority Key Identifier"})
        QVERIFY2(text.output.contains(expected), expected);
}

void TestPki::signDetached_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QByteArray>("content");
    // Binary bytes with CR, LF and NUL: signed as they are, not as MIME text.
    static const char raw[] = "%PDF-1.7\r\n\0\x01\xff line\nend\r\n";
    const QByteArray binary(raw, sizeof raw - 1);
    QTest::newRow("fns") << "fns" << binary;
    QTest::newRow("sfr") << "sfr" << QByteArray("<?xml version=\"1.0\"?>\n<doc/>\n");
    QTest::newRow("rosreestr") << "rosreestr" << binary.repeated(5000);
}

void TestPki::signDetached()
{
    QFETCH(QString, issuer);
    QFETCH(QByteArray, content);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    const std::optional<ServerPki> pki = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(pki, qPrintable(error));
    const QByteArray signature = pki->signDetached(issuer, content, &error);
    QVERIFY2(!signature.isEmpty(), qPrintable(error));

    const QDir dir(temp.path());
    const QString sigPath = temp.filePath(QStringLiteral("doc.sig"));
    const QString docPath = temp.filePath(QStringLiteral("doc"));
    QVERIFY(writeAll(sigPath, signature));
    QVERIFY(writeAll(docPath, content));
    auto verify = [&](const QString &caFile) {
        return openssl({QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                        QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                        sigPath, QStringLiteral("-content"), docPath, QStringLiteral("-CAfile"),
                        caFile, QStringLiteral("-out"), QStringLiteral("/dev/null")});
    };

    const Run ok = verify(dir.filePath(QStringLiteral("state-root.pem")));
    QVERIFY2(ok.exitCode == 0, ok.output.constData());

    const Run wrongRoot = verify(dir.filePath(QStringLiteral("tls-ca.pem")));
    QVERIFY2(wrongRoot.exitCode != 0, wrongRoot.output.constData());

    for (const qsizetype index : {qsizetype(0), content.size() / 2, content.size() - 1}) {
        QByteArray changed = content;
        changed[index] = char(changed.at(index) ^ 0x01);
        QVERIFY(writeAll(docPath, changed));
        const Run tampered = verify(dir.filePath(QStringLiteral("state-root.pem")));
        QVERIFY2(tampered.exitCode != 0, qPrintable(QString::number(index)));
    }

    // The structure: SHA-256, the signed attributes, the issuer's certificate.
    const Run print =
        openssl({QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), sigPath});
    QCOMPARE(print.exitCode, 0);
    for (const char *expected : {"signedData", "sha256", "signingTime", "messageDigest",
                                 "contentType", "ecdsa-with-SHA256", "eContent: <ABSENT>"})
        QVERIFY2(print.output.contains(expected), expected);
    const Run certificates =
        openssl({QStringLiteral("pkcs7"), QStringLiteral("-print_certs"), QStringLiteral("-noout"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), sigPath});
    QCOMPARE(certificates.exitCode, 0);
    QCOMPARE(certificates.output.count("subject="), 1);
}

void TestPki::signDetachedUnknownIssuer()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    const std::optional<ServerPki> pki = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(pki, qPrintable(error));
    for (const QString &key : {QString(), QStringLiteral("FNS"), QStringLiteral("mvd")}) {
        error.clear();
        QVERIFY(pki->signDetached(key, "content", &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("unknown issuer")));
        QVERIFY(!pki->hasIssuer(key));
    }
}

void TestPki::signDetachedAfterReload()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    QVERIFY2(ServerPki::loadOrCreate(temp.path(), &error), qPrintable(error));
    // A copy of an object loaded from existing files signs just as well.
    const std::optional<ServerPki> loaded = ServerPki::loadOrCreate(temp.path(), &error);
    QVERIFY2(loaded, qPrintable(error));
    const ServerPki copy = *loaded;
    const QByteArray signature = copy.signDetached(QStringLiteral("sfr"), "statement", &error);
    QVERIFY2(!signature.isEmpty(), qPrintable(error));
    QVERIFY(writeAll(temp.filePath(QStringLiteral("s.der")), signature));
    QVERIFY(writeAll(temp.filePath(QStringLiteral("s.txt")), "statement"));
    const Run ok =
        openssl({QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                 temp.filePath(QStringLiteral("s.der")), QStringLiteral("-content"),
                 temp.filePath(QStringLiteral("s.txt")), QStringLiteral("-CAfile"),
                 copy.stateRootPath(), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY2(ok.exitCode == 0, ok.output.constData());
}

void TestPki::useTlsCertificate()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    std::optional<ServerPki> pki =
        ServerPki::loadOrCreate(temp.filePath(QStringLiteral("ours")), &error);
    QVERIFY2(pki, qPrintable(error));

    // An RSA certificate made by the openssl command line, with a CA file.
    const QString cert = temp.filePath(QStringLiteral("given.pem"));
    const QString key = temp.filePath(QStringLiteral("given.key"));
    const Run made =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-noenc"), QStringLiteral("-keyout"),
                 key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=given.example"),
                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:given.example")});
    QVERIFY2(made.exitCode == 0, made.output.constData());

    QVERIFY2(pki->useTlsCertificate(cert, key, cert, &error), qPrintable(error));
    QCOMPARE(pki->serverCertificate(), QSslCertificate::fromPath(cert).value(0));
    QCOMPARE(pki->serverKey().algorithm(), QSsl::Rsa);
    QCOMPARE(pki->serverKey().length(), 2048);
    QCOMPARE(pki->tlsCaPath(), QFileInfo(cert).absoluteFilePath());

    // Another generated pair, no CA file: tlsCaPath() is then empty.
    QVERIFY2(ServerPki::loadOrCreate(temp.filePath(QStringLiteral("other")), &error),
             qPrintable(error));
    const QString otherCert = temp.filePath(QStringLiteral("other/server.pem"));
    QVERIFY2(pki->useTlsCertificate(otherCert, temp.filePath(QStringLiteral("other/server.key")),
                                    &error),
             qPrintable(error));
    QCOMPARE(pki->serverCertificate(), QSslCertificate::fromPath(otherCert).value(0));
    QCOMPARE(pki->serverKey().algorithm(), QSsl::Ec);
    QVERIFY(pki->tlsCaPath().isEmpty());
}

void TestPki::useTlsCertificateRefuses_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("expectedInError");
    QTest::newRow("missing certificate") << "missing.pem"
                                         << "ours/server.key" << QString() << "cannot read";
    QTest::newRow("missing key") << "ours/server.pem"
                                 << "missing.key" << QString() << "cannot read";
    QTest::newRow("key of another certificate")
        << "ours/server.pem"
        << "ours/issuer-fns.key" << QString() << "does not hold the key";
    QTest::newRow("certificate file holds a key")
        << "ours/server.key"
        << "ours/server.key" << QString() << "no PEM certificate";
    QTest::newRow("key file holds a certificate")
        << "ours/server.pem"
        << "ours/server.pem" << QString() << "no usable unencrypted";
    QTest::newRow("encrypted key") << "ours/server.pem"
                                   << "encrypted.key" << QString() << "no usable unencrypted";
    QTest::newRow("CA file without a certificate") << "ours/server.pem"
                                                   << "ours/server.key"
                                                   << "ours/tls-ca.key"
                                                   << "no PEM certificate";
}

void TestPki::useTlsCertificateRefuses()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, ca);
    QFETCH(QString, expectedInError);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QString error;
    std::optional<ServerPki> pki =
        ServerPki::loadOrCreate(temp.filePath(QStringLiteral("ours")), &error);
    QVERIFY2(pki, qPrintable(error));
    // The server key, encrypted: refused at once instead of prompting for a passphrase.
    const Run encrypted =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                 temp.filePath(QStringLiteral("ours/server.key")), QStringLiteral("-aes256"),
                 QStringLiteral("-passout"), QStringLiteral("pass:secret"), QStringLiteral("-out"),
                 temp.filePath(QStringLiteral("encrypted.key"))});
    QVERIFY2(encrypted.exitCode == 0, encrypted.output.constData());

    const QByteArray before = pki->serverCertificate().toDer();
    const QString caBefore = pki->tlsCaPath();
    error.clear();
    QVERIFY(!pki->useTlsCertificate(temp.filePath(cert), temp.filePath(key),
                                    ca.isEmpty() ? QString() : temp.filePath(ca), &error));
    QVERIFY2(error.contains(expectedInError), qPrintable(error));
    QCOMPARE(pki->serverCertificate().toDer(), before);
    QCOMPARE(pki->tlsCaPath(), caBefore);
}

void TestPki::keyPair()
{
    const EcKeyPair pair = generateEcP256KeyPair();
    QVERIFY(pair.privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(pair.publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(generateEcP256KeyPair().publicPem != pair.publicPem);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString path = temp.filePath(QStringLiteral("public.pem"));
    QVERIFY(writeAll(path, pair.publicPem));
    const Run text =
        openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), path,
                 QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(text.exitCode == 0 && text.output.contains("NIST CURVE: P-256"),
             text.output.constData());
}

void TestPki::jwtRoundTrip()
{
    const EcKeyPair pair = generateEcP256KeyPair();
    const QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("bank-demo")},
                              {QStringLiteral("aud"), QStringLiteral("https://127.0.0.1/token")},
                              {QStringLiteral("exp"), 1893456000},
                              {QStringLiteral("name"), QStringLiteral("Банк (демо)")}};
    const QByteArray jwt = signJwtEs256(payload, pair.privatePem,
                                        {{QStringLiteral("kid"), QStringLiteral("bank-1")},
                                         {QStringLiteral("alg"), QStringLiteral("none")}});
    QCOMPARE(jwt.count('.'), 2);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"))
                .match(QString::fromLatin1(jwt))
                .hasMatch());
    QCOMPARE(decodeBase64Url(jwt.split('.').at(2))->size(), 64);

    QString error;
    const std::optional<VerifiedJwt> verified = verifyJwtEs256(jwt, pair.publicPem, &error);
    QVERIFY2(verified, qPrintable(error));
    QCOMPARE(verified->payload, payload);
    QCOMPARE(verified->header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    QCOMPARE(verified->header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(verified->header.value(QStringLiteral("kid")).toString(), QStringLiteral("bank-1"));

    // The test's own forging helper makes tokens the library accepts, so the
    // refusals below are about their content, not the helper.
    const QByteArray forged = forgeSigned(R"({"alg":"ES256"})", R"({"sub":"x"})", pair.privatePem);
    QVERIFY2(verifyJwtEs256(forged, pair.publicPem, &error), qPrintable(error));

    QVERIFY(signJwtEs256(payload, "not a key").isEmpty());
}

void TestPki::jwtRefused_data()
{
    QTest::addColumn<QByteArray>("jwt");
    QTest::addColumn<bool>("withOtherKey");
    QTest::addColumn<QString>("expectedInError");

    const EcKeyPair pair = generateEcP256KeyPair();
    m_jwtKey = pair;
    const QByteArray good =
        signJwtEs256({{QStringLiteral("iss"), QStringLiteral("bank")}}, pair.privatePem);
    const QList<QByteArray> parts = good.split('.');
    const QByteArray payload = R"({"iss":"bank"})";

    auto row = [](const char *name, const QByteArray &jwt, const char *expected,
                  bool otherKey = false) {
        QTest::newRow(name) << jwt << otherKey << QString::fromLatin1(expected);
    };
    row("flipped payload character",
        parts.at(0) + '.' + flipCharacter(parts.at(1), 2) + '.' + parts.at(2), "does not verify");
    row("flipped signature character",
        parts.at(0) + '.' + parts.at(1) + '.' + flipCharacter(parts.at(2), 10), "does not verify");
    row("another key", good, "does not verify", true);
    row("signature of another token",
        parts.at(0) + '.' + b64(R"({"iss":"evil"})") + '.' + parts.at(2), "does not verify");
    row("alg none, validly signed", forgeSigned(R"({"alg":"none"})", payload, pair.privatePem),
        "not ES256");
    row("alg none, no signature", b64(R"({"alg":"none"})") + '.' + b64(payload) + '.',
        "compact JWS");
    row("alg ES256 in lower case", forgeSigned(R"({"alg":"es256"})", payload, pair.privatePem),
        "not ES256");
    row("alg ES384", forgeSigned(R"({"alg":"ES384"})", payload, pair.privatePem), "not ES256");
    row("alg as a number", forgeSigned(R"({"alg":256})", payload, pair.privatePem), "not ES256");
    row("alg missing", forgeSigned(R"({"typ":"JWT"})", payload, pair.privatePem), "no \"alg\"");
    // HS256 keyed with the public key: the classic algorithm confusion.
    {
        const QByteArray input = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + b64(payload);
        const QByteArray mac =
            QMessageAuthenticationCode::hash(input, pair.publicPem, QCryptographicHash::Sha256);
        row("alg HS256 keyed with the public key", input + '.' + b64(mac), "not ES256");
    }
    row("critical extension",
        forgeSigned(R"({"alg":"ES256","crit":["exp"],"exp":1})", payload, pair.privatePem),
        "critical");
    row("payload an array", forgeSigned(R"({"alg":"ES256"})", "[1,2]", pair.privatePem),
        "payload is not");
    row("payload not JSON", forgeSigned(R"({"alg":"ES256"})", "iss=bank", pair.privatePem),
        "payload is not");
    row("header an array", forgeSigned(R"(["ES256"])", payload, pair.privatePem), "header is not");
    row("header not JSON", "bm90IGpzb24." + parts.at(1) + '.' + parts.at(2), "header is not");
    row("signature in DER",
        parts.at(0) + '.' + parts.at(1) + '.' +
            b64(signEs256(parts.at(0) + '.' + parts.at(1), pair.privatePem)),
        "64-byte");
    row("signature 63 bytes",
        parts.at(0) + '.' + parts.at(1) + '.' + b64(decodeBase64Url(parts.at(2))->left(63)),
        "64-byte");
    row("signature all zero", parts.at(0) + '.' + parts.at(1) + '.' + b64(QByteArray(64, '\0')),
        "does not verify");
    row("padding", parts.at(0) + "=." + parts.at(1) + '.' + parts.at(2), "header is not");
    row("standard base64 alphabet",
        parts.at(0) + '.' + parts.at(1) + '.' +
            QByteArray(parts.at(2)).replace('-', '+').replace('_', '/') + "+/",
        "signature is not");
    row("empty", QByteArray(), "empty");
    row("garbage", "this is not a token", "compact JWS");
    row("three dots", "...", "compact JWS");
    row("two dots only", "..", "compact JWS");
    row("four parts", good + ".e30", "compact JWS");
    row("one part", parts.at(0), "compact JWS");
    row("binary", QByteArray("\0\xff.\x01\x02.\x80", 7), "header is not");
    row("oversized", parts.at(0) + '.' + b64(QByteArray(7000, 'x')) + '.' + parts.at(2),
        "larger than");
}

void TestPki::jwtRefused()
{
    QFETCH(QByteArray, jwt);
    QFETCH(bool, withOtherKey);
    QFETCH(QString, expectedInError);

    const QByteArray publicPem =
        withOtherKey ? generateEcP256KeyPair().publicPem : m_jwtKey.publicPem;
    QString error;
    QVERIFY(!verifyJwtEs256(jwt, publicPem, &error));
    QVERIFY2(error.contains(expectedInError), qPrintable(error));
    // The message never quotes the token.
    if (jwt.size() > 8)
        QVERIFY(!error.contains(QString::fromLatin1(jwt.left(8))));
}

void TestPki::es256RoundTrip()
{
    const EcKeyPair pair = generateEcP256KeyPair();
    const QByteArray data = R"({"operation":"credit","records":["passport"]})";
    const QByteArray signature = signEs256(data, pair.privatePem);
    QVERIFY(!signature.isEmpty());
    QCOMPARE(signature.at(0), char(0x30)); // DER SEQUENCE
    QVERIFY(verifyEs256(data, signature, pair.publicPem));
    QVERIFY(verifyEs256({}, signEs256({}, pair.privatePem), pair.publicPem));

    // The openssl command line agrees.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QVERIFY(writeAll(temp.filePath(QStringLiteral("pub.pem")), pair.publicPem));
    QVERIFY(writeAll(temp.filePath(QStringLiteral("data")), data));
    QVERIFY(writeAll(temp.filePath(QStringLiteral("sig")), signature));
    const Run run =
        openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                 temp.filePath(QStringLiteral("pub.pem")), QStringLiteral("-signature"),
                 temp.filePath(QStringLiteral("sig")), temp.filePath(QStringLiteral("data"))});
    QVERIFY2(run.exitCode == 0 && run.output.contains("Verified OK"), run.output.constData());
}

void TestPki::es256Refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("publicPem");

    const EcKeyPair pair = generateEcP256KeyPair();
    const QByteArray data = "consent request";
    const QByteArray signature = signEs256(data, pair.privatePem);
    QByteArray flipped = signature;
    flipped[flipped.size() - 1] = char(flipped.at(flipped.size() - 1) ^ 0x01);

    QTest::newRow("changed data") << QByteArray("consent requesT") << signature << pair.publicPem;
    QTest::newRow("changed signature") << data << flipped << pair.publicPem;
    QTest::newRow("another key") << data << signature << generateEcP256KeyPair().publicPem;
    QTest::newRow("empty signature") << data << QByteArray() << pair.publicPem;
    QTest::newRow("raw r||s instead of DER") << data << rawFromDer(signature) << pair.publicPem;
    QTest::newRow("garbage signature")
        << data << QByteArray("\x30\x02\x02\x00", 4) << pair.publicPem;
    QTest::newRow("no key") << data << signature << QByteArray();
    QTest::newRow("private key given") << data << signature << pair.privatePem;
    QTest::newRow("garbage key") << data << signature
                                 << QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END "
                                               "PUBLIC KEY-----\n");
}

void TestPki::es256Refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, publicPem);
    QVERIFY(!verifyEs256(data, signature, publicPem));
}

void TestPki::pkceVector()
{
    // RFC 7636, Appendix B.
    QCOMPARE(pkceChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPki::pkceVerifier_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("RFC 7636 example")
        << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") << true;
    QTest::newRow("43 characters, all kinds") << QByteArray("aZ09-._~").repeated(5) + "abc" << true;
    QTest::newRow("128 characters") << QByteArray(128, 'a') << true;
    QTest::newRow("42 characters") << QByteArray(42, 'a') << false;
    QTest::newRow("129 characters") << QByteArray(129, 'a') << false;
    QTest::newRow("plus sign") << QByteArray(42, 'a') + '+' << false;
    QTest::newRow("space") << QByteArray(42, 'a') + ' ' << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestPki::pkceVerifier()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(isValidPkceVerifier(verifier), valid);
}

void TestPki::randomTokens()
{
    const QByteArray first = randomUrlToken();
    const QByteArray second = randomUrlToken();
    QCOMPARE(first.size(), 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                .match(QString::fromLatin1(first))
                .hasMatch());
    QVERIFY(first != second);
    QCOMPARE(randomUrlToken(16).size(), 22);
    QCOMPARE(randomBytes(16).size(), 16);
    QVERIFY(randomBytes(0).isEmpty());
    QVERIFY(randomBytes(-1).isEmpty());
    QVERIFY(randomUrlToken(0).isEmpty());
}

void TestPki::base64UrlStrict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("one byte") << QByteArray("QQ") << true << QByteArray("A");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("stray bits") << QByteArray("QR") << false << QByteArray();
    QTest::newRow("padding") << QByteArray("QQ==") << false << QByteArray();
    QTest::newRow("standard alphabet") << QByteArray("+/8") << false << QByteArray();
    QTest::newRow("impossible length") << QByteArray("QUJDR") << false << QByteArray();
    QTest::newRow("whitespace") << QByteArray("QU JD") << false << QByteArray();
}

void TestPki::base64UrlStrict()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const std::optional<QByteArray> result = decodeBase64Url(text);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, decoded);
}

void TestPki::sha256AndCompare()
{
    QCOMPARE(sha256Hex("abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(constantTimeEquals("token", "token"));
    QVERIFY(constantTimeEquals({}, {}));
    QVERIFY(!constantTimeEquals("token", "tokeN"));
    QVERIFY(!constantTimeEquals("token", "token-longer"));
    QVERIFY(!constantTimeEquals("token", {}));
}

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
