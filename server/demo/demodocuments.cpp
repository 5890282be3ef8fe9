// The issued documents of the demo citizen: what the registers would have
// issued to her lately, each stating the latest values of the records it names.
#include "demo/demoparts.h"

#include <QTime>

#include <algorithm>

namespace cp::server::demo {

using namespace Qt::StringLiterals;

namespace {

QString issuerName(const QString &issuerKey)
{
    if (issuerKey == u"fns")
        return u"Федеральная налоговая служба"_s;
    if (issuerKey == u"sfr")
        return u"Фонд пенсионного и социального страхования Российской Федерации"_s;
    return u"Федеральная служба государственной регистрации, кадастра и картографии"_s;
}

DemoDocument document(const QString &id, const char *kind, const QString &number,
                      const QDateTime &issuedAt, const QStringList &recordIds)
{
    const cp::domain::DocumentKind *k = cp::domain::DocumentKinds::find(QString::fromLatin1(kind));
    Q_ASSERT(k);
    DemoDocument doc;
    doc.id = id;
    doc.kind = QString::fromLatin1(kind);
    doc.issuerKey = QString::fromLatin1(k->issuer);
    doc.issuerName = issuerName(doc.issuerKey);
    doc.number = number;
    doc.issuedAt = issuedAt;
    // A statement without a period states things as of its day of issue.
    doc.periodUntil = issuedAt.date();
    doc.recordIds = recordIds;
    return doc;
}

QStringList entryIds(const DemoCitizen &citizen, QStringView type)
{
    QStringList ids;
    for (const QList<cp::domain::Record> &versions : citizen.records) {
        if (!versions.isEmpty() && versions.first().type == type)
            ids.append(versions.first().id);
    }
    return ids;
}

} // namespace

QList<DemoDocument> documents(const DemoCitizen &citizen, const DemoClock &clock)
{
    QList<DemoDocument> docs;

    // 2-NDFL per tax year and employer, issued in the spring after the year
    // (or yesterday, early in a year).
    int serial = 417;
    for (int year = clock.year() - 3; year < clock.year(); ++year) {
        for (const char employer : {'a', 'b'}) {
            const QDateTime issued = std::min(
                QDateTime(QDate(year + 1, 3, 3), QTime(10, employer == 'a' ? 0 : 5), Qt::UTC),
                clock.at(1, 12, employer == 'a' ? 0 : 5));
            DemoDocument doc =
                document(u"doc-ndfl2-%1-%2"_s.arg(year).arg(QLatin1Char(employer)), "ndfl2",
                         u"%1/%2"_s.arg(year).arg(serial++, 6, 10, QLatin1Char('0')), issued,
                         {ndflRecordId(year, employer)});
            doc.periodFrom = QDate(year, 1, 1);
            doc.periodUntil = QDate(year, 12, 31);
            doc.year = year;
            docs.append(doc);
        }
    }

    const auto yearOf = [&clock](int days) { return QString::number(clock.daysAgo(days).year()); };
    docs.append(document(u"doc-maternity-capital"_s, "maternity_capital_statement",
                         u"МСК/"_s + yearOf(210) + u"/0048271"_s, clock.at(210, 10, 0),
                         {u"rec-maternity_capital"_s}));
    docs.append(document(u"doc-egrn-extract"_s, "egrn_extract",
                         u"КУВИ-001/"_s + yearOf(170) + u"-148203957"_s, clock.at(170, 14, 0),
                         entryIds(citizen, u"reg_realestate")));
    docs.append(document(u"doc-std-r"_s, "employment_history_extract",
                         u"СТДР/"_s + yearOf(60) + u"/0092417"_s, clock.at(60, 11, 0),
                         entryIds(citizen, u"electronic_workbook")));
    docs.append(document(u"doc-pension-account"_s, "pension_account_statement",
                         u"ИЛС/"_s + yearOf(45) + u"/3305812"_s, clock.at(45, 10, 0),
                         {u"rec-ils_doc"_s}));
    return docs;
}

} // namespace cp::server::demo
