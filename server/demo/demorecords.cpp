// The records of the demo citizens. Values are fictional but shaped like the
// registers' (check digits computed, codes and formats as issued); dates follow
// the clock's year so that ages and terms stay plausible in any year.
#include "demo/demochecksums.h"
#include "demo/demoparts.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace cp::server::demo {

using namespace Qt::StringLiterals;
using cp::domain::Record;

namespace {

struct Version
{
    QDateTime at;
    QJsonObject fields;
};

// Collects record entries with ids "<prefix><type>[-<suffix>]" and numbers
// their versions in the order given, oldest first.
class Entries
{
public:
    explicit Entries(QString prefix)
        : m_prefix(std::move(prefix))
    {}

    void add(const char *type, const QString &suffix, const char *source,
             const QList<Version> &versions, bool verified = true)
    {
        Q_ASSERT(cp::domain::RecordCatalogue::find(QString::fromLatin1(type)));
        QString id = m_prefix + QLatin1StringView(type);
        if (!suffix.isEmpty())
            id += u'-' + suffix;
        QList<Record> entry;
        for (const Version &v : versions) {
            Record r;
            r.type = QString::fromLatin1(type);
            r.id = id;
            r.version = entry.size() + 1;
            r.updatedAt = v.at;
            r.source = QString::fromLatin1(source);
            r.verified = verified;
            r.fields = v.fields;
            entry.append(r);
        }
        m_entries.append(entry);
    }

    // An entry with a single version.
    void add(const char *type, const QString &suffix, const char *source, const QDateTime &at,
             const QJsonObject &fields, bool verified = true)
    {
        add(type, suffix, source, {Version{at, fields}}, verified);
    }

    QList<QList<Record>> entries() const { return m_entries; }

private:
    QString m_prefix;
    QList<QList<Record>> m_entries;
};

QString d(const QDate &date)
{
    return cp::domain::toJsonDate(date);
}

// Money is kept in kopecks.
qint64 rub(qint64 rubles, qint64 kopecks = 0)
{
    return rubles * 100 + kopecks;
}

// 13 % of an income, rounded to whole roubles as tax agents withhold it.
qint64 ndflTax(qint64 incomeKopecks)
{
    return rub((incomeKopecks / 100 * 13 + 50) / 100);
}

struct Employer
{
    QString name;
    QString inn;
};

Employer mainEmployer()
{
    return {u"ООО «Северный путь Логистика»"_s, organisationInnWithChecksum(u"772845013")};
}

Employer secondEmployer()
{
    return {u"АНО ДПО «Учебный центр «Вектор»"_s, organisationInnWithChecksum(u"770412398")};
}

Employer formerEmployer()
{
    return {u"ООО «Химкинский складской комплекс»"_s, organisationInnWithChecksum(u"504721836")};
}

QJsonObject incomeLine(int month, const char *code, qint64 amount)
{
    return QJsonObject{{"month", month}, {"code", QLatin1StringView(code)}, {"amount", amount}};
}

// Monthly lines of a year at the main job: salary (code 2000), July with
// vacation pay (2012), December with the annual bonus (2002). Pay rose with
// the years, hence the salary by how many years ago.
QJsonArray mainJobIncome(int yearsAgo)
{
    const qint64 salary = rub(yearsAgo == 1 ? 168000 : yearsAgo == 2 ? 152000 : 140000);
    QJsonArray lines;
    for (int month = 1; month <= 12; ++month) {
        lines.append(incomeLine(month, "2000", month == 7 ? salary / 2 : salary));
        if (month == 7)
            lines.append(incomeLine(month, "2012", salary * 11 / 20));
        if (month == 12)
            lines.append(incomeLine(month, "2002", salary * 3 / 2));
    }
    return lines;
}

// The part-time teaching job: no lessons in July and August, but a short
// summer course under a civil contract (code 2010) in August.
QJsonArray secondJobIncome(int yearsAgo)
{
    const qint64 salary = rub(yearsAgo == 1 ? 42000 : yearsAgo == 2 ? 38500 : 35000);
    QJsonArray lines;
    for (int month = 1; month <= 12; ++month) {
        if (month == 7)
            continue;
        if (month == 8)
            lines.append(incomeLine(month, "2010", rub(18000)));
        else
            lines.append(incomeLine(month, "2000", salary));
    }
    return lines;
}

// The tenth character of a VIN names the model year: letters from 2010, then
// digits from 2031, in a cycle of 30.
QChar vinYearCode(int year)
{
    static constexpr char kCodes[] = "ABCDEFGHJKLMNPRSTVWXY123456789";
    return QLatin1Char(kCodes[((year - 2010) % 30 + 30) % 30]);
}

qint64 totalOf(const QJsonArray &lines)
{
    qint64 total = 0;
    for (const QJsonValue &line : lines)
        total += line.toObject().value(u"amount"_s).toInteger();
    return total;
}

} // namespace

QString ndflRecordId(int year, char employer)
{
    return u"rec-ndfl_person-%1-%2"_s.arg(year).arg(QLatin1Char(employer));
}

DemoCitizen firstCitizen(const DemoClock &clock)
{
    const int y = clock.year();
    Entries e(u"rec-"_s);

    // 1. Born in Yaroslavl 38 years ago; kept her surname in both marriages.
    const QDate birth(y - 38, 3, 14);
    e.add("fio_bio", {}, "mvd", clock.at(720, 9, 0),
          {{"last_name", u"Кольцова"_s},
           {"first_name", u"Анна"_s},
           {"middle_name", u"Сергеевна"_s},
           {"birth_date", d(birth)},
           {"birth_place", u"гор. Ярославль"_s},
           {"gender", u"female"_s},
           {"citizenship", u"Российская Федерация"_s}});

    // 2–3. The passport of age 20 (Yaroslavl: region 78 in the series) became
    // unfit and was replaced in Moscow (region 45) four months ago; the
    // passport of age 14 went at 20. Both old ones stay in the history list.
    const QDate passport20Issued(y - 18, 3, 28);
    const QJsonObject passport20{
        {"series", QString(u"78"_s + twoDigitYear(passport20Issued.year()))},
        {"number", u"412563"_s},
        {"issue_date", d(passport20Issued)},
        {"issued_by",
         u"Отделом УФМС России по Ярославской области в Кировском районе гор. Ярославля"_s},
        {"department_code", u"760-003"_s}};
    const QDate replaced = clock.daysAgo(131);
    const QDateTime replacedReported = clock.at(130, 14, 20);
    const QJsonObject passportNow{{"series", QString(u"45"_s + twoDigitYear(replaced.year()))},
                                  {"number", u"683920"_s},
                                  {"issue_date", d(replaced)},
                                  {"issued_by", u"ГУ МВД России по г. Москве"_s},
                                  {"department_code", u"770-045"_s}};
    e.add("id_doc", {}, "mvd",
          {Version{clock.at(720, 9, 5), passport20}, Version{replacedReported, passportNow}});

    const QDate passport14Issued(y - 24, 4, 2);
    e.add("history_passport_doc", u"1"_s, "mvd", clock.at(720, 9, 5),
          {{"series", QString(u"78"_s + twoDigitYear(passport14Issued.year()))},
           {"number", u"105877"_s},
           {"issue_date", d(passport14Issued)},
           {"replaced_on", d(passport20Issued)},
           {"reason", u"age_20"_s}});
    QJsonObject oldPassport = passport20;
    oldPassport.remove(u"issued_by"_s);
    oldPassport.remove(u"department_code"_s);
    oldPassport.insert(u"replaced_on"_s, d(replaced));
    oldPassport.insert(u"reason"_s, u"unfit"_s);
    e.add("history_passport_doc", u"2"_s, "mvd", replacedReported, oldPassport);

    // 4. An expired five-year passport and the current ten-year biometric one.
    e.add("foreign_passport_doc", u"1"_s, "mvd", clock.reported(QDate(y - 13, 6, 10)),
          {{"series", u"72"_s},
           {"number", u"4830175"_s},
           {"issue_date", d(QDate(y - 13, 6, 10))},
           {"expiry_date", d(QDate(y - 8, 6, 10))},
           {"issued_by", u"ФМС 76001"_s}});
    e.add("foreign_passport_doc", u"2"_s, "mvd", clock.reported(QDate(y - 3, 5, 20)),
          {{"series", u"75"_s},
           {"number", u"6120448"_s},
           {"issue_date", d(QDate(y - 3, 5, 20))},
           {"expiry_date", d(QDate(y + 7, 5, 20))},
           {"issued_by", u"МВД 77810"_s}});

    // 5–6.
    const QString snils = snilsWithChecksum(u"148512307");
    e.add("snils", {}, "sfr", clock.at(720, 9, 10), {{"number", snils}});
    e.add("inn", {}, "fns", clock.at(720, 9, 10),
          {{"number", personInnWithChecksum(u"7604183962")},
           {"registration_date", d(QDate(y - 22, 9, 15))},
           {"tax_office", u"Инспекция ФНС России по Кировскому району г. Ярославля"_s}});

    // 7. Entered by the citizen in her account, hence not verified by a
    // register; the new e-mail is not confirmed yet.
    const QString phone = u"+79855550143"_s;
    e.add("contacts", {}, "esia",
          {Version{clock.at(720, 9, 0),
                   {{"mobile_phone", phone},
                    {"mobile_phone_verified", true},
                    {"email", u"anna.koltsova@example.com"_s},
                    {"email_verified", true}}},
           Version{clock.at(45, 19, 40),
                   {{"mobile_phone", phone},
                    {"mobile_phone_verified", true},
                    {"email", u"a.koltsova@example.org"_s},
                    {"email_verified", false}}}},
          false);

    // 8. Moved from Khimki to the Moscow flat bought with a mortgage.
    const QString moscowAddress = u"117342, г. Москва, ул. Профсоюзная, д. 104, кв. 58"_s;
    const QDate moved = clock.daysAgo(201);
    e.add("addresses", {}, "mvd",
          {Version{clock.at(720, 9, 15),
                   {{"full_address",
                     u"141407, Московская обл., г. Химки, ул. Молодёжная, д. 12, кв. 84"_s},
                    {"region", u"Московская область"_s},
                    {"postcode", u"141407"_s},
                    {"gar_id", u"5f1c2a8e-3b47-4d0e-9a61-7c2e8b4f0d13"_s},
                    {"since", d(QDate(y - 9, 8, 20))}}},
           Version{clock.at(200, 11, 30),
                   {{"full_address", moscowAddress},
                    {"region", u"г. Москва"_s},
                    {"postcode", u"117342"_s},
                    {"gar_id", u"0c8d4e2b-71a5-4f96-b3d8-2e6a9c1f5b47"_s},
                    {"since", d(moved)}}}});

    // 9.
    e.add("addresses_stay", u"1"_s, "mvd", clock.reported(QDate(y - 5, 9, 1)),
          {{"address", u"197342, г. Санкт-Петербург, Выборгская наб., д. 45, кв. 112"_s},
           {"from", d(QDate(y - 5, 9, 1))},
           {"until", d(QDate(y - 5, 11, 30))}});
    e.add("addresses_stay", u"2"_s, "mvd", clock.at(94, 12, 0),
          {{"address", u"354000, Краснодарский край, г. Сочи, ул. Виноградная, д. 7, кв. 3"_s},
           {"from", d(clock.daysAgo(95))},
           {"until", d(clock.daysAgo(65))}});

    // 10–11.
    e.add("marital_status", u"1"_s, "zags", clock.reported(QDate(y - 15, 2, 9)),
          {{"act_record_number", u"№ 734"_s},
           {"date", d(QDate(y - 17, 7, 12))},
           {"spouse_name", u"Лебедев Игорь Павлович"_s},
           {"registry_office", u"Отдел ЗАГС Кировского района мэрии г. Ярославля"_s},
           {"state", u"divorced"_s}});
    e.add("marital_status", u"2"_s, "zags", clock.reported(QDate(y - 12, 6, 21)),
          {{"act_record_number", u"№ 2291"_s},
           {"date", d(QDate(y - 12, 6, 21))},
           {"spouse_name", u"Морозов Дмитрий Андреевич"_s},
           {"registry_office",
            u"Химкинский отдел ЗАГС Главного управления ЗАГС Московской области"_s},
           {"state", u"married"_s}});
    const QDate firstChild(y - 10, 8, 3);
    const QDate secondChild(y - 6, 2, 11);
    e.add("kid_birth_cert", u"1"_s, "zags", clock.reported(firstChild.addDays(14)),
          {{"child_name", u"Морозов Артём Дмитриевич"_s},
           {"birth_date", d(firstChild)},
           {"certificate_series", u"IX-ИК"_s},
           {"certificate_number", u"583201"_s},
           {"issue_date", d(firstChild.addDays(14))}});
    e.add("kid_birth_cert", u"2"_s, "zags", clock.reported(secondChild.addDays(14)),
          {{"child_name", u"Морозова Мария Дмитриевна"_s},
           {"birth_date", d(secondChild)},
           {"certificate_series", u"IX-ИК"_s},
           {"certificate_number", u"714236"_s},
           {"issue_date", d(secondChild.addDays(14))}});

    // 12. A main job since six years, promoted two years ago, and a part-time
    // teaching job.
    const Employer a = mainEmployer();
    const Employer b = secondEmployer();
    const Employer former = formerEmployer();
    struct Event
    {
        const Employer &employer;
        const char *position;
        const char *event;
        QDate date;
    };
    const Event events[] = {
        {former, "специалист по логистике", "dismissed", QDate(y - 6, 1, 31)},
        {a, "ведущий специалист отдела логистики", "hired", QDate(y - 6, 2, 3)},
        {b, "преподаватель (внешнее совместительство)", "hired", QDate(y - 4, 9, 1)},
        {a, "руководитель отдела логистики", "moved", QDate(y - 2, 7, 1)},
    };
    int n = 0;
    for (const Event &ev : events) {
        e.add("electronic_workbook", QString::number(++n), "sfr", clock.reported(ev.date, 5),
              {{"employer", ev.employer.name},
               {"employer_inn", ev.employer.inn},
               {"position", QString::fromUtf8(ev.position)},
               {"event", QLatin1StringView(ev.event)},
               {"date", d(ev.date)}});
    }

    // 13–14. Three tax years from both employers; the Social Fund has the
    // last two years of payments with contributions (30 %).
    for (int yearsAgo = 1; yearsAgo <= 3; ++yearsAgo) {
        const int year = y - yearsAgo;
        for (const char employer : {'a', 'b'}) {
            const Employer &who = employer == 'a' ? a : b;
            const QJsonArray lines =
                employer == 'a' ? mainJobIncome(yearsAgo) : secondJobIncome(yearsAgo);
            const qint64 total = totalOf(lines);
            e.add("ndfl_person", QString::number(year) + u'-' + QLatin1Char(employer), "fns",
                  clock.reported(QDate(year + 1, 2, employer == 'a' ? 25 : 26), 0),
                  {{"year", year},
                   {"tax_agent", who.name},
                   {"tax_agent_inn", who.inn},
                   {"income_by_month", lines},
                   {"total_income", total},
                   {"tax_withheld", ndflTax(total)}});
            if (yearsAgo <= 2) {
                e.add("payout_income", QString::number(year) + u'-' + QLatin1Char(employer), "sfr",
                      clock.reported(QDate(year + 1, 3, 30), 0),
                      {{"year", year},
                       {"payer", who.name},
                       {"payments_total", total},
                       {"contributions", total * 30 / 100}});
            }
        }
    }

    // 15–17. Child-care allowances after each birth; the maternity capital
    // was partly spent on the mortgage of the Moscow flat.
    e.add(
        "ils_doc", {}, "sfr", clock.at(46, 8, 0),
        {{"pension_points", 84.217}, {"insurance_record_years", 17}, {"savings", rub(218734, 55)}});
    e.add("pension_reference", u"1"_s, "sfr", clock.reported(QDate(y - 10, 12, 21)),
          {{"kind", u"Ежемесячное пособие по уходу за ребёнком до полутора лет"_s},
           {"amount_per_month", rub(27316, 18)},
           {"since", d(QDate(y - 10, 12, 21))},
           {"until", d(firstChild.addMonths(18))}});
    e.add("pension_reference", u"2"_s, "sfr", clock.reported(QDate(y - 6, 6, 30)),
          {{"kind", u"Ежемесячное пособие по уходу за ребёнком до полутора лет"_s},
           {"amount_per_month", rub(41720, 45)},
           {"since", d(QDate(y - 6, 6, 30))},
           {"until", d(secondChild.addMonths(18))}});
    const QDate capitalIssued(y - 6, 4, 14);
    const QDate flatBought = clock.daysAgo(230);
    const QJsonObject capital{{"certificate_number", u"МК-9 0412378"_s},
                              {"issue_date", d(capitalIssued)},
                              {"balance", rub(616617)}};
    QJsonObject capitalSpent = capital;
    capitalSpent.insert(u"balance"_s, rub(183427, 11));
    e.add("maternity_capital", {}, "sfr",
          {Version{clock.reported(capitalIssued), capital},
           Version{clock.at(215, 13, 5), capitalSpent}});

    // 18. An individual entrepreneur on the professional income tax
    // (translations on the side).
    const QDate ipRegistered(y - 3, 3, 10);
    e.add("self_employed", {}, "fns", clock.reported(ipRegistered),
          {{"status", u"entrepreneur_self_employed"_s},
           {"registration_date", d(ipRegistered)},
           {"ogrnip", ogrnipWithChecksum(QString(u"3"_s + twoDigitYear(ipRegistered.year()) +
                                                 u"77460001234"_s))}});

    // 19–21. Property and transport tax for the year before last are overdue and
    // went to the bailiffs; an old fine went there too and was paid. A
    // creditor's bankruptcy petition years ago was dismissed: the catalogue's
    // record always has a state, and this one is the harmless end.
    const QDate taxDue(y - 1, 12, 1);
    e.add("tax_debt", u"1"_s, "fns", clock.reported(taxDue, 4),
          {{"tax", u"Налог на имущество физических лиц"_s},
           {"amount", rub(2147)},
           {"penalties", rub(38, 26)},
           {"due_date", d(taxDue)}});
    e.add("tax_debt", u"2"_s, "fns", clock.reported(taxDue, 4),
          {{"tax", u"Транспортный налог"_s},
           {"amount", rub(5250)},
           {"penalties", rub(93, 55)},
           {"due_date", d(taxDue)}});
    const QDate oldProceeding(y - 3, 4, 18);
    e.add("fssp_proceedings", u"1"_s, "fssp", clock.reported(oldProceeding.addDays(32)),
          {{"case_number",
            QString(u"31847/"_s + twoDigitYear(oldProceeding.year()) + u"/77055-ИП"_s)},
           {"date", d(oldProceeding)},
           {"creditor", u"ЦАФАП ГИБДД ГУ МВД России по г. Москве"_s},
           {"amount", rub(500)},
           {"state", u"completed"_s}});
    const QDate newProceeding = clock.daysAgo(40);
    e.add("fssp_proceedings", u"2"_s, "fssp", clock.at(38, 7, 30),
          {{"case_number",
            QString(u"102944/"_s + twoDigitYear(newProceeding.year()) + u"/77055-ИП"_s)},
           {"date", d(newProceeding)},
           {"creditor", u"УФНС России по г. Москве"_s},
           {"amount", rub(2147 + 38 + 5250 + 93, 26 + 55)},
           {"state", u"active"_s}});
    const QDate petition(y - 5, 10, 14);
    e.add("bankruptcy", {}, "efrsb", clock.reported(petition),
          {{"state", u"terminated"_s},
           {"case_number", QString(u"А41-48213/"_s + QString::number(petition.year()))},
           {"date", d(petition)}});

    // 22. The Moscow flat (half, with the husband), a garden plot and a
    // parking place under the same house.
    e.add("reg_realestate", u"1"_s, "rosreestr", clock.at(226, 16, 0),
          {{"cadastral_number", u"77:06:0004006:2171"_s},
           {"kind", u"premises"_s},
           {"address", u"г. Москва, ул. Профсоюзная, д. 104, кв. 58"_s},
           {"area", 64.3},
           {"share", 0.5},
           {"registration_date", d(flatBought)},
           {"encumbrances", u"Ипотека в силу закона в пользу АО «Банк Городской ипотечный»"_s}});
    e.add("reg_realestate", u"2"_s, "rosreestr", clock.reported(QDate(y - 8, 5, 22)),
          {{"cadastral_number", u"76:17:107101:318"_s},
           {"kind", u"land_plot"_s},
           {"address", u"Ярославская обл., Ярославский р-н, СНТ «Рассвет», участок 47"_s},
           {"area", 812},
           {"share", 1},
           {"registration_date", d(QDate(y - 8, 5, 22))}});
    e.add("reg_realestate", u"3"_s, "rosreestr", clock.at(176, 15, 0),
          {{"cadastral_number", u"77:06:0004006:4523"_s},
           {"kind", u"parking_place"_s},
           {"address", u"г. Москва, ул. Профсоюзная, д. 104, машино-место 131"_s},
           {"area", 13.3},
           {"share", 1},
           {"registration_date", d(clock.daysAgo(180))}});

    // 23–26. Two cars with their certificates, a licence, and fines: one old
    // paid, one paid at the discount, one new with the discount still open.
    const QDate car1(y - 8, 4, 9);
    const QDate car2(y - 2, 10, 2);
    const QString vin1 = u"Z94CB41AB"_s + vinYearCode(car1.year()) + u"R456123"_s;
    const QString vin2 = u"XW8AN2NE3"_s + vinYearCode(car2.year()) + u"H012345"_s;
    e.add("vehicles", u"1"_s, "gibdd", clock.reported(car1),
          {{"make_model", u"KIA RIO"_s},
           {"vin", vin1},
           {"plate", u"Р482КМ750"_s},
           {"year", y - 8},
           {"registration_date", d(car1)}});
    e.add("vehicles", u"2"_s, "gibdd", clock.reported(car2),
          {{"make_model", u"SKODA OCTAVIA"_s},
           {"vin", vin2},
           {"plate", u"Т615ОР799"_s},
           {"year", y - 2},
           {"registration_date", d(car2)}});
    e.add("vehicle_reg_cert_doc", u"1"_s, "gibdd", clock.reported(car1),
          {{"series_number", u"99 27 481263"_s}, {"vin", vin1}, {"issue_date", d(car1)}});
    e.add("vehicle_reg_cert_doc", u"2"_s, "gibdd", clock.reported(car2),
          {{"series_number", u"99 58 064128"_s}, {"vin", vin2}, {"issue_date", d(car2)}});
    e.add("drivers_licence_doc", {}, "gibdd", clock.reported(QDate(y - 3, 6, 17)),
          {{"series_number", u"99 21 530482"_s},
           {"categories", u"B, B1, M"_s},
           {"issue_date", d(QDate(y - 3, 6, 17))},
           {"expiry_date", d(QDate(y + 7, 6, 17))}});
    e.add("traffic_fines", u"1"_s, "gisgmp", clock.reported(QDate(y - 2, 5, 30), 20),
          {{"resolution_number", u"18810177220530481126"_s},
           {"date", d(QDate(y - 2, 5, 30))},
           {"amount", rub(500)},
           {"paid", true}});
    e.add("traffic_fines", u"2"_s, "gisgmp", clock.at(60, 6, 15),
          {{"resolution_number", u"18810550250712849163"_s},
           {"date", d(clock.daysAgo(70))},
           {"amount", rub(1000)},
           {"paid", true},
           {"discount_until", d(clock.daysAgo(50))}});
    e.add("traffic_fines", u"3"_s, "gisgmp", clock.at(7, 6, 15),
          {{"resolution_number", u"18810177260118305572"_s},
           {"date", d(clock.daysAgo(8))},
           {"amount", rub(1500)},
           {"paid", false},
           {"discount_until", d(clock.daysAgo(8).addDays(20))}});

    // 27–30.
    e.add("oms_policy", {}, "foms", clock.reported(QDate(y - 6, 3, 2)),
          {{"number", u"7758420871000413"_s},
           {"insurer", u"ООО «Страховая медицинская компания «Здоровье-Полис»"_s},
           {"issue_date", d(QDate(y - 6, 3, 2))}});
    e.add("education_docs", u"1"_s, "frdo", clock.at(720, 9, 20),
          {{"level", u"specialist"_s},
           {"institution", u"ФГБОУ ВПО «Верхневолжский государственный университет»"_s},
           {"speciality", u"Менеджмент организации"_s},
           {"document_number", u"107604 0123456"_s},
           {"year", y - 16}});
    e.add("education_docs", u"2"_s, "frdo", clock.reported(QDate(y - 4, 6, 30), 30),
          {{"level", u"additional_professional"_s},
           {"institution", u"АНО ДПО «Институт проектного управления»"_s},
           {"speciality", u"Управление проектами"_s},
           {"document_number", u"772409871345"_s},
           {"year", y - 4}});
    // Women with a military-relevant speciality are registered too.
    e.add("military_registration", {}, "mil", clock.at(720, 9, 25),
          {{"state", u"registered"_s},
           {"fitness_category", u"b"_s},
           {"document_number", u"АК 4812035"_s}});
    e.add("disability", {}, "fri", clock.reported(QDate(y - 2, 11, 10)),
          {{"group", u"group_3"_s},
           {"since", d(QDate(y - 2, 11, 10))},
           {"until", d(QDate(y + 1, 11, 10))}});

    DemoCitizen citizen;
    citizen.citizen.id = u"cit-0001"_s;
    citizen.citizen.displayName = u"Анна Кольцова"_s;
    citizen.citizen.accountConfirmed = true;
    // УДИ 2: verified and linked, but not by a state information system.
    citizen.citizen.facts.dataVerified = cp::domain::Requirement::Yes;
    citizen.citizen.facts.dataBelongsToPresenter = true;
    citizen.citizen.facts.dataUnique = true;
    citizen.citizen.facts.identityDeterminedByIdentifier = true;
    citizen.citizen.facts.identifierLinkedToPerson = true;
    citizen.login = u"demo"_s;
    citizen.password = u"demo-2026"_s;
    citizen.snils = snils;
    citizen.records = e.entries();
    return citizen;
}

DemoCitizen secondCitizen(const DemoClock &clock)
{
    const int y = clock.year();
    // A fresh account: what he typed in himself, nothing confirmed yet.
    Entries e(u"rec-demo2-"_s);
    e.add("fio_bio", {}, "esia", clock.at(12, 20, 5),
          {{"last_name", u"Громов"_s},
           {"first_name", u"Павел"_s},
           {"middle_name", u"Игоревич"_s},
           {"birth_date", d(QDate(y - 27, 11, 2))},
           {"birth_place", u"гор. Тверь"_s},
           {"gender", u"male"_s},
           {"citizenship", u"Российская Федерация"_s}},
          false);
    const QString snils = snilsWithChecksum(u"203617854");
    e.add("snils", {}, "esia", clock.at(12, 20, 7), {{"number", snils}}, false);
    e.add("contacts", {}, "esia", clock.at(12, 20, 9),
          {{"mobile_phone", u"+79265550178"_s},
           {"mobile_phone_verified", true},
           {"email", u"p.gromov@example.net"_s},
           {"email_verified", false}},
          false);

    DemoCitizen citizen;
    citizen.citizen.id = u"cit-0002"_s;
    citizen.citizen.displayName = u"Павел Громов"_s;
    citizen.citizen.accountConfirmed = false;
    // УДИ 1: the data is his, but nobody has verified it.
    citizen.citizen.facts.dataVerified = cp::domain::Requirement::No;
    citizen.citizen.facts.dataBelongsToPresenter = true;
    citizen.citizen.facts.dataUnique = true;
    citizen.citizen.facts.identityDeterminedByIdentifier = true;
    citizen.citizen.facts.identifierLinkedToPerson = false;
    citizen.login = u"demo2"_s;
    citizen.password = u"demo2-2026"_s;
    citizen.snils = snils;
    citizen.records = e.entries();
    return citizen;
}

} // namespace cp::server::demo
