#include "core/demoseeder.h"

#include "core/apisupport.h"
#include "core/documentissuer.h"
#include "core/organisationendpoints.h"
#include "core/serverstore.h"
#include "demo/demoprofile.h"
#include "pki/es256.h"
#include "pki/tokens.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <argon2.h>

namespace cp::server {
namespace {

bool writePrivate(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write ") + path;
        return false;
    }
    return true;
}

// Argon2id with parameters that keep sign-in quick on a small machine while
// still memory-hard (19 MiB, 2 passes: the OWASP minimum).
QByteArray hashPassword(const QByteArray &password)
{
    const QByteArray salt = randomBytes(16);
    if (salt.size() != 16)
        return {};
    QByteArray encoded(256, '\0');
    const int rc = argon2id_hash_encoded(2, 19 * 1024, 1, password.constData(),
                                         static_cast<size_t>(password.size()), salt.constData(),
                                         static_cast<size_t>(salt.size()), 32, encoded.data(),
                                         static_cast<size_t>(encoded.size()));
    if (rc != ARGON2_OK)
        return {};
    encoded.truncate(static_cast<qsizetype>(qstrlen(encoded.constData())));
    return encoded;
}

} // namespace

DemoSeeder::DemoSeeder(ServerContext &context)
    : m_context(context)
{}

QString DemoSeeder::organisationKeyDir(const QString &dataDir)
{
    return dataDir + QStringLiteral("/organisations");
}

bool DemoSeeder::seed(const DemoProfile &profile, QString *error)
{
    ServerStore &store = m_context.store;
    const QString keyDir = organisationKeyDir(m_context.config.dataDir);
    if (!QDir().mkpath(keyDir) ||
        !QFile::setPermissions(keyDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot create ") + keyDir;
        return false;
    }

    store.transaction();
    for (const DemoCitizen &c : profile.citizens) {
        const QByteArray hash = hashPassword(c.password.toUtf8());
        if (hash.isEmpty()) {
            store.rollback();
            *error = QStringLiteral("cannot hash a demo password");
            return false;
        }
        store.addCitizen(StoredCitizen{c.citizen, c.login, hash, c.snils});
        // Versions in the order they happened, so the feed tells the story.
        QList<domain::Record> versions;
        for (const QList<domain::Record> &entry : c.records)
            versions += entry;
        std::stable_sort(versions.begin(), versions.end(),
                         [](const domain::Record &a, const domain::Record &b) {
                             return a.updatedAt < b.updatedAt;
                         });
        for (const domain::Record &r : versions) {
            store.addRecordVersion(c.citizen.id, r);
            store.addFeedEvent(
                c.citizen.id,
                api::feedEvent(
                    QStringLiteral("record_changed"), r.updatedAt,
                    {{"record_type", r.type}, {"record_id", r.id}, {"version", r.version}}));
        }
    }

    QHash<QString, QByteArray> privateKeys; // organisation id → PEM
    for (const DemoOrganisation &o : profile.organisations) {
        const EcKeyPair keys = generateEcP256KeyPair();
        if (keys.privatePem.isEmpty() ||
            !writePrivate(keyDir + u'/' + o.clientId + QStringLiteral(".key"), keys.privatePem,
                          error) ||
            !writePrivate(keyDir + u'/' + o.clientId + QStringLiteral(".pem"), keys.publicPem,
                          error)) {
            store.rollback();
            return false;
        }
        privateKeys.insert(o.organisation.id, keys.privatePem);
        store.addOrganisation(StoredOrganisation{o.organisation, o.clientId, keys.publicPem});
    }

    const DemoCitizen &citizen = profile.citizens.first();
    for (domain::ConsentRequest r : profile.requests) {
        r.signature = signEs256(OrganisationEndpoints::signedBytes(r, citizen.snils),
                                privateKeys.value(r.organisation.id));
        store.putRequest(citizen.citizen.id, r);
        store.addFeedEvent(citizen.citizen.id,
                           api::feedEvent(QStringLiteral("consent_request_changed"),
                                          r.history.isEmpty() ? r.requestedAt : r.history.last().at,
                                          {{"request_id", r.id}}));
    }
    for (const domain::Consent &c : profile.consents) {
        store.putConsent(citizen.citizen.id, c, 0);
        store.addFeedEvent(citizen.citizen.id, api::feedEvent(QStringLiteral("consent_changed"),
                                                              c.grantedAt, {{"consent_id", c.id}}));
    }
    for (const domain::AccessEvent &e : profile.accessLog) {
        store.addAccessEvent(citizen.citizen.id, e);
        store.addFeedEvent(citizen.citizen.id, api::feedEvent(QStringLiteral("access_event"), e.at,
                                                              {{"access_event_id", e.id},
                                                               {"consent_id", e.consentId}}));
    }
    for (const DemoDocument &d : profile.documents) {
        const IssueSpec spec{d.id,       d.kind,       d.issuerKey,   d.issuerName, d.number,
                             d.issuedAt, d.periodFrom, d.periodUntil, d.year,       d.recordIds};
        if (m_context.issuer.issue(citizen.citizen.id, spec, error).isEmpty()) {
            store.rollback();
            return false;
        }
    }
    store.setMeta(QStringLiteral("demo_seeded"), QStringLiteral("1"));
    if (!store.commit()) {
        *error = QStringLiteral("cannot commit the demo data");
        return false;
    }
    return true;
}

} // namespace cp::server
