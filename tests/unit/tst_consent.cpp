// The consent model: the lifecycle as a state machine tested for every pair
// of states and every actor, and the validation of a request with one precise
// error for each kind of mistake.
#include "domain/consent.h"

#include "domainsamples.h"

#include <QTest>

using namespace cp::domain;
using cp::testing::sampleConsent;
using cp::testing::sampleRequest;

Q_DECLARE_METATYPE(cp::domain::RequestState)
Q_DECLARE_METATYPE(cp::domain::ConsentState)
Q_DECLARE_METATYPE(cp::domain::Actor)
Q_DECLARE_METATYPE(cp::domain::ValidationCode)
Q_DECLARE_METATYPE(cp::domain::ConsentRequest)

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);

const QList<RequestState> kAllRequestStates{RequestState::Pending, RequestState::Granted,
                                            RequestState::Denied, RequestState::Expired,
                                            RequestState::Withdrawn};
const QList<ConsentState> kAllConsentStates{ConsentState::Active, ConsentState::Revoked,
                                            ConsentState::Expired};
const QList<Actor> kAllActors{Actor::Citizen, Actor::Organisation, Actor::System};

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private slots:
    void requestTransitions_data();
    void requestTransitions();
    void consentTransitions_data();
    void consentTransitions();
    void finalStatesStayFinal();
    void transitionNeedsATime();

    void validRequestHasNoErrors();
    void invalidRequest_data();
    void invalidRequest();
    void errorsAreAllReported();
    void purposeRegister();
};

void TestConsent::requestTransitions_data()
{
    QTest::addColumn<RequestState>("from");
    QTest::addColumn<RequestState>("to");
    QTest::addColumn<Actor>("by");
    QTest::addColumn<bool>("allowed");
    // Only pending moves, and each move has its one actor:
    // granted and denied by the citizen, withdrawn by the organisation,
    // expired by the system.
    auto legal = [](RequestState from, RequestState to, Actor by) {
        if (from != RequestState::Pending)
            return false;
        switch (to) {
        case RequestState::Granted:
        case RequestState::Denied:
            return by == Actor::Citizen;
        case RequestState::Withdrawn:
            return by == Actor::Organisation;
        case RequestState::Expired:
            return by == Actor::System;
        case RequestState::Pending:
            return false;
        }
        return false;
    };
    for (RequestState from : kAllRequestStates) {
        for (RequestState to : kAllRequestStates) {
            for (Actor by : kAllActors) {
                QTest::addRow("%s -> %s by %s", qPrintable(ConsentModel::key(from)),
                              qPrintable(ConsentModel::key(to)), qPrintable(ConsentModel::key(by)))
                    << from << to << by << legal(from, to, by);
            }
        }
    }
}

void TestConsent::requestTransitions()
{
    QFETCH(RequestState, from);
    QFETCH(RequestState, to);
    QFETCH(Actor, by);
    QFETCH(bool, allowed);

    ConsentRequest request = sampleRequest();
    request.state = from;
    const ConsentRequest before = request;
    QCOMPARE(ConsentLifecycle::apply(request, to, by, kNow), allowed);
    if (allowed) {
        QCOMPARE(request.state, to);
        QCOMPARE(request.history.size(), 1);
        QCOMPARE(request.history.last().from, ConsentModel::key(from));
        QCOMPARE(request.history.last().to, ConsentModel::key(to));
        QCOMPARE(request.history.last().by, by);
        QCOMPARE(request.history.last().at, kNow);
    } else {
        QCOMPARE(request, before); // a refused transition changes nothing
    }
}

void TestConsent::consentTransitions_data()
{
    QTest::addColumn<ConsentState>("from");
    QTest::addColumn<ConsentState>("to");
    QTest::addColumn<Actor>("by");
    QTest::addColumn<bool>("allowed");
    for (ConsentState from : kAllConsentStates) {
        for (ConsentState to : kAllConsentStates) {
            for (Actor by : kAllActors) {
                const bool legal = from == ConsentState::Active &&
                                   ((to == ConsentState::Revoked && by == Actor::Citizen) ||
                                    (to == ConsentState::Expired && by == Actor::System));
                QTest::addRow("%s -> %s by %s", qPrintable(ConsentModel::key(from)),
                              qPrintable(ConsentModel::key(to)), qPrintable(ConsentModel::key(by)))
                    << from << to << by << legal;
            }
        }
    }
}

void TestConsent::consentTransitions()
{
    QFETCH(ConsentState, from);
    QFETCH(ConsentState, to);
    QFETCH(Actor, by);
    QFETCH(bool, allowed);

    Consent consent = sampleConsent();
    consent.state = from;
    const Consent before = consent;
    QCOMPARE(ConsentLifecycle::canTransition(from, to) && ConsentLifecycle::actorFor(to) == by,
             allowed);
    QCOMPARE(ConsentLifecycle::apply(consent, to, by, kNow), allowed);
    if (allowed) {
        QCOMPARE(consent.state, to);
        QCOMPARE(consent.history.size(), before.history.size() + 1);
        QCOMPARE(consent.history.last().to, ConsentModel::key(to));
    } else {
        QCOMPARE(consent, before);
    }
}

void TestConsent::finalStatesStayFinal()
{
    // Nothing leaves revoked or expired, nor any answered request: a second
    // decision on the same request is refused.
    ConsentRequest request = sampleRequest();
    QVERIFY(ConsentLifecycle::apply(request, RequestState::Granted, Actor::Citizen, kNow));
    QVERIFY(ConsentLifecycle::isFinal(request.state));
    QVERIFY(!ConsentLifecycle::apply(request, RequestState::Denied, Actor::Citizen, kNow));
    QVERIFY(!ConsentLifecycle::apply(request, RequestState::Granted, Actor::Citizen, kNow));
    QCOMPARE(request.history.size(), 1);

    Consent consent = sampleConsent();
    QVERIFY(ConsentLifecycle::apply(consent, ConsentState::Revoked, Actor::Citizen, kNow));
    QVERIFY(ConsentLifecycle::isFinal(consent.state));
    QVERIFY(!ConsentLifecycle::apply(consent, ConsentState::Expired, Actor::System, kNow));
    QVERIFY(!ConsentLifecycle::apply(consent, ConsentState::Revoked, Actor::Citizen, kNow));
}

void TestConsent::transitionNeedsATime()
{
    ConsentRequest request = sampleRequest();
    QVERIFY(!ConsentLifecycle::apply(request, RequestState::Granted, Actor::Citizen, QDateTime()));
    QCOMPARE(request.state, RequestState::Pending);
}

void TestConsent::validRequestHasNoErrors()
{
    const QList<ValidationError> errors = validate(sampleRequest());
    for (const ValidationError &e : errors)
        qWarning("unexpected: %s %s", qPrintable(e.field), qPrintable(e.message));
    QVERIFY(errors.isEmpty());
}

void TestConsent::invalidRequest_data()
{
    QTest::addColumn<ConsentRequest>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ValidationCode>("code");

    auto row = [](const char *name, auto change, const char *field, ValidationCode code) {
        ConsentRequest r = sampleRequest();
        change(r);
        QTest::newRow(name) << r << QString::fromLatin1(field) << code;
    };
    using V = ValidationCode;
    row(
        "unknown record key", [](ConsentRequest &r) { r.records[1].key = QStringLiteral("ndfl"); },
        "records[1].key", V::UnknownRecordKey);
    row(
        "record key in other case",
        [](ConsentRequest &r) { r.records[0].key = QStringLiteral("ID_DOC"); }, "records[0].key",
        V::UnknownRecordKey);
    row(
        "duplicate record key",
        [](ConsentRequest &r) {
            r.records.append({QStringLiteral("id_doc"), false});
        },
        "records[3].key", V::DuplicateRecordKey);
    row(
        "no records", [](ConsentRequest &r) { r.records.clear(); }, "records", V::NoRecords);
    row(
        "only optional records",
        [](ConsentRequest &r) {
            for (RequestedRecord &rec : r.records)
                rec.required = false;
        },
        "records", V::NoRequiredRecord);
    row(
        "empty purpose code", [](ConsentRequest &r) { r.purpose.code.clear(); }, "purpose.code",
        V::EmptyPurpose);
    row(
        "blank purpose text", [](ConsentRequest &r) { r.purpose.text = QStringLiteral("  "); },
        "purpose.text", V::EmptyPurpose);
    row(
        "unknown purpose",
        [](ConsentRequest &r) { r.purpose.code = QStringLiteral("CREDIT_ANYTHING"); },
        "purpose.code", V::UnknownPurpose);
    row(
        "term ends before start", [](ConsentRequest &r) { r.termUntil = r.termFrom.addDays(-1); },
        "term.until", V::TermEndsBeforeStart);
    row(
        "term without end", [](ConsentRequest &r) { r.termUntil = QDate(); }, "term.until",
        V::MissingField);
    row(
        "answer by before request",
        [](ConsentRequest &r) { r.answerBy = r.requestedAt.addSecs(-60); }, "answer_by",
        V::AnswerByBeforeRequest);
    row(
        "missing full name", [](ConsentRequest &r) { r.organisation.fullName.clear(); },
        "organisation.full_name", V::MissingField);
    row(
        "missing short name", [](ConsentRequest &r) { r.organisation.shortName.clear(); },
        "organisation.short_name", V::MissingField);
    row(
        "missing inn", [](ConsentRequest &r) { r.organisation.inn.clear(); }, "organisation.inn",
        V::MissingField);
    row(
        "inn with a wrong check digit",
        [](ConsentRequest &r) { r.organisation.inn = QStringLiteral("7707083894"); },
        "organisation.inn", V::BadIdentifier);
    row(
        "person inn for an organisation",
        [](ConsentRequest &r) { r.organisation.inn = QStringLiteral("500100732259"); },
        "organisation.inn", V::BadIdentifier);
    row(
        "missing ogrn", [](ConsentRequest &r) { r.organisation.ogrn.clear(); }, "organisation.ogrn",
        V::MissingField);
    row(
        "ogrn with a wrong check digit",
        [](ConsentRequest &r) { r.organisation.ogrn = QStringLiteral("1027700132196"); },
        "organisation.ogrn", V::BadIdentifier);
    row(
        "missing address", [](ConsentRequest &r) { r.organisation.address.clear(); },
        "organisation.address", V::MissingField);
    row(
        "missing licence", [](ConsentRequest &r) { r.organisation.licence.clear(); },
        "organisation.licence", V::MissingField);
    row(
        "huge full name",
        [](ConsentRequest &r) { r.organisation.fullName = QString(100000, u'Я'); },
        "organisation.full_name", V::TooLong);
    row(
        "processor without address", [](ConsentRequest &r) { r.processors[0].address.clear(); },
        "processors[0].address", V::MissingField);
    row(
        "share without processors", [](ConsentRequest &r) { r.processors.clear(); }, "processors",
        V::ShareWithoutProcessors);
    row(
        "no actions", [](ConsentRequest &r) { r.actions.clear(); }, "actions", V::NoActions);
    row(
        "duplicate action", [](ConsentRequest &r) { r.actions.append(DataAction::UseData); },
        "actions[2]", V::DuplicateAction);
    row(
        "no signature", [](ConsentRequest &r) { r.signature.clear(); }, "signature",
        V::MissingField);
}

void TestConsent::invalidRequest()
{
    QFETCH(ConsentRequest, request);
    QFETCH(QString, field);
    QFETCH(ValidationCode, code);
    const QList<ValidationError> errors = validate(request);
    QCOMPARE(errors.size(), 1); // exactly the one mistake, precisely named
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
    QVERIFY(!errors.first().message.isEmpty());
}

void TestConsent::errorsAreAllReported()
{
    ConsentRequest r = sampleRequest();
    r.organisation.inn.clear();
    r.purpose.code.clear();
    r.termUntil = r.termFrom.addDays(-5);
    const QList<ValidationError> errors = validate(r);
    QStringList fields;
    for (const ValidationError &e : errors)
        fields.append(e.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("organisation.inn"),
                                  QStringLiteral("purpose.code"), QStringLiteral("term.until")}));
}

void TestConsent::purposeRegister()
{
    const QStringList expected{QStringLiteral("CREDIT_CONSUMER"),
                               QStringLiteral("CREDIT_MORTGAGE"),
                               QStringLiteral("CREDIT_CAR"),
                               QStringLiteral("INSURANCE_OSAGO"),
                               QStringLiteral("INSURANCE_KASKO"),
                               QStringLiteral("INSURANCE_LIFE"),
                               QStringLiteral("IDENTIFICATION_FIN_SERV"),
                               QStringLiteral("BANK_CARD"),
                               QStringLiteral("BANK_ACCOUNT"),
                               QStringLiteral("DEPOSIT"),
                               QStringLiteral("BROKERAGE_ACCOUNT"),
                               QStringLiteral("NPF_AGREEMENT"),
                               QStringLiteral("CREDIT_HISTORY"),
                               QStringLiteral("DEPOSIT_INSURANCE_PAYOUT")};
    QStringList codes;
    for (const PurposeEntry &p : ConsentModel::purposes()) {
        codes.append(QString::fromLatin1(p.code));
        QVERIFY(!ConsentModel::purposeText(p).isEmpty());
    }
    QCOMPARE(codes, expected);
    QVERIFY(ConsentModel::findPurpose(u"BANK_CARD"));
    QVERIFY(!ConsentModel::findPurpose(u"bank_card"));
}

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
