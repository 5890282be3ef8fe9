// How citizen-profile-cli shows the archive's contents: the readable form
// (dates, money and labels in the chosen language, catalogue names through
// the "RecordCatalogue" translations) and the stable JSON members of --json
// that docs/cli.md documents. Pure functions over domain and archive values;
// nothing here reads or writes anything.
#pragma once

#include "domain/consent.h"
#include "domain/document.h"
#include "domain/record.h"
#include "storage/archivedatabase.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace cp::cli {

class CliFormat
{
public:
    explicit CliFormat(const QString &language);

    // --- readable text ---------------------------------------------------------
    QString date(const QDate &date) const;
    QString dateTime(const QDateTime &time) const; // local time
    QString money(qint64 kopecks) const;
    QString size(qint64 bytes) const;
    QString yesNo(bool value) const;
    // A field's value as the citizen reads it; several lines for 2-NDFL months.
    QString fieldValue(const domain::FieldSpec &field, const QJsonValue &value) const;
    // "Label  value" rows of a record's fields in catalogue order.
    QStringList recordLines(const domain::Record &record, int indent) const;
    QString recordName(const QString &key) const; // catalogue name, or the key itself
    QString recordNames(const QStringList &keys) const;
    QString levelName(std::optional<domain::TrustLevel> level) const;
    QString documentKindName(const QString &kind) const;
    QString signatureName(const QString &state) const;
    QString storedName(const QString &state) const;
    QString requestStateName(domain::RequestState state) const;
    QString consentStateName(domain::ConsentState state) const;
    QString decisionName(const QString &action) const;
    QStringList requestLines(const domain::ConsentRequest &request,
                             std::optional<domain::TrustLevel> citizenLevel) const;
    QStringList consentLines(const domain::Consent &consent) const;

    // --- JSON members (documented in docs/cli.md) -------------------------------
    static QJsonValue jsonTime(const QDateTime &time); // null when invalid
    static QJsonValue jsonDate(const QDate &date);     // null when invalid
    static QJsonValue jsonString(const QString &text); // null when empty
    static QJsonValue jsonLevel(std::optional<domain::TrustLevel> level);
    QJsonObject recordJson(const domain::Record &record) const;
    QJsonObject recordVersionJson(const domain::Record &record, const QStringList &changed) const;
    static QJsonObject documentJson(const storage::ArchivedDocument &document);
    static QJsonObject requestSummaryJson(const domain::ConsentRequest &request,
                                          const QString &waitingDecision);
    static QJsonObject consentSummaryJson(const domain::Consent &consent,
                                          const QString &waitingDecision);
    static QJsonObject accessEventJson(const domain::AccessEvent &event);
    static QJsonObject decisionJson(const storage::OutboxEntry &entry, const QString &consentId);

private:
    QLocale m_locale;
    bool m_russian;
};

} // namespace cp::cli
