#include "core/serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStore, "cp.server.storage")

namespace cp::server {
namespace {

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 v)
{
    return v ? QDateTime::fromMSecsSinceEpoch(v, Qt::UTC) : QDateTime();
}

// A prepared query that logs its failure (the SQL text and driver message,
// never bound values).
class Sql
{
public:
    Sql(const QSqlDatabase &db, const QString &text)
        : m_query(db)
    {
        if (!m_query.prepare(text))
            qCWarning(lcStore) << "prepare failed:" << m_query.lastError().text();
    }
    Sql &bind(const QVariant &v)
    {
        // A null QString would bind as SQL NULL, where every comparison fails
        // ("? = ''" included): text is always bound as text.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query.addBindValue(QStringLiteral(""));
        else
            m_query.addBindValue(v);
        return *this;
    }
    bool exec()
    {
        if (!m_query.exec()) {
            qCWarning(lcStore) << "query failed:" << m_query.lastError().text();
            return false;
        }
        return true;
    }
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }

private:
    QSqlQuery m_query;
};

constexpr const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS citizens (id TEXT PRIMARY KEY, login TEXT UNIQUE NOT NULL,"
    " password_hash BLOB NOT NULL, snils TEXT UNIQUE NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS records (citizen_id TEXT NOT NULL, id TEXT NOT NULL,"
    " type TEXT NOT NULL, version INTEGER NOT NULL, json BLOB NOT NULL,"
    " PRIMARY KEY (citizen_id, id, version))",
    "CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL,"
    " seq INTEGER NOT NULL, json BLOB NOT NULL, content BLOB NOT NULL, signature BLOB)",
    "CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, year INTEGER NOT NULL, state TEXT NOT NULL, requested_at INTEGER NOT "
    "NULL,"
    " due_at INTEGER NOT NULL, fulfilled_at INTEGER NOT NULL, document_ids BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS organisations (id TEXT PRIMARY KEY, client_id TEXT UNIQUE NOT NULL,"
    " public_key BLOB NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS requests (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL,"
    " state TEXT NOT NULL, requested_at INTEGER NOT NULL, answer_by INTEGER NOT NULL,"
    " json BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS consents (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL,"
    " state TEXT NOT NULL, granted_at INTEGER NOT NULL, valid_until TEXT NOT NULL,"
    " fetches INTEGER NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS access_log (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " citizen_id TEXT NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS feed (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " citizen_id TEXT NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS codes (hash BLOB PRIMARY KEY, citizen_id TEXT NOT NULL,"
    " client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, challenge BLOB NOT NULL,"
    " expires_at INTEGER NOT NULL, used INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tokens (hash BLOB PRIMARY KEY, kind TEXT NOT NULL,"
    " caller INTEGER NOT NULL, subject_id TEXT NOT NULL, family TEXT NOT NULL,"
    " code_hash BLOB, expires_at INTEGER NOT NULL, used INTEGER NOT NULL, revoked INTEGER NOT "
    "NULL)",
    "CREATE INDEX IF NOT EXISTS tokens_family ON tokens (family)",
    "CREATE TABLE IF NOT EXISTS jtis (client_id TEXT NOT NULL, jti TEXT NOT NULL,"
    " expires_at INTEGER NOT NULL, PRIMARY KEY (client_id, jti))",
    "CREATE TABLE IF NOT EXISTS answers (caller TEXT NOT NULL, key TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL, status INTEGER NOT NULL, headers BLOB NOT NULL, body BLOB NOT "
    "NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY (caller, key))",
};

} // namespace

QJsonObject StoredOrder::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("year"), year ? QJsonValue(year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("state"), state},
        {QStringLiteral("requested_at"), domain::toJsonDateTime(requestedAt)},
        {QStringLiteral("fulfilled_at"), fulfilledAt.isValid()
                                             ? QJsonValue(domain::toJsonDateTime(fulfilledAt))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("document_ids"), QJsonArray::fromStringList(documentIds)},
    };
}

ServerStore::ServerStore()
    : m_connection(QStringLiteral("cp-server-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ServerStore::open(const QString &path, QString *error)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(path);
    if (!d.open()) {
        *error = QStringLiteral("cannot open the database: ") + d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = QStringLiteral("cannot set up the database: ") + q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != u"ok") {
        *error = QStringLiteral("the database fails its integrity check");
        return false;
    }
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = QStringLiteral("cannot create the schema: ") + q.lastError().text();
            return false;
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version=1"));
    return true;
}

bool ServerStore::transaction()
{
    return db().transaction();
}

bool ServerStore::commit()
{
    return db().commit();
}

void ServerStore::rollback()
{
    db().rollback();
}

QString ServerStore::meta(const QString &key) const
{
    Sql q(db(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void ServerStore::setMeta(const QString &key, const QString &value)
{
    Sql(db(), QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))
        .bind(key)
        .bind(value)
        .exec();
}

// --- citizens ----------------------------------------------------------------

void ServerStore::addCitizen(const StoredCitizen &c)
{
    Sql(db(), QStringLiteral("INSERT INTO citizens (id, login, password_hash, snils, json)"
                             " VALUES (?, ?, ?, ?, ?)"))
        .bind(c.citizen.id)
        .bind(c.login)
        .bind(c.passwordHash)
        .bind(c.snils)
        .bind(jsonBytes(domain::toJson(c.citizen)))
        .exec();
}

namespace {

std::optional<StoredCitizen> readCitizen(Sql &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredCitizen c;
    domain::JsonError error;
    const auto citizen = domain::citizenFromJson(jsonObject(q.value(4)), &error);
    if (!citizen)
        return std::nullopt;
    c.citizen = *citizen;
    c.login = q.value(1).toString();
    c.passwordHash = q.value(2).toByteArray();
    c.snils = q.value(3).toString();
    return c;
}

} // namespace

std::optional<StoredCitizen> ServerStore::citizenByLogin(const QString &login) const
{
    Sql q(db(), QStringLiteral(
                    "SELECT id, login, password_hash, snils, json FROM citizens WHERE login = ?"));
    q.bind(login);
    return readCitizen(q);
}

std::optional<StoredCitizen> ServerStore::citizen(const QString &id) const
{
    Sql q(db(), QStringLiteral(
                    "SELECT id, login, password_hash, snils, json FROM citizens WHERE id = ?"));
    q.bind(id);
    return readCitizen(q);
}

std::optional<StoredCitizen> ServerStore::citizenBySnils(const QString &snils) const
{
    Sql q(db(), QStringLiteral(
                    "SELECT id, login, password_hash, snils, json FROM citizens WHERE snils = ?"));
    q.bind(snils);
    return readCitizen(q);
}

// --- records -----------------------------------------------------------------

void ServerStore::addRecordVersion(const QString &citizenId, const domain::Record &record)
{
    Sql(db(),
        QStringLiteral(
            "INSERT INTO records (citizen_id, id, type, version, json) VALUES (?, ?, ?, ?, ?)"))
        .bind(citizenId)
        .bind(record.id)
        .bind(record.type)
        .bind(record.version)
        .bind(jsonBytes(domain::toJson(record)))
        .exec();
}

namespace {

QList<domain::Record> readRecords(Sql &q)
{
    QList<domain::Record> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        domain::JsonError error;
        if (auto r = domain::recordFromJson(jsonObject(q.value(0)), &error))
            result.append(*r);
        else
            qCWarning(lcStore) << "a stored record does not parse:" << error.toString();
    }
    return result;
}

} // namespace

QList<domain::Record> ServerStore::latestRecords(const QString &citizenId) const
{
    Sql q(db(),
          QStringLiteral("SELECT r.json FROM records r WHERE r.citizen_id = ? AND r.version ="
                         " (SELECT MAX(version) FROM records x WHERE x.citizen_id = r.citizen_id"
                         " AND x.id = r.id) ORDER BY r.type, r.id"));
    q.bind(citizenId);
    return readRecords(q);
}

QList<domain::Record> ServerStore::recordHistory(const QString &citizenId,
                                                 const QString &recordId) const
{
    Sql q(db(), QStringLiteral(
                    "SELECT json FROM records WHERE citizen_id = ? AND id = ? ORDER BY version"));
    q.bind(citizenId).bind(recordId);
    return readRecords(q);
}

// --- documents ---------------------------------------------------------------

void ServerStore::addDocument(const QString &citizenId, const domain::DocumentInfo &info,
                              const QByteArray &content, const QByteArray &signature)
{
    Sql(db(), QStringLiteral("INSERT INTO documents (id, citizen_id, seq, json, content, signature)"
                             " VALUES (?, ?, (SELECT COUNT(*) FROM documents), ?, ?, ?)"))
        .bind(info.id)
        .bind(citizenId)
        .bind(jsonBytes(domain::toJson(info)))
        .bind(content)
        .bind(signature.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                  : QVariant(signature))
        .exec();
}

namespace {

QList<domain::DocumentInfo> readDocuments(Sql &q)
{
    QList<domain::DocumentInfo> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        domain::JsonError error;
        if (auto d = domain::documentInfoFromJson(jsonObject(q.value(0)), &error))
            result.append(*d);
    }
    return result;
}

} // namespace

QList<domain::DocumentInfo> ServerStore::documents(const QString &citizenId) const
{
    Sql q(db(), QStringLiteral("SELECT json FROM documents WHERE citizen_id = ? ORDER BY seq"));
    q.bind(citizenId);
    return readDocuments(q);
}

std::optional<domain::DocumentInfo> ServerStore::document(const QString &citizenId,
                                                          const QString &id) const
{
    Sql q(db(), QStringLiteral("SELECT json FROM documents WHERE citizen_id = ? AND id = ?"));
    q.bind(citizenId).bind(id);
    const QList<domain::DocumentInfo> found = readDocuments(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QByteArray ServerStore::documentContent(const QString &citizenId, const QString &id) const
{
    Sql q(db(), QStringLiteral("SELECT content FROM documents WHERE citizen_id = ? AND id = ?"));
    q.bind(citizenId).bind(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

QByteArray ServerStore::documentSignature(const QString &citizenId, const QString &id) const
{
    Sql q(db(), QStringLiteral("SELECT signature FROM documents WHERE citizen_id = ? AND id = ?"));
    q.bind(citizenId).bind(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

// --- orders ------------------------------------------------------------------

void ServerStore::putOrder(const StoredOrder &o)
{
    Sql(db(), QStringLiteral("INSERT OR REPLACE INTO orders (id, citizen_id, kind, year, state,"
                             " requested_at, due_at, fulfilled_at, document_ids)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(o.id)
        .bind(o.citizenId)
        .bind(o.kind)
        .bind(o.year)
        .bind(o.state)
        .bind(ms(o.requestedAt))
        .bind(ms(o.dueAt))
        .bind(ms(o.fulfilledAt))
        .bind(
            QJsonDocument(QJsonArray::fromStringList(o.documentIds)).toJson(QJsonDocument::Compact))
        .exec();
}

namespace {

QList<StoredOrder> readOrders(Sql &q)
{
    QList<StoredOrder> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        StoredOrder o;
        o.id = q.value(0).toString();
        o.citizenId = q.value(1).toString();
        o.kind = q.value(2).toString();
        o.year = q.value(3).toInt();
        o.state = q.value(4).toString();
        o.requestedAt = fromMs(q.value(5).toLongLong());
        o.dueAt = fromMs(q.value(6).toLongLong());
        o.fulfilledAt = fromMs(q.value(7).toLongLong());
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toByteArray()).array())
            o.documentIds.append(v.toString());
        result.append(o);
    }
    return result;
}

const QString kOrderColumns = QStringLiteral(
    "SELECT id, citizen_id, kind, year, state, requested_at, due_at, fulfilled_at, document_ids"
    " FROM orders ");

} // namespace

QList<StoredOrder> ServerStore::orders(const QString &citizenId) const
{
    Sql q(db(),
          kOrderColumns + QStringLiteral("WHERE citizen_id = ? ORDER BY requested_at DESC, id"));
    q.bind(citizenId);
    return readOrders(q);
}

std::optional<StoredOrder> ServerStore::order(const QString &citizenId, const QString &id) const
{
    Sql q(db(), kOrderColumns + QStringLiteral("WHERE citizen_id = ? AND id = ?"));
    q.bind(citizenId).bind(id);
    const QList<StoredOrder> found = readOrders(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<StoredOrder> ServerStore::dueOrders(const QDateTime &now) const
{
    Sql q(db(), kOrderColumns +
                    QStringLiteral("WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id"));
    q.bind(ms(now));
    return readOrders(q);
}

// --- organisations -----------------------------------------------------------

void ServerStore::addOrganisation(const StoredOrganisation &o)
{
    Sql(db(),
        QStringLiteral(
            "INSERT INTO organisations (id, client_id, public_key, json) VALUES (?, ?, ?, ?)"))
        .bind(o.organisation.id)
        .bind(o.clientId)
        .bind(o.publicKeyPem)
        .bind(jsonBytes(domain::toJson(o.organisation)))
        .exec();
}

namespace {

std::optional<StoredOrganisation> readOrganisation(Sql &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    domain::JsonReader reader(jsonObject(q.value(2)));
    const auto org = domain::organisationFromJson(reader);
    if (!org)
        return std::nullopt;
    return StoredOrganisation{*org, q.value(0).toString(), q.value(1).toByteArray()};
}

} // namespace

std::optional<StoredOrganisation> ServerStore::organisationByClientId(const QString &clientId) const
{
    Sql q(db(), QStringLiteral(
                    "SELECT client_id, public_key, json FROM organisations WHERE client_id = ?"));
    q.bind(clientId);
    return readOrganisation(q);
}

std::optional<StoredOrganisation> ServerStore::organisation(const QString &id) const
{
    Sql q(db(),
          QStringLiteral("SELECT client_id, public_key, json FROM organisations WHERE id = ?"));
    q.bind(id);
    return readOrganisation(q);
}

// --- requests and consents ---------------------------------------------------

void ServerStore::putRequest(const QString &citizenId, const domain::ConsentRequest &r)
{
    Sql(db(), QStringLiteral("INSERT OR REPLACE INTO requests (id, citizen_id, state, requested_at,"
                             " answer_by, json) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(r.id)
        .bind(citizenId)
        .bind(domain::ConsentModel::key(r.state))
        .bind(ms(r.requestedAt))
        .bind(ms(r.answerBy))
        .bind(jsonBytes(domain::toJson(r)))
        .exec();
}

namespace {

QList<domain::ConsentRequest> readRequests(Sql &q, QStringList *citizenIds = nullptr)
{
    QList<domain::ConsentRequest> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        domain::JsonError error;
        if (auto r = domain::consentRequestFromJson(jsonObject(q.value(0)), &error)) {
            result.append(*r);
            if (citizenIds)
                citizenIds->append(q.value(1).toString());
        } else {
            qCWarning(lcStore) << "a stored request does not parse:" << error.toString();
        }
    }
    return result;
}

QList<domain::Consent> readConsents(Sql &q, QStringList *citizenIds = nullptr,
                                    QList<int> *fetches = nullptr)
{
    QList<domain::Consent> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        domain::JsonError error;
        if (auto c = domain::consentFromJson(jsonObject(q.value(0)), &error)) {
            result.append(*c);
            if (citizenIds)
                citizenIds->append(q.value(1).toString());
            if (fetches)
                fetches->append(q.value(2).toInt());
        } else {
            qCWarning(lcStore) << "a stored consent does not parse:" << error.toString();
        }
    }
    return result;
}

} // namespace

std::optional<domain::ConsentRequest> ServerStore::request(const QString &id,
                                                           QString *citizenId) const
{
    Sql q(db(), QStringLiteral("SELECT json, citizen_id FROM requests WHERE id = ?"));
    q.bind(id);
    QStringList owners;
    const auto found = readRequests(q, &owners);
    if (found.isEmpty())
        return std::nullopt;
    if (citizenId)
        *citizenId = owners.first();
    return found.first();
}

QList<domain::ConsentRequest> ServerStore::requests(const QString &citizenId,
                                                    const QString &state) const
{
    Sql q(db(), QStringLiteral("SELECT json, citizen_id FROM requests WHERE citizen_id = ?"
                               " AND (? = '' OR state = ?) ORDER BY requested_at DESC, id DESC"));
    q.bind(citizenId).bind(state).bind(state);
    return readRequests(q);
}

QList<domain::ConsentRequest> ServerStore::pendingRequestsDue(const QDateTime &now) const
{
    Sql q(db(), QStringLiteral("SELECT json, citizen_id FROM requests WHERE state = 'pending'"
                               " AND answer_by <= ? ORDER BY answer_by"));
    q.bind(ms(now));
    return readRequests(q);
}

void ServerStore::putConsent(const QString &citizenId, const domain::Consent &c, int fetches)
{
    Sql(db(), QStringLiteral("INSERT OR REPLACE INTO consents (id, citizen_id, state, granted_at,"
                             " valid_until, fetches, json) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(c.id)
        .bind(citizenId)
        .bind(domain::ConsentModel::key(c.state))
        .bind(ms(c.grantedAt))
        .bind(domain::toJsonDate(c.validUntil))
        .bind(fetches)
        .bind(jsonBytes(domain::toJson(c)))
        .exec();
}

std::optional<domain::Consent> ServerStore::consent(const QString &id, QString *citizenId,
                                                    int *fetches) const
{
    Sql q(db(), QStringLiteral("SELECT json, citizen_id, fetches FROM consents WHERE id = ?"));
    q.bind(id);
    QStringList owners;
    QList<int> counts;
    const auto found = readConsents(q, &owners, &counts);
    if (found.isEmpty())
        return std::nullopt;
    if (citizenId)
        *citizenId = owners.first();
    if (fetches)
        *fetches = counts.first();
    return found.first();
}

QList<domain::Consent> ServerStore::consents(const QString &citizenId, const QString &state) const
{
    Sql q(db(), QStringLiteral("SELECT json, citizen_id, fetches FROM consents WHERE citizen_id = ?"
                               " AND (? = '' OR state = ?) ORDER BY granted_at DESC, id DESC"));
    q.bind(citizenId).bind(state).bind(state);
    return readConsents(q);
}

QList<domain::Consent> ServerStore::activeConsentsDue(const QDate &today) const
{
    Sql q(db(), QStringLiteral("SELECT json, citizen_id, fetches FROM consents"
                               " WHERE state = 'active' AND valid_until < ?"));
    q.bind(domain::toJsonDate(today));
    return readConsents(q);
}

// --- access log and feed -----------------------------------------------------

qint64 ServerStore::addAccessEvent(const QString &citizenId, const domain::AccessEvent &event)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO access_log (citizen_id, json) VALUES (?, ?)"));
    q.addBindValue(citizenId);
    q.addBindValue(jsonBytes(domain::toJson(event)));
    if (!q.exec()) {
        qCWarning(lcStore) << "query failed:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

namespace {

QList<FeedEntry> readEntries(Sql &q)
{
    QList<FeedEntry> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(FeedEntry{q.value(0).toLongLong(), jsonObject(q.value(1))});
    return result;
}

} // namespace

QList<FeedEntry> ServerStore::accessLog(const QString &citizenId, qint64 afterSeq, int limit) const
{
    Sql q(db(), QStringLiteral("SELECT seq, json FROM access_log WHERE citizen_id = ? AND seq > ?"
                               " ORDER BY seq LIMIT ?"));
    q.bind(citizenId).bind(afterSeq).bind(limit);
    return readEntries(q);
}

qint64 ServerStore::addFeedEvent(const QString &citizenId, QJsonObject event)
{
    // The seq is the row id, known only after the insert: store, then fill in.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO feed (citizen_id, json) VALUES (?, ?)"));
    q.addBindValue(citizenId);
    q.addBindValue(jsonBytes(event));
    if (!q.exec()) {
        qCWarning(lcStore) << "query failed:" << q.lastError().text();
        return 0;
    }
    const qint64 seq = q.lastInsertId().toLongLong();
    event.insert(QStringLiteral("seq"), seq);
    Sql(db(), QStringLiteral("UPDATE feed SET json = ? WHERE seq = ?"))
        .bind(jsonBytes(event))
        .bind(seq)
        .exec();
    return seq;
}

QList<FeedEntry> ServerStore::feed(const QString &citizenId, qint64 afterSeq, int limit) const
{
    Sql q(db(), QStringLiteral("SELECT seq, json FROM feed WHERE citizen_id = ? AND seq > ?"
                               " ORDER BY seq LIMIT ?"));
    q.bind(citizenId).bind(afterSeq).bind(limit);
    return readEntries(q);
}

// --- OAuth -------------------------------------------------------------------

void ServerStore::addCode(const QByteArray &codeHash, const StoredCode &c)
{
    Sql(db(),
        QStringLiteral("INSERT INTO codes (hash, citizen_id, client_id, redirect_uri, challenge,"
                       " expires_at, used) VALUES (?, ?, ?, ?, ?, ?, 0)"))
        .bind(codeHash)
        .bind(c.citizenId)
        .bind(c.clientId)
        .bind(c.redirectUri)
        .bind(c.challenge)
        .bind(ms(c.expiresAt))
        .exec();
}

std::optional<StoredCode> ServerStore::code(const QByteArray &codeHash) const
{
    Sql q(db(), QStringLiteral("SELECT citizen_id, client_id, redirect_uri, challenge, expires_at,"
                               " used FROM codes WHERE hash = ?"));
    q.bind(codeHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredCode{q.value(0).toString(),           q.value(1).toString(),
                      q.value(2).toString(),           q.value(3).toByteArray(),
                      fromMs(q.value(4).toLongLong()), q.value(5).toBool()};
}

void ServerStore::markCodeUsed(const QByteArray &codeHash)
{
    Sql(db(), QStringLiteral("UPDATE codes SET used = 1 WHERE hash = ?")).bind(codeHash).exec();
}

bool ServerStore::addToken(const QByteArray &tokenHash, const StoredToken &t,
                           const QByteArray &codeHash)
{
    return Sql(db(), QStringLiteral(
                         "INSERT INTO tokens (hash, kind, caller, subject_id, family, code_hash,"
                         " expires_at, used, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"))
        .bind(tokenHash)
        .bind(t.kind)
        .bind(static_cast<int>(t.callerKind))
        .bind(t.subjectId)
        .bind(t.family)
        .bind(codeHash)
        .bind(ms(t.expiresAt))
        .exec();
}

std::optional<StoredToken> ServerStore::token(const QByteArray &tokenHash) const
{
    Sql q(db(), QStringLiteral("SELECT kind, caller, subject_id, family, expires_at, used, revoked"
                               " FROM tokens WHERE hash = ?"));
    q.bind(tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredToken t;
    t.kind = q.value(0).toString();
    t.callerKind = static_cast<Caller>(q.value(1).toInt());
    t.subjectId = q.value(2).toString();
    t.family = q.value(3).toString();
    t.expiresAt = fromMs(q.value(4).toLongLong());
    t.used = q.value(5).toBool();
    t.revoked = q.value(6).toBool();
    return t;
}

void ServerStore::markTokenUsed(const QByteArray &tokenHash)
{
    Sql(db(), QStringLiteral("UPDATE tokens SET used = 1 WHERE hash = ?")).bind(tokenHash).exec();
}

void ServerStore::revokeToken(const QByteArray &tokenHash)
{
    Sql(db(), QStringLiteral("UPDATE tokens SET revoked = 1 WHERE hash = ?"))
        .bind(tokenHash)
        .exec();
}

void ServerStore::revokeFamily(const QString &family)
{
    if (family.isEmpty())
        return;
    Sql(db(), QStringLiteral("UPDATE tokens SET revoked = 1 WHERE family = ?")).bind(family).exec();
}

void ServerStore::revokeTokensOfCode(const QByteArray &codeHash)
{
    Sql(db(), QStringLiteral("UPDATE tokens SET revoked = 1 WHERE family IN"
                             " (SELECT family FROM tokens WHERE code_hash = ?)"))
        .bind(codeHash)
        .exec();
}

bool ServerStore::useJti(const QString &clientId, const QString &jti, const QDateTime &expiresAt)
{
    Sql(db(), QStringLiteral("DELETE FROM jtis WHERE expires_at < ?"))
        .bind(QDateTime::currentMSecsSinceEpoch())
        .exec();
    Sql q(db(), QStringLiteral("SELECT 1 FROM jtis WHERE client_id = ? AND jti = ?"));
    q.bind(clientId).bind(jti);
    if (q.exec() && q.next())
        return false;
    return Sql(db(),
               QStringLiteral("INSERT INTO jtis (client_id, jti, expires_at) VALUES (?, ?, ?)"))
        .bind(clientId)
        .bind(jti)
        .bind(ms(expiresAt))
        .exec();
}

// --- idempotent answers ------------------------------------------------------

std::optional<StoredAnswer> ServerStore::answer(const QString &caller, const QString &key) const
{
    Sql q(db(), QStringLiteral("SELECT fingerprint, status, headers, body FROM answers"
                               " WHERE caller = ? AND key = ?"));
    q.bind(caller).bind(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredAnswer{q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray(),
                        q.value(3).toByteArray()};
}

void ServerStore::storeAnswer(const QString &caller, const QString &key, const StoredAnswer &a)
{
    Sql(db(), QStringLiteral("INSERT OR REPLACE INTO answers (caller, key, fingerprint, status,"
                             " headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(caller)
        .bind(key)
        .bind(a.fingerprint)
        .bind(a.status)
        .bind(a.headersJson)
        .bind(a.body)
        .bind(QDateTime::currentMSecsSinceEpoch())
        .exec();
}

} // namespace cp::server
