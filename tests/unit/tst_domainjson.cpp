// JSON round-trip of every domain object, and malformed input for each: every
// required key removed, every key given a wrong type, every string made huge,
// invalid UTF-8, and random byte damage. Each is a clear error with the key's
// path, or (for byte damage) a clean parse: never a crash, never a
// half-filled object.
#include "domain/citizen.h"
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"

#include "domainsamples.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace cp::domain;
using namespace cp::testing;

namespace {

// One domain type under test: its sample as JSON, a reader that reports only
// success or the error, and the keys that may be absent.
struct Subject
{
    QJsonObject sample;
    std::function<bool(const QJsonObject &, JsonError *)> read;
    QStringList optionalKeys;
};

template<typename T>
std::function<bool(const QJsonObject &, JsonError *)>
reading(std::optional<T> (*fromJson)(const QJsonObject &, JsonError *))
{
    return [fromJson](const QJsonObject &o, JsonError *e) { return fromJson(o, e).has_value(); };
}

QMap<QString, Subject> subjects()
{
    return {
        {QStringLiteral("consent request"),
         {toJson(sampleRequest()),
          reading(consentRequestFromJson),
          {QStringLiteral("consent_id"), QStringLiteral("history"),
           QStringLiteral("required_trust_level")}}},
        {QStringLiteral("consent"),
         {toJson(sampleConsent()), reading(consentFromJson), {QStringLiteral("history")}}},
        {QStringLiteral("record"), {toJson(samplePassport()), reading(recordFromJson), {}}},
        {QStringLiteral("document"),
         {toJson(sampleDocument()),
          reading(documentInfoFromJson),
          {QStringLiteral("period_from"), QStringLiteral("period_until"),
           QStringLiteral("related_id")}}},
        {QStringLiteral("access event"),
         {toJson(sampleAccessEvent()),
          reading(accessEventFromJson),
          {QStringLiteral("refusal_reason")}}},
        {QStringLiteral("citizen"),
         {toJson(sampleCitizen()), reading(citizenFromJson), {QStringLiteral("trust_level")}}},
    };
}

// A value of another JSON type than `v`.
QJsonValue valueOfAnotherType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return 42;
    case QJsonValue::Double:
        return QStringLiteral("42");
    case QJsonValue::Bool:
        return QStringLiteral("true");
    case QJsonValue::Array:
        return QJsonObject{};
    case QJsonValue::Object:
        return QJsonArray{};
    case QJsonValue::Null:
        return QJsonArray{1};
    case QJsonValue::Undefined:
        break;
    }
    return QJsonValue();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripRecordsOfEveryFieldType();
    void missingKey_data();
    void missingKey();
    void wrongType_data();
    void wrongType();
    void hugeString_data();
    void hugeString();
    void recordFieldWrongType_data();
    void recordFieldWrongType();
    void recordRules();
    void citizenLevelMustFollowFacts();
    void invalidUtf8();
    void randomDamage();
};

void TestDomainJson::roundTrip()
{
    auto check = [](const auto &original, auto fromJson) {
        JsonError error;
        const std::optional<QJsonObject> parsed =
            parseJsonObject(bytesOf(toJson(original)), &error);
        QVERIFY2(parsed, qPrintable(error.toString()));
        const auto back = fromJson(*parsed, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == original);
        QCOMPARE(toJson(*back), toJson(original));
    };
    check(sampleRequest(), consentRequestFromJson);
    check(sampleConsent(), consentFromJson);
    check(samplePassport(), recordFromJson);
    check(sampleDocument(), documentInfoFromJson);
    check(sampleAccessEvent(), accessEventFromJson);
    check(sampleCitizen(), citizenFromJson);

    // The variants with optional parts absent or set.
    ConsentRequest granted = sampleRequest();
    QVERIFY(ConsentLifecycle::apply(granted, RequestState::Granted, Actor::Citizen,
                                    granted.requestedAt.addDays(1)));
    granted.consentId = QStringLiteral("con-9");
    check(granted, consentRequestFromJson);
    Consent revoked = sampleConsent();
    QVERIFY(ConsentLifecycle::apply(revoked, ConsentState::Revoked, Actor::Citizen,
                                    revoked.grantedAt.addDays(3)));
    check(revoked, consentFromJson);
    DocumentInfo upload = sampleDocument();
    upload.kind = QStringLiteral("upload");
    upload.origin = DocumentOrigin::Uploaded;
    upload.periodFrom = upload.periodUntil = QDate();
    upload.relatedId.clear();
    upload.hasSignature = false;
    check(upload, documentInfoFromJson);
    AccessEvent refused = sampleAccessEvent();
    refused.refused = true;
    refused.refusalReason = QStringLiteral("consent_revoked");
    check(refused, accessEventFromJson);
    Citizen unconfirmed = sampleCitizen();
    unconfirmed.accountConfirmed = false;
    unconfirmed.facts = VerificationFacts{};
    check(unconfirmed, citizenFromJson);
}

void TestDomainJson::roundTripRecordsOfEveryFieldType()
{
    // A 2-NDFL record has money, number, id and monthly income fields.
    Record r;
    r.type = QStringLiteral("ndfl_person");
    r.id = QStringLiteral("ndfl-2025-a");
    r.version = 1;
    r.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    r.source = QStringLiteral("fns");
    r.verified = true;
    const RecordType *type = RecordCatalogue::find(r.type);
    QVERIFY(type);
    for (const FieldSpec &f : type->fields) {
        const QString key = QString::fromLatin1(f.key);
        switch (f.type) {
        case FieldType::Text:
            r.fields.insert(key, QStringLiteral("ООО «Ромашка»"));
            break;
        case FieldType::Date:
            r.fields.insert(key, QStringLiteral("2025-12-31"));
            break;
        case FieldType::Money:
            r.fields.insert(key, qint64(123456789012)); // kopecks, beyond 32 bits
            break;
        case FieldType::Number:
            r.fields.insert(key, 2025);
            break;
        case FieldType::Enum:
            r.fields.insert(key, QString::fromLatin1(f.enumValues.front().key));
            break;
        case FieldType::Bool:
            r.fields.insert(key, true);
            break;
        case FieldType::Id:
            r.fields.insert(key, QStringLiteral("7707083893"));
            break;
        case FieldType::MonthlyIncome:
            r.fields.insert(key, QJsonArray{QJsonObject{{QStringLiteral("month"), 1},
                                                        {QStringLiteral("code"), u"2000"_qs},
                                                        {QStringLiteral("amount"), 8500000}},
                                            QJsonObject{{QStringLiteral("month"), 12},
                                                        {QStringLiteral("code"), u"2002"_qs},
                                                        {QStringLiteral("amount"), 1200000}}});
            break;
        }
    }
    JsonError error;
    const auto back = recordFromJson(*parseJsonObject(bytesOf(toJson(r)), &error), &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(*back, r);
}

void TestDomainJson::missingKey_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("key");
    const auto all = subjects();
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const QString &key : it.value().sample.keys()) {
            if (!it.value().optionalKeys.contains(key))
                QTest::addRow("%s without %s", qPrintable(it.key()), qPrintable(key))
                    << it.key() << key;
        }
    }
}

void TestDomainJson::missingKey()
{
    QFETCH(QString, subject);
    QFETCH(QString, key);
    const Subject s = subjects().value(subject);
    QJsonObject o = s.sample;
    o.remove(key);
    JsonError error;
    QVERIFY(!s.read(o, &error));
    QCOMPARE(error.path, key);
    QCOMPARE(error.message, QStringLiteral("missing"));
    // null is the same as missing for a required key.
    o.insert(key, QJsonValue::Null);
    QVERIFY(!s.read(o, &error));
    QCOMPARE(error.path, key);
}

void TestDomainJson::wrongType_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("key");
    const auto all = subjects();
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const QString &key : it.value().sample.keys())
            QTest::addRow("%s.%s", qPrintable(it.key()), qPrintable(key)) << it.key() << key;
    }
}

void TestDomainJson::wrongType()
{
    QFETCH(QString, subject);
    QFETCH(QString, key);
    const Subject s = subjects().value(subject);
    QJsonObject o = s.sample;
    o.insert(key, valueOfAnotherType(o.value(key)));
    JsonError error;
    QVERIFY(!s.read(o, &error));
    QVERIFY2(error.path == key || error.path.startsWith(key + u'.') ||
                 error.path.startsWith(key + u'['),
             qPrintable(error.toString()));
}

void TestDomainJson::hugeString_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("key");
    const auto all = subjects();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject &sample = it.value().sample;
        for (auto k = sample.begin(); k != sample.end(); ++k) {
            if (k.value().isString())
                QTest::addRow("%s.%s", qPrintable(it.key()), qPrintable(k.key()))
                    << it.key() << k.key();
        }
    }
}

void TestDomainJson::hugeString()
{
    QFETCH(QString, subject);
    QFETCH(QString, key);
    const Subject s = subjects().value(subject);
    QJsonObject o = s.sample;
    o.insert(key, QString(1 << 20, u'Ж'));
    JsonError error;
    QVERIFY(!s.read(o, &error));
    QCOMPARE(error.path, key);
    QVERIFY(!error.message.contains(u'Ж')); // the value is never quoted back
}

void TestDomainJson::recordFieldWrongType_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &key : samplePassport().fields.keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestDomainJson::recordFieldWrongType()
{
    QFETCH(QString, field);
    QJsonObject o = toJson(samplePassport());
    QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    fields.insert(field, 4508);
    o.insert(QStringLiteral("fields"), fields);
    JsonError error;
    QVERIFY(!recordFromJson(o, &error));
    QCOMPARE(error.path, QStringLiteral("fields.") + field);
}

void TestDomainJson::recordRules()
{
    JsonError error;
    auto withFields = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = toJson(samplePassport());
        QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        change(fields);
        o.insert(QStringLiteral("fields"), fields);
        return o;
    };
    // A field the type does not have.
    QVERIFY(!recordFromJson(withFields([](QJsonObject &f) { f.insert(u"colour"_qs, u"x"_qs); }),
                            &error));
    QCOMPARE(error.toString(), QStringLiteral("fields.colour: is not a field of this record type"));
    // A required field missing.
    QVERIFY(!recordFromJson(withFields([](QJsonObject &f) { f.remove(u"number"_qs); }), &error));
    QCOMPARE(error.path, QStringLiteral("fields.number"));
    // An impossible date.
    QVERIFY(!recordFromJson(
        withFields([](QJsonObject &f) { f.insert(u"issue_date"_qs, u"2020-13-01"_qs); }), &error));
    QCOMPARE(error.path, QStringLiteral("fields.issue_date"));
    // An unknown record type, and version 0.
    QJsonObject unknown = toJson(samplePassport());
    unknown.insert(QStringLiteral("type"), QStringLiteral("id_docs"));
    QVERIFY(!recordFromJson(unknown, &error));
    QCOMPARE(error.path, QStringLiteral("type"));
    QJsonObject v0 = toJson(samplePassport());
    v0.insert(QStringLiteral("version"), 0);
    QVERIFY(!recordFromJson(v0, &error));
    QCOMPARE(error.path, QStringLiteral("version"));

    // A wrong identifier is not a parse error: the record is read, and its
    // issue reported, never fixed.
    const auto bad = recordFromJson(
        withFields([](QJsonObject &f) { f.insert(u"department_code"_qs, u"770001"_qs); }), &error);
    QVERIFY(bad);
    QCOMPARE(bad->fields.value(u"department_code").toString(), QStringLiteral("770001"));
    const QList<FieldIssue> found = issues(*bad);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, QStringLiteral("department_code"));
    QCOMPARE(found.first().problem, IdentifierProblem::BadFormat);
    QVERIFY(issues(samplePassport()).isEmpty());

    // The changed fields of two versions, in catalogue order.
    Record next = samplePassport();
    next.version = 3;
    next.fields.insert(QStringLiteral("number"), QStringLiteral("654321"));
    next.fields.insert(QStringLiteral("series"), QStringLiteral("4520"));
    QCOMPARE(changedFields(samplePassport(), next),
             (QStringList{QStringLiteral("series"), QStringLiteral("number")}));
}

void TestDomainJson::citizenLevelMustFollowFacts()
{
    QJsonObject o = toJson(sampleCitizen());
    QCOMPARE(o.value(QStringLiteral("trust_level")).toInt(), 3);
    o.insert(QStringLiteral("trust_level"), 2); // the facts give 3
    JsonError error;
    QVERIFY(!citizenFromJson(o, &error));
    QCOMPARE(error.path, QStringLiteral("trust_level"));
}

void TestDomainJson::invalidUtf8()
{
    QByteArray bytes = bytesOf(toJson(sampleRequest()));
    const qsizetype at = bytes.indexOf("req-1");
    QVERIFY(at > 0);
    bytes[at] = '\xff';
    JsonError error;
    QVERIFY(!parseJsonObject(bytes, &error));
    QVERIFY(error.message.startsWith(u"not valid JSON"));
}

void TestDomainJson::randomDamage()
{
    // Deterministic damage (fixed seed): flipped, dropped and inserted bytes.
    // Whatever the outcome, it is a whole object or a clean error.
    QRandomGenerator random(20261125);
    const auto all = subjects();
    int parsed = 0;
    int refused = 0;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QByteArray original = bytesOf(it.value().sample);
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const auto pos = random.bounded(bytes.size());
                switch (random.bounded(3)) {
                case 0:
                    bytes[pos] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    bytes.remove(pos, 1 + random.bounded(8));
                    break;
                default:
                    bytes.insert(pos, static_cast<char>(random.bounded(256)));
                }
            }
            JsonError error;
            const auto object = parseJsonObject(bytes, &error);
            if (object && it.value().read(*object, &error)) {
                ++parsed;
            } else {
                ++refused;
                QVERIFY(!error.message.isEmpty());
            }
        }
    }
    QCOMPARE(parsed + refused, int(all.size()) * 400);
    QVERIFY(refused > parsed); // most damage must be caught
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
