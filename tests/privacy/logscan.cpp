// cp-log-scan: searches what a whole test run printed and wrote for the
// values that must never reach a log, and fails on any hit (issue 7,
// "Privacy of logs"). Searched: the ctest log of the run (every test's whole
// output), the outputs of the programs the tests started (ServerFixture and
// the other runners keep them in CP_TEST_OUTPUT_DIR), and every *.log and
// *.txt file under the given folders (and, under scripts/test.sh, under the
// run's own home and XDG folders). Looked for:
//  - the demo citizens' personal values (passport, SNILS, INN, names,
//    addresses, phone, e-mail, income, birth place; from the demo profile the
//    server serves, as UTF-8 and as JSON escapes), their passwords and SNILS;
//  - tokens and keys in the shapes a leak would take: "Bearer <token>",
//    access_token/refresh_token/code_verifier values, an authorization code
//    in a URL, an Authorization or Cookie header that is not redacted;
//  - and sanitizer reports (ASan, LSan, UBSan) in the output of programs
//    whose output the tests kept to themselves.
// The --demo banner's "demo password: " lines print the public demo sign-in
// on purpose and are left out. Every category is searched, Qt's own
// included (qt.accessibility.cache, which prints the accessible names of
// widgets, is kept off by the app's logging filter: ProfileSession). A hit is
// printed with the value masked.
//
//   cp-log-scan [--require-tests N] CTEST_LOG [FOLDER…]
// Exit 0: no hit; 1: hits; 77: the ctest log holds fewer than N tests (the
// scan was run on its own, with nothing to search).
#include "demo/demoprofile.h"
#include "personalvalues.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

using namespace cp;

namespace {

struct Needle
{
    QString what; // how a hit is named: never the value itself
    QByteArray bytes;
};

QList<Needle> personalNeedles()
{
    const server::DemoProfile profile = server::buildDemoProfile(QDateTime::currentDateTimeUtc());
    QStringList values;
    for (const server::DemoCitizen &c : profile.citizens) {
        testing::collectPersonalValues(c.latestRecords(), &values);
        QString digits = c.snils;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        for (const QString &v : {c.password, c.snils, digits, c.citizen.displayName})
            if (!v.isEmpty() && !values.contains(v))
                values.append(v);
    }
    QList<Needle> needles;
    for (const QString &v : std::as_const(values))
        for (const QByteArray &spelling : testing::personalValueSpellings(v))
            needles.append(
                {QStringLiteral("a personal value or password of %1 characters").arg(v.size()),
                 spelling});
    return needles;
}

struct Pattern
{
    QString what;
    QRegularExpression re;
};

QList<Pattern> patterns()
{
    const auto re = [](const char *p) {
        return QRegularExpression(QString::fromLatin1(p),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    // A token: 16 or more characters of base64url, base64 or hex.
    return {
        {QStringLiteral("a bearer token"), re(R"(bearer\s+[A-Za-z0-9._~+/=-]{16,})")},
        {QStringLiteral("a token or PKCE verifier value"),
         re(R"((access_token|refresh_token|id_token|code_verifier|client_secret)["']?\s*[:=]\s*["']?[A-Za-z0-9._~+/-]{16,})")},
        {QStringLiteral("an authorization code in a URL"),
         re(R"([?&]code=[A-Za-z0-9._~+/-]{16,})")},
        {QStringLiteral("an Authorization or Cookie header that is not redacted"),
         re(R"(\b(authorization|cookie|set-cookie)["']?\s*[:=]\s*["']?(?!\s*["']?(<|\*|\[|redacted|removed|hidden))\S{8,})")},
        {QStringLiteral("a sanitizer report"),
         re(R"(ERROR: (AddressSanitizer|LeakSanitizer)|: runtime error: )")},
    };
}

struct Hit
{
    QString where;
    QString what;
    QByteArray line;
};

void scan(const QString &where, const QByteArray &bytes, const QList<Needle> &needles,
          const QList<Pattern> &pats, QList<Hit> *hits)
{
    for (QByteArray line : bytes.split('\n')) {
        if (line.contains("demo password: "))
            continue; // the public demo sign-in, printed on purpose
        for (const Needle &n : needles) {
            if (line.contains(n.bytes)) {
                line.replace(n.bytes, "<value>");
                hits->append({where, n.what, line});
            }
        }
        const QString text = QString::fromUtf8(line);
        for (const Pattern &p : pats) {
            const QRegularExpressionMatch m = p.re.match(text);
            if (m.hasMatch()) {
                QString masked = text;
                masked.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("<match>"));
                hits->append({where, p.what, masked.toUtf8()});
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int requireTests = 0;
    if (args.size() >= 2 && args.first() == u"--require-tests") {
        requireTests = args.at(1).toInt();
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: cp-log-scan [--require-tests N] CTEST_LOG [FOLDER…]\n");
        return 2;
    }

    QList<QPair<QString, QByteArray>> inputs;
    QFile ctestLog(args.first());
    if (!ctestLog.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cp-log-scan: cannot read %s\n", qPrintable(args.first()));
        return 2;
    }
    const QByteArray log = ctestLog.readAll();
    // The ctest log of this run: the output of every test that ended before
    // this one started (the scan depends on all of them).
    const qsizetype tests = log.count("\" start time: ");
    if (tests < requireTests) {
        std::printf("cp-log-scan: the ctest log holds %lld tests, fewer than %d: nothing to "
                    "search (run the scan with the whole suite)\n",
                    qlonglong(tests), requireTests);
        return 77;
    }
    inputs.append({args.first(), log});
    QSet<QString> seen{QFileInfo(args.first()).canonicalFilePath()};
    QStringList folders = args.mid(1);
    const QString outputDir = qEnvironmentVariable("CP_TEST_OUTPUT_DIR");
    if (!outputDir.isEmpty()) {
        // Under scripts/test.sh the home and XDG folders are the run's own:
        // any log file the programs wrote there is searched too.
        for (const char *var :
             {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            folders << qEnvironmentVariable(var);
    }
    for (const QString &folder : folders + QStringList{outputDir}) {
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            continue;
        // The programs' outputs: every file; elsewhere, the log and text files.
        const QStringList filters =
            folder == outputDir ? QStringList{}
                                : QStringList{QStringLiteral("*.log"), QStringLiteral("*.txt")};
        QDirIterator it(folder, filters, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                inputs.append({path, f.readAll()});
        }
    }

    const QList<Needle> needles = personalNeedles();
    const QList<Pattern> pats = patterns();
    QList<Hit> hits;
    qsizetype bytes = 0;
    for (const auto &[where, content] : std::as_const(inputs)) {
        scan(where, content, needles, pats, &hits);
        bytes += content.size();
    }
    std::printf("cp-log-scan: searched %lld bytes (the output of %lld tests, %lld files) for %lld "
                "personal values and passwords and %lld token and sanitizer patterns: %lld hits\n",
                qlonglong(bytes), qlonglong(tests), qlonglong(inputs.size() - 1),
                qlonglong(needles.size()), qlonglong(pats.size()), qlonglong(hits.size()));
    for (qsizetype i = 0; i < hits.size() && i < 50; ++i)
        std::printf("  %s: %s in \"%s\"\n", qPrintable(hits.at(i).where),
                    qPrintable(hits.at(i).what), hits.at(i).line.left(240).constData());
    return hits.isEmpty() ? 0 : 1;
}
