// Strict JSON reading: documents that are not JSON, not UTF-8, too deep or
// too large, and values of the wrong type, range or size — each a clear
// error with its path, never a crash.
#include "domain/jsonreader.h"

#include <QTest>

using namespace cp::domain;

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void badDocuments_data();
    void badDocuments();
    void goodDocument();
    void wrongValues_data();
    void wrongValues();
    void firstErrorWinsAndSticks();
    void nestedPaths();
    void timesRoundTrip_data();
    void timesRoundTrip();
};

void TestJsonReader::badDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QString>("expected"); // part of the message

    const qsizetype limit = 1024;
    QTest::newRow("empty") << QByteArray() << limit << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray("  \n") << limit << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("hello") << limit << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"a": [1, 2)") << limit
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array at top") << QByteArray("[1,2]") << limit
                                  << QStringLiteral("object at the top");
    // Qt's parser refuses a scalar at the top before we can look at it.
    QTest::newRow("string at top")
        << QByteArray("\"x\"") << limit << QStringLiteral("not valid JSON");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"a\": \"\xff\xfe\"}") << limit << QStringLiteral("not valid JSON");
    QTest::newRow("overlong utf-8")
        << QByteArray("{\"a\": \"\xc0\xaf\"}") << limit << QStringLiteral("not valid JSON");
    QTest::newRow("too large") << QByteArray(2048, ' ') << limit << QStringLiteral("larger than");
    QTest::newRow("very deep") << (QByteArray("{\"a\":") + QByteArray(5000, '[') +
                                   QByteArray(5000, ']') + "}")
                               << qsizetype(1 << 20) << QStringLiteral("not valid JSON");
    QTest::newRow("nul byte") << QByteArray("{\"a\": 1}\0", 9) << limit
                              << QStringLiteral("not valid JSON");
}

void TestJsonReader::badDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QString, expected);
    JsonError error;
    const std::optional<QJsonObject> object = parseJsonObject(bytes, &error, maxBytes);
    QVERIFY(!object);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
}

void TestJsonReader::goodDocument()
{
    JsonError error;
    const auto object = parseJsonObject(R"({"name": "Иван", "n": 3})", &error);
    QVERIFY(object);
    JsonReader reader(*object);
    QCOMPARE(reader.string(QStringLiteral("name")), QStringLiteral("Иван"));
    QCOMPARE(reader.integer(QStringLiteral("n"), 0, 10), 3);
    QVERIFY(reader.ok());
}

void TestJsonReader::wrongValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("read"); // which reader function to call on "v"
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const char *json, const char *read, const char *message) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(read)
                            << QString::fromLatin1(message);
    };
    row("missing string", R"({})", "string", "missing");
    row("null string", R"({"v": null})", "string", "missing");
    row("number for string", R"({"v": 5})", "string", "expected a string");
    row("huge string", "", "string", "longer than"); // document built in the test
    row("string for integer", R"({"v": "5"})", "integer", "expected an integer");
    row("fraction for integer", R"({"v": 5.5})", "integer", "expected an integer");
    row("integer too big", R"({"v": 1e300})", "integer", "out of range");
    row("integer negative", R"({"v": -1})", "integer", "out of range");
    row("string for bool", R"({"v": "true"})", "boolean", "expected true or false");
    row("number for bool", R"({"v": 1})", "boolean", "expected true or false");
    row("date in wrong form", R"({"v": "25.11.2026"})", "date", "expected a date");
    row("impossible date", R"({"v": "2026-02-30"})", "date", "expected a date");
    row("time without zone", R"({"v": "2026-11-25T10:00:00"})", "dateTime", "expected a time");
    row("time as date", R"({"v": "2026-11-25"})", "dateTime", "expected a time");
    row("bad base64", R"({"v": "***"})", "base64", "expected base64");
    row("object for array", R"({"v": {}})", "array", "expected an array");
    row("too many items", R"({"v": [1,2,3,4,5,6]})", "array", "more than 5 items");
    row("number in string list", R"({"v": ["a", 2]})", "stringList", "expected a string");
    row("not allowed enum", R"({"v": "maybe"})", "enum", "not one of the allowed values");
    row("array for object", R"({"v": []})", "object", "expected an object");
}

void TestJsonReader::wrongValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, read);
    QFETCH(QString, message);
    if (json.isEmpty()) // the huge-string row builds its document here
        json = "{\"v\": \"" + QByteArray(5000, 'x') + "\"}";
    JsonError error;
    const auto object = parseJsonObject(json, &error);
    QVERIFY2(object, qPrintable(error.message));
    JsonReader reader(*object, QStringLiteral("doc"));
    const QString v = QStringLiteral("v");
    if (read == u"string")
        reader.string(v);
    else if (read == u"integer")
        reader.integer(v, 0, 1000);
    else if (read == u"boolean")
        reader.boolean(v);
    else if (read == u"date")
        reader.date(v);
    else if (read == u"dateTime")
        reader.dateTime(v);
    else if (read == u"base64")
        reader.base64(v, 100);
    else if (read == u"array")
        reader.array(v, 5);
    else if (read == u"stringList")
        reader.stringList(v, 5);
    else if (read == u"enum")
        reader.enumString(v, {QStringLiteral("yes"), QStringLiteral("no")});
    else if (read == u"object")
        reader.object(v);
    else
        QFAIL("unknown reader function in the test data");
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error()->message.contains(message), qPrintable(reader.error()->message));
    QVERIFY(reader.error()->path.startsWith(u"doc.v"));
}

void TestJsonReader::firstErrorWinsAndSticks()
{
    JsonReader reader(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), u"x"_qs}});
    reader.string(QStringLiteral("a"));
    reader.integer(QStringLiteral("b"), 0, 1);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error()->path, QStringLiteral("a"));
    // Reads after a failure return empty values and keep the first error.
    QCOMPARE(reader.string(QStringLiteral("b")), QString());
    QCOMPARE(reader.error()->path, QStringLiteral("a"));
}

void TestJsonReader::nestedPaths()
{
    JsonError error;
    const auto object =
        parseJsonObject(R"({"org": {"names": [{"full": "A"}, {"full": 7}]}})", &error);
    QVERIFY(object);
    JsonReader reader(*object);
    JsonReader org = reader.child(QStringLiteral("org"));
    org.objects<QString>(QStringLiteral("names"), 10,
                         [](JsonReader &item) -> std::optional<QString> {
                             return item.string(QStringLiteral("full"));
                         });
    reader.adopt(org);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error()->toString(), QStringLiteral("org.names[1].full: expected a string"));
}

void TestJsonReader::timesRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("utc") << u"2026-11-25T16:21:08Z"_qs << u"2026-11-25T16:21:08Z"_qs;
    QTest::newRow("ms") << u"2026-11-25T16:21:08.250Z"_qs << u"2026-11-25T16:21:08.250Z"_qs;
    QTest::newRow("moscow offset") << u"2026-11-25T19:21:08+03:00"_qs << u"2026-11-25T16:21:08Z"_qs;
}

void TestJsonReader::timesRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    JsonReader reader(QJsonObject{{QStringLiteral("t"), text}});
    const QDateTime t = reader.dateTime(QStringLiteral("t"));
    QVERIFY(reader.ok());
    QCOMPARE(toJsonDateTime(t), written);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
