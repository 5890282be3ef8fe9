// Valid domain objects for tests: one consent request, consent, record,
// document and access event that pass validation, from which a test derives
// the broken variants it needs. Values are checksum-valid by hand-computed
// digits (see tst_identifiers.cpp for the arithmetic).
#pragma once

#include "domain/citizen.h"
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"

namespace cp::testing {

inline domain::Organisation sampleOrganisation()
{
    domain::Organisation org;
    org.id = QStringLiteral("org-bank-1");
    org.fullName = QStringLiteral("Публичное акционерное общество «Банк Пример»");
    org.shortName = QStringLiteral("ПАО «Банк Пример»");
    org.inn = QStringLiteral("7707083893");     // check digit 3: see tst_identifiers
    org.ogrn = QStringLiteral("1027700132195"); // check digit 5: see tst_identifiers
    org.address = QStringLiteral("117997, г. Москва, ул. Вавилова, д. 19");
    org.kind = domain::OrganisationKind::Bank;
    org.licence = QStringLiteral("1481");
    org.registeredParticipant = true;
    return org;
}

inline domain::ConsentRequest sampleRequest()
{
    using namespace domain;
    ConsentRequest r;
    r.id = QStringLiteral("req-1");
    r.requestedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    r.answerBy = r.requestedAt.addDays(7);
    r.organisation = sampleOrganisation();
    r.processors = {Processor{QStringLiteral("ООО «Скоринг»"), QStringLiteral("г. Москва")}};
    r.purpose =
        Purpose{QStringLiteral("CREDIT_CONSUMER"), QStringLiteral("Потребительский кредит")};
    r.records = {RequestedRecord{QStringLiteral("id_doc"), true},
                 RequestedRecord{QStringLiteral("ndfl_person"), true},
                 RequestedRecord{QStringLiteral("electronic_workbook"), false}};
    r.actions = {DataAction::UseData, DataAction::ShareData};
    r.operation = Operation::FinancialIndividualWithinLimits;
    r.access = AccessMode::OneTime;
    r.termFrom = QDate(2026, 11, 20);
    r.termUntil = QDate(2027, 11, 20);
    r.signature = QByteArray::fromHex("3045022100aabbccdd0220112233");
    r.state = RequestState::Pending;
    return r;
}

inline domain::Consent sampleConsent()
{
    using namespace domain;
    Consent c;
    c.id = QStringLiteral("con-1");
    c.requestId = QStringLiteral("req-1");
    c.state = ConsentState::Active;
    c.grantedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 250), Qt::UTC);
    c.validFrom = QDate(2026, 11, 21);
    c.validUntil = QDate(2027, 11, 20);
    c.records = {QStringLiteral("id_doc"), QStringLiteral("ndfl_person")};
    c.organisation = sampleOrganisation();
    c.purpose =
        Purpose{QStringLiteral("CREDIT_CONSUMER"), QStringLiteral("Потребительский кредит")};
    c.operation = Operation::FinancialIndividualWithinLimits;
    c.access = AccessMode::Periodic;
    c.actions = {DataAction::UseData};
    return c;
}

inline domain::Record samplePassport()
{
    domain::Record r;
    r.type = QStringLiteral("id_doc");
    r.id = QStringLiteral("rec-passport");
    r.version = 2;
    r.updatedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    r.source = QStringLiteral("mvd");
    r.verified = true;
    r.fields =
        QJsonObject{{QStringLiteral("series"), QStringLiteral("4508")},
                    {QStringLiteral("number"), QStringLiteral("123456")},
                    {QStringLiteral("issue_date"), QStringLiteral("2020-05-14")},
                    {QStringLiteral("issued_by"), QStringLiteral("ГУ МВД России по г. Москве")},
                    {QStringLiteral("department_code"), QStringLiteral("770-001")}};
    return r;
}

inline domain::DocumentInfo sampleDocument()
{
    domain::DocumentInfo d;
    d.id = QStringLiteral("doc-ndfl-2025-a");
    d.kind = QStringLiteral("ndfl2");
    d.origin = domain::DocumentOrigin::Issued;
    d.title = QStringLiteral("Справка о доходах 2-НДФЛ за 2025 год");
    d.issuer = QStringLiteral("ФНС России");
    d.periodFrom = QDate(2025, 1, 1);
    d.periodUntil = QDate(2025, 12, 31);
    d.issuedAt = QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC);
    d.mediaType = QStringLiteral("application/pdf");
    d.size = 48213;
    d.sha256 =
        QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    d.hasSignature = true;
    d.relatedId = QStringLiteral("doc-ndfl-2025-a-xml");
    return d;
}

inline domain::AccessEvent sampleAccessEvent()
{
    domain::AccessEvent e;
    e.id = QStringLiteral("acc-1");
    e.at = QDateTime(QDate(2026, 11, 22), QTime(14, 5), Qt::UTC);
    e.organisationId = QStringLiteral("org-bank-1");
    e.organisationName = QStringLiteral("ПАО «Банк Пример»");
    e.consentId = QStringLiteral("con-1");
    e.records = {QStringLiteral("id_doc")};
    return e;
}

inline domain::Citizen sampleCitizen()
{
    domain::Citizen c;
    c.id = QStringLiteral("cit-1");
    c.displayName = QStringLiteral("Иванов Иван Иванович");
    c.accountConfirmed = true;
    c.facts.dataVerified = domain::Requirement::YesByStateSystem;
    c.facts.dataBelongsToPresenter = true;
    c.facts.dataUnique = true;
    c.facts.identityDeterminedByIdentifier = true;
    c.facts.identifierLinkedToPerson = true;
    return c;
}

} // namespace cp::testing
