// The demo profile of profile-server checked with the domain's own rules:
// deterministic, every record type present and valid, histories with real
// changes, consent requests that pass validation in every lifecycle state, a
// trust-level refusal to demonstrate, and documents that name existing records.
#include "demo/demoprofile.h"

#include "domain/identifiers.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace cp::domain;
using namespace cp::server;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cp::domain::Record)

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(16, 21, 8), Qt::UTC);

// Entries of citizen [0] by record type.
QHash<QString, QList<QList<Record>>> entriesByType(const DemoCitizen &citizen)
{
    QHash<QString, QList<QList<Record>>> byType;
    for (const QList<Record> &versions : citizen.records)
        byType[versions.value(0).type].append(versions);
    return byType;
}

const ConsentRequest *findRequest(const DemoProfile &profile, const QString &id)
{
    for (const ConsentRequest &r : profile.requests) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Consent *findConsent(const DemoProfile &profile, const QString &id)
{
    for (const Consent &c : profile.consents) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<ValidationError> withoutSignatureError(QList<ValidationError> errors)
{
    errors.removeIf([](const ValidationError &e) {
        return e.field == u"signature" && e.code == ValidationCode::MissingField;
    });
    return errors;
}

} // namespace

class TestDemoProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void deterministic();
    void timesFollowNow();
    void citizens();
    void everyRecordTypeIsPresent();
    void everyRecordIsValid_data();
    void everyRecordIsValid();
    void versionsIncrease();
    void historyHasChanges();
    void listTypesHaveSeveralEntries();
    void identifiersOfTheCitizen();
    void requestsAreValid();
    void pendingRequestsAndTrustLevel();
    void requestsAndConsentsFollowTheLifecycle();
    void accessLogMatchesConsents();
    void documents();
    void organisations();

private:
    DemoProfile m_profile;
};

void TestDemoProfile::initTestCase()
{
    m_profile = buildDemoProfile(kNow);
    QCOMPARE(m_profile.citizens.size(), 2);
}

void TestDemoProfile::deterministic()
{
    const DemoProfile again = buildDemoProfile(kNow);
    QCOMPARE(QJsonDocument(toJson(again)).toJson(), QJsonDocument(toJson(m_profile)).toJson());
    QVERIFY(again == m_profile);
    // Fractions of a second of `now` do not leak into the profile.
    QVERIFY(buildDemoProfile(kNow.addMSecs(250)) == m_profile);
    // The same instant in another time zone is the same profile.
    QVERIFY(buildDemoProfile(kNow.toOffsetFromUtc(3 * 3600)) == m_profile);
}

void TestDemoProfile::timesFollowNow()
{
    // Everything that happened lies before now, in another year too.
    for (const QDateTime &now : {kNow, QDateTime(QDate(2031, 1, 1), QTime(0, 0, 1), Qt::UTC),
                                 QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), Qt::UTC)}) {
        const DemoProfile p = buildDemoProfile(now);
        for (const DemoCitizen &c : p.citizens) {
            for (const QList<Record> &versions : c.records) {
                for (const Record &r : versions)
                    QVERIFY2(r.updatedAt < now, qPrintable(r.id));
                QVERIFY2(issues(versions.last()).isEmpty(), qPrintable(versions.last().id));
            }
        }
        for (const ConsentRequest &r : p.requests) {
            QVERIFY(r.requestedAt < now);
            for (const Transition &t : r.history)
                QVERIFY(t.at < now);
            QCOMPARE(r.state == RequestState::Pending, r.answerBy > now);
        }
        for (const AccessEvent &e : p.accessLog)
            QVERIFY(e.at < now);
        for (const DemoDocument &d : p.documents) {
            QVERIFY2(d.issuedAt < now, qPrintable(d.id));
            if (d.year != 0)
                QVERIFY(d.year < now.date().year());
        }
    }
}

void TestDemoProfile::citizens()
{
    const DemoCitizen &demo = m_profile.citizens.at(0);
    const DemoCitizen &second = m_profile.citizens.at(1);
    QCOMPARE(demo.login, u"demo"_s);
    QVERIFY(!demo.password.isEmpty());
    QVERIFY(demo.citizen.accountConfirmed);
    QCOMPARE(demo.citizen.trustLevel(), std::optional<TrustLevel>(TrustLevel::Medium));
    QCOMPARE(second.login, u"demo2"_s);
    QVERIFY(!second.password.isEmpty());
    QVERIFY(!second.citizen.accountConfirmed);
    QVERIFY(!second.records.isEmpty());
    QVERIFY(second.records.size() < demo.records.size());
    QVERIFY(demo.citizen.id != second.citizen.id);
    const QList<Record> latest = demo.latestRecords();
    QCOMPARE(latest.size(), demo.records.size());
    for (qsizetype i = 0; i < latest.size(); ++i)
        QCOMPARE(latest.at(i), demo.records.at(i).last());
    QVERIFY(demo.login != second.login);

    // Entry ids are unique across both citizens, so one table can hold them.
    QSet<QString> ids;
    for (const DemoCitizen &c : m_profile.citizens) {
        for (const QList<Record> &versions : c.records) {
            QVERIFY(!versions.isEmpty());
            QVERIFY2(!ids.contains(versions.first().id), qPrintable(versions.first().id));
            ids.insert(versions.first().id);
        }
    }
}

void TestDemoProfile::everyRecordTypeIsPresent()
{
    const auto byType = entriesByType(m_profile.citizens.at(0));
    for (const RecordType &type : RecordCatalogue::all())
        QVERIFY2(byType.contains(QLatin1StringView(type.key)), type.key);
    QCOMPARE(byType.size(), 30);
    for (const RecordType &type : RecordCatalogue::all()) {
        if (type.cardinality == Cardinality::One)
            QCOMPARE(byType.value(QLatin1StringView(type.key)).size(), 1);
    }
}

void TestDemoProfile::everyRecordIsValid_data()
{
    QTest::addColumn<Record>("record");
    for (const DemoCitizen &c : m_profile.citizens) {
        for (const QList<Record> &versions : c.records) {
            for (const Record &r : versions)
                QTest::addRow("%s v%lld", qPrintable(r.id), r.version) << r;
        }
    }
}

void TestDemoProfile::everyRecordIsValid()
{
    QFETCH(Record, record);
    JsonError error;
    const std::optional<Record> parsed = recordFromJson(toJson(record), &error);
    QVERIFY2(parsed, qPrintable(error.toString()));
    QCOMPARE(*parsed, record);
    const QList<FieldIssue> found = issues(record);
    QVERIFY2(found.isEmpty(), qPrintable(found.value(0).field));
    QVERIFY(!record.source.isEmpty());
    QVERIFY(record.updatedAt.isValid());
    QVERIFY(record.updatedAt < kNow);
    // Every catalogue field of the record is given: the demo shows them all,
    // except optional ones that do not apply (a school has no speciality …).
    const RecordType *type = RecordCatalogue::find(record.type);
    QVERIFY(type);
    for (const FieldSpec &spec : type->fields) {
        if (spec.required)
            QVERIFY2(record.fields.contains(QLatin1StringView(spec.key)), spec.key);
    }
}

void TestDemoProfile::versionsIncrease()
{
    for (const DemoCitizen &c : m_profile.citizens) {
        for (const QList<Record> &versions : c.records) {
            for (qsizetype i = 0; i < versions.size(); ++i) {
                const Record &r = versions.at(i);
                QCOMPARE(r.version, qint64(i + 1));
                QCOMPARE(r.id, versions.first().id);
                QCOMPARE(r.type, versions.first().type);
                if (i > 0)
                    QVERIFY2(versions.at(i - 1).updatedAt < r.updatedAt, qPrintable(r.id));
            }
        }
    }
}

void TestDemoProfile::historyHasChanges()
{
    const auto byType = entriesByType(m_profile.citizens.at(0));
    for (const char *type : {"addresses", "id_doc", "contacts"}) {
        const QList<Record> versions = byType.value(QLatin1StringView(type)).value(0);
        QVERIFY2(versions.size() >= 2, type);
    }
    int changed = 0;
    for (const QList<Record> &versions : m_profile.citizens.at(0).records) {
        if (versions.size() < 2)
            continue;
        ++changed;
        const QStringList fields = changedFields(versions.at(versions.size() - 2), versions.last());
        QVERIFY2(!fields.isEmpty(), qPrintable(versions.last().id));
    }
    QVERIFY(changed >= 3);

    // The replaced passport is also among the earlier passports.
    const Record oldPassport = byType.value(u"id_doc"_s).value(0).first();
    bool found = false;
    for (const QList<Record> &versions : byType.value(u"history_passport_doc"_s)) {
        const QJsonObject f = versions.last().fields;
        if (f.value(u"series"_s) == oldPassport.fields.value(u"series"_s) &&
            f.value(u"number"_s) == oldPassport.fields.value(u"number"_s))
            found = true;
    }
    QVERIFY(found);

    // One record entered by the citizen, not confirmed by a register.
    QVERIFY(std::any_of(m_profile.citizens.at(0).records.cbegin(),
                        m_profile.citizens.at(0).records.cend(),
                        [](const QList<Record> &v) { return !v.last().verified; }));
}

void TestDemoProfile::listTypesHaveSeveralEntries()
{
    const auto byType = entriesByType(m_profile.citizens.at(0));
    for (const RecordType &type : RecordCatalogue::all()) {
        if (type.cardinality == Cardinality::List)
            QVERIFY2(byType.value(QLatin1StringView(type.key)).size() >= 2, type.key);
    }
    const QList<QList<Record>> ndfl = byType.value(u"ndfl_person"_s);
    QCOMPARE(ndfl.size(), 6);
    QSet<int> years;
    QSet<QString> agents;
    for (const QList<Record> &versions : ndfl) {
        const QJsonObject f = versions.last().fields;
        years.insert(f.value(u"year"_s).toInt());
        agents.insert(f.value(u"tax_agent_inn"_s).toString());
        // The total is the sum of the monthly lines.
        qint64 sum = 0;
        for (const QJsonValue &line : f.value(u"income_by_month"_s).toArray())
            sum += line.toObject().value(u"amount"_s).toInteger();
        QCOMPARE(f.value(u"total_income"_s).toInteger(), sum);
    }
    QCOMPARE(years, (QSet<int>{2025, 2024, 2023}));
    QCOMPARE(agents.size(), 2);
}

void TestDemoProfile::identifiersOfTheCitizen()
{
    const DemoCitizen &demo = m_profile.citizens.at(0);
    QVERIFY(checkSnils(demo.snils).ok());
    const auto byType = entriesByType(demo);
    QCOMPARE(byType.value(u"snils"_s).value(0).last().fields.value(u"number"_s).toString(),
             demo.snils);
    QVERIFY(checkSnils(m_profile.citizens.at(1).snils).ok());
    QVERIFY(demo.snils != m_profile.citizens.at(1).snils);
    const QString inn = byType.value(u"inn"_s).value(0).last().fields.value(u"number"_s).toString();
    QCOMPARE(inn.size(), 12);
    QVERIFY(checkPersonInn(inn).ok());
    const QString ogrnip =
        byType.value(u"self_employed"_s).value(0).last().fields.value(u"ogrnip"_s).toString();
    QVERIFY(checkOgrnip(ogrnip).ok());
}

void TestDemoProfile::requestsAreValid()
{
    QSet<QString> ids;
    for (const ConsentRequest &r : m_profile.requests) {
        const QList<ValidationError> errors = withoutSignatureError(validate(r));
        QVERIFY2(errors.isEmpty(), qPrintable(r.id + u": "_s + errors.value(0).field + u' ' +
                                              errors.value(0).message));
        QVERIFY(r.signature.isEmpty());
        QVERIFY(!ids.contains(r.id));
        ids.insert(r.id);
        // The JSON the server sends round-trips once signed.
        ConsentRequest signedRequest = r;
        signedRequest.signature = QByteArray("sig");
        JsonError error;
        const std::optional<ConsentRequest> parsed =
            consentRequestFromJson(toJson(signedRequest), &error);
        QVERIFY2(parsed, qPrintable(error.toString()));
        QCOMPARE(*parsed, signedRequest);
    }
}

void TestDemoProfile::pendingRequestsAndTrustLevel()
{
    const std::optional<TrustLevel> level =
        TrustLevels::levelFor(m_profile.citizens.at(0).citizen.facts);
    QList<ConsentRequest> pending;
    for (const ConsentRequest &r : m_profile.requests) {
        if (r.state == RequestState::Pending)
            pending.append(r);
    }
    QCOMPARE(pending.size(), 3);
    QSet<Operation> operations;
    int highRisk = 0;
    bool osago = false;
    for (const ConsentRequest &r : pending) {
        operations.insert(r.operation);
        QVERIFY(r.answerBy > kNow);
        QVERIFY(r.history.isEmpty());
        QVERIFY(r.consentId.isEmpty());
        if (TrustLevels::minimumLevel(r.operation) == TrustLevel::High) {
            ++highRisk;
            QVERIFY(!TrustLevels::allows(r.operation, level));
            QVERIFY(!TrustLevels::refusalReason(r.operation, level).isEmpty());
        } else {
            QVERIFY(TrustLevels::allows(r.operation, level));
        }
        if (r.purpose.code == u"INSURANCE_OSAGO") {
            osago = true;
            QCOMPARE(r.organisation.kind, OrganisationKind::Insurer);
        }
    }
    QCOMPARE(highRisk, 1);
    QVERIFY(osago);
    QCOMPARE(operations.size(), 3);
}

void TestDemoProfile::requestsAndConsentsFollowTheLifecycle()
{
    QSet<RequestState> requestStates;
    for (const ConsentRequest &r : m_profile.requests) {
        requestStates.insert(r.state);
        // Replaying the history from pending reaches the request's state.
        ConsentRequest replay = r;
        replay.state = RequestState::Pending;
        replay.history.clear();
        for (const Transition &t : r.history) {
            QCOMPARE(t.from, ConsentModel::key(replay.state));
            RequestState to = RequestState::Pending;
            for (RequestState s : {RequestState::Granted, RequestState::Denied,
                                   RequestState::Expired, RequestState::Withdrawn}) {
                if (ConsentModel::key(s) == t.to)
                    to = s;
            }
            QVERIFY(ConsentLifecycle::apply(replay, to, t.by, t.at));
            QVERIFY(t.at > r.requestedAt);
            QVERIFY(t.at <= r.answerBy);
        }
        QCOMPARE(replay.state, r.state);
        QCOMPARE(replay.history, r.history);
        QCOMPARE(r.state == RequestState::Granted, !r.consentId.isEmpty());
        if (r.state == RequestState::Granted) {
            const Consent *c = findConsent(m_profile, r.consentId);
            QVERIFY(c);
            QCOMPARE(c->requestId, r.id);
        }
    }
    QVERIFY(requestStates.contains(RequestState::Denied));
    QVERIFY(requestStates.contains(RequestState::Expired));
    QVERIFY(requestStates.contains(RequestState::Withdrawn));
    QVERIFY(requestStates.contains(RequestState::Granted));

    QSet<ConsentState> consentStates;
    for (const Consent &c : m_profile.consents) {
        consentStates.insert(c.state);
        const ConsentRequest *r = findRequest(m_profile, c.requestId);
        QVERIFY(r);
        QCOMPARE(r->state, RequestState::Granted);
        QCOMPARE(c.grantedAt, r->history.last().at);
        QCOMPARE(c.organisation, r->organisation);
        QCOMPARE(c.operation, r->operation);
        QVERIFY(c.validFrom <= c.validUntil);
        for (const RequestedRecord &rec : r->records) {
            if (rec.required)
                QVERIFY(c.records.contains(rec.key));
        }
        for (const QString &key : c.records)
            QVERIFY(std::any_of(r->records.cbegin(), r->records.cend(),
                                [&key](const RequestedRecord &rec) { return rec.key == key; }));
        Consent replay = c;
        replay.state = ConsentState::Active;
        replay.history.clear();
        for (const Transition &t : c.history) {
            const ConsentState to =
                t.to == ConsentModel::key(ConsentState::Revoked)   ? ConsentState::Revoked
                : t.to == ConsentModel::key(ConsentState::Expired) ? ConsentState::Expired
                                                                   : ConsentState::Active;
            QVERIFY(ConsentLifecycle::apply(replay, to, t.by, t.at));
            QVERIFY(t.at > c.grantedAt);
        }
        QCOMPARE(replay.state, c.state);
        if (c.state == ConsentState::Expired)
            QVERIFY(c.validUntil < kNow.date());
        if (c.state == ConsentState::Active)
            QVERIFY(c.validUntil >= kNow.date());
        JsonError error;
        const std::optional<Consent> parsed = consentFromJson(toJson(c), &error);
        QVERIFY2(parsed, qPrintable(error.toString()));
        QCOMPARE(*parsed, c);
    }
    QCOMPARE(consentStates, (QSet<ConsentState>{ConsentState::Active, ConsentState::Revoked,
                                                ConsentState::Expired}));
}

void TestDemoProfile::accessLogMatchesConsents()
{
    const QList<AccessEvent> &log = m_profile.accessLog;
    QVERIFY(log.size() >= 10);
    QSet<QString> reasons;
    QSet<QString> ids;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const AccessEvent &e = log.at(i);
        QVERIFY(!ids.contains(e.id));
        ids.insert(e.id);
        if (i > 0)
            QVERIFY(log.at(i - 1).at <= e.at);
        const Consent *c = findConsent(m_profile, e.consentId);
        QVERIFY(c);
        QCOMPARE(e.organisationId, c->organisation.id);
        QCOMPARE(e.organisationName, c->organisation.shortName);
        QVERIFY(!e.records.isEmpty());
        for (const QString &key : e.records)
            QVERIFY(c->records.contains(key));
        QVERIFY(e.at >= c->grantedAt);
        // Refused exactly when the consent had ended, with the reason why.
        const bool ended = !c->history.isEmpty() && c->history.last().at <= e.at;
        QCOMPARE(e.refused, ended);
        QCOMPARE(e.refusalReason.isEmpty(), !e.refused);
        if (e.refused) {
            reasons.insert(e.refusalReason);
            QCOMPARE(e.refusalReason, u"consent_"_s + c->history.last().to);
        }
        JsonError error;
        const std::optional<AccessEvent> parsed = accessEventFromJson(toJson(e), &error);
        QVERIFY2(parsed, qPrintable(error.toString()));
        QCOMPARE(*parsed, e);
    }
    QCOMPARE(reasons, (QSet<QString>{u"consent_revoked"_s, u"consent_expired"_s}));
}

void TestDemoProfile::documents()
{
    QSet<QString> recordIds;
    for (const QList<Record> &versions : m_profile.citizens.at(0).records)
        recordIds.insert(versions.first().id);

    int files = 0;
    QSet<QString> kinds;
    QSet<QString> ids;
    QSet<int> ndflYears;
    QSet<QString> ndflAgents;
    const auto byId = [this](const QString &id) {
        for (const QList<Record> &versions : m_profile.citizens.at(0).records) {
            if (versions.first().id == id)
                return versions.last();
        }
        return Record{};
    };
    for (const DemoDocument &d : m_profile.documents) {
        const DocumentKind *kind = DocumentKinds::find(d.kind);
        QVERIFY2(kind, qPrintable(d.kind));
        QCOMPARE(d.issuerKey, QString::fromLatin1(kind->issuer));
        QVERIFY(!d.issuerName.isEmpty());
        QVERIFY(!d.number.isEmpty());
        QVERIFY(d.issuedAt < kNow);
        QVERIFY(!ids.contains(d.id));
        ids.insert(d.id);
        files += kind->hasXml ? 2 : 1;
        kinds.insert(d.kind);
        QVERIFY(!d.recordIds.isEmpty());
        for (const QString &id : d.recordIds) {
            QVERIFY2(recordIds.contains(id), qPrintable(id));
            QVERIFY(byId(id).updatedAt <= d.issuedAt);
        }
        if (d.kind == u"ndfl2") {
            QCOMPARE(d.recordIds.size(), 1);
            const Record ndfl = byId(d.recordIds.first());
            QCOMPARE(ndfl.type, u"ndfl_person"_s);
            QCOMPARE(ndfl.fields.value(u"year"_s).toInt(), d.year);
            QCOMPARE(d.periodFrom, QDate(d.year, 1, 1));
            QCOMPARE(d.periodUntil, QDate(d.year, 12, 31));
            ndflYears.insert(d.year);
            ndflAgents.insert(ndfl.fields.value(u"tax_agent_inn"_s).toString());
        } else {
            QCOMPARE(d.year, 0);
        }
    }
    QVERIFY(files >= 15);
    QCOMPARE(kinds,
             (QSet<QString>{u"ndfl2"_s, u"pension_account_statement"_s, u"egrn_extract"_s,
                            u"employment_history_extract"_s, u"maternity_capital_statement"_s}));
    QCOMPARE(ndflYears, (QSet<int>{2025, 2024, 2023}));
    QCOMPARE(ndflAgents.size(), 2);
}

void TestDemoProfile::organisations()
{
    QCOMPARE(m_profile.organisations.size(), 3);
    QSet<OrganisationKind> kinds;
    QSet<QString> clientIds;
    for (const DemoOrganisation &o : m_profile.organisations) {
        const Organisation &org = o.organisation;
        kinds.insert(org.kind);
        clientIds.insert(o.clientId);
        QCOMPARE(org.inn.size(), 10);
        QCOMPARE(org.ogrn.size(), 13);
        QVERIFY(checkIdentifier(IdentifierKind::OrganisationInn, org.inn).ok());
        QVERIFY(checkIdentifier(IdentifierKind::Ogrn, org.ogrn).ok());
        QVERIFY(!org.fullName.isEmpty() && !org.shortName.isEmpty());
        QVERIFY(!org.address.isEmpty() && !org.licence.isEmpty());
        QCOMPARE(org.registeredParticipant, org.kind != OrganisationKind::Mfo);
        QVERIFY(!o.clientId.isEmpty());
    }
    QCOMPARE(kinds, (QSet<OrganisationKind>{OrganisationKind::Bank, OrganisationKind::Insurer,
                                            OrganisationKind::Mfo}));
    QCOMPARE(clientIds.size(), 3);

    // Requests carry the full organisation as the profile lists it.
    for (const ConsentRequest &r : m_profile.requests) {
        QVERIFY(std::any_of(
            m_profile.organisations.cbegin(), m_profile.organisations.cend(),
            [&r](const DemoOrganisation &o) { return o.organisation == r.organisation; }));
    }
}

QTEST_GUILESS_MAIN(TestDemoProfile)
#include "tst_demoprofile.moc"
