// Bad input to every route of the real profile-server over TLS. The route list
// comes from `profile-server --print-routes`, so a new route gets its rows
// (wrong methods, unknown and malformed ids, missing and wrong tokens, bodies
// that do not parse, break the schema, are too large or of the wrong type,
// bad Idempotency-Keys and query parameters) without editing this file. Every
// answer must be the 4xx of the contract (docs/api/openapi.yaml, "Errors")
// with its error shape, X-Request-Id and Cache-Control: no-store; never a 5xx,
// and the server must still be up and answering at the end.
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp::testing;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// What the body of an answer must look like.
enum class Shape
{
    Api,    // {"error", "message"}, application/json
    OAuth,  // {"error", "error_description", "message"}, application/json
    Html,   // a text/html page (the sign-in pages)
    NoBody, // an answer to HEAD: the headers of the error, no body
};

struct Row
{
    QByteArray method;
    QString target; // path and query
    QByteArray body;
    Headers headers;
    QString bearer;
    int status = 0;
    QString error; // the expected error code; empty for Html and NoBody
    Shape shape = Shape::Api;
    QStringList allow; // for 405: the methods of the path, sorted
};

enum class Kind
{
    Public,
    Citizen,
    Organisation
};

enum class Body
{
    None,
    Json,
    OptionalJson,
    Form,
    Upload
};

struct Route
{
    QByteArray method;
    QString pattern;
    Kind kind = Kind::Public;
    Body body = Body::None;
    bool idempotent = false;
};

// Who may call a route follows from its path.
Kind kindOf(const QString &pattern)
{
    if (pattern.startsWith(u"/api/v1/org/"))
        return Kind::Organisation;
    if (pattern.startsWith(u"/api/v1/"))
        return Kind::Citizen;
    return Kind::Public;
}

// What the route takes as a body. Unknown POST routes of the API are taken as
// JSON routes: that is what the contract's conventions make them.
Body bodyOf(const QByteArray &method, const QString &pattern)
{
    if (method != "POST")
        return Body::None;
    if (pattern.startsWith(u"/oauth/"))
        return Body::Form;
    if (pattern == u"/api/v1/documents")
        return Body::Upload;
    static const QStringList optional{QStringLiteral("/api/v1/consent-requests/{id}/grant"),
                                      QStringLiteral("/api/v1/consent-requests/{id}/deny"),
                                      QStringLiteral("/api/v1/consents/{id}/revoke"),
                                      QStringLiteral("/api/v1/org/consent-requests/{id}/withdraw")};
    return optional.contains(pattern) ? Body::OptionalJson : Body::Json;
}

bool idempotentRoute(const QByteArray &method, const QString &pattern)
{
    static const QStringList routes{QStringLiteral("POST /api/v1/orders"),
                                    QStringLiteral("POST /api/v1/consent-requests/{id}/grant"),
                                    QStringLiteral("POST /api/v1/consent-requests/{id}/deny"),
                                    QStringLiteral("POST /api/v1/consents/{id}/revoke")};
    return routes.contains(QString::fromLatin1(method) + u' ' + pattern);
}

// The shape of the errors of a path that the dispatcher and the handlers share.
Shape shapeOf(const QString &path)
{
    if (path == u"/oauth/token" || path == u"/oauth/revoke")
        return Shape::OAuth;
    if (path == u"/oauth/authorize")
        return Shape::Html;
    return Shape::Api;
}

// A demo resource that exists for the demo citizen and the demo bank, for the
// checks that must get past the lookup; "zz-unknown" where there is none.
QString existingValue(const QString &pattern, const QString &param)
{
    if (param == u"type")
        return QStringLiteral("addresses");
    if (pattern.startsWith(u"/api/v1/records/"))
        return QStringLiteral("rec-addresses");
    if (pattern.startsWith(u"/api/v1/documents/"))
        return QStringLiteral("doc-std-r");
    if (pattern.contains(u"/consent-requests/"))
        return QStringLiteral("req-0007"); // pending, the bank's
    if (pattern.contains(u"/consents/"))
        return QStringLiteral("con-0003"); // active, the bank's
    return QStringLiteral("zz-unknown");
}

QStringList paramsOf(const QString &pattern)
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList names;
    for (auto it = re.globalMatch(pattern); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// The pattern with every parameter replaced by an existing value, except
// `param`, which gets `value`.
QString fill(const QString &pattern, const QString &param = {}, const QString &value = {})
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        out += name == param ? value : existingValue(pattern, name);
        last = m.capturedEnd();
    }
    return out + pattern.mid(last);
}

QByteArray jsonString(qsizetype size)
{
    return '"' + QByteArray(size, 'x') + '"';
}

// Sets a header of a request, or removes it with an empty value.
void setHeader(Headers &headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &h) { return h.first == name; });
    if (!value.isEmpty())
        headers.append(qMakePair(name, value));
}

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% bad-input test\n%%EOF\n");

} // namespace

Q_DECLARE_METATYPE(Row)

class TestServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyRouteHasRows();
    void table_data();
    void table();
    void requestIds();
    void serverStillAnswers();

private:
    void buildTable();
    void add(const Route &route, const QString &name, Row row);
    void addPathRows(const QString &pattern, const QStringList &methods);
    void addRouteRows(const Route &route);
    void addJsonRows(const Route &route);
    void addFormRows(const Route &route);
    void addUploadRows(const Route &route);
    void addQueryRows(const Route &route);
    void addOtherRows();

    QString rightToken(Kind kind) const;
    // A body and headers that pass the dispatcher's checks of the route
    // (type, size, key), so that what a row varies is what fails.
    Row validShaped(const Route &route);
    QByteArray freshKey();

    ServerFixture m_server;
    QList<Route> m_routes;
    QList<std::pair<QString, Row>> m_rows;
    QSet<QString> m_covered; // "METHOD pattern" of the routes with rows
    int m_keys = 0;

    QString m_citizen;        // demo
    QString m_citizen2;       // demo2: another citizen
    QString m_citizenRevoked; // demo, revoked
    QString m_bank;           // org-bank
    QString m_insurer;        // org-insurer: another organisation
    QString m_bankRevoked;    // org-bank, revoked
};

void TestServerBadInput::initTestCase()
{
    // The routes, as the server itself lists them.
    QProcess routes;
    routes.start(profileServerPath(), {QStringLiteral("--print-routes")});
    QVERIFY(routes.waitForFinished(30000));
    QCOMPARE(routes.exitCode(), 0);
    static const QRegularExpression line(QStringLiteral("^([A-Z]+) (/\\S*)$"));
    for (const QByteArray &raw : routes.readAllStandardOutput().split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw.trimmed()));
        if (!m.hasMatch())
            continue;
        Route r;
        r.method = m.captured(1).toLatin1();
        r.pattern = m.captured(2);
        r.kind = kindOf(r.pattern);
        r.body = bodyOf(r.method, r.pattern);
        r.idempotent = idempotentRoute(r.method, r.pattern);
        m_routes.append(r);
    }
    QVERIFY2(m_routes.size() >= 30, "profile-server --print-routes listed too few routes");

    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    Reply last;
    m_citizen = m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last).access;
    QVERIFY2(!m_citizen.isEmpty(), last.body.constData());
    m_citizen2 =
        m_server.signIn(QStringLiteral("demo2"), QStringLiteral("demo2-2026"), &last).access;
    QVERIFY2(!m_citizen2.isEmpty(), last.body.constData());
    m_citizenRevoked =
        m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last).access;
    QVERIFY2(!m_citizenRevoked.isEmpty(), last.body.constData());
    m_bank = m_server.organisationToken(QStringLiteral("org-bank"), &last);
    QVERIFY2(!m_bank.isEmpty(), last.body.constData());
    m_insurer = m_server.organisationToken(QStringLiteral("org-insurer"), &last);
    QVERIFY2(!m_insurer.isEmpty(), last.body.constData());
    m_bankRevoked = m_server.organisationToken(QStringLiteral("org-bank"), &last);
    QVERIFY2(!m_bankRevoked.isEmpty(), last.body.constData());
    // Revoked by their own clients (RFC 7009): the app names itself, the bank
    // signs an assertion.
    QCOMPARE(m_server
                 .postForm(QStringLiteral("/oauth/revoke"),
                           {{QStringLiteral("token"), m_citizenRevoked},
                            {QStringLiteral("client_id"), QStringLiteral("citizen-profile")}})
                 .status,
             200);
    QCOMPARE(
        m_server
            .postForm(QStringLiteral("/oauth/revoke"),
                      {{QStringLiteral("token"), m_bankRevoked},
                       {QStringLiteral("client_assertion_type"),
                        QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                       {QStringLiteral("client_assertion"),
                        QString::fromLatin1(m_server.clientAssertion(QStringLiteral("org-bank")))}})
            .status,
        200);
    // The tokens work where they should, and the revoked ones do not.
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), m_citizen).status, 200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), m_citizen2).status, 200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), m_citizenRevoked).status, 401);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), m_bank).status,
             200);
    QCOMPARE(
        m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), m_bankRevoked).status,
        401);

    buildTable();
    qInfo("bad-input table: %d rows over %d routes", int(m_rows.size()), int(m_routes.size()));
}

void TestServerBadInput::cleanupTestCase()
{
    m_server.stop();
}

QString TestServerBadInput::rightToken(Kind kind) const
{
    switch (kind) {
    case Kind::Citizen:
        return m_citizen;
    case Kind::Organisation:
        return m_bank;
    case Kind::Public:
        break;
    }
    return {};
}

QByteArray TestServerBadInput::freshKey()
{
    return "bad-input-" + QByteArray::number(++m_keys).rightJustified(6, '0');
}

Row TestServerBadInput::validShaped(const Route &route)
{
    Row row;
    row.method = route.method;
    row.target = fill(route.pattern);
    row.bearer = rightToken(route.kind);
    switch (route.body) {
    case Body::None:
    case Body::OptionalJson:
        break;
    case Body::Json:
        row.body = "{}";
        setHeader(row.headers, "Content-Type", "application/json");
        break;
    case Body::Form:
        row.body = "client_id=citizen-profile";
        setHeader(row.headers, "Content-Type", "application/x-www-form-urlencoded");
        break;
    case Body::Upload:
        row.target += QStringLiteral("?title=scan");
        row.body = kPdf;
        setHeader(row.headers, "Content-Type", "application/pdf");
        break;
    }
    if (route.idempotent)
        setHeader(row.headers, "Idempotency-Key", freshKey());
    return row;
}

void TestServerBadInput::add(const Route &route, const QString &name, Row row)
{
    if (!route.pattern.isEmpty())
        m_covered.insert(QString::fromLatin1(route.method) + u' ' + route.pattern);
    if (row.method == "HEAD") {
        row.shape = Shape::NoBody;
        row.error.clear();
    }
    const QString tag = QString::fromLatin1(row.method) + u' ' +
                        (route.pattern.isEmpty() ? row.target.left(60) : route.pattern) +
                        QStringLiteral(": ") + name;
    m_rows.append({tag, row});
}

void TestServerBadInput::buildTable()
{
    QMap<QString, QStringList> methodsOfPath;
    for (const Route &r : std::as_const(m_routes))
        methodsOfPath[r.pattern].append(QString::fromLatin1(r.method));
    for (auto it = methodsOfPath.cbegin(); it != methodsOfPath.cend(); ++it)
        addPathRows(it.key(), it.value());
    for (const Route &r : std::as_const(m_routes))
        addRouteRows(r);
    addOtherRows();
}

// Methods the path does not list: 405 with Allow naming exactly those it does.
void TestServerBadInput::addPathRows(const QString &pattern, const QStringList &methods)
{
    QStringList allow = methods;
    allow.sort();
    for (const char *method : {"PUT", "DELETE", "PATCH", "GET", "POST"}) {
        if (methods.contains(QLatin1StringView(method)))
            continue;
        Row row;
        row.method = method;
        row.target = fill(pattern);
        row.status = 405;
        row.error = QStringLiteral("method_not_allowed");
        row.allow = allow;
        m_rows.append({QString::fromLatin1(method) + u' ' + pattern + u": not allowed", row});
    }
}

void TestServerBadInput::addRouteRows(const Route &route)
{
    const Shape shape = shapeOf(route.pattern);

    // Ids: unknown ones (the handler looks and finds nothing), malformed ones
    // (the router refuses them), and the resources of another caller.
    const QStringList params = paramsOf(route.pattern);
    const QList<std::pair<const char *, QString>> ids{
        {"unknown", QStringLiteral("zz-unknown")},
        {"unknown of 64 characters", QString(64, u'z')},
        {"'..'", QStringLiteral("..")},
        {"65 characters", QString(65, u'a')},
        {"NUL inside", QStringLiteral("a%00b")},
        {"encoded dots", QStringLiteral("%2e%2e")},
        {"encoded slash", QStringLiteral("a%2Fb")},
        {"non-ASCII", QStringLiteral("%D0%B8%D0%B4")},
    };
    for (const QString &param : params) {
        for (const auto &[what, value] : ids) {
            Row row = validShaped(route);
            row.target = fill(route.pattern, param, value);
            if (route.body == Body::Upload)
                row.target += QStringLiteral("?title=scan");
            row.status = 404;
            row.error = QStringLiteral("not_found");
            row.shape = shape;
            add(route, QStringLiteral("{%1} %2").arg(param, QLatin1StringView(what)), row);
        }
    }
    const bool hasExisting = std::any_of(params.begin(), params.end(), [&](const QString &p) {
        // Ids of resources, which belong to a caller ({type} names a kind).
        return p == u"id" && existingValue(route.pattern, p) != u"zz-unknown";
    });
    if (hasExisting && route.kind != Kind::Public) {
        Row row = validShaped(route);
        row.bearer = route.kind == Kind::Citizen ? m_citizen2 : m_insurer;
        row.status = 404;
        row.error = QStringLiteral("not_found");
        add(route, QStringLiteral("another caller's resource"), row);
    }

    // Tokens.
    if (route.kind != Kind::Public) {
        const QList<std::pair<const char *, QByteArray>> authorizations{
            {"no token", QByteArray()},
            {"garbage token", "Bearer not-a-token"},
            {"expired-looking token",
             "Bearer eyJhbGciOiJFUzI1NiJ9.eyJleHAiOjE2MDAwMDAwMDB9.c2lnbmF0dXJl"},
            {"revoked token",
             "Bearer " +
                 (route.kind == Kind::Citizen ? m_citizenRevoked : m_bankRevoked).toLatin1()},
            {"empty bearer", "Bearer "},
            {"token of 600 characters", "Bearer " + QByteArray(600, 'A')},
            {"Basic scheme", "Basic ZGVtbzpkZW1vLTIwMjY="},
            {"token without scheme", rightToken(route.kind).toLatin1()},
        };
        for (const auto &[what, authorization] : authorizations) {
            Row row = validShaped(route);
            row.bearer.clear();
            setHeader(row.headers, "Authorization", authorization);
            row.status = 401;
            row.error = QStringLiteral("unauthorized");
            add(route, QString::fromLatin1(what), row);
        }
        // A valid token of the other kind of caller: 403 forbidden (the
        // contract's securitySchemes and its Forbidden response).
        Row other = validShaped(route);
        other.bearer = route.kind == Kind::Citizen ? m_bank : m_citizen;
        other.status = 403;
        other.error = QStringLiteral("forbidden");
        add(route,
            route.kind == Kind::Citizen ? QStringLiteral("organisation's token")
                                        : QStringLiteral("citizen's token"),
            other);
    }

    // Idempotency-Key.
    if (route.idempotent) {
        const QList<std::pair<const char *, QByteArray>> keys{
            {"no Idempotency-Key", QByteArray()},
            {"Idempotency-Key of 7 characters", "abcdefg"},
            {"Idempotency-Key with a space", "abc defgh"},
            {"Idempotency-Key with '$'", "abcdefgh$"},
            {"Idempotency-Key with non-ASCII", "abcdefgh\xd0\xb8"},
            {"Idempotency-Key of 129 characters", QByteArray(129, 'k')},
        };
        for (const auto &[what, key] : keys) {
            Row row = validShaped(route);
            setHeader(row.headers, "Idempotency-Key", key);
            row.status = 400;
            row.error = QStringLiteral("invalid_request");
            add(route, QString::fromLatin1(what), row);
        }
    }

    switch (route.body) {
    case Body::None:
        break;
    case Body::Json:
    case Body::OptionalJson:
        addJsonRows(route);
        break;
    case Body::Form:
        addFormRows(route);
        break;
    case Body::Upload:
        addUploadRows(route);
        break;
    }
    addQueryRows(route);
}

void TestServerBadInput::addJsonRows(const Route &route)
{
    auto row = [&](const QByteArray &body, int status, const char *error) {
        Row r = validShaped(route);
        r.body = body;
        setHeader(r.headers, "Content-Type", "application/json");
        r.status = status;
        r.error = QString::fromLatin1(error);
        return r;
    };

    // Bodies that do not parse as a JSON object.
    QList<std::pair<const char *, QByteArray>> malformed{
        {"'{'", "{"},
        {"'[]'", "[]"},
        {"a JSON string", "\"x\""},
        {"a member without value", "{\"a\":}"},
        {"invalid UTF-8", "{\"kind\":\"\xff\xfe\"}"},
        {"10 000 nested arrays", QByteArray(10000, '[') + QByteArray(10000, ']')},
        {"trailing comma", "{\"kind\":\"ndfl2\",}"},
        {"garbage after the object", "{} {}"},
        {"single quotes", "{'kind':'ndfl2'}"},
        {"a number", "42"},
        {"null", "null"},
        {"a number beyond double", "{\"kind\":1e400}"},
    };
    if (route.body == Body::Json)
        malformed.append({"empty body", QByteArray()});
    for (const auto &[what, body] : malformed)
        add(route, QStringLiteral("malformed JSON: ") + QLatin1StringView(what),
            row(body, 400, "invalid_json"));

    // Bodies that parse but break the schema.
    QList<std::pair<const char *, QByteArray>> invalid{
        {"unknown member", "{\"zz_unknown_member\":true}"},
        {"unknown member with a 100 KB string", "{\"zz\":" + jsonString(100 * 1024) + '}'},
    };
    if (route.pattern == u"/api/v1/orders") {
        invalid += {
            {"kind missing", "{}"},
            {"kind a number", "{\"kind\":5}"},
            {"kind unknown", "{\"kind\":\"zz_unknown\"}"},
            {"kind of 100 KB", "{\"kind\":" + jsonString(100 * 1024) + '}'},
            {"year missing", "{\"kind\":\"ndfl2\"}"},
            {"year a string", "{\"kind\":\"ndfl2\",\"year\":\"2025\"}"},
            {"year a fraction", "{\"kind\":\"ndfl2\",\"year\":2025.5}"},
            {"year out of range", "{\"kind\":\"ndfl2\",\"year\":1999}"},
            {"year 1e308", "{\"kind\":\"ndfl2\",\"year\":1e308}"},
        };
    } else if (route.pattern.endsWith(u"/grant")) {
        invalid += {
            {"optional_records a string", "{\"optional_records\":\"addresses\"}"},
            {"optional_records of numbers", "{\"optional_records\":[1]}"},
            {"optional_records with a required record", "{\"optional_records\":[\"fio_bio\"]}"},
            {"optional_records with an unknown key", "{\"optional_records\":[\"zz_unknown\"]}"},
            {"optional_records with a 100 KB string",
             "{\"optional_records\":[" + jsonString(100 * 1024) + "]}"},
            {"optional_records an object", "{\"optional_records\":{}}"},
        };
    } else if (route.pattern == u"/api/v1/org/consent-requests") {
        invalid += {
            {"citizen missing", "{}"},
            {"citizen a string", "{\"citizen\":\"x\"}"},
            {"snils a number", "{\"citizen\":{\"snils\":123}}"},
            {"snils of 100 KB", "{\"citizen\":{\"snils\":" + jsonString(100 * 1024) + "}}"},
            {"snils with a wrong checksum", "{\"citizen\":{\"snils\":\"112-233-445 00\"}}"},
            {"records not a list", "{\"citizen\":{\"snils\":\"112-233-445 95\"},\"records\":1}"},
        };
    }
    for (const auto &[what, body] : invalid)
        add(route, QStringLiteral("invalid body: ") + QLatin1StringView(what),
            row(body, 422, "invalid_request"));

    // Too large: a 1 MB string alone is over the 1 MiB limit.
    add(route, QStringLiteral("body with a 1 MiB string"),
        row("{\"kind\":" + jsonString(1024 * 1024) + '}', 413, "payload_too_large"));
    add(route, QStringLiteral("body one byte over 1 MiB"),
        row("{}" + QByteArray(1024 * 1024 - 1, ' '), 413, "payload_too_large"));

    // Not JSON by its type.
    for (const QByteArray &type :
         {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
          QByteArray("application/jsonx"), QByteArray("application/xml"), QByteArray()}) {
        Row r = row("{}", 415, "unsupported_media_type");
        setHeader(r.headers, "Content-Type", type);
        add(route,
            QStringLiteral("Content-Type ") +
                (type.isEmpty() ? QStringLiteral("missing") : QString::fromLatin1(type)),
            r);
    }
}

void TestServerBadInput::addFormRows(const Route &route)
{
    const Shape shape = shapeOf(route.pattern);
    auto row = [&](const QByteArray &body, int status, const char *error) {
        Row r = validShaped(route);
        r.body = body;
        r.status = status;
        r.error = shape == Shape::Html ? QString() : QString::fromLatin1(error);
        r.shape = shape;
        return r;
    };
    // RFC 6749's shape has no codes for 413 and 415: invalid_request there.
    add(route, QStringLiteral("form over 1 MiB"),
        row("client_id=" + QByteArray(1024 * 1024, 'x'), 413,
            shape == Shape::OAuth ? "invalid_request" : "payload_too_large"));
    for (const QByteArray &type : {QByteArray("application/json"), QByteArray("text/plain"),
                                   QByteArray("multipart/form-data; boundary=x"), QByteArray()}) {
        Row r =
            row("{}", 415, shape == Shape::OAuth ? "invalid_request" : "unsupported_media_type");
        setHeader(r.headers, "Content-Type", type);
        add(route,
            QStringLiteral("Content-Type ") +
                (type.isEmpty() ? QStringLiteral("missing") : QString::fromLatin1(type)),
            r);
    }
    add(route, QStringLiteral("form with invalid UTF-8"),
        row("client_id=citizen-profile&token=%FF%FE", 400, "invalid_request"));
    add(route, QStringLiteral("parameter given twice"),
        row("client_id=citizen-profile&client_id=citizen-profile", 400, "invalid_request"));
    add(route, QStringLiteral("parameter with a quote in its name given twice"),
        row("%22x%5C=1&%22x%5C=2", 400, "invalid_request"));

    const QString verifier(43, u'v');
    const QString redirect = QStringLiteral("http://127.0.0.1:49152/callback");
    struct FormCase
    {
        const char *what;
        QList<QPair<QString, QString>> form;
        int status;
        const char *error;
    };
    QList<FormCase> cases;
    if (route.pattern == u"/oauth/token") {
        const QString jwtBearer =
            QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        cases = {
            {"grant_type missing",
             {{u"client_id"_qs, u"citizen-profile"_qs}},
             400,
             "invalid_request"},
            {"grant_type password",
             {{u"grant_type"_qs, u"password"_qs}, {u"username"_qs, u"demo"_qs}},
             400,
             "unsupported_grant_type"},
            {"unknown code",
             {{u"grant_type"_qs, u"authorization_code"_qs},
              {u"code"_qs, u"zz-unknown"_qs},
              {u"redirect_uri"_qs, redirect},
              {u"client_id"_qs, u"citizen-profile"_qs},
              {u"code_verifier"_qs, verifier}},
             400,
             "invalid_grant"},
            {"code of 100 KB",
             {{u"grant_type"_qs, u"authorization_code"_qs},
              {u"code"_qs, QString(100 * 1024, u'c')},
              {u"redirect_uri"_qs, redirect},
              {u"client_id"_qs, u"citizen-profile"_qs},
              {u"code_verifier"_qs, verifier}},
             400,
             "invalid_request"},
            {"code_verifier too short",
             {{u"grant_type"_qs, u"authorization_code"_qs},
              {u"code"_qs, u"zz-unknown"_qs},
              {u"redirect_uri"_qs, redirect},
              {u"client_id"_qs, u"citizen-profile"_qs},
              {u"code_verifier"_qs, u"short"_qs}},
             400,
             "invalid_request"},
            {"code grant of an unknown client",
             {{u"grant_type"_qs, u"authorization_code"_qs},
              {u"code"_qs, u"zz-unknown"_qs},
              {u"redirect_uri"_qs, redirect},
              {u"client_id"_qs, u"zz-client"_qs},
              {u"code_verifier"_qs, verifier}},
             401,
             "invalid_client"},
            {"unknown refresh token",
             {{u"grant_type"_qs, u"refresh_token"_qs},
              {u"refresh_token"_qs, u"zz-unknown"_qs},
              {u"client_id"_qs, u"citizen-profile"_qs}},
             400,
             "invalid_grant"},
            {"refresh token of 100 KB",
             {{u"grant_type"_qs, u"refresh_token"_qs},
              {u"refresh_token"_qs, QString(100 * 1024, u'r')},
              {u"client_id"_qs, u"citizen-profile"_qs}},
             400,
             "invalid_request"},
            {"refresh without client_id",
             {{u"grant_type"_qs, u"refresh_token"_qs}, {u"refresh_token"_qs, u"zz"_qs}},
             401,
             "invalid_client"},
            {"client_credentials without assertion type",
             {{u"grant_type"_qs, u"client_credentials"_qs}, {u"client_assertion"_qs, u"a.b.c"_qs}},
             400,
             "invalid_request"},
            {"client_credentials without assertion",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer}},
             400,
             "invalid_request"},
            {"assertion that is not a JWT",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer},
              {u"client_assertion"_qs, u"not-a-jwt"_qs}},
             401,
             "invalid_client"},
            {"assertion of garbage parts",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer},
              {u"client_assertion"_qs, u"a.b.c"_qs}},
             401,
             "invalid_client"},
            {"assertion of 9000 characters",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer},
              {u"client_assertion"_qs, QString(9000, u'a')}},
             400,
             "invalid_request"},
            {"assertion with a wrong audience",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer},
              {u"client_assertion"_qs,
               QString::fromLatin1(m_server.clientAssertion(
                   QStringLiteral("org-bank"),
                   {{u"aud"_qs, u"https://elsewhere.example/oauth/token"_qs}}))}},
             401,
             "invalid_client"},
            {"assertion that expired",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer},
              {u"client_assertion"_qs,
               QString::fromLatin1(m_server.clientAssertion(
                   QStringLiteral("org-bank"),
                   {{u"exp"_qs, QDateTime::currentSecsSinceEpoch() - 60}}))}},
             401,
             "invalid_client"},
            {"assertion signed by another organisation's key",
             {{u"grant_type"_qs, u"client_credentials"_qs},
              {u"client_assertion_type"_qs, jwtBearer},
              {u"client_assertion"_qs,
               QString::fromLatin1(m_server.clientAssertion(
                   QStringLiteral("org-insurer"),
                   {{u"iss"_qs, u"org-bank"_qs}, {u"sub"_qs, u"org-bank"_qs}}))}},
             401,
             "invalid_client"},
        };
    } else if (route.pattern == u"/oauth/revoke") {
        cases = {
            {"token missing",
             {{u"token_type_hint"_qs, u"refresh_token"_qs}},
             400,
             "invalid_request"},
            {"token empty", {{u"token"_qs, QString()}}, 400, "invalid_request"},
            {"token of 100 KB", {{u"token"_qs, QString(100 * 1024, u't')}}, 400, "invalid_request"},
        };
    } else if (route.pattern == u"/oauth/authorize") {
        cases = {
            {"no parameters", {{u"login"_qs, u"demo"_qs}}, 400, ""},
            {"unknown client",
             {{u"client_id"_qs, u"zz-client"_qs}, {u"redirect_uri"_qs, redirect}},
             400,
             ""},
            {"https redirect",
             {{u"client_id"_qs, u"citizen-profile"_qs},
              {u"redirect_uri"_qs, u"https://127.0.0.1:49152/cb"_qs}},
             400,
             ""},
            {"redirect to another host",
             {{u"client_id"_qs, u"citizen-profile"_qs},
              {u"redirect_uri"_qs, u"http://evil.example:49152/cb"_qs}},
             400,
             ""},
        };
    }
    for (const auto &[what, form, status, error] : cases) {
        add(route, QString::fromLatin1(what),
            row(ServerFixture::formEncode(form).toUtf8(), status, error));
    }
}

void TestServerBadInput::addUploadRows(const Route &route)
{
    auto row = [&](const QString &query, const QByteArray &body, const QByteArray &type, int status,
                   const char *error) {
        Row r = validShaped(route);
        r.target = route.pattern + query;
        r.body = body;
        setHeader(r.headers, "Content-Type", type);
        r.status = status;
        r.error = QString::fromLatin1(error);
        return r;
    };
    const QString title = QStringLiteral("?title=scan");
    for (const QByteArray &type :
         {QByteArray("text/plain"), QByteArray("application/json"), QByteArray("image/gif"),
          QByteArray("application/pdfx"), QByteArray()}) {
        add(route,
            QStringLiteral("Content-Type ") +
                (type.isEmpty() ? QStringLiteral("missing") : QString::fromLatin1(type)),
            row(title, kPdf, type, 415, "unsupported_media_type"));
    }
    add(route, QStringLiteral("upload over 20 MiB"),
        row(title, kPdf + QByteArray(20 * 1024 * 1024, 'x'), "application/pdf", 413,
            "payload_too_large"));
    add(route, QStringLiteral("no title"),
        row(QString(), kPdf, "application/pdf", 422, "invalid_request"));
    add(route, QStringLiteral("blank title"),
        row(QStringLiteral("?title=%20%20"), kPdf, "application/pdf", 422, "invalid_request"));
    add(route, QStringLiteral("title of 201 characters"),
        row(QStringLiteral("?title=") + QString(201, u't'), kPdf, "application/pdf", 422,
            "invalid_request"));
    Row both = row(title, kPdf, "application/pdf", 422, "invalid_request");
    setHeader(both.headers, "X-Document-Title", "scan");
    add(route, QStringLiteral("title twice"), both);
    add(route, QStringLiteral("not a PDF"),
        row(title, "not a pdf", "application/pdf", 422, "invalid_request"));
    add(route, QStringLiteral("PNG that is a PDF"),
        row(title, kPdf, "image/png", 422, "invalid_request"));
    add(route, QStringLiteral("empty body"),
        row(title, QByteArray(), "application/pdf", 422, "invalid_request"));
}

void TestServerBadInput::addQueryRows(const Route &route)
{
    if (route.method != "GET")
        return;
    QStringList queries;
    if (route.pattern == u"/api/v1/feed" || route.pattern == u"/api/v1/access-log") {
        queries = {u"limit=0"_qs,   u"limit=abc"_qs,
                   u"limit=501"_qs, u"limit=-1"_qs,
                   u"limit=1.5"_qs, u"limit="_qs,
                   u"cursor=-1"_qs, u"cursor=abc"_qs,
                   u"cursor="_qs,   u"cursor=1234567890123456"_qs};
    } else if (route.pattern == u"/api/v1/consent-requests") {
        queries = {u"state=bogus"_qs, u"state=PENDING"_qs, u"state=active"_qs, u"state="_qs};
    } else if (route.pattern == u"/api/v1/consents") {
        queries = {u"state=bogus"_qs, u"state=pending"_qs, u"state="_qs};
    } else if (route.pattern == u"/api/v1/org/consents/{id}/data") {
        queries = {u"records=unknown"_qs, u"records=fio_bio,zz_unknown"_qs, u"records="_qs,
                   u"records=fio_bio,"_qs};
    }
    for (const QString &query : std::as_const(queries)) {
        Row row = validShaped(route);
        row.target += u'?' + query;
        row.status = 400;
        row.error = QStringLiteral("invalid_request");
        add(route, QStringLiteral("query ") + query, row);
    }
}

// Paths that are no route, and the sign-in page's query.
void TestServerBadInput::addOtherRows()
{
    for (const char *path :
         {"/", "/api", "/api/v1", "/api/v1/", "/api/v1/nope", "/api/v2/me", "/api/v1/me/",
          "/api/v1//me", "/api/v1/me/extra", "/oauth/nope", "/oauth/token/extra", "/test",
          "/api/v1/documents/doc-std-r/extra", "/API/V1/ME",
          // An encoded slash is part of an id, not a separator.
          "/api/v1/records/addresses%2Frec-addresses%2Fhistory",
          "/api/v1/documents/doc-std-r%2Fcontent"}) {
        for (const char *method : {"GET", "POST"}) {
            Row row;
            row.method = method;
            row.target = QString::fromLatin1(path);
            row.bearer = m_citizen;
            row.status = 404;
            row.error = QStringLiteral("not_found");
            add(Route{}, QStringLiteral("no such path"), row);
        }
    }
    Route authorize;
    authorize.method = "GET";
    authorize.pattern = QStringLiteral("/oauth/authorize");
    const QList<std::pair<const char *, const char *>> queries{
        {"no parameters", ""},
        {"unknown client", "?client_id=zz&redirect_uri=http%3A%2F%2F127.0.0.1%3A49152%2Fcb"},
        {"no redirect_uri", "?client_id=citizen-profile&response_type=code"},
        {"https redirect", "?client_id=citizen-profile&redirect_uri=https%3A%2F%2F127.0.0.1%2Fcb"},
        {"redirect to another host",
         "?client_id=citizen-profile&redirect_uri=http%3A%2F%2Fevil.example%3A1%2Fcb"},
        {"redirect without port",
         "?client_id=citizen-profile&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb"},
        {"redirect with user info",
         "?client_id=citizen-profile&redirect_uri=http%3A%2F%2Fu%40127.0.0.1%3A1%2Fcb"},
        {"redirect with a fragment",
         "?client_id=citizen-profile&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb%23x"},
        {"client_id of 4 KB", nullptr},
    };
    for (const auto &[what, query] : queries) {
        Row row;
        row.method = "GET";
        row.target =
            authorize.pattern + (query ? QString::fromLatin1(query)
                                       : QStringLiteral("?client_id=") + QString(4096, u'c'));
        row.status = 400;
        row.shape = Shape::Html;
        add(authorize, QString::fromLatin1(what), row);
    }
}

void TestServerBadInput::everyRouteHasRows()
{
    QStringList missing;
    for (const Route &r : std::as_const(m_routes)) {
        const QString name = QString::fromLatin1(r.method) + u' ' + r.pattern;
        if (!m_covered.contains(name))
            missing.append(name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
}

void TestServerBadInput::table_data()
{
    QTest::addColumn<Row>("row");
    for (const auto &[tag, row] : std::as_const(m_rows))
        QTest::newRow(qPrintable(tag)) << row;
}

void TestServerBadInput::table()
{
    QFETCH(Row, row);
    static int counter = 0;
    const QByteArray requestId = "bad-input-row-" + QByteArray::number(++counter);
    Headers headers = row.headers;
    setHeader(headers, "X-Request-Id", requestId);
    const Reply reply = m_server.request(row.method, row.target, row.body, headers, row.bearer);

    const QByteArray shown = reply.body.left(300);
    QVERIFY2(reply.status > 0, qPrintable(reply.networkError));
    QVERIFY2(reply.status < 500, shown.constData());
    QVERIFY2(reply.status == row.status, qPrintable(QStringLiteral("status %1, expected %2: %3")
                                                        .arg(reply.status)
                                                        .arg(row.status)
                                                        .arg(QString::fromUtf8(shown))));
    QCOMPARE(reply.header("X-Request-Id"), requestId);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));

    switch (row.shape) {
    case Shape::Api:
    case Shape::OAuth: {
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
        QVERIFY2(doc.isObject(), shown.constData());
        const QJsonObject o = doc.object();
        QStringList keys = o.keys();
        keys.sort();
        // 405 keeps the common shape on the OAuth endpoints too.
        const bool oauth = row.shape == Shape::OAuth && row.status != 405;
        const QStringList expectedKeys =
            oauth ? QStringList{u"error"_qs, u"error_description"_qs, u"message"_qs}
                  : QStringList{u"error"_qs, u"message"_qs};
        QCOMPARE(keys, expectedKeys);
        QVERIFY(o.value(u"error").isString());
        QCOMPARE(o.value(u"error").toString(), row.error);
        QVERIFY(o.value(u"message").isString());
        const QString message = o.value(u"message").toString();
        QVERIFY(!message.isEmpty() && message.size() <= 1024);
        if (oauth) {
            // RFC 6749 §5.2: error_description is %x20-21 / %x23-5B / %x5D-7E.
            static const QRegularExpression charset(
                QStringLiteral("^[\\x{20}\\x{21}\\x{23}-\\x{5B}\\x{5D}-\\x{7E}]+$"));
            const QString description = o.value(u"error_description").toString();
            QVERIFY2(charset.match(description).hasMatch(), qPrintable(description));
        }
        break;
    }
    case Shape::Html:
        QVERIFY2(reply.header("Content-Type").startsWith("text/html"),
                 reply.header("Content-Type").constData());
        QVERIFY2(reply.body.startsWith("<!DOCTYPE html>"), shown.constData());
        break;
    case Shape::NoBody:
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(reply.body.isEmpty());
        break;
    }

    if (row.status == 401 && row.shape != Shape::OAuth) {
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Bearer realm=\"citizen-profile\""),
                 reply.header("WWW-Authenticate").constData());
    }
    if (row.status == 405) {
        QStringList allow;
        for (const QByteArray &m : reply.header("Allow").split(','))
            allow.append(QString::fromLatin1(m.trimmed()));
        allow.sort();
        QCOMPARE(allow, row.allow);
    }
}

void TestServerBadInput::requestIds()
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    // A valid id is echoed, on success and on an error.
    for (const QByteArray &id : {QByteArray("abc-123_X.y"), QByteArray(128, 'r')}) {
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), m_citizen, {{"X-Request-Id", id}})
                     .header("X-Request-Id"),
                 id);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/nope"), m_citizen, {{"X-Request-Id", id}})
                     .header("X-Request-Id"),
                 id);
    }
    // An invalid one is replaced by one the server makes.
    for (const QByteArray &id :
         {QByteArray("with spaces in it"), QByteArray(200, 'r'), QByteArray(129, 'r'),
          QByteArray("semi;colon"), QByteArray("\xd0\xb8\xd0\xb4"), QByteArray("a/b")}) {
        for (const QString &path : {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/nope")}) {
            const Reply reply = m_server.get(path, m_citizen, {{"X-Request-Id", id}});
            const QByteArray given = reply.header("X-Request-Id");
            QVERIFY2(given != id, id.constData());
            QVERIFY2(valid.match(QString::fromLatin1(given)).hasMatch(), given.constData());
        }
    }
    // None sent: one is made, a new one each time.
    const QByteArray first =
        m_server.get(QStringLiteral("/api/v1/me"), m_citizen).header("X-Request-Id");
    const QByteArray second =
        m_server.get(QStringLiteral("/api/v1/me"), m_citizen).header("X-Request-Id");
    QVERIFY(valid.match(QString::fromLatin1(first)).hasMatch());
    QVERIFY(first != second);
}

void TestServerBadInput::serverStillAnswers()
{
    QVERIFY(m_server.running());
    const Reply me = m_server.get(QStringLiteral("/api/v1/me"), m_citizen);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"account_confirmed").toBool(), true);
    // The bad input changed nothing: the pending request is still pending,
    // the active consent still active.
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests/req-0007"), m_citizen)
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("pending"));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consents/con-0003"), m_citizen)
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("active"));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/orders"), m_citizen)
                 .json()
                 .value(u"orders")
                 .toArray()
                 .size(),
             0);
    // No handler failed on the way.
    QVERIFY2(!m_server.output().contains("a handler failed"),
             m_server.output().right(2000).constData());
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
