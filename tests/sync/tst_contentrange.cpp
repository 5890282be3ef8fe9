// The downloader's reading of Content-Range: the well-formed values of
// RFC 9110 §14.4 and everything else refused, including numbers that do not
// fit in 64 bits (they once read as 0, which matched a download from zero).
#include "sync/contentrange.h"

#include <QTest>

using namespace cp::sync;

class TestContentRange : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestContentRange::valid_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("complete"); // -1 for "*"

    QTest::newRow("whole") << QByteArray("bytes 0-99/100") << qint64(0) << qint64(99)
                           << qint64(100);
    QTest::newRow("rest") << QByteArray("bytes 65536-131071/131072") << qint64(65536)
                          << qint64(131071) << qint64(131072);
    QTest::newRow("one byte") << QByteArray("bytes 7-7/8") << qint64(7) << qint64(7) << qint64(8);
    QTest::newRow("unknown length")
        << QByteArray("bytes 10-19/*") << qint64(10) << qint64(19) << qint64(-1);
    QTest::newRow("whitespace around")
        << QByteArray(" \tbytes 1-2/3\r\n") << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("leading zeros")
        << QByteArray("bytes 007-010/011") << qint64(7) << qint64(10) << qint64(11);
    QTest::newRow("largest") << QByteArray("bytes 0-9223372036854775806/9223372036854775807")
                             << qint64(0) << qint64(9223372036854775806LL)
                             << qint64(9223372036854775807LL);
}

void TestContentRange::valid()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, complete);
    const std::optional<ContentRange> range = parseContentRange(header);
    QVERIFY(range.has_value());
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    QCOMPARE(range->complete.value_or(-1), complete);
}

void TestContentRange::invalid_data()
{
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unit only") << QByteArray("bytes ");
    QTest::newRow("other unit") << QByteArray("items 0-1/2");
    QTest::newRow("unit case") << QByteArray("Bytes 0-1/2");
    QTest::newRow("no space") << QByteArray("bytes0-1/2");
    QTest::newRow("two spaces") << QByteArray("bytes  0-1/2");
    QTest::newRow("unsatisfied") << QByteArray("bytes */100");
    QTest::newRow("no last") << QByteArray("bytes 0-/100");
    QTest::newRow("no first") << QByteArray("bytes -5/100");
    QTest::newRow("no length") << QByteArray("bytes 0-5/");
    QTest::newRow("no slash") << QByteArray("bytes 0-5");
    QTest::newRow("negative") << QByteArray("bytes -1-5/100");
    QTest::newRow("plus sign") << QByteArray("bytes +1-5/100");
    QTest::newRow("trailing text") << QByteArray("bytes 0-5/100x");
    QTest::newRow("inner space") << QByteArray("bytes 0 -5/100");
    QTest::newRow("star and number") << QByteArray("bytes 0-5/*1");
    QTest::newRow("reversed") << QByteArray("bytes 9-5/100");
    QTest::newRow("last beyond length") << QByteArray("bytes 0-100/100");
    QTest::newRow("first overflows") << QByteArray("bytes 99999999999999999999-5/*");
    QTest::newRow("first overflows to zero")
        << QByteArray("bytes 18446744073709551616-18446744073709551617/*");
    QTest::newRow("length overflows") << QByteArray("bytes 0-5/9223372036854775808");
    QTest::newRow("nul inside") << QByteArray("bytes 0-5\0/100", 14);
    QTest::newRow("arabic-indic digit") << QByteArray("bytes \xd9\xa1-5/100");
}

void TestContentRange::invalid()
{
    QFETCH(QByteArray, header);
    QCOMPARE(parseContentRange(header), std::nullopt);
}

QTEST_GUILESS_MAIN(TestContentRange)
#include "tst_contentrange.moc"
