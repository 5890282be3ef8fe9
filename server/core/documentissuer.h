// Issues documents for a citizen the way a register would: renders the PDF
// (and the XML where the kind has one) from the citizen's latest records,
// signs each with a detached CMS signature of the issuing body, stores them
// and announces them in the change feed. Demo seeding and order fulfilment
// both go through here.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cp::server {

class ServerStore;
class ServerPki;

struct IssueSpec
{
    QString id;        // id of the PDF; the XML gets id + "-xml"
    QString kind;      // DocumentKinds key
    QString issuerKey; // fns | sfr | rosreestr
    QString issuerName;
    QString number;
    QDateTime issuedAt;
    QDate periodFrom;
    QDate periodUntil;
    int year = 0;
    QStringList recordIds; // whose latest versions the document states
};

class DocumentIssuer
{
public:
    DocumentIssuer(ServerStore &store, ServerPki &pki);

    // The ids of the stored documents (PDF first), or empty with *error set.
    QStringList issue(const QString &citizenId, const IssueSpec &spec, QString *error);

private:
    ServerStore &m_store;
    ServerPki &m_pki;
};

} // namespace cp::server
