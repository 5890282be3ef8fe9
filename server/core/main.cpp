// profile-server: the reference backend of Citizen Profile. Parses the
// command line and hands it to ReferenceServer.
#include "core/demoseeder.h"
#include "core/referenceserver.h"
#include "demo/demoprofile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// QHttpServer's own debug and info output prints whole requests, the
// Authorization header and cookies included: never on, whatever
// QT_LOGGING_RULES asks for (warnings stay).
void withoutRequestDumps(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

// A whole number in [min, max] from an option, or a message and exit code 2.
bool numberOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                  qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        QTextStream(stderr) << "profile-server: --" << name << " takes a whole number from " << min
                            << " to " << max << "\n";
        return false;
    }
    *value = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    g_previousFilter = QLoggingCategory::installFilter(withoutRequestDumps);
    // Documents are drawn with QPainter, which needs a GUI application but no
    // display: the offscreen platform, unless the caller chose another.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("profile-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reference profile server of Citizen Profile: the citizen API, the organisation API "
        "and OAuth 2.0 sign-in over HTTPS, as docs/api/openapi.yaml describes them."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral(
             "Folder of the server's data: database, certificates, keys (created 0700)."),
         QStringLiteral("DIR")},
        {QStringLiteral("port"),
         QStringLiteral("TCP port to listen on; 0 picks a free one (default 8443)."),
         QStringLiteral("N"), QStringLiteral("8443")},
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("demo"),
         QStringLiteral("Fill a new data folder with the demo citizen, organisations, consents "
                        "and documents, and print the demo sign-in.")},
        {QStringLiteral("cert"),
         QStringLiteral("TLS certificate (PEM) to serve instead of the generated one."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"), QStringLiteral("Private key (PEM) of --cert."),
         QStringLiteral("FILE")},
        {QStringLiteral("order-delay-ms"),
         QStringLiteral("How long a document order takes to be fulfilled (default 3000)."),
         QStringLiteral("MS")},
        {QStringLiteral("access-token-seconds"),
         QStringLiteral("Lifetime of access tokens (default 600)."), QStringLiteral("S")},
        {QStringLiteral("fault-latency-ms"),
         QStringLiteral("Test fault: answer every request this much later."), QStringLiteral("MS")},
        {QStringLiteral("fault-cut-after"),
         QStringLiteral("Test fault: close document downloads after this many body bytes."),
         QStringLiteral("BYTES")},
        {QStringLiteral("fault-unavailable"),
         QStringLiteral("Test fault: answer 503 with Retry-After to the next N requests."),
         QStringLiteral("N")},
        {QStringLiteral("fault-retry-after"),
         QStringLiteral("Test fault: the Retry-After of those 503 answers (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("test-control"),
         QStringLiteral("Test only: accept POST /test/faults to change the faults while running.")},
        {QStringLiteral("print-routes"),
         QStringLiteral("Print the method and path of every route, and exit.")},
    });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cp::server::ServerConfig config;
    qint64 port = 8443;
    qint64 faultCut = -1;
    qint64 latency = 0;
    qint64 unavailable = 0;
    qint64 retryAfter = 1;
    if (!numberOption(parser, QStringLiteral("port"), 0, 65535, &port) ||
        !numberOption(parser, QStringLiteral("order-delay-ms"), 0, 3600000, &config.orderDelayMs) ||
        !numberOption(parser, QStringLiteral("access-token-seconds"), 1, 86400,
                      &config.accessTokenSeconds) ||
        !numberOption(parser, QStringLiteral("fault-latency-ms"), 0, 600000, &latency) ||
        !numberOption(parser, QStringLiteral("fault-cut-after"), 0, qint64(1) << 40, &faultCut) ||
        !numberOption(parser, QStringLiteral("fault-unavailable"), 0, 100000, &unavailable) ||
        !numberOption(parser, QStringLiteral("fault-retry-after"), 0, 3600, &retryAfter))
        return 2;
    config.port = static_cast<quint16>(port);
    config.faults = {static_cast<int>(latency), faultCut, static_cast<int>(unavailable),
                     static_cast<int>(retryAfter)};
    config.demo = parser.isSet(QStringLiteral("demo"));
    config.testControl = parser.isSet(QStringLiteral("test-control"));
    if (!config.host.setAddress(parser.value(QStringLiteral("host")))) {
        err << "profile-server: --host takes an IP address, such as 127.0.0.1 or ::1\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("cert")) != parser.isSet(QStringLiteral("key"))) {
        err << "profile-server: --cert and --key go together\n";
        return 2;
    }

    if (parser.isSet(QStringLiteral("print-routes"))) {
        // The routes need no data: a throwaway folder serves to build them.
        QTemporaryDir scratch;
        config.dataDir = scratch.path() + QStringLiteral("/data");
        cp::server::ReferenceServer server(config);
        QString error;
        if (!server.open({}, {}, &error)) {
            err << "profile-server: " << error << "\n";
            return 1;
        }
        for (const QString &route : server.routes())
            out << route << "\n";
        return 0;
    }

    if (!parser.isSet(QStringLiteral("data-dir"))) {
        err << "profile-server: --data-dir is required (see --help)\n";
        return 2;
    }
    config.dataDir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    cp::server::ReferenceServer server(config);
    QString error;
    if (!server.open(parser.value(QStringLiteral("cert")), parser.value(QStringLiteral("key")),
                     &error) ||
        !server.listen(&error)) {
        err << "profile-server: " << error << "\n";
        return 1;
    }
    out << "listening on " << server.url() << "\n";
    if (server.caPath().isEmpty())
        out << "CA certificate: none generated; clients trust the issuer of --cert\n";
    else
        out << "CA certificate: " << server.caPath() << "\n";
    if (config.demo) {
        // The demo sign-in is printed for the person running the demo; it is
        // fictional data, and never written to a log.
        const cp::server::DemoProfile demo =
            cp::server::buildDemoProfile(QDateTime::currentDateTimeUtc());
        for (const cp::server::DemoCitizen &c : demo.citizens) {
            out << "demo login: " << c.login << "\n";
            out << "demo password: " << c.password << "\n";
        }
        out << "organisation keys: " << cp::server::DemoSeeder::organisationKeyDir(config.dataDir)
            << "\n";
    }
    out.flush();
    return app.exec();
}
