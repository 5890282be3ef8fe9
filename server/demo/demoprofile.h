// The demo data of profile-server (--demo): two citizens (one complete and
// confirmed, one unconfirmed), three organisations, consent requests in every
// state, consents, an access log and the issued documents to render. Pure data
// built from a given `now`, so that the server, its document renderer and the
// tests see the same profile on every start.
#pragma once

#include "domain/citizen.h"
#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::server {

struct DemoCitizen
{
    cp::domain::Citizen citizen; // id, display name, account_confirmed, verification facts
    QString login;               // "demo", "demo2"
    QString password;            // printed by the server at start
    QString snils;               // how organisations name the citizen: "NNN-NNN-NNN NN"
    // One inner list per record entry, all its versions oldest first (1, 2, …).
    QList<QList<cp::domain::Record>> records;

    // The newest version of every entry, in the order of `records`.
    QList<cp::domain::Record> latestRecords() const;
    bool operator==(const DemoCitizen &) const = default;
};

struct DemoDocument
{
    QString id;
    QString kind;      // a DocumentKinds key: "ndfl2", "egrn_extract" …
    QString issuerKey; // "fns" | "sfr" | "rosreestr"
    QString issuerName;
    QString number; // as printed on the document
    QDateTime issuedAt;
    QDate periodFrom; // invalid when the document has no period
    QDate periodUntil;
    int year = 0; // the tax year of a 2-NDFL, 0 otherwise
    // Ids of the record entries of citizen [0] whose latest values the document states.
    QStringList recordIds;

    bool operator==(const DemoDocument &) const = default;
};

struct DemoOrganisation
{
    cp::domain::Organisation organisation;
    QString clientId; // the OAuth client of its signed client assertion: "org-bank"
    bool operator==(const DemoOrganisation &) const = default;
};

struct DemoAccessEvent
{
    cp::domain::AccessEvent event;
    bool operator==(const DemoAccessEvent &) const = default;
};

struct DemoProfile
{
    // [0] the demo citizen: confirmed, УДИ 2 (verified, but not by a state
    // system, so the high-risk request cannot be granted), all 30 record types;
    // [1] a citizen whose account is not confirmed, with a few records.
    QList<DemoCitizen> citizens;
    // A bank, an insurer and a microfinance organisation (not a registered participant).
    QList<DemoOrganisation> organisations;
    // Requests to citizen [0], oldest first: granted ones (→ consents), denied,
    // expired, withdrawn, and three pending (one needs УДИ 3). Unsigned: the
    // server signs each with its organisation's key.
    QList<cp::domain::ConsentRequest> requests;
    // Under the granted requests: expired, revoked and active.
    QList<cp::domain::Consent> consents;
    // Fetches under those consents, oldest first, refused ones included.
    QList<cp::domain::AccessEvent> accessLog;
    // Issued documents of citizen [0]; each is one PDF, plus an XML when its kind has one.
    QList<DemoDocument> documents;

    bool operator==(const DemoProfile &) const = default;
};

// Deterministic: the same `now` gives the same profile (ids, values, and times
// relative to `now`, all of them before it except deadlines and term ends).
DemoProfile buildDemoProfile(const QDateTime &now);

// JSON views for tests and diagnostics. Passwords are left out so that a dump
// may be logged.
QJsonObject toJson(const DemoCitizen &value);
QJsonObject toJson(const DemoDocument &value);
QJsonObject toJson(const DemoOrganisation &value);
QJsonObject toJson(const DemoProfile &value);

} // namespace cp::server
