// The organisations of the demo and the story of citizen [0]'s consents: over
// the past seven months a car loan (consent expired), KASKO insurance (consent
// revoked), a bank card (consent active), a refused payday loan, a request left
// unanswered, a withdrawn one, and three that wait for a decision now. Every
// transition goes through ConsentLifecycle so that the history is one the
// domain accepts.
#include "demo/demochecksums.h"
#include "demo/demoparts.h"

#include <QTime>

#include <algorithm>

namespace cp::server::demo {

using namespace Qt::StringLiterals;
using namespace cp::domain;

namespace {

enum OrgIndex
{
    BankIndex = 0,
    InsurerIndex = 1,
    MfoIndex = 2
};

QList<RequestedRecord> required(std::initializer_list<const char *> keys)
{
    QList<RequestedRecord> records;
    for (const char *key : keys)
        records.append(RequestedRecord{QString::fromLatin1(key), true});
    return records;
}

QList<RequestedRecord> optional(std::initializer_list<const char *> keys)
{
    QList<RequestedRecord> records;
    for (const char *key : keys)
        records.append(RequestedRecord{QString::fromLatin1(key), false});
    return records;
}

ConsentRequest request(const QString &id, const Organisation &organisation,
                       const QDateTime &requestedAt, int answerDays, const char *purposeCode,
                       const QString &purposeText, Operation operation, AccessMode access,
                       int termDays)
{
    ConsentRequest r;
    r.id = id;
    r.requestedAt = requestedAt;
    r.answerBy = requestedAt.addDays(answerDays);
    r.organisation = organisation;
    r.purpose = Purpose{QString::fromLatin1(purposeCode), purposeText};
    r.actions = {DataAction::UseData};
    r.operation = operation;
    r.access = access;
    r.termFrom = requestedAt.date();
    r.termUntil = requestedAt.date().addDays(termDays);
    r.state = RequestState::Pending;
    return r;
}

// Passing data on needs the processors named in the request.
void share(ConsentRequest &r, const QString &processorName, const QString &processorAddress)
{
    if (!r.actions.contains(DataAction::ShareData))
        r.actions.append(DataAction::ShareData);
    r.processors.append(Processor{processorName, processorAddress});
}

// The lifecycle decides who may cause a transition; the demo only says when.
void move(ConsentRequest &r, RequestState to, const QDateTime &at)
{
    const bool applied = ConsentLifecycle::apply(r, to, *ConsentLifecycle::actorFor(to), at);
    Q_ASSERT(applied);
    Q_UNUSED(applied);
}

void move(Consent &c, ConsentState to, const QDateTime &at)
{
    const bool applied = ConsentLifecycle::apply(c, to, *ConsentLifecycle::actorFor(to), at);
    Q_ASSERT(applied);
    Q_UNUSED(applied);
}

// Grants `r` at `at` with every required record and the optional ones
// chosen; the consent runs from the grant to the end of the requested term.
Consent grant(ConsentRequest &r, const QString &consentId, const QDateTime &at,
              const QStringList &chosenOptional)
{
    move(r, RequestState::Granted, at);
    r.consentId = consentId;
    Consent c;
    c.id = consentId;
    c.requestId = r.id;
    c.state = ConsentState::Active;
    c.grantedAt = at;
    c.validFrom = at.date();
    c.validUntil = r.termUntil;
    for (const RequestedRecord &rec : r.records) {
        if (rec.required || chosenOptional.contains(rec.key))
            c.records.append(rec.key);
    }
    c.organisation = r.organisation;
    c.purpose = r.purpose;
    c.operation = r.operation;
    c.access = r.access;
    c.actions = r.actions;
    return c;
}

class AccessLog
{
public:
    void fetch(const Consent &consent, const QDateTime &at, const QStringList &records = {})
    {
        add(consent, at, records, {});
    }
    void refuse(const Consent &consent, const QDateTime &at, const QString &reason)
    {
        add(consent, at, {}, reason);
    }

    // Oldest first, numbered in that order.
    QList<AccessEvent> events() const
    {
        QList<AccessEvent> sorted = m_events;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const AccessEvent &l, const AccessEvent &r) { return l.at < r.at; });
        for (qsizetype i = 0; i < sorted.size(); ++i)
            sorted[i].id = u"acc-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        return sorted;
    }

private:
    void add(const Consent &consent, const QDateTime &at, const QStringList &records,
             const QString &reason)
    {
        AccessEvent e;
        e.at = at;
        e.organisationId = consent.organisation.id;
        e.organisationName = consent.organisation.shortName;
        e.consentId = consent.id;
        // A refused fetch is logged with what it asked for: the whole consent.
        e.records = records.isEmpty() ? consent.records : records;
        e.refused = !reason.isEmpty();
        e.refusalReason = reason;
        m_events.append(e);
    }

    QList<AccessEvent> m_events;
};

} // namespace

QList<DemoOrganisation> organisations()
{
    QList<DemoOrganisation> list;

    Organisation bank;
    bank.id = u"org-bank"_s;
    bank.fullName = u"Акционерное общество «Коммерческий банк «Волжский кредит»"_s;
    bank.shortName = u"АО КБ «Волжский кредит»"_s;
    bank.inn = organisationInnWithChecksum(u"770245138");
    bank.ogrn = ogrnWithChecksum(u"102773941258");
    bank.address = u"109012, г. Москва, ул. Никольская, д. 27, стр. 1"_s;
    bank.kind = OrganisationKind::Bank;
    bank.licence = u"Базовая лицензия Банка России № 3481"_s;
    bank.registeredParticipant = true;
    list.append(DemoOrganisation{bank, u"org-bank"_s});

    Organisation insurer;
    insurer.id = u"org-insurer"_s;
    insurer.fullName = u"Акционерное общество «Страховая компания «Опора-Гарант»"_s;
    insurer.shortName = u"АО СК «Опора-Гарант»"_s;
    insurer.inn = organisationInnWithChecksum(u"771053926");
    insurer.ogrn = ogrnWithChecksum(u"103773905421");
    insurer.address = u"125047, г. Москва, ул. Лесная, д. 43, этаж 6"_s;
    insurer.kind = OrganisationKind::Insurer;
    insurer.licence = u"Лицензия Банка России СИ № 4127"_s;
    insurer.registeredParticipant = true;
    list.append(DemoOrganisation{insurer, u"org-insurer"_s});

    // Not a participant of the Digital Profile: the client shows no badge.
    Organisation mfo;
    mfo.id = u"org-mfo"_s;
    mfo.fullName =
        u"Общество с ограниченной ответственностью «Микрофинансовая компания «Быстрый займ плюс»"_s;
    mfo.shortName = u"ООО МФК «Быстрый займ плюс»"_s;
    mfo.inn = organisationInnWithChecksum(u"540612873");
    mfo.ogrn = ogrnWithChecksum(u"119547600135");
    mfo.address = u"630099, г. Новосибирск, ул. Советская, д. 64, офис 512"_s;
    mfo.kind = OrganisationKind::Mfo;
    mfo.licence = u"Запись в государственном реестре МФО № 1903045009187"_s;
    mfo.registeredParticipant = false;
    list.append(DemoOrganisation{mfo, u"org-mfo"_s});

    return list;
}

void addConsents(DemoProfile &profile, const DemoClock &clock)
{
    const Organisation &bank = profile.organisations.at(BankIndex).organisation;
    const Organisation &insurer = profile.organisations.at(InsurerIndex).organisation;
    const Organisation &mfo = profile.organisations.at(MfoIndex).organisation;
    const QString creditBureau = u"АО «Бюро кредитных историй «Эталон»"_s;
    const QString creditBureauAddress = u"121069, г. Москва, Скатертный пер., д. 20, стр. 1"_s;
    AccessLog log;

    // 1. Car loan: granted, fetched twice, consent expired with its term,
    // a late fetch refused.
    ConsentRequest carLoan =
        request(u"req-0001"_s, bank, clock.at(205, 10, 12), 7, "CREDIT_CAR",
                u"Рассмотрение заявки на автокредит"_s, Operation::FinancialIndividualWithinLimits,
                AccessMode::Periodic, 30);
    carLoan.records = required({"fio_bio", "id_doc", "snils", "ndfl_person"}) +
                      optional({"electronic_workbook", "vehicles"});
    Consent carConsent = grant(carLoan, u"con-0001"_s, clock.at(204, 19, 3), {u"vehicles"_s});
    move(carConsent, ConsentState::Expired,
         QDateTime(carConsent.validUntil.addDays(1), QTime(0, 0), Qt::UTC));
    log.fetch(carConsent, clock.at(204, 19, 10));
    log.fetch(carConsent, clock.at(190, 11, 30), {u"ndfl_person"_s});
    log.refuse(carConsent, clock.at(150, 9, 45), u"consent_expired"_s);

    // 2. KASKO: granted with sharing to an inspection service, fetched,
    // revoked by the citizen two months ago, then a fetch refused.
    ConsentRequest kasko =
        request(u"req-0002"_s, insurer, clock.at(121, 13, 40), 5, "INSURANCE_KASKO",
                u"Расчёт и оформление полиса КАСКО"_s, Operation::FinancialIndividualWithinLimits,
                AccessMode::Periodic, 365);
    kasko.records =
        required({"fio_bio", "id_doc", "drivers_licence_doc", "vehicles", "vehicle_reg_cert_doc"}) +
        optional({"traffic_fines"});
    share(kasko, u"ООО «Центр осмотра транспортных средств»"_s,
          u"125252, г. Москва, ул. Куусинена, д. 21Б"_s);
    Consent kaskoConsent = grant(kasko, u"con-0002"_s, clock.at(120, 8, 55), {});
    move(kaskoConsent, ConsentState::Revoked, clock.at(60, 21, 14));
    log.fetch(kaskoConsent, clock.at(120, 9, 0));
    log.fetch(kaskoConsent, clock.at(100, 9, 0), {u"vehicles"_s, u"drivers_licence_doc"_s});
    log.fetch(kaskoConsent, clock.at(75, 9, 0), {u"drivers_licence_doc"_s});
    log.refuse(kaskoConsent, clock.at(45, 9, 0), u"consent_revoked"_s);

    // 3. Bank card: granted with the optional contacts, fetched regularly.
    ConsentRequest card =
        request(u"req-0003"_s, bank, clock.at(41, 16, 5), 7, "BANK_CARD",
                u"Выпуск и обслуживание дебетовой карты"_s,
                Operation::FinancialIndividualWithinLimits, AccessMode::Periodic, 365);
    card.records =
        required({"fio_bio", "id_doc", "snils", "inn", "addresses"}) + optional({"contacts"});
    Consent cardConsent = grant(card, u"con-0003"_s, clock.at(40, 12, 30), {u"contacts"_s});
    log.fetch(cardConsent, clock.at(40, 12, 31));
    for (const int days : {30, 20, 10, 3})
        log.fetch(cardConsent, clock.at(days, 3, 0), {u"addresses"_s, u"contacts"_s});

    // 4. A payday loan the citizen refused.
    ConsentRequest payday =
        request(u"req-0004"_s, mfo, clock.at(25, 22, 47), 3, "CREDIT_CONSUMER",
                u"Рассмотрение заявки на микрозайм"_s, Operation::FinancialIndividualWithinLimits,
                AccessMode::OneTime, 30);
    payday.records = required({"fio_bio", "id_doc", "snils", "ndfl_person", "fssp_proceedings"}) +
                     optional({"electronic_workbook", "contacts"});
    share(payday, u"ООО «Скоринговые решения»"_s,
          u"630102, г. Новосибирск, ул. Кирова, д. 48, офис 301"_s);
    move(payday, RequestState::Denied, clock.at(24, 9, 12));

    // 5. Life insurance nobody answered in time.
    ConsentRequest life = request(u"req-0005"_s, insurer, clock.at(16, 11, 0), 7, "INSURANCE_LIFE",
                                  u"Расчёт стоимости страхования жизни"_s,
                                  Operation::InfoServicesIndividual, AccessMode::OneTime, 30);
    life.records = required({"fio_bio", "disability"}) + optional({"oms_policy"});
    move(life, RequestState::Expired, life.answerBy);

    // 6. A deposit offer the bank took back the next day.
    ConsentRequest deposit = request(
        u"req-0006"_s, bank, clock.at(12, 15, 20), 7, "DEPOSIT", u"Открытие вклада «Надёжный»"_s,
        Operation::FinancialIndividualWithinLimits, AccessMode::OneTime, 14);
    deposit.records = required({"fio_bio", "id_doc", "inn"});
    move(deposit, RequestState::Withdrawn, clock.at(11, 10, 5));

    // 7–9. Waiting now: a consumer loan (УДИ 2 is enough), a mortgage
    // refinancing above the bank's risk limits (needs УДИ 3, which the citizen
    // has not got), and an OSAGO quote (information only).
    ConsentRequest loan =
        request(u"req-0007"_s, bank, clock.at(2, 10, 15), 7, "CREDIT_CONSUMER",
                u"Рассмотрение заявки на потребительский кредит"_s,
                Operation::FinancialIndividualWithinLimits, AccessMode::OneTime, 30);
    loan.records = required({"fio_bio", "id_doc", "snils", "inn", "ndfl_person"}) +
                   optional({"electronic_workbook", "addresses"});

    ConsentRequest mortgage =
        request(u"req-0008"_s, bank, clock.at(1, 9, 40), 10, "CREDIT_MORTGAGE",
                u"Рефинансирование ипотечного кредита на квартиру"_s,
                Operation::FinancialIndividualHighRisk, AccessMode::Periodic, 180);
    mortgage.records = required({"fio_bio", "id_doc", "snils", "ndfl_person", "payout_income",
                                 "reg_realestate", "fssp_proceedings", "bankruptcy"}) +
                       optional({"marital_status", "kid_birth_cert", "maternity_capital"});
    share(mortgage, creditBureau, creditBureauAddress);
    share(mortgage, u"ООО «Оценочная компания «Меридиан»"_s,
          u"115054, г. Москва, ул. Валовая, д. 35, офис 7"_s);

    ConsentRequest osago = request(u"req-0009"_s, insurer, clock.at(1, 18, 25), 5,
                                   "INSURANCE_OSAGO", u"Расчёт стоимости полиса ОСАГО"_s,
                                   Operation::InfoServicesIndividual, AccessMode::OneTime, 30);
    osago.records =
        required({"fio_bio", "id_doc", "drivers_licence_doc", "vehicles", "vehicle_reg_cert_doc"}) +
        optional({"addresses", "traffic_fines"});

    profile.requests = {carLoan, kasko, card, payday, life, deposit, loan, mortgage, osago};
    profile.consents = {carConsent, kaskoConsent, cardConsent};
    profile.accessLog = log.events();
}

} // namespace cp::server::demo
