// The organisation flow of the real profile-server over TLS, end to end: an
// organisation asks the demo citizen for consent with a signed request, the
// citizen sees it and grants it, the organisation fetches only the granted
// records, every fetch (refused or not) lands in the citizen's access log
// and feed, and a revoked, expired, used or not yet valid consent gives
// nothing. Also the trust-level refusal, withdrawal, the validation of a
// request and the boundaries between organisations.
#include "serverfixture.h"

#include "pki/tokens.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp::testing;

namespace {

const QString kBank = QStringLiteral("org-bank");
const QString kInsurer = QStringLiteral("org-insurer");
const QString kUnknownSnils = QStringLiteral("112-233-445 95"); // valid checksum, nobody's

QJsonObject requested(const char *key, bool required)
{
    return {{QStringLiteral("key"), QString::fromLatin1(key)},
            {QStringLiteral("required"), required}};
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QSet<QString> stringSet(const QJsonArray &array)
{
    QSet<QString> set;
    for (const QJsonValue &v : array)
        set.insert(v.toString());
    return set;
}

QSet<QString> recordTypes(const QJsonArray &records)
{
    QSet<QString> set;
    for (const QJsonValue &v : records)
        set.insert(v.toObject().value(u"type").toString());
    return set;
}

QList<QPair<QByteArray, QByteArray>> idempotencyKey()
{
    return {{"Idempotency-Key", cp::server::randomUrlToken(12)}};
}

} // namespace

class TestServerOrganisation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void requestGrantFetchRevoke();
    void expiredConsentIsRefusedAndLogged();
    void otherOrganisationsSeeNothing();
    void trustLevelRefusesTheGrant();
    void withdraw();
    void validation_data();
    void validation();
    void snilsWithoutSeparators();
    void unconfirmedCitizen();
    void oneTimeConsentServesOnce();
    void consentNotYetValid();

private:
    // A valid request for `snils` (the demo citizen's by default), unsigned.
    QJsonObject requestBody(const QString &snils = {}) const;
    // `body` with the organisation's signature over it as the contract says.
    QJsonObject signedBody(QJsonObject body, const QString &organisation) const;
    Reply create(const QJsonObject &body, const QString &organisation = kBank);
    QString createdId(const QJsonObject &unsignedBody);
    Reply grant(const QString &requestId, const QStringList &optional = {});
    Reply fetch(const QString &consentId, const QString &records = {},
                const QString &organisation = kBank);
    QJsonArray accessLog();
    QJsonArray accessEventsOf(const QString &consentId);
    QJsonArray feedSince(QString *cursor);

    ServerFixture m_server;
    QString m_citizen;
    QHash<QString, QString> m_org; // organisation id → token
    QString m_snils;
};

void TestServerOrganisation::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    Reply last;
    m_citizen = m_server.signIn(QStringLiteral("demo"), QStringLiteral("demo-2026"), &last).access;
    QVERIFY2(!m_citizen.isEmpty(), last.body.constData());
    for (const QString &org : {kBank, kInsurer}) {
        m_org.insert(org, m_server.organisationToken(org, &last));
        QVERIFY2(!m_org.value(org).isEmpty(), last.body.constData());
    }
    // The organisation knows the citizen by SNILS: the one of the profile.
    QCOMPARE(m_server.listSize(QStringLiteral("/api/v1/records/snils"), QStringLiteral("records"),
                               m_citizen),
             1);
    m_snils = m_server.citizenSnils(m_citizen);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{3}-\\d{3}-\\d{3} \\d{2}$"))
                 .match(m_snils)
                 .hasMatch(),
             qPrintable(m_snils));
}

void TestServerOrganisation::cleanupTestCase()
{
    m_server.stop();
}

QJsonObject TestServerOrganisation::requestBody(const QString &snils) const
{
    return {{QStringLiteral("citizen"),
             QJsonObject{{QStringLiteral("snils"), snils.isEmpty() ? m_snils : snils}}},
            {QStringLiteral("processors"), QJsonArray{}},
            {QStringLiteral("purpose"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("CREDIT_CONSUMER")},
                         {QStringLiteral("text"),
                          QStringLiteral("Рассмотрение заявки на потребительский кредит")}}},
            {QStringLiteral("records"),
             QJsonArray{requested("fio_bio", true), requested("inn", true),
                        requested("contacts", false), requested("addresses", false)}},
            {QStringLiteral("actions"), QJsonArray{QStringLiteral("USE_DATA")}},
            {QStringLiteral("operation"), QStringLiteral("financial_individual")},
            {QStringLiteral("access"), QStringLiteral("periodic")},
            {QStringLiteral("term"),
             QJsonObject{{QStringLiteral("from"), today().toString(Qt::ISODate)},
                         {QStringLiteral("until"), today().addDays(30).toString(Qt::ISODate)}}},
            {QStringLiteral("answer_by"),
             QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)}};
}

QJsonObject TestServerOrganisation::signedBody(QJsonObject body, const QString &organisation) const
{
    return m_server.signedByOrganisation(std::move(body), organisation);
}

Reply TestServerOrganisation::create(const QJsonObject &body, const QString &organisation)
{
    return m_server.postJson(QStringLiteral("/api/v1/org/consent-requests"), body,
                             m_org.value(organisation));
}

QString TestServerOrganisation::createdId(const QJsonObject &unsignedBody)
{
    const Reply r = create(signedBody(unsignedBody, kBank));
    if (r.status != 201)
        qWarning("create: %d %s", r.status, r.body.constData());
    return r.status == 201 ? r.json().value(u"id").toString() : QString();
}

Reply TestServerOrganisation::grant(const QString &requestId, const QStringList &optional)
{
    QJsonObject body;
    if (!optional.isEmpty())
        body.insert(QStringLiteral("optional_records"), QJsonArray::fromStringList(optional));
    return m_server.postJson(QStringLiteral("/api/v1/consent-requests/%1/grant").arg(requestId),
                             body, m_citizen, idempotencyKey());
}

Reply TestServerOrganisation::fetch(const QString &consentId, const QString &records,
                                    const QString &organisation)
{
    return m_server.get(QStringLiteral("/api/v1/org/consents/%1/data").arg(consentId) +
                            (records.isNull() ? QString() : QStringLiteral("?records=") + records),
                        m_org.value(organisation));
}

QJsonArray TestServerOrganisation::accessLog()
{
    QJsonArray all;
    QString cursor;
    bool more = true;
    while (more) {
        const Reply page = m_server.get(QStringLiteral("/api/v1/access-log?limit=500") +
                                            (cursor.isEmpty() ? QString() : u"&cursor=" + cursor),
                                        m_citizen);
        if (page.status != 200)
            return {};
        for (const QJsonValue &e : page.json().value(u"events").toArray())
            all.append(e);
        cursor = page.json().value(u"next_cursor").toString();
        more = page.json().value(u"has_more").toBool();
    }
    return all;
}

QJsonArray TestServerOrganisation::accessEventsOf(const QString &consentId)
{
    QJsonArray events;
    for (const QJsonValue &e : accessLog()) {
        if (e.toObject().value(u"consent_id").toString() == consentId)
            events.append(e);
    }
    return events;
}

QJsonArray TestServerOrganisation::feedSince(QString *cursor)
{
    QJsonArray all;
    bool more = true;
    while (more) {
        const Reply page = m_server.get(QStringLiteral("/api/v1/feed?limit=500") +
                                            (cursor->isEmpty() ? QString() : u"&cursor=" + *cursor),
                                        m_citizen);
        if (page.status != 200)
            return {};
        for (const QJsonValue &e : page.json().value(u"events").toArray())
            all.append(e);
        *cursor = page.json().value(u"next_cursor").toString();
        more = page.json().value(u"has_more").toBool();
    }
    return all;
}

void TestServerOrganisation::requestGrantFetchRevoke()
{
    QString cursor;
    feedSince(&cursor); // to the end of the feed
    QVERIFY(!cursor.isEmpty());

    // 1. The bank asks.
    const QJsonObject body = signedBody(requestBody(), kBank);
    const Reply created = create(body);
    QCOMPARE(created.status, 201);
    const QJsonObject request = created.json();
    const QString requestId = request.value(u"id").toString();
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(request.value(u"state").toString(), QStringLiteral("pending"));
    QCOMPARE(request.value(u"required_trust_level").toInt(), 2);
    QCOMPARE(request.value(u"organisation").toObject().value(u"id").toString(), kBank);
    QCOMPARE(request.value(u"signature").toString(), body.value(u"signature").toString());
    QVERIFY(!request.contains(u"citizen")); // the SNILS is not echoed
    QCOMPARE(QString::fromUtf8(created.header("Location")),
             m_server.baseUrl() + QStringLiteral("/api/v1/org/consent-requests/") + requestId);
    const Reply own = m_server.get(QStringLiteral("/api/v1/org/consent-requests/") + requestId,
                                   m_org.value(kBank));
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(u"state").toString(), QStringLiteral("pending"));

    // 2. The citizen sees it, among the pending ones and in the feed.
    const Reply pending =
        m_server.get(QStringLiteral("/api/v1/consent-requests?state=pending"), m_citizen);
    QCOMPARE(pending.status, 200);
    QJsonObject seen;
    for (const QJsonValue &v : pending.json().value(u"requests").toArray()) {
        if (v.toObject().value(u"id").toString() == requestId)
            seen = v.toObject();
    }
    QCOMPARE(seen.value(u"purpose"), body.value(u"purpose"));
    QCOMPARE(seen.value(u"records"), body.value(u"records"));
    QCOMPARE(seen.value(u"term"), body.value(u"term"));
    QCOMPARE(seen.value(u"organisation").toObject().value(u"registered_participant").toBool(),
             true);
    QString grantCursor = cursor;
    const QJsonArray news = feedSince(&grantCursor);
    bool announced = false;
    for (const QJsonValue &e : news) {
        announced =
            announced || (e.toObject().value(u"kind").toString() == u"consent_request_changed" &&
                          e.toObject().value(u"request_id").toString() == requestId);
    }
    QVERIFY(announced);

    // 3. The citizen grants it with one of the two optional records.
    const Reply granted = grant(requestId, {QStringLiteral("contacts")});
    QCOMPARE(granted.status, 200);
    const QJsonObject consent = granted.json().value(u"consent").toObject();
    const QString consentId = consent.value(u"id").toString();
    QCOMPARE(consent.value(u"state").toString(), QStringLiteral("active"));
    const QSet<QString> grantedKeys{QStringLiteral("fio_bio"), QStringLiteral("inn"),
                                    QStringLiteral("contacts")};
    QCOMPARE(stringSet(consent.value(u"records").toArray()), grantedKeys);
    const Reply afterGrant = m_server.get(
        QStringLiteral("/api/v1/org/consent-requests/") + requestId, m_org.value(kBank));
    QCOMPARE(afterGrant.json().value(u"state").toString(), QStringLiteral("granted"));
    QCOMPARE(afterGrant.json().value(u"consent_id").toString(), consentId);

    // 4. The bank fetches: the granted records and nothing else.
    const Reply data = fetch(consentId);
    QCOMPARE(data.status, 200);
    QCOMPARE(data.json().value(u"consent_id").toString(), consentId);
    QVERIFY(!data.json().value(u"fetched_at").toString().isEmpty());
    QCOMPARE(recordTypes(data.json().value(u"records").toArray()), grantedKeys);
    // A part of the granted records.
    const Reply part = fetch(consentId, QStringLiteral("fio_bio"));
    QCOMPARE(part.status, 200);
    QCOMPARE(recordTypes(part.json().value(u"records").toArray()),
             QSet<QString>{QStringLiteral("fio_bio")});
    // A record the citizen did not choose: refused, nothing delivered.
    const Reply notGranted = fetch(consentId, QStringLiteral("fio_bio,addresses"));
    QCOMPARE(notGranted.status, 403);
    QCOMPARE(notGranted.errorCode(), QStringLiteral("forbidden"));
    QVERIFY(!notGranted.json().contains(u"records"));

    // 5. The citizen's access log shows all three, the refusal marked.
    const QJsonArray log = accessEventsOf(consentId);
    QCOMPARE(log.size(), 3);
    const QJsonObject full = log.at(0).toObject();
    QCOMPARE(full.value(u"refused").toBool(), false);
    QVERIFY(full.value(u"refusal_reason").isNull());
    QCOMPARE(full.value(u"organisation_id").toString(), kBank);
    QVERIFY(!full.value(u"organisation_name").toString().isEmpty());
    QCOMPARE(stringSet(full.value(u"records").toArray()), grantedKeys);
    QCOMPARE(stringSet(log.at(1).toObject().value(u"records").toArray()),
             QSet<QString>{QStringLiteral("fio_bio")});
    const QJsonObject refused = log.at(2).toObject();
    QCOMPARE(refused.value(u"refused").toBool(), true);
    QCOMPARE(refused.value(u"refusal_reason").toString(), QStringLiteral("record_not_granted"));
    QVERIFY(stringSet(refused.value(u"records").toArray()).contains(QStringLiteral("addresses")));
    // ...and the feed announces each of them.
    QString logCursor = grantCursor;
    QSet<QString> announcedEvents;
    for (const QJsonValue &e : feedSince(&logCursor)) {
        const QJsonObject o = e.toObject();
        if (o.value(u"kind").toString() == u"access_event" &&
            o.value(u"consent_id").toString() == consentId)
            announcedEvents.insert(o.value(u"access_event_id").toString());
    }
    QSet<QString> loggedEvents;
    for (const QJsonValue &e : log)
        loggedEvents.insert(e.toObject().value(u"id").toString());
    QCOMPARE(announcedEvents, loggedEvents);

    // An unknown key is a malformed request.
    const Reply unknownKey = fetch(consentId, QStringLiteral("no_such_record"));
    QCOMPARE(unknownKey.status, 400);
    QCOMPARE(unknownKey.errorCode(), QStringLiteral("invalid_request"));

    // 6. The citizen revokes; the next fetch is refused, and logged as such.
    const Reply revoked =
        m_server.postJson(QStringLiteral("/api/v1/consents/%1/revoke").arg(consentId), {},
                          m_citizen, idempotencyKey());
    QCOMPARE(revoked.status, 200);
    const int before = accessEventsOf(consentId).size();
    const Reply afterRevoke = fetch(consentId);
    QCOMPARE(afterRevoke.status, 403);
    QCOMPARE(afterRevoke.errorCode(), QStringLiteral("consent_not_active"));
    QVERIFY(!afterRevoke.json().contains(u"records"));
    const QJsonArray afterLog = accessEventsOf(consentId);
    QCOMPARE(afterLog.size(), before + 1);
    QCOMPARE(afterLog.last().toObject().value(u"refused").toBool(), true);
    QCOMPARE(afterLog.last().toObject().value(u"refusal_reason").toString(),
             QStringLiteral("consent_revoked"));
}

void TestServerOrganisation::expiredConsentIsRefusedAndLogged()
{
    auto expiredRefusals = [this]() {
        int n = 0;
        for (const QJsonValue &e : accessEventsOf(QStringLiteral("con-0001")))
            n += e.toObject().value(u"refusal_reason").toString() == u"consent_expired" ? 1 : 0;
        return n;
    };
    const int before = expiredRefusals();
    QVERIFY(before >= 1); // the demo's own late fetch
    const Reply r = fetch(QStringLiteral("con-0001"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("consent_not_active"));
    QCOMPARE(expiredRefusals(), before + 1);
    const QJsonObject last = accessEventsOf(QStringLiteral("con-0001")).last().toObject();
    QCOMPARE(last.value(u"refused").toBool(), true);
    QCOMPARE(last.value(u"organisation_id").toString(), kBank);

    // The revoked demo consent (the insurer's KASKO) likewise.
    const Reply revoked = fetch(QStringLiteral("con-0002"), {}, kInsurer);
    QCOMPARE(revoked.status, 403);
    QCOMPARE(revoked.errorCode(), QStringLiteral("consent_not_active"));
    QCOMPARE(accessEventsOf(QStringLiteral("con-0002")).last().toObject().value(u"refusal_reason"),
             QJsonValue(QStringLiteral("consent_revoked")));
}

void TestServerOrganisation::otherOrganisationsSeeNothing()
{
    const int before = accessLog().size();
    QVERIFY(before > 0);
    // The bank's active consent, asked for by the insurer: as if it did not exist.
    const Reply foreign = fetch(QStringLiteral("con-0003"), {}, kInsurer);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(fetch(QStringLiteral("con-nope"), {}, kInsurer).status, 404);
    QCOMPARE(accessLog().size(), before); // not logged
    // The bank itself gets it (and that is logged).
    QCOMPARE(fetch(QStringLiteral("con-0003")).status, 200);
    QCOMPARE(accessLog().size(), before + 1);

    // The bank's pending request: invisible to the insurer, who cannot withdraw it.
    QCOMPARE(
        m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), m_org.value(kInsurer))
            .status,
        404);
    const Reply withdrawn =
        m_server.postJson(QStringLiteral("/api/v1/org/consent-requests/req-0007/withdraw"), {},
                          m_org.value(kInsurer));
    QCOMPARE(withdrawn.status, 404);
    QCOMPARE(withdrawn.errorCode(), QStringLiteral("not_found"));
    const Reply stillPending =
        m_server.get(QStringLiteral("/api/v1/org/consent-requests/req-0007"), m_org.value(kBank));
    QCOMPARE(stillPending.status, 200);
    QCOMPARE(stillPending.json().value(u"state").toString(), QStringLiteral("pending"));
    // A request the bank created: the insurer does not see it either.
    const QString id = createdId(requestBody());
    QVERIFY(!id.isEmpty());
    QCOMPARE(
        m_server.get(QStringLiteral("/api/v1/org/consent-requests/") + id, m_org.value(kInsurer))
            .status,
        404);
}

void TestServerOrganisation::trustLevelRefusesTheGrant()
{
    QJsonObject body = requestBody();
    body.insert(QStringLiteral("operation"), QStringLiteral("financial_individual_high_risk"));
    const Reply created = create(signedBody(body, kBank));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"required_trust_level").toInt(), 3);
    const QString id = created.json().value(u"id").toString();

    const Reply refused = grant(id, {QStringLiteral("contacts")});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("trust_level_insufficient"));
    QVERIFY(refused.json().value(u"message").toString().contains(u'3'));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests/") + id, m_citizen)
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("pending"));
    const Reply org =
        m_server.get(QStringLiteral("/api/v1/org/consent-requests/") + id, m_org.value(kBank));
    QCOMPARE(org.json().value(u"state").toString(), QStringLiteral("pending"));
    QVERIFY(org.json().value(u"consent_id").isNull());
}

void TestServerOrganisation::withdraw()
{
    const QString id = createdId(requestBody());
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/api/v1/org/consent-requests/%1/withdraw").arg(id);
    // An empty body.
    const Reply withdrawn = m_server.request("POST", path, {}, {}, m_org.value(kBank));
    QCOMPARE(withdrawn.status, 200);
    const QJsonObject request = withdrawn.json().value(u"request").toObject();
    QCOMPARE(request.value(u"state").toString(), QStringLiteral("withdrawn"));
    const QJsonObject transition = request.value(u"history").toArray().last().toObject();
    QCOMPARE(transition.value(u"to").toString(), QStringLiteral("withdrawn"));
    QCOMPARE(transition.value(u"by").toString(), QStringLiteral("organisation"));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests/") + id, m_citizen)
                 .json()
                 .value(u"state")
                 .toString(),
             QStringLiteral("withdrawn"));

    const Reply late = grant(id);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), QStringLiteral("request_withdrawn"));
    // Again (with `{}` this time): no longer pending.
    const Reply again = m_server.postJson(path, {}, m_org.value(kBank));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("request_not_pending"));
    // A granted one cannot be withdrawn either.
    const QString grantedId = createdId(requestBody());
    QCOMPARE(grant(grantedId).status, 200);
    const Reply afterGrant =
        m_server.postJson(QStringLiteral("/api/v1/org/consent-requests/%1/withdraw").arg(grantedId),
                          {}, m_org.value(kBank));
    QCOMPARE(afterGrant.status, 409);
    QCOMPARE(afterGrant.errorCode(), QStringLiteral("request_not_pending"));
}

void TestServerOrganisation::validation_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<bool>("tamper"); // flip a byte of the signature
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field"); // the message starts with it

    const QString invalid = QStringLiteral("invalid_request");
    auto row = [&](const char *name, const char *member, const QJsonValue &value,
                   const char *field) {
        QTest::newRow(name) << QString::fromLatin1(member) << value << kBank << false << 422
                            << invalid << QString::fromLatin1(field);
    };
    row("unknown record key", "records",
        QJsonArray{requested("fio_bio", true), requested("no_such_record", true)},
        "records[1].key");
    row("record key twice", "records",
        QJsonArray{requested("fio_bio", true), requested("fio_bio", false)}, "records[1].key");
    row("no required record", "records", QJsonArray{requested("fio_bio", false)}, "records");
    row("no records", "records", QJsonArray{}, "records");
    row("empty purpose text", "purpose",
        QJsonObject{{QStringLiteral("code"), QStringLiteral("CREDIT_CONSUMER")},
                    {QStringLiteral("text"), QString()}},
        "purpose.text");
    row("blank purpose text", "purpose",
        QJsonObject{{QStringLiteral("code"), QStringLiteral("CREDIT_CONSUMER")},
                    {QStringLiteral("text"), QStringLiteral("   ")}},
        "purpose.text");
    row("unknown purpose code", "purpose",
        QJsonObject{{QStringLiteral("code"), QStringLiteral("LOTTERY_TICKET")},
                    {QStringLiteral("text"), QStringLiteral("Лотерея")}},
        "purpose.code");
    row("term until before from", "term",
        QJsonObject{{QStringLiteral("from"), today().addDays(10).toString(Qt::ISODate)},
                    {QStringLiteral("until"), today().addDays(5).toString(Qt::ISODate)}},
        "term.until");
    row("share without processors", "actions",
        QJsonArray{QStringLiteral("USE_DATA"), QStringLiteral("SHARE_DATA")}, "processors");
    row("unknown operation", "operation", QStringLiteral("lottery"), "operation");
    row("unknown access", "access", QStringLiteral("forever"), "access");
    row("answer_by in the past", "answer_by",
        QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate), "answer_by");
    row("member the server fills in", "required_trust_level", 1, "required_trust_level");
    row("snils with a wrong checksum", "citizen",
        QJsonObject{{QStringLiteral("snils"), QStringLiteral("112-233-445 96")}}, "citizen.snils");
    row("snils of letters", "citizen",
        QJsonObject{{QStringLiteral("snils"), QStringLiteral("abc-def-ghi jk")}}, "citizen.snils");
    row("snils too short", "citizen",
        QJsonObject{{QStringLiteral("snils"), QStringLiteral("1122334459")}}, "citizen.snils");
    row("no snils", "citizen", QJsonObject{}, "citizen.snils");

    QTest::newRow("signature with a flipped byte") << QString() << QJsonValue() << kBank << true
                                                   << 422 << invalid << QStringLiteral("signature");
    QTest::newRow("signed by another organisation")
        << QString() << QJsonValue() << kInsurer << false << 422 << invalid
        << QStringLiteral("signature");
    QTest::newRow("unknown citizen")
        << QStringLiteral("citizen")
        << QJsonValue(QJsonObject{{QStringLiteral("snils"), kUnknownSnils}}) << kBank << false
        << 404 << QStringLiteral("not_found") << QString();
}

void TestServerOrganisation::validation()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, signer);
    QFETCH(bool, tamper);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);

    QJsonObject body = requestBody();
    if (!member.isEmpty())
        body.insert(member, value);
    body = signedBody(body, signer); // a valid signature unless the row is about it
    if (tamper) {
        QByteArray der = QByteArray::fromBase64(body.value(u"signature").toString().toLatin1());
        der[der.size() - 5] = static_cast<char>(der.at(der.size() - 5) ^ 0x01);
        body.insert(QStringLiteral("signature"), QString::fromLatin1(der.toBase64()));
    }
    const int pendingBefore =
        m_server.get(QStringLiteral("/api/v1/consent-requests?state=pending"), m_citizen)
            .json()
            .value(u"requests")
            .toArray()
            .size();
    const Reply r = create(body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), error);
    const QString message = r.json().value(u"message").toString();
    if (!field.isEmpty())
        QVERIFY2(message.startsWith(field + QStringLiteral(": ")), qPrintable(message));
    // Nothing of the citizen's leaks into the message.
    QVERIFY(!message.contains(m_snils));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests?state=pending"), m_citizen)
                 .json()
                 .value(u"requests")
                 .toArray()
                 .size(),
             pendingBefore);
}

void TestServerOrganisation::snilsWithoutSeparators()
{
    // The contract allows a SNILS as 11 digits too: the same citizen.
    QString digits = m_snils;
    digits.remove(u'-').remove(u' ');
    QCOMPARE(digits.size(), 11);
    const QString id = createdId(requestBody(digits));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests/") + id, m_citizen).status, 200);
}

void TestServerOrganisation::unconfirmedCitizen()
{
    Reply last;
    const QString other =
        m_server.signIn(QStringLiteral("demo2"), QStringLiteral("demo2-2026"), &last).access;
    QVERIFY2(!other.isEmpty(), last.body.constData());
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/me"), other).json().value(u"account_confirmed"),
             QJsonValue(false));
    const Reply records = m_server.get(QStringLiteral("/api/v1/records/snils"), other);
    QCOMPARE(records.status, 200);
    const QString snils = records.json()
                              .value(u"records")
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"fields")
                              .toObject()
                              .value(u"number")
                              .toString();
    QVERIFY(!snils.isEmpty() && snils != m_snils);
    const Reply r = create(signedBody(requestBody(snils), kBank));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("account_not_confirmed"));
    QVERIFY(!r.json().value(u"message").toString().contains(snils));
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/consent-requests"), other)
                 .json()
                 .value(u"requests")
                 .toArray()
                 .size(),
             0);
}

void TestServerOrganisation::oneTimeConsentServesOnce()
{
    QJsonObject body = requestBody();
    body.insert(QStringLiteral("access"), QStringLiteral("one_time"));
    const QString id = createdId(body);
    const Reply granted = grant(id);
    QCOMPARE(granted.status, 200);
    const QString consentId = granted.json().value(u"consent").toObject().value(u"id").toString();
    // Only the required records without a choice of optional ones.
    QCOMPARE(stringSet(granted.json().value(u"consent").toObject().value(u"records").toArray()),
             (QSet<QString>{QStringLiteral("fio_bio"), QStringLiteral("inn")}));
    // A refusal does not use it up...
    QCOMPARE(fetch(consentId, QStringLiteral("contacts")).status, 403);
    const Reply first = fetch(consentId);
    QCOMPARE(first.status, 200);
    QCOMPARE(recordTypes(first.json().value(u"records").toArray()),
             (QSet<QString>{QStringLiteral("fio_bio"), QStringLiteral("inn")}));
    // ...a delivery does.
    const Reply second = fetch(consentId);
    QCOMPARE(second.status, 403);
    QCOMPARE(second.errorCode(), QStringLiteral("consent_not_active"));
    const QJsonArray log = accessEventsOf(consentId);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.last().toObject().value(u"refusal_reason").toString(),
             QStringLiteral("consent_not_active"));
}

void TestServerOrganisation::consentNotYetValid()
{
    QJsonObject body = requestBody();
    body.insert(QStringLiteral("term"),
                QJsonObject{{QStringLiteral("from"), today().addDays(10).toString(Qt::ISODate)},
                            {QStringLiteral("until"), today().addDays(40).toString(Qt::ISODate)}});
    const Reply granted = grant(createdId(body));
    QCOMPARE(granted.status, 200);
    const QJsonObject consent = granted.json().value(u"consent").toObject();
    QCOMPARE(consent.value(u"valid_from").toString(), today().addDays(10).toString(Qt::ISODate));
    const QString consentId = consent.value(u"id").toString();
    const Reply early = fetch(consentId);
    QCOMPARE(early.status, 403);
    QCOMPARE(early.errorCode(), QStringLiteral("consent_not_active"));
    QVERIFY(!early.json().contains(u"records"));
    const QJsonArray log = accessEventsOf(consentId);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(u"refused").toBool(), true);
    QCOMPARE(log.first().toObject().value(u"refusal_reason").toString(),
             QStringLiteral("consent_not_active"));
}

QTEST_GUILESS_MAIN(TestServerOrganisation)
#include "tst_server_organisation.moc"
