// The receipt of a consent or of a decided request, for the citizen's own
// records (consents-and-trust.md): every field the request carried, the
// consent that came of it, the decision and its time — as JSON for machines
// and as a readable PDF in the UI's language. Files are written 0600 through
// QSaveFile.
#pragma once

#include "domain/consent.h"
#include "storage/archivedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace cp::ui {

class ConsentReceipt
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::ConsentReceipt)

public:
    enum class Format
    {
        Json,
        Pdf
    };

    // A consent (with the request it came from, when the archive has it), or
    // a request; nullopt when the archive has no such id.
    static std::optional<ConsentReceipt> forConsent(const storage::ArchiveDatabase &archive,
                                                    const QString &consentId);
    static std::optional<ConsentReceipt> forRequest(const storage::ArchiveDatabase &archive,
                                                    const QString &requestId);

    // "granted", "denied", "expired", "withdrawn", "pending"; and its time.
    QString decision() const { return m_decision; }
    QDateTime decidedAt() const { return m_decidedAt; }

    QJsonObject toJson() const;
    QByteArray toPdf() const;
    QString suggestedFileName(Format format) const;
    bool write(const QString &path, Format format, QString *error) const;

private:
    ConsentReceipt() = default;
    void settleDecision();
    QString html() const;

    std::optional<domain::ConsentRequest> m_request;
    std::optional<domain::Consent> m_consent;
    QString m_decision;
    QDateTime m_decidedAt;
    domain::Actor m_decidedBy = domain::Actor::Citizen;
    QDateTime m_issuedAt;
};

} // namespace cp::ui
