// The reference server's storage: one SQLite file (QtSql) in the data dir
// holding citizens, record versions, documents with their contents and
// signatures, orders, organisations, consent requests and consents, the
// access log, the change feed, OAuth codes and tokens (hashes only), and the
// stored answers of idempotent requests. Domain objects are kept as their
// contract JSON next to the columns that queries need.
#pragma once

#include "core/httpmessage.h"
#include "domain/citizen.h"
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cp::server {

struct StoredCitizen
{
    domain::Citizen citizen;
    QString login;
    QByteArray passwordHash; // Argon2id encoded
    QString snils;
};

struct StoredOrder
{
    QString id;
    QString citizenId;
    QString kind;
    int year = 0;  // 0: none
    QString state; // pending | fulfilled | failed
    QDateTime requestedAt;
    QDateTime dueAt;
    QDateTime fulfilledAt;
    QStringList documentIds;

    QJsonObject toJson() const;
};

struct StoredOrganisation
{
    domain::Organisation organisation;
    QString clientId;
    QByteArray publicKeyPem;
};

struct StoredCode
{
    QString citizenId;
    QString clientId;
    QString redirectUri;
    QByteArray challenge;
    QDateTime expiresAt;
    bool used = false;
};

struct StoredToken
{
    QString kind; // access | refresh
    Caller callerKind = Caller::None;
    QString subjectId; // citizen or organisation id
    QString family;    // refresh family (citizen tokens)
    QDateTime expiresAt;
    bool used = false; // refresh tokens: rotated away
    bool revoked = false;
};

struct StoredAnswer
{
    QString fingerprint; // method, path and canonical body
    int status = 0;
    QByteArray headersJson;
    QByteArray body;
};

struct FeedEntry
{
    qint64 seq = 0;
    QJsonObject event;
};

class ServerStore
{
public:
    ServerStore();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    bool open(const QString &path, QString *error);
    bool transaction();
    bool commit();
    void rollback();

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // Citizens
    void addCitizen(const StoredCitizen &citizen);
    std::optional<StoredCitizen> citizenByLogin(const QString &login) const;
    std::optional<StoredCitizen> citizen(const QString &id) const;
    std::optional<StoredCitizen> citizenBySnils(const QString &snils) const;

    // Records: every version kept
    void addRecordVersion(const QString &citizenId, const domain::Record &record);
    QList<domain::Record> latestRecords(const QString &citizenId) const;
    QList<domain::Record> recordHistory(const QString &citizenId, const QString &recordId) const;

    // Documents
    void addDocument(const QString &citizenId, const domain::DocumentInfo &info,
                     const QByteArray &content, const QByteArray &signature);
    QList<domain::DocumentInfo> documents(const QString &citizenId) const;
    std::optional<domain::DocumentInfo> document(const QString &citizenId, const QString &id) const;
    QByteArray documentContent(const QString &citizenId, const QString &id) const;
    QByteArray documentSignature(const QString &citizenId, const QString &id) const;

    // Orders
    void putOrder(const StoredOrder &order);
    QList<StoredOrder> orders(const QString &citizenId) const;
    std::optional<StoredOrder> order(const QString &citizenId, const QString &id) const;
    QList<StoredOrder> dueOrders(const QDateTime &now) const;

    // Organisations
    void addOrganisation(const StoredOrganisation &organisation);
    std::optional<StoredOrganisation> organisationByClientId(const QString &clientId) const;
    std::optional<StoredOrganisation> organisation(const QString &id) const;

    // Consent requests and consents
    void putRequest(const QString &citizenId, const domain::ConsentRequest &request);
    std::optional<domain::ConsentRequest> request(const QString &id,
                                                  QString *citizenId = nullptr) const;
    QList<domain::ConsentRequest> requests(const QString &citizenId, const QString &state) const;
    QList<domain::ConsentRequest> pendingRequestsDue(const QDateTime &now) const;
    void putConsent(const QString &citizenId, const domain::Consent &consent, int fetches);
    std::optional<domain::Consent> consent(const QString &id, QString *citizenId = nullptr,
                                           int *fetches = nullptr) const;
    QList<domain::Consent> consents(const QString &citizenId, const QString &state) const;
    QList<domain::Consent> activeConsentsDue(const QDate &today) const;

    // Access log and feed (seq increases; pages are oldest first)
    qint64 addAccessEvent(const QString &citizenId, const domain::AccessEvent &event);
    QList<FeedEntry> accessLog(const QString &citizenId, qint64 afterSeq, int limit) const;
    qint64 addFeedEvent(const QString &citizenId, QJsonObject event);
    QList<FeedEntry> feed(const QString &citizenId, qint64 afterSeq, int limit) const;

    // OAuth
    void addCode(const QByteArray &codeHash, const StoredCode &code);
    std::optional<StoredCode> code(const QByteArray &codeHash) const;
    void markCodeUsed(const QByteArray &codeHash);
    // False when the token could not be stored: it must not be handed out.
    bool addToken(const QByteArray &tokenHash, const StoredToken &token,
                  const QByteArray &codeHash);
    std::optional<StoredToken> token(const QByteArray &tokenHash) const;
    void markTokenUsed(const QByteArray &tokenHash);
    void revokeToken(const QByteArray &tokenHash);
    void revokeFamily(const QString &family);
    void revokeTokensOfCode(const QByteArray &codeHash);
    bool useJti(const QString &clientId, const QString &jti, const QDateTime &expiresAt);

    // Idempotent answers
    std::optional<StoredAnswer> answer(const QString &caller, const QString &key) const;
    void storeAnswer(const QString &caller, const QString &key, const StoredAnswer &answer);

private:
    QSqlDatabase db() const;
    QString m_connection;
};

} // namespace cp::server
