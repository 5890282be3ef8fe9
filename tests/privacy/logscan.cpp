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

#include <algorithm>
#include <cstdio>
#include <iterator>

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

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Random identifiers and digests (request ids, ETags, file ids) are runs of
// 16 or more hex characters: a short value of digits inside one, not all of
// it, is chance (a 6-digit document number turned up in a 32-character
// request id), not a leak — a value written out stands apart from the
// characters around it, and hex-encoding a value changes its characters.
inline constexpr qsizetype kRandomHexRun = 16;

// Whether `line` holds `needle` anywhere but inside a longer random hex run.
bool holds(const QByteArray &line, const QByteArray &needle)
{
    // A value with other characters than hex cannot be inside a hex run.
    if (!std::all_of(needle.begin(), needle.end(), isHex))
        return line.contains(needle);
    for (qsizetype at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
        qsizetype begin = at;
        qsizetype end = at + needle.size();
        while (begin > 0 && isHex(line.at(begin - 1)))
            --begin;
        while (end < line.size() && isHex(line.at(end)))
            ++end;
        if (end - begin < kRandomHexRun || end - begin == needle.size())
            return true;
    }
    return false;
}

void scan(const QString &where, const QByteArray &bytes, const QList<Needle> &needles,
          const QList<Pattern> &pats, QList<Hit> *hits)
{
    for (QByteArray line : bytes.split('\n')) {
        if (line.contains("demo password: "))
            continue; // the public demo sign-in, printed on purpose
        for (const Needle &n : needles) {
            if (holds(line, n.bytes)) {
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

// The scan's own rules on made-up lines: 0 when each is judged as it must be.
int selfTest()
{
    const QList<Needle> needles{{QStringLiteral("a value"), QByteArrayLiteral("452371")},
                                {QStringLiteral("a name"), QByteArrayLiteral("Ivanova")}};
    struct Case
    {
        const char *line;
        bool hit;
    };
    const Case cases[] = {
        {"POST /x 200 19 ms id a052f4523713aafbb6231bf7ac247165", false}, // inside a request id
        {"passport 452371 issued", true},
        {"number=452371;", true},
        {"id a052f3aafbb6231bf7ac247165 452371", true}, // beside an id, not in it
        {"452371", true},                               // the whole line, nothing around
        {"ab452371cd", true},                           // a short run: not an identifier
        {"hash 0123456789abcdef452371", false},         // a digest of 22 hex characters
        {"owner Ivanova", true},
        {"IvanovaIvanova0123456789abcdef", true}, // not a hex value: always searched
    };
    int failures = 0;
    for (const Case &c : cases) {
        QList<Hit> hits;
        scan(QStringLiteral("self-test"), QByteArray(c.line), needles, {}, &hits);
        if (hits.isEmpty() == c.hit) {
            std::printf("cp-log-scan --self-test: \"%s\" judged %s\n", c.line,
                        c.hit ? "clean" : "a hit");
            ++failures;
        }
    }
    std::printf("cp-log-scan --self-test: %d of %d cases wrong\n", failures, int(std::size(cases)));
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args == QStringList{QStringLiteral("--self-test")})
        return selfTest();
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
