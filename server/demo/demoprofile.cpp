#include "demo/demoprofile.h"

#include "demo/demoparts.h"

#include <QJsonArray>

namespace cp::server {

using namespace Qt::StringLiterals;

QList<cp::domain::Record> DemoCitizen::latestRecords() const
{
    QList<cp::domain::Record> latest;
    for (const QList<cp::domain::Record> &versions : records) {
        if (!versions.isEmpty())
            latest.append(versions.last());
    }
    return latest;
}

DemoProfile buildDemoProfile(const QDateTime &now)
{
    const demo::DemoClock clock(now);
    DemoProfile profile;
    profile.citizens = {demo::firstCitizen(clock), demo::secondCitizen(clock)};
    profile.organisations = demo::organisations();
    demo::addConsents(profile, clock);
    profile.documents = demo::documents(profile.citizens.first(), clock);
    return profile;
}

QJsonObject toJson(const DemoCitizen &value)
{
    QJsonArray entries;
    for (const QList<cp::domain::Record> &versions : value.records) {
        QJsonArray array;
        for (const cp::domain::Record &r : versions)
            array.append(cp::domain::toJson(r));
        entries.append(array);
    }
    return QJsonObject{
        {u"citizen"_s, cp::domain::toJson(value.citizen)},
        {u"login"_s, value.login},
        {u"snils"_s, value.snils},
        {u"records"_s, entries},
    };
}

QJsonObject toJson(const DemoDocument &value)
{
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(cp::domain::toJsonDate(d)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {u"id"_s, value.id},
        {u"kind"_s, value.kind},
        {u"issuer_key"_s, value.issuerKey},
        {u"issuer_name"_s, value.issuerName},
        {u"number"_s, value.number},
        {u"issued_at"_s, cp::domain::toJsonDateTime(value.issuedAt)},
        {u"period_from"_s, date(value.periodFrom)},
        {u"period_until"_s, date(value.periodUntil)},
        {u"year"_s, value.year},
        {u"record_ids"_s, QJsonArray::fromStringList(value.recordIds)},
    };
}

QJsonObject toJson(const DemoOrganisation &value)
{
    return QJsonObject{
        {u"organisation"_s, cp::domain::toJson(value.organisation)},
        {u"client_id"_s, value.clientId},
    };
}

QJsonObject toJson(const DemoProfile &value)
{
    QJsonArray citizens;
    for (const DemoCitizen &c : value.citizens)
        citizens.append(toJson(c));
    QJsonArray organisations;
    for (const DemoOrganisation &o : value.organisations)
        organisations.append(toJson(o));
    QJsonArray requests;
    for (const cp::domain::ConsentRequest &r : value.requests)
        requests.append(cp::domain::toJson(r));
    QJsonArray consents;
    for (const cp::domain::Consent &c : value.consents)
        consents.append(cp::domain::toJson(c));
    QJsonArray accessLog;
    for (const cp::domain::AccessEvent &e : value.accessLog)
        accessLog.append(cp::domain::toJson(e));
    QJsonArray documents;
    for (const DemoDocument &d : value.documents)
        documents.append(toJson(d));
    return QJsonObject{
        {u"citizens"_s, citizens}, {u"organisations"_s, organisations}, {u"requests"_s, requests},
        {u"consents"_s, consents}, {u"access_log"_s, accessLog},        {u"documents"_s, documents},
    };
}

} // namespace cp::server
