// The client core as a process of its own, for the tests that kill it: the
// archive, the document files, the network client, the outbox and the sync
// engine over one data folder, as the app wires them. It counts the moments
// at which a kill is interesting — every answer received but not yet handled,
// every item done, every change of the outbox — and prints each on stdout;
// with --kill-at K it kills itself with SIGKILL at the K-th, so that a test
// reaches the same point of the same run every time without a timing guess.
//
//   reliability-driver --data-dir D --server URL --ca FILE --token T --key HEX
//                      [--kill-at K] [--grant REQ]... [--deny REQ]... [--no-documents]
//
// Without --grant/--deny: one sync. With them: a sync, then each decision not
// yet in the outbox is made (a request the archive holds as pending), and the
// outbox is flushed. Exit 0 when everything went through.
#include "net/apiclient.h"
#include "storage/archivedatabase.h"
#include "storage/documentstore.h"
#include "storage/securebytes.h"
#include "sync/consentdecisionoutbox.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace cp;

namespace {

int g_killAt = 0;
int g_events = 0;

void event(const char *what)
{
    ++g_events;
    std::printf("EVENT %d %s\n", g_events, what);
    std::fflush(stdout);
    if (g_events == g_killAt)
        ::kill(::getpid(), SIGKILL);
}

void finish(int code, const QString &message)
{
    std::printf("DONE %d events=%d %s\n", code, g_events, qPrintable(message));
    std::fflush(stdout);
    QCoreApplication::exit(code);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("data-dir"), QString(), QStringLiteral("DIR")},
                       {QStringLiteral("server"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("ca"), QString(), QStringLiteral("FILE")},
                       {QStringLiteral("token"), QString(), QStringLiteral("T")},
                       {QStringLiteral("key"), QString(), QStringLiteral("HEX")},
                       {QStringLiteral("kill-at"), QString(), QStringLiteral("K")},
                       {QStringLiteral("grant"), QString(), QStringLiteral("REQ")},
                       {QStringLiteral("deny"), QString(), QStringLiteral("REQ")},
                       {QStringLiteral("no-documents"), QString()}});
    parser.process(app);
    g_killAt = parser.value(QStringLiteral("kill-at")).toInt();

    QByteArray raw = QByteArray::fromHex(parser.value(QStringLiteral("key")).toLatin1());
    const storage::SecureBytes key = storage::SecureBytes::fromRaw(std::move(raw));
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    storage::ArchiveDatabase archive(dataDir);
    QString error;
    const auto opened = archive.open(key, &error);
    if (opened != storage::ArchiveDatabase::OpenResult::Opened &&
        opened != storage::ArchiveDatabase::OpenResult::Created) {
        std::printf("OPEN %d %s\n", int(opened), qPrintable(error));
        return 3;
    }
    std::printf("OPEN %d\n", int(opened));
    storage::DocumentStore files(dataDir, key);
    net::ApiClient api;
    net::ServerSettings settings;
    settings.baseUrl = QUrl(parser.value(QStringLiteral("server")));
    settings.caFile = parser.value(QStringLiteral("ca"));
    settings.maxAttempts = 3;
    settings.transferTimeoutMs = 20000;
    if (!api.configure(settings, &error)) {
        std::printf("CONFIG %s\n", qPrintable(error));
        return 2;
    }
    api.setAccessToken(parser.value(QStringLiteral("token")).toLatin1());
    sync::ConsentDecisionOutbox outbox(&api, &archive);
    sync::SyncEngine engine(&api, &archive, &files, &outbox);
    sync::SyncOptions options;
    options.downloadDocuments = !parser.isSet(QStringLiteral("no-documents"));
    engine.setOptions(options);

    // The network manager's finished() comes before the client reads the
    // answer: a kill there is "the server did it, the client does not know".
    for (QNetworkAccessManager *network : api.findChildren<QNetworkAccessManager *>())
        QObject::connect(network, &QNetworkAccessManager::finished, &app,
                         [](QNetworkReply *) { event("answer"); });
    // A step of items, not of bytes: the network's chunks would make the
    // count of points differ from run to run.
    int lastItems = -1;
    QObject::connect(&engine, &sync::SyncEngine::progress, &app, [&lastItems](int itemsDone) {
        if (std::exchange(lastItems, itemsDone) != itemsDone)
            event("progress");
    });
    QObject::connect(&engine, &sync::SyncEngine::documentArrived, &app,
                     []() { event("document"); });
    QObject::connect(&outbox, &sync::ConsentDecisionOutbox::changed, &app,
                     []() { event("outbox"); });
    QObject::connect(&outbox, &sync::ConsentDecisionOutbox::decisionSettled, &app,
                     []() { event("settled"); });

    const QStringList grants = parser.values(QStringLiteral("grant"));
    const QStringList denials = parser.values(QStringLiteral("deny"));
    QObject::connect(
        &engine, &sync::SyncEngine::finished, &app, [&](bool ok, const net::ApiError &syncError) {
            if (!ok) {
                finish(1, QStringLiteral("sync failed: ") + syncError.message);
                return;
            }
            if (grants.isEmpty() && denials.isEmpty()) {
                finish(0, QStringLiteral("synced"));
                return;
            }
            // A decision already stored is never made a second time.
            QSet<QString> decided;
            for (const storage::OutboxEntry &e : archive.decisions())
                decided.insert(e.targetId);
            auto pending = [&](const QString &id) {
                const auto r = archive.request(id);
                return r && r->state == domain::RequestState::Pending && !decided.contains(id);
            };
            for (const QString &id : grants) {
                if (pending(id))
                    outbox.grant(id, {});
            }
            for (const QString &id : denials) {
                if (pending(id))
                    outbox.deny(id);
            }
            outbox.flush([](bool flushed, const net::ApiError &flushError) {
                finish(flushed ? 0 : 1, flushed ? QStringLiteral("decided") : flushError.message);
            });
        });
    QTimer::singleShot(0, &engine, &sync::SyncEngine::sync);
    return app.exec();
}
