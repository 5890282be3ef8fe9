// The server's issued documents: every kind gives a PDF that QtPdf opens and
// whose text states the record's values, long lists flow over pages, and the
// XML of the kinds that have one parses and carries the values for machines.
#include "documents/documentrenderer.h"
#include "documents/russianformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <limits>

using cp::domain::Record;
using cp::server::DocumentRenderer;
using cp::server::DocumentSpec;
using cp::server::RenderedDocument;
using cp::server::RussianFormat;

namespace {

const QString kCitizen = QStringLiteral("Иванов Иван Иванович");
const QString kNbsp = QString(QChar(0x00a0));
// Needs XML escaping in XML and careful text handling in the PDF.
const QString kTrickyEmployer = QStringLiteral("ООО \"Рога & Копыта\" <Север> 'Юг'");

Record makeRecord(const QString &type, const QString &id, const QJsonObject &fields)
{
    Record record;
    record.type = type;
    record.id = id;
    record.version = 1;
    record.updatedAt = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC);
    record.source = QStringLiteral("demo");
    record.verified = true;
    record.fields = fields;
    return record;
}

DocumentSpec makeSpec(const QString &kind, const QString &number, const QString &issuer)
{
    DocumentSpec spec;
    spec.kind = kind;
    spec.number = number;
    spec.issuerName = issuer;
    // 09:30 UTC is 12:30 in Moscow, the same day.
    spec.issuedAt = QDateTime(QDate(2025, 12, 31), QTime(9, 30), Qt::UTC);
    spec.citizenName = kCitizen;
    return spec;
}

// 11 months of 100 000,00 ₽ (July split into salary and holiday pay) and a
// December of 134 567,89 ₽: 1 234 567,89 ₽ in all.
Record ndflRecord()
{
    QJsonArray lines;
    for (int month = 1; month <= 11; ++month) {
        if (month == 7) {
            lines.append(QJsonObject{{QStringLiteral("month"), month},
                                     {QStringLiteral("code"), QStringLiteral("2000")},
                                     {QStringLiteral("amount"), 5000000}});
            lines.append(QJsonObject{{QStringLiteral("month"), month},
                                     {QStringLiteral("code"), QStringLiteral("2012")},
                                     {QStringLiteral("amount"), 5000000}});
            continue;
        }
        lines.append(QJsonObject{{QStringLiteral("month"), month},
                                 {QStringLiteral("code"), QStringLiteral("2000")},
                                 {QStringLiteral("amount"), 10000000}});
    }
    lines.append(QJsonObject{{QStringLiteral("month"), 12},
                             {QStringLiteral("code"), QStringLiteral("2000")},
                             {QStringLiteral("amount"), 13456789}});
    return makeRecord(QStringLiteral("ndfl_person"), QStringLiteral("ndfl-2025-1"),
                      QJsonObject{{QStringLiteral("year"), 2025},
                                  {QStringLiteral("tax_agent"), QStringLiteral("ПАО «Сбербанк»")},
                                  {QStringLiteral("tax_agent_inn"), QStringLiteral("7707083893")},
                                  {QStringLiteral("income_by_month"), lines},
                                  {QStringLiteral("total_income"), 123456789},
                                  {QStringLiteral("tax_withheld"), 16049383}});
}

Record workbookRecord(int index, const QString &employer, const QString &event, const QDate &date,
                      const QString &position)
{
    return makeRecord(QStringLiteral("electronic_workbook"), QStringLiteral("etk-%1").arg(index),
                      QJsonObject{{QStringLiteral("employer"), employer},
                                  {QStringLiteral("employer_inn"), QStringLiteral("7728168971")},
                                  {QStringLiteral("position"), position},
                                  {QStringLiteral("event"), event},
                                  {QStringLiteral("date"), date.toString(Qt::ISODate)}});
}

QList<Record> realEstateRecords()
{
    return {
        makeRecord(
            QStringLiteral("reg_realestate"), QStringLiteral("egrn-1"),
            QJsonObject{{QStringLiteral("cadastral_number"), QStringLiteral("77:01:0001001:1234")},
                        {QStringLiteral("kind"), QStringLiteral("premises")},
                        {QStringLiteral("address"),
                         QStringLiteral("г. Москва, ул. Тверская, д. 7, кв. 15")},
                        {QStringLiteral("area"), 54.3},
                        {QStringLiteral("share"), 0.5},
                        {QStringLiteral("registration_date"), QStringLiteral("2019-05-14")},
                        {QStringLiteral("encumbrances"), QStringLiteral("Ипотека в силу закона")}}),
        makeRecord(
            QStringLiteral("reg_realestate"), QStringLiteral("egrn-2"),
            QJsonObject{{QStringLiteral("cadastral_number"), QStringLiteral("50:20:0010203:77")},
                        {QStringLiteral("kind"), QStringLiteral("land_plot")},
                        {QStringLiteral("address"),
                         QStringLiteral("Московская обл., Одинцовский г. о., д. Жуковка, "
                                        "участок 12")},
                        {QStringLiteral("area"), 1200},
                        {QStringLiteral("share"), 1},
                        {QStringLiteral("registration_date"), QStringLiteral("2021-08-02")}}),
    };
}

// A document of each kind with realistic values, and the strings its PDF must state.
DocumentSpec specFor(const QString &kind, QStringList *expected)
{
    const QString rouble = kNbsp + QStringLiteral("₽");
    if (kind == QLatin1String("ndfl2")) {
        DocumentSpec spec =
            makeSpec(kind, QStringLiteral("ФНС-2025-000123"), QStringLiteral("ФНС России"));
        spec.year = 2025;
        spec.periodFrom = QDate(2025, 1, 1);
        spec.periodUntil = QDate(2025, 12, 31);
        spec.records = {ndflRecord()};
        *expected = {QStringLiteral("ПАО «Сбербанк»"),
                     QStringLiteral("7707083893"),
                     QStringLiteral("1") + kNbsp + QStringLiteral("234") + kNbsp +
                         QStringLiteral("567,89") + rouble,
                     QStringLiteral("160") + kNbsp + QStringLiteral("493,83") + rouble,
                     QStringLiteral("134") + kNbsp + QStringLiteral("567,89") + rouble,
                     QStringLiteral("2012"),
                     QStringLiteral("12 (декабрь)"),
                     QStringLiteral("31.12.2025"),
                     QStringLiteral("за 2025 год")};
        return spec;
    }
    if (kind == QLatin1String("pension_account_statement")) {
        DocumentSpec spec = makeSpec(kind, QStringLiteral("СФР-2025-004211"),
                                     QStringLiteral("Социальный фонд России"));
        spec.records = {makeRecord(QStringLiteral("ils_doc"), QStringLiteral("ils"),
                                   QJsonObject{{QStringLiteral("pension_points"), 87.412},
                                               {QStringLiteral("insurance_record_years"), 17},
                                               {QStringLiteral("savings"), 41256078}})};
        *expected = {QStringLiteral("87,412"), QStringLiteral("17"),
                     QStringLiteral("412") + kNbsp + QStringLiteral("560,78") + rouble,
                     QStringLiteral("31.12.2025")};
        return spec;
    }
    if (kind == QLatin1String("pension_certificate")) {
        DocumentSpec spec = makeSpec(kind, QStringLiteral("СФР-2025-004212"),
                                     QStringLiteral("Социальный фонд России"));
        spec.records = {
            makeRecord(QStringLiteral("pension_reference"), QStringLiteral("p1"),
                       QJsonObject{{QStringLiteral("kind"),
                                    QStringLiteral("Страховая пенсия по инвалидности")},
                                   {QStringLiteral("amount_per_month"), 1875432},
                                   {QStringLiteral("since"), QStringLiteral("2022-03-01")}}),
            makeRecord(QStringLiteral("pension_reference"), QStringLiteral("p2"),
                       QJsonObject{
                           {QStringLiteral("kind"), QStringLiteral("Ежемесячная денежная выплата")},
                           {QStringLiteral("amount_per_month"), 375040},
                           {QStringLiteral("since"), QStringLiteral("2022-03-01")},
                           {QStringLiteral("until"), QStringLiteral("2027-02-28")}})};
        *expected = {QStringLiteral("Страховая пенсия по инвалидности"),
                     QStringLiteral("18") + kNbsp + QStringLiteral("754,32") + rouble,
                     QStringLiteral("3") + kNbsp + QStringLiteral("750,40") + rouble,
                     QStringLiteral("01.03.2022"),
                     QStringLiteral("28.02.2027"),
                     QStringLiteral("бессрочно"),
                     QStringLiteral("31.12.2025")};
        return spec;
    }
    if (kind == QLatin1String("employment_history_extract")) {
        DocumentSpec spec = makeSpec(kind, QStringLiteral("СФР-2025-004213"),
                                     QStringLiteral("Социальный фонд России"));
        spec.records = {
            workbookRecord(1, QStringLiteral("АО «Метровагонмаш»"), QStringLiteral("hired"),
                           QDate(2012, 9, 3), QStringLiteral("Инженер-конструктор")),
            workbookRecord(2, QStringLiteral("АО «Метровагонмаш»"), QStringLiteral("moved"),
                           QDate(2016, 2, 1), QStringLiteral("Ведущий инженер-конструктор")),
            workbookRecord(3, QStringLiteral("АО «Метровагонмаш»"), QStringLiteral("dismissed"),
                           QDate(2019, 6, 28), QStringLiteral("Ведущий инженер-конструктор")),
            workbookRecord(4, QStringLiteral("ООО «Яндекс»"), QStringLiteral("hired"),
                           QDate(2019, 7, 1), QStringLiteral("Руководитель группы"))};
        *expected = {QStringLiteral("АО «Метровагонмаш»"),  QStringLiteral("ООО «Яндекс»"),
                     QStringLiteral("Инженер-конструктор"), QStringLiteral("03.09.2012"),
                     QStringLiteral("28.06.2019"),          QStringLiteral("Увольнение"),
                     QStringLiteral("7728168971"),          QStringLiteral("31.12.2025")};
        return spec;
    }
    if (kind == QLatin1String("egrn_extract")) {
        DocumentSpec spec =
            makeSpec(kind, QStringLiteral("КУВИ-001/2025-987654321"), QStringLiteral("Росреестр"));
        spec.periodUntil = QDate(2025, 12, 31);
        spec.records = realEstateRecords();
        *expected = {QStringLiteral("77:01:0001001:1234"),
                     QStringLiteral("50:20:0010203:77"),
                     QStringLiteral("г. Москва, ул. Тверская, д. 7, кв. 15"),
                     QStringLiteral("54,3"),
                     QStringLiteral("1") + kNbsp + QStringLiteral("200"),
                     QStringLiteral("1/2"),
                     QStringLiteral("14.05.2019"),
                     QStringLiteral("Ипотека в силу закона"),
                     QStringLiteral("Земельный участок"),
                     QStringLiteral("31.12.2025")};
        return spec;
    }
    if (kind == QLatin1String("maternity_capital_statement")) {
        DocumentSpec spec = makeSpec(kind, QStringLiteral("СФР-2025-004214"),
                                     QStringLiteral("Социальный фонд России"));
        spec.records = {makeRecord(
            QStringLiteral("maternity_capital"), QStringLiteral("mk"),
            QJsonObject{{QStringLiteral("certificate_number"), QStringLiteral("МК-12 0345678")},
                        {QStringLiteral("issue_date"), QStringLiteral("2020-04-17")},
                        {QStringLiteral("balance"), 42416376}})};
        *expected = {QStringLiteral("МК-12 0345678"), QStringLiteral("17.04.2020"),
                     QStringLiteral("424") + kNbsp + QStringLiteral("163,76") + rouble,
                     QStringLiteral("31.12.2025")};
        return spec;
    }
    if (kind == QLatin1String("no_tax_arrears_certificate")) {
        DocumentSpec spec =
            makeSpec(kind, QStringLiteral("ФНС-2025-000124"), QStringLiteral("ФНС России"));
        *expected = {QStringLiteral("не имеет неисполненной обязанности"),
                     QStringLiteral("31.12.2025")};
        return spec;
    }
    return DocumentSpec();
}

struct LoadedPdf
{
    int pageCount = 0;
    QStringList pages; // the text of each page
    QString title;
    QString creator;
};

// Opens the PDF with QtPdf (PDFium), as a reader would.
LoadedPdf loadPdf(const QByteArray &pdf)
{
    LoadedPdf loaded;
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    // Loading from a device may finish on the event loop.
    if (!QTest::qWaitFor([&document] {
            return document.status() == QPdfDocument::Status::Ready ||
                   document.status() == QPdfDocument::Status::Error;
        })) {
        qWarning("QPdfDocument did not finish loading");
        return loaded;
    }
    if (document.status() != QPdfDocument::Status::Ready ||
        document.error() != QPdfDocument::Error::None) {
        qWarning("QPdfDocument failed: error %d", int(document.error()));
        return loaded;
    }
    loaded.pageCount = document.pageCount();
    for (int page = 0; page < loaded.pageCount; ++page)
        loaded.pages.append(document.getAllText(page).text());
    loaded.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    loaded.creator = document.metaData(QPdfDocument::MetaDataField::Creator).toString();
    return loaded;
}

// Line breaks of wrapped cells become spaces. The PDF's text layer gives the
// formatter's no-break spaces (U+00A0) back as plain spaces (the font draws
// both with one glyph), so expected values go through this too.
QString normalised(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[ \\t\\r\\n\\x{00a0}]+"));
    QString result = text;
    result.replace(breaks, QStringLiteral(" "));
    return result.trimmed();
}

QString allText(const LoadedPdf &pdf)
{
    return normalised(pdf.pages.join(QLatin1Char('\n')));
}

// Element name → its attributes and text, in document order.
struct XmlElement
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
};

QList<XmlElement> parseXml(const QByteArray &xml, QString *error)
{
    QList<XmlElement> elements;
    QXmlStreamReader reader(xml);
    QList<qsizetype> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            elements.append(XmlElement{reader.name().toString(), reader.attributes(), QString()});
            open.append(elements.size() - 1);
        } else if (reader.isCharacters() && !reader.isWhitespace() && !open.isEmpty()) {
            elements[open.last()].text += reader.text();
        } else if (reader.isEndElement() && !open.isEmpty()) {
            open.removeLast();
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return elements;
}

QList<XmlElement> named(const QList<XmlElement> &elements, const QString &name)
{
    QList<XmlElement> result;
    for (const XmlElement &element : elements) {
        if (element.name == name)
            result.append(element);
    }
    return result;
}

const QStringList kAllKinds = {
    QStringLiteral("ndfl2"),
    QStringLiteral("pension_account_statement"),
    QStringLiteral("pension_certificate"),
    QStringLiteral("employment_history_extract"),
    QStringLiteral("egrn_extract"),
    QStringLiteral("maternity_capital_statement"),
    QStringLiteral("no_tax_arrears_certificate"),
};

} // namespace

class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private slots:
    void formatsMoney_data();
    void formatsMoney();
    void formatsNumbersDatesAndShares();

    void titles();
    void rendersEveryKind_data();
    void rendersEveryKind();
    void statesArrearsWhenThereAreSome();
    void longListSpansPages();
    void sameInputSameContent();

    void ndfl2Xml();
    void employmentHistoryXml();
    void egrnXml();
    void kindsWithoutXmlGiveNoXml();
    void specialCharactersSurvive();
};

void TestDocumentRenderer::formatsMoney_data()
{
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("expected");
    const QString rouble = kNbsp + QStringLiteral("₽");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00") + rouble;
    QTest::newRow("kopecks") << qint64(5) << QStringLiteral("0,05") + rouble;
    QTest::newRow("hundreds") << qint64(99900) << QStringLiteral("999,00") + rouble;
    QTest::newRow("thousand") << qint64(100000)
                              << QStringLiteral("1") + kNbsp + QStringLiteral("000,00") + rouble;
    QTest::newRow("millions") << qint64(123456789)
                              << QStringLiteral("1") + kNbsp + QStringLiteral("234") + kNbsp +
                                     QStringLiteral("567,89") + rouble;
    QTest::newRow("negative") << qint64(-150050)
                              << QStringLiteral("-1") + kNbsp + QStringLiteral("500,50") + rouble;
    QTest::newRow("smallest")
        << std::numeric_limits<qint64>::min()
        << QStringLiteral("-92 233 720 368 547 758,08 ₽").replace(QLatin1Char(' '), kNbsp);
}

void TestDocumentRenderer::formatsMoney()
{
    QFETCH(qint64, kopecks);
    QFETCH(QString, expected);
    QCOMPARE(RussianFormat::money(kopecks), expected);
}

void TestDocumentRenderer::formatsNumbersDatesAndShares()
{
    QCOMPARE(RussianFormat::date(QDate(2025, 12, 31)), QStringLiteral("31.12.2025"));
    QCOMPARE(RussianFormat::date(QStringLiteral("2019-05-04")), QStringLiteral("04.05.2019"));
    QCOMPARE(RussianFormat::date(QStringLiteral("not a date")), QStringLiteral("not a date"));
    QCOMPARE(RussianFormat::date(QDate()), QString());
    // 21:30 UTC is already the next day in Moscow.
    QCOMPARE(RussianFormat::moscowDateTime(QDateTime(QDate(2025, 12, 31), QTime(21, 30), Qt::UTC)),
             QStringLiteral("01.01.2026 00:30"));

    QCOMPARE(RussianFormat::number(54.3), QStringLiteral("54,3"));
    QCOMPARE(RussianFormat::number(87.412), QStringLiteral("87,412"));
    QCOMPARE(RussianFormat::number(17), QStringLiteral("17"));
    QCOMPARE(RussianFormat::number(1234.5), QStringLiteral("1") + kNbsp + QStringLiteral("234,5"));
    QCOMPARE(RussianFormat::number(-0.25), QStringLiteral("-0,25"));
    QCOMPARE(RussianFormat::number(-0.0001), QStringLiteral("0"));

    QCOMPARE(RussianFormat::share(0.5), QStringLiteral("1/2"));
    QCOMPARE(RussianFormat::share(1.0 / 3), QStringLiteral("1/3"));
    QCOMPARE(RussianFormat::share(0.25), QStringLiteral("1/4"));
    QCOMPARE(RussianFormat::share(1), QStringLiteral("целиком"));

    QCOMPARE(RussianFormat::monthName(1), QStringLiteral("январь"));
    QCOMPARE(RussianFormat::monthName(12), QStringLiteral("декабрь"));
}

void TestDocumentRenderer::titles()
{
    DocumentSpec spec = makeSpec(QStringLiteral("ndfl2"), QStringLiteral("1"), QString());
    spec.year = 2025;
    QCOMPARE(DocumentRenderer::title(spec),
             QStringLiteral("Справка о доходах и суммах налога физического лица за 2025 год"));
    // Without a year of its own the certificate takes the year of its record.
    spec.year = 0;
    spec.records = {ndflRecord()};
    QVERIFY(DocumentRenderer::title(spec).endsWith(QStringLiteral("за 2025 год")));

    QSet<QString> seen;
    for (const QString &kind : kAllKinds) {
        spec.kind = kind;
        const QString title = DocumentRenderer::title(spec);
        QVERIFY2(!title.isEmpty() && !seen.contains(title), qPrintable(kind));
        seen.insert(title);
    }
}

void TestDocumentRenderer::rendersEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : kAllKinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestDocumentRenderer::rendersEveryKind()
{
    QFETCH(QString, kind);
    QStringList expected;
    const DocumentSpec spec = specFor(kind, &expected);
    const RenderedDocument document = DocumentRenderer::render(spec);

    QCOMPARE(document.title, DocumentRenderer::title(spec));
    QVERIFY(document.pdf.startsWith("%PDF-"));
    const LoadedPdf pdf = loadPdf(document.pdf);
    QVERIFY(pdf.pageCount >= 1);
    QCOMPARE(pdf.title, document.title);
    QVERIFY2(pdf.creator.contains(QStringLiteral("profile-server")), qPrintable(pdf.creator));

    const QString text = allText(pdf);
    expected << kCitizen << spec.number << spec.issuerName
             << QStringLiteral("Документ сформирован демонстрационным сервером; подпись "
                               "демонстрационная")
             << QStringLiteral("Страница 1 из %1").arg(pdf.pageCount);
    for (const QString &value : std::as_const(expected))
        QVERIFY2(text.contains(normalised(value)),
                 qPrintable(QStringLiteral("«%1» not in: %2").arg(value, text)));
}

void TestDocumentRenderer::statesArrearsWhenThereAreSome()
{
    DocumentSpec spec = makeSpec(QStringLiteral("no_tax_arrears_certificate"),
                                 QStringLiteral("ФНС-2025-000125"), QStringLiteral("ФНС России"));
    spec.periodUntil = QDate(2025, 12, 1);
    spec.records = {
        makeRecord(QStringLiteral("tax_debt"), QStringLiteral("d1"),
                   QJsonObject{{QStringLiteral("tax"), QStringLiteral("Транспортный налог")},
                               {QStringLiteral("amount"), 1250000},
                               {QStringLiteral("penalties"), 31275},
                               {QStringLiteral("due_date"), QStringLiteral("2025-12-01")}}),
        makeRecord(QStringLiteral("tax_debt"), QStringLiteral("d2"),
                   QJsonObject{
                       {QStringLiteral("tax"), QStringLiteral("Налог на имущество физических лиц")},
                       {QStringLiteral("amount"), 348000},
                       {QStringLiteral("due_date"), QStringLiteral("2025-12-01")}})};
    const LoadedPdf pdf = loadPdf(DocumentRenderer::render(spec).pdf);
    const QString text = allText(pdf);
    QVERIFY(text.contains(QStringLiteral("имеет неисполненную обязанность")));
    QVERIFY(!text.contains(QStringLiteral("не имеет неисполненной обязанности")));
    QVERIFY(text.contains(QStringLiteral("Транспортный налог")));
    QVERIFY(text.contains(QStringLiteral("01.12.2025")));
    QVERIFY(text.contains(normalised(RussianFormat::money(1250000))));
    QVERIFY(text.contains(QStringLiteral("312,75")));
    // The total of both taxes.
    QVERIFY(text.contains(QStringLiteral("15 980,00 ₽")));
}

void TestDocumentRenderer::longListSpansPages()
{
    DocumentSpec spec =
        makeSpec(QStringLiteral("employment_history_extract"), QStringLiteral("СФР-2025-009999"),
                 QStringLiteral("Социальный фонд России"));
    const QDate start(1990, 1, 15);
    for (int i = 0; i < 80; ++i)
        spec.records.append(
            workbookRecord(i, QStringLiteral("ООО «Предприятие %1»").arg(i + 1),
                           i % 2 ? QStringLiteral("dismissed") : QStringLiteral("hired"),
                           start.addMonths(i * 4), QStringLiteral("Должность %1").arg(i + 1)));
    const LoadedPdf pdf = loadPdf(DocumentRenderer::render(spec).pdf);
    QVERIFY2(pdf.pageCount > 1, qPrintable(QString::number(pdf.pageCount)));

    const QString first = normalised(pdf.pages.first());
    const QString last = normalised(pdf.pages.last());
    QVERIFY(first.contains(QStringLiteral("ООО «Предприятие 1»")));
    QVERIFY(first.contains(QStringLiteral("Страница 1 из %1").arg(pdf.pageCount)));
    QVERIFY2(last.contains(QStringLiteral("ООО «Предприятие 80»")), qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("Должность 80")));
    QVERIFY(last.contains(QStringLiteral("Страница %1 из %1").arg(pdf.pageCount)));
    QVERIFY(!first.contains(QStringLiteral("ООО «Предприятие 80»")));
    // The table header is repeated on the next pages, and every page has the demo footer.
    QVERIFY(last.contains(QStringLiteral("Должность (профессия)")));
    for (const QString &page : pdf.pages)
        QVERIFY(normalised(page).contains(QStringLiteral("подпись демонстрационная")));
    // Every entry is printed once, none lost at a page break.
    const QString text = allText(pdf);
    for (int i = 1; i <= 80; ++i) {
        const QRegularExpression position(QStringLiteral("Должность %1(?!\\d)").arg(i));
        QVERIFY2(text.count(position) == 1, qPrintable(QString::number(i)));
    }
}

void TestDocumentRenderer::sameInputSameContent()
{
    QStringList expected;
    const DocumentSpec spec = specFor(QStringLiteral("egrn_extract"), &expected);
    const RenderedDocument a = DocumentRenderer::render(spec);
    const RenderedDocument b = DocumentRenderer::render(spec);
    QCOMPARE(a.xml, b.xml);
    QCOMPARE(loadPdf(a.pdf).pages, loadPdf(b.pdf).pages);
    // Apart from the creation date that QPdfWriter stamps, the bytes agree.
    static const QRegularExpression creationDate(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
    QString pdfA = QString::fromLatin1(a.pdf);
    QString pdfB = QString::fromLatin1(b.pdf);
    pdfA.replace(creationDate, QString());
    pdfB.replace(creationDate, QString());
    QCOMPARE(pdfA.size(), pdfB.size());
    QVERIFY(pdfA == pdfB);
}

void TestDocumentRenderer::ndfl2Xml()
{
    QStringList expected;
    const DocumentSpec spec = specFor(QStringLiteral("ndfl2"), &expected);
    const RenderedDocument document = DocumentRenderer::render(spec);
    QVERIFY(document.xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QString error;
    const QList<XmlElement> xml = parseXml(document.xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(xml.first().name, QStringLiteral("Ndfl2"));
    QCOMPARE(xml.first().attributes.value(QStringLiteral("year")), QStringLiteral("2025"));
    const XmlElement header = named(xml, QStringLiteral("Document")).value(0);
    QCOMPARE(header.attributes.value(QStringLiteral("number")), QStringLiteral("ФНС-2025-000123"));
    QCOMPARE(header.attributes.value(QStringLiteral("issued")),
             QStringLiteral("2025-12-31T09:30:00Z"));
    QCOMPARE(header.attributes.value(QStringLiteral("issuer")), QStringLiteral("ФНС России"));
    QCOMPARE(header.attributes.value(QStringLiteral("periodFrom")), QStringLiteral("2025-01-01"));
    QCOMPARE(header.attributes.value(QStringLiteral("periodUntil")), QStringLiteral("2025-12-31"));
    QCOMPARE(
        named(xml, QStringLiteral("Citizen")).value(0).attributes.value(QStringLiteral("name")),
        kCitizen);

    const XmlElement agent = named(xml, QStringLiteral("TaxAgent")).value(0);
    QCOMPARE(agent.attributes.value(QStringLiteral("name")), QStringLiteral("ПАО «Сбербанк»"));
    QCOMPARE(agent.attributes.value(QStringLiteral("inn")), QStringLiteral("7707083893"));
    const QList<XmlElement> months = named(xml, QStringLiteral("Month"));
    QCOMPARE(months.size(), 13);
    qint64 sum = 0;
    for (const XmlElement &month : months)
        sum += month.attributes.value(QStringLiteral("amount")).toLongLong();
    QCOMPARE(sum, qint64(123456789));
    QCOMPARE(months.last().attributes.value(QStringLiteral("month")), QStringLiteral("12"));
    QCOMPARE(months.last().attributes.value(QStringLiteral("code")), QStringLiteral("2000"));
    QCOMPARE(months.last().attributes.value(QStringLiteral("amount")), QStringLiteral("13456789"));
    const XmlElement totals = named(xml, QStringLiteral("Totals")).value(0);
    QCOMPARE(totals.attributes.value(QStringLiteral("totalIncome")), QStringLiteral("123456789"));
    QCOMPARE(totals.attributes.value(QStringLiteral("taxWithheld")), QStringLiteral("16049383"));
}

void TestDocumentRenderer::employmentHistoryXml()
{
    QStringList expected;
    const DocumentSpec spec = specFor(QStringLiteral("employment_history_extract"), &expected);
    QString error;
    const QList<XmlElement> xml = parseXml(DocumentRenderer::render(spec).xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(xml.first().name, QStringLiteral("EmploymentHistory"));
    const QList<XmlElement> events = named(xml, QStringLiteral("Event"));
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).attributes.value(QStringLiteral("date")), QStringLiteral("2012-09-03"));
    QCOMPARE(events.at(0).attributes.value(QStringLiteral("kind")), QStringLiteral("hired"));
    QCOMPARE(events.at(2).attributes.value(QStringLiteral("kind")), QStringLiteral("dismissed"));
    const QList<XmlElement> employers = named(xml, QStringLiteral("Employer"));
    QCOMPARE(employers.at(3).text, QStringLiteral("ООО «Яндекс»"));
    QCOMPARE(employers.at(3).attributes.value(QStringLiteral("inn")), QStringLiteral("7728168971"));
    QCOMPARE(named(xml, QStringLiteral("Position")).at(1).text,
             QStringLiteral("Ведущий инженер-конструктор"));
}

void TestDocumentRenderer::egrnXml()
{
    QStringList expected;
    const DocumentSpec spec = specFor(QStringLiteral("egrn_extract"), &expected);
    QString error;
    const QList<XmlElement> xml = parseXml(DocumentRenderer::render(spec).xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(xml.first().name, QStringLiteral("EgrnExtract"));
    const QList<XmlElement> objects = named(xml, QStringLiteral("Object"));
    QCOMPARE(objects.size(), 2);
    const QXmlStreamAttributes &flat = objects.at(0).attributes;
    QCOMPARE(flat.value(QStringLiteral("cadastralNumber")), QStringLiteral("77:01:0001001:1234"));
    QCOMPARE(flat.value(QStringLiteral("kind")), QStringLiteral("premises"));
    QCOMPARE(flat.value(QStringLiteral("area")), QStringLiteral("54.3"));
    QCOMPARE(flat.value(QStringLiteral("share")), QStringLiteral("0.5"));
    QCOMPARE(flat.value(QStringLiteral("registrationDate")), QStringLiteral("2019-05-14"));
    QCOMPARE(named(xml, QStringLiteral("Address")).at(0).text,
             QStringLiteral("г. Москва, ул. Тверская, д. 7, кв. 15"));
    // Only the first object is encumbered.
    QCOMPARE(named(xml, QStringLiteral("Encumbrances")).size(), 1);
    QCOMPARE(objects.at(1).attributes.value(QStringLiteral("area")), QStringLiteral("1200"));
}

void TestDocumentRenderer::kindsWithoutXmlGiveNoXml()
{
    for (const QString &kind : kAllKinds) {
        QStringList expected;
        const RenderedDocument document = DocumentRenderer::render(specFor(kind, &expected));
        const bool hasXml = kind == QLatin1String("ndfl2") ||
                            kind == QLatin1String("employment_history_extract") ||
                            kind == QLatin1String("egrn_extract");
        QVERIFY2(document.xml.isEmpty() != hasXml, qPrintable(kind));
    }
}

void TestDocumentRenderer::specialCharactersSurvive()
{
    DocumentSpec spec =
        makeSpec(QStringLiteral("employment_history_extract"), QStringLiteral("СФР-2025-<&>"),
                 QStringLiteral("Социальный фонд России"));
    spec.records = {workbookRecord(1, kTrickyEmployer, QStringLiteral("hired"), QDate(2020, 2, 3),
                                   QStringLiteral("Менеджер \"по продажам\" & <маркетингу>"))};
    const RenderedDocument document = DocumentRenderer::render(spec);

    const QString text = allText(loadPdf(document.pdf));
    QVERIFY2(text.contains(kTrickyEmployer), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Менеджер \"по продажам\" & <маркетингу>")));
    QVERIFY(text.contains(QStringLiteral("СФР-2025-<&>")));

    QString error;
    const QList<XmlElement> xml = parseXml(document.xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(named(xml, QStringLiteral("Employer")).value(0).text, kTrickyEmployer);
    QCOMPARE(named(xml, QStringLiteral("Position")).value(0).text,
             QStringLiteral("Менеджер \"по продажам\" & <маркетингу>"));
    QCOMPARE(
        named(xml, QStringLiteral("Document")).value(0).attributes.value(QStringLiteral("number")),
        QStringLiteral("СФР-2025-<&>"));
}

QTEST_MAIN(TestDocumentRenderer)

#include "tst_documentrenderer.moc"
