// cp-bench-generate: fills a profile-server data folder with the large
// profile of the benchmarks (bench/README.md): one confirmed citizen
// (login "bench") with every record type of the demo citizen in 20 versions,
// 10,000 signed PDF documents of 10 KB to 20 MB, 50,000 access-log entries,
// and the demo organisations, requests and consents. --quick makes a small
// one for the smoke run. --sync makes the profile of figure 2 instead: the
// 30 record types in one version each and 500 signed documents of about
// 200 MB (10 KB to 20 MB); with --quick, 40 documents of about 9 MB. The
// folder is then served by `profile-server --data-dir DIR` as it is (it is
// marked seeded, so --demo adds nothing).
#include "core/apisupport.h"
#include "core/demoseeder.h"
#include "core/documentissuer.h"
#include "core/servercontext.h"
#include "core/serverstore.h"
#include "demo/demoprofile.h"
#include "pki/serverpki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

namespace {

struct Scale
{
    int documents = 10000;
    int accessEvents = 50000;
    int versions = 20;
};

enum class Mix
{
    Large, // the large profile: 10,000 documents, 388 MiB
    Quick,
    Sync, // figure 2: 500 documents, about 200 MB
    SyncQuick,
};

// The size of document i: most are small, a few large, so that the sizes
// span 10 KB – 20 MB while the whole profile stays a few hundred megabytes.
qsizetype documentSize(int i, Mix mix, QRandomGenerator &random)
{
    constexpr qsizetype kB = 1024;
    const auto between = [&random](qsizetype low, qsizetype high) {
        return low + random.bounded(static_cast<int>(high - low));
    };
    switch (mix) {
    case Mix::Sync:
        // 5 of 20 MiB, 40 of 1–3 MiB, 90 of 100–200 KiB, 365 of 10–20 KiB:
        // about 200 MB.
        if (i % 100 == 0)
            return 20 * kB * kB;
        if (i % 100 <= 8)
            return between(kB * kB, 3 * kB * kB);
        if (i % 5 == 0)
            return between(100 * kB, 200 * kB);
        return between(10 * kB, 20 * kB);
    case Mix::SyncQuick:
        // one of 4 MiB, 3 of 1 MiB, 7 of 100–200 KiB, the rest 10–20 KiB.
        if (i == 0)
            return 4 * kB * kB;
        if (i <= 3)
            return kB * kB;
        if (i % 5 == 0)
            return between(100 * kB, 200 * kB);
        return between(10 * kB, 20 * kB);
    case Mix::Quick:
        if (i == 0)
            return 20 * kB * kB; // the 20 MB document of figure 5
        if (i % 100 == 1)
            return kB * kB + random.bounded(static_cast<int>(kB * kB));
        return 10 * kB + random.bounded(static_cast<int>(10 * kB));
    case Mix::Large:
        break;
    }
    if (i % 2000 == 0)
        return 20 * kB * kB; // i == 0: the 20 MB document of figure 5
    if (i % 200 == 1)
        return kB * kB + random.bounded(static_cast<int>(kB * kB));
    if (i % 20 == 2)
        return 100 * kB + random.bounded(static_cast<int>(100 * kB));
    return 10 * kB + random.bounded(static_cast<int>(10 * kB));
}

// A valid one-page PDF of exactly `size` bytes: a line of text on the page
// and an unreferenced stream of random (incompressible) bytes as filler.
QByteArray makePdf(const QByteArray &line, qsizetype size, QRandomGenerator &random)
{
    const QByteArray content = "BT /F1 18 Tf 72 760 Td (" + line + ") Tj ET";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    auto build = [&](qsizetype fillerSize) {
        QByteArray filler(fillerSize, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(filler.data()),
                         static_cast<qsizetype>(filler.size() / 4));
        QList<QByteArray> all = objects;
        all.append("<< /Length " + QByteArray::number(filler.size()) + " >>\nstream\n" + filler +
                   "\nendstream");
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < all.size(); ++i) {
            offsets.append(pdf.size());
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + all.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(all.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(all.size() + 1) +
               " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    };
    const qsizetype overhead = build(0).size() + 8; // the filler's length digits
    QByteArray pdf = build(std::max<qsizetype>(0, size - overhead));
    return pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills a profile-server data folder with the large benchmark profile."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("The server's data folder (must not exist)."),
         QStringLiteral("DIR")},
        {QStringLiteral("quick"), QStringLiteral("A small profile for the smoke run.")},
        {QStringLiteral("sync"),
         QStringLiteral("The profile of figure 2: 500 documents of about 200 MB, one version of "
                        "each record.")},
    });
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("data-dir"))) {
        err << "cp-bench-generate: --data-dir is required\n";
        return 2;
    }
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const bool sync = parser.isSet(QStringLiteral("sync"));
    const Mix mix = sync ? (quick ? Mix::SyncQuick : Mix::Sync) : (quick ? Mix::Quick : Mix::Large);
    const Scale scale = sync    ? Scale{quick ? 40 : 500, 100, 1}
                        : quick ? Scale{200, 1000, 3}
                                : Scale{};
    const QString dir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    if (QFileInfo::exists(dir)) {
        err << "cp-bench-generate: " << dir << " exists already\n";
        return 2;
    }
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, ownerOnly)) {
        err << "cp-bench-generate: cannot create " << dir << "\n";
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    QString error;
    std::optional<cp::server::ServerPki> pki =
        cp::server::ServerPki::loadOrCreate(dir + QStringLiteral("/pki"), &error);
    cp::server::ServerStore store;
    if (!pki || !store.open(dir + QStringLiteral("/profile-server.sqlite"), &error)) {
        err << "cp-bench-generate: " << error << "\n";
        return 1;
    }
    cp::server::ServerConfig config;
    config.dataDir = dir;
    cp::server::DocumentIssuer issuer(store, *pki);
    cp::server::ServerContext context{config, store, *pki, issuer, {}};

    // The demo profile, reshaped: its first citizen under the login "bench"
    // with every entry in `versions` versions, the access log repeated up to
    // the scale, and no rendered documents (they are made below).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    cp::server::DemoProfile profile = cp::server::buildDemoProfile(now);
    cp::server::DemoCitizen citizen = profile.citizens.first();
    citizen.login = QStringLiteral("bench");
    citizen.password = QStringLiteral("bench-2026");
    for (QList<cp::domain::Record> &entry : citizen.records) {
        const cp::domain::Record latest = entry.last();
        entry.clear();
        for (int v = 1; v <= scale.versions; ++v) {
            cp::domain::Record r = latest;
            r.version = v;
            r.updatedAt = latest.updatedAt.addDays(-7LL * (scale.versions - v));
            entry.append(r);
        }
    }
    profile.citizens = {citizen};
    const QList<cp::domain::AccessEvent> demoLog = profile.accessLog;
    profile.accessLog.clear();
    for (int i = 0; i < scale.accessEvents; ++i) {
        cp::domain::AccessEvent e = demoLog.at(i % demoLog.size());
        e.id = QStringLiteral("acc-b-%1").arg(i, 6, 10, QLatin1Char('0'));
        e.at = now.addSecs(-3LL * 365 * 24 * 3600 +
                           qint64(i) * 3LL * 365 * 24 * 3600 / scale.accessEvents - 3600);
        profile.accessLog.append(e);
    }
    const QList<cp::server::DemoDocument> kinds = profile.documents;
    profile.documents.clear();
    cp::server::DemoSeeder seeder(context);
    if (!seeder.seed(profile, &error)) {
        err << "cp-bench-generate: " << error << "\n";
        return 1;
    }

    QRandomGenerator random(20261125);
    qint64 total = 0;
    store.transaction();
    for (int i = 0; i < scale.documents; ++i) {
        const cp::server::DemoDocument &kind = kinds.at(i % kinds.size());
        const QString number = QStringLiteral("B-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QByteArray pdf =
            makePdf("Document " + number.toLatin1(), documentSize(i, mix, random), random);
        const QByteArray signature = pki->signDetached(kind.issuerKey, pdf, &error);
        if (signature.isEmpty()) {
            store.rollback();
            err << "cp-bench-generate: " << error << "\n";
            return 1;
        }
        cp::domain::DocumentInfo info;
        info.id = QStringLiteral("doc-b-%1").arg(i, 5, 10, QLatin1Char('0'));
        info.kind = kind.kind;
        info.origin = cp::domain::DocumentOrigin::Issued;
        info.title = kind.number + QStringLiteral(" / ") + number;
        info.issuer = kind.issuerName;
        info.periodFrom = kind.periodFrom;
        info.periodUntil = kind.periodUntil;
        info.issuedAt = now.addSecs(-qint64(scale.documents - i) * 3600);
        info.mediaType = QStringLiteral("application/pdf");
        info.size = pdf.size();
        info.sha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256);
        info.hasSignature = true;
        store.addDocument(citizen.citizen.id, info, pdf, signature);
        store.addFeedEvent(citizen.citizen.id,
                           cp::server::api::feedEvent(QStringLiteral("document_added"),
                                                      info.issuedAt, {{"document_id", info.id}}));
        total += pdf.size();
    }
    if (!store.commit()) {
        err << "cp-bench-generate: cannot commit the documents\n";
        return 1;
    }
    QTextStream(stdout) << "generated " << dir << ": " << citizen.records.size()
                        << " record entries x " << scale.versions << " versions, "
                        << scale.documents << " documents (" << total / (1024 * 1024) << " MiB), "
                        << scale.accessEvents << " access events in " << clock.elapsed() << " ms\n";
    return 0;
}
