#include "consents/consentreceipt.h"

#include "domain/recordcatalogue.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cp::ui {
namespace {

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString longTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : QString();
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

} // namespace

std::optional<ConsentReceipt> ConsentReceipt::forConsent(const storage::ArchiveDatabase &archive,
                                                         const QString &consentId)
{
    auto consent = archive.consent(consentId);
    if (!consent)
        return std::nullopt;
    ConsentReceipt receipt;
    receipt.m_consent = consent;
    receipt.m_request = archive.request(consent->requestId);
    receipt.settleDecision();
    return receipt;
}

std::optional<ConsentReceipt> ConsentReceipt::forRequest(const storage::ArchiveDatabase &archive,
                                                         const QString &requestId)
{
    auto request = archive.request(requestId);
    if (!request)
        return std::nullopt;
    ConsentReceipt receipt;
    receipt.m_request = request;
    if (!request->consentId.isEmpty())
        receipt.m_consent = archive.consent(request->consentId);
    receipt.settleDecision();
    return receipt;
}

void ConsentReceipt::settleDecision()
{
    m_issuedAt = QDateTime::currentDateTimeUtc();
    if (m_request) {
        m_decision = domain::ConsentModel::key(m_request->state);
        for (const domain::Transition &t : m_request->history) {
            if (t.to == m_decision) {
                m_decidedAt = t.at;
                m_decidedBy = t.by;
            }
        }
    }
    if (m_consent && (!m_request || !m_decidedAt.isValid())) {
        // Without the request's history the consent's grant is the decision.
        m_decision = domain::ConsentModel::key(domain::RequestState::Granted);
        m_decidedAt = m_consent->grantedAt;
        m_decidedBy = domain::Actor::Citizen;
    }
}

QJsonObject ConsentReceipt::toJson() const
{
    QJsonObject receipt{
        {QStringLiteral("receipt_version"), 1},
        {QStringLiteral("issued_at"), isoTime(m_issuedAt)},
        {QStringLiteral("decision"),
         QJsonObject{{QStringLiteral("decision"), m_decision},
                     {QStringLiteral("at"), isoTime(m_decidedAt)},
                     {QStringLiteral("by"), domain::ConsentModel::key(m_decidedBy)}}},
    };
    if (m_request)
        receipt.insert(QStringLiteral("request"), domain::toJson(*m_request));
    if (m_consent)
        receipt.insert(QStringLiteral("consent"), domain::toJson(*m_consent));
    return receipt;
}

QString ConsentReceipt::html() const
{
    using domain::ConsentModel;
    using domain::TrustLevels;
    const domain::Organisation organisation =
        m_request ? m_request->organisation : m_consent->organisation;
    const domain::Purpose purpose = m_request ? m_request->purpose : m_consent->purpose;
    const domain::Operation operation = m_request ? m_request->operation : m_consent->operation;
    const domain::AccessMode access = m_request ? m_request->access : m_consent->access;
    const QList<domain::DataAction> actions = m_request ? m_request->actions : m_consent->actions;

    QString h = QStringLiteral("<html><body><h2>%1</h2>").arg(esc(tr("Consent receipt")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Issued by Citizen Profile on %1 from the citizen's own archive.")
                          .arg(longTime(m_issuedAt))));

    h += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(esc(tr("Decision")));
    QString decisionName = m_decision;
    if (m_request)
        decisionName = ConsentModel::name(m_request->state);
    h += row(tr("Decision:"), decisionName);
    h += row(tr("Decided at:"), longTime(m_decidedAt));
    h +=
        row(tr("Decided by:"), m_decidedBy == domain::Actor::Citizen        ? tr("the citizen")
                               : m_decidedBy == domain::Actor::Organisation ? tr("the organisation")
                                                                            : tr("the system"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(esc(tr("Organisation")));
    h += row(tr("Full name:"), organisation.fullName);
    h += row(tr("Short name:"), organisation.shortName);
    h += row(tr("INN:"), organisation.inn);
    h += row(tr("OGRN:"), organisation.ogrn);
    h += row(tr("Address:"), organisation.address);
    h += row(tr("Kind:"), ConsentModel::name(organisation.kind));
    h += row(tr("Licence:"), organisation.licence);
    h += row(tr("Registered participant:"),
             organisation.registeredParticipant ? tr("yes, confirmed by the server") : tr("no"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(esc(tr("Request")));
    if (m_request) {
        h += row(tr("Request id:"), m_request->id);
        h += row(tr("Requested at:"), longTime(m_request->requestedAt));
        h += row(tr("Answer by:"), longTime(m_request->answerBy));
        QStringList processors;
        for (const domain::Processor &p : m_request->processors)
            processors.append(tr("%1, %2").arg(p.name, p.address));
        h += row(tr("Processors:"), processors.isEmpty() ? tr("none") : processors.join(u'\n'));
    }
    h += row(tr("Purpose:"), tr("%1 (%2)").arg(purpose.text, purpose.code));
    QStringList actionNames;
    for (domain::DataAction a : actions)
        actionNames.append(tr("%1 (%2)").arg(ConsentModel::name(a), ConsentModel::key(a)));
    h += row(tr("Actions:"), actionNames.join(u'\n'));
    h += row(tr("Operation:"), TrustLevels::operationName(operation));
    h += row(tr("Required level:"), TrustLevels::levelName(TrustLevels::minimumLevel(operation)));
    h += row(tr("Access:"), ConsentModel::name(access));
    if (m_request) {
        h += row(tr("Term:"),
                 tr("from %1 until %2")
                     .arg(longDate(m_request->termFrom), longDate(m_request->termUntil)));
        QStringList records;
        for (const domain::RequestedRecord &r : m_request->records) {
            const domain::RecordType *type = domain::RecordCatalogue::find(r.key);
            records.append(tr("%1 (%2), %3")
                               .arg(type ? type->displayName() : r.key, r.key,
                                    r.required ? tr("required") : tr("optional")));
        }
        h += row(tr("Requested data:"), records.join(u'\n'));
        h += row(tr("Organisation's signature:"),
                 m_request->signature.isEmpty()
                     ? tr("none")
                     : QString::fromLatin1(m_request->signature.toBase64()));
    }
    h += QStringLiteral("</table>");

    if (m_consent) {
        h += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(esc(tr("Consent")));
        h += row(tr("Consent id:"), m_consent->id);
        h += row(tr("State:"), ConsentModel::name(m_consent->state));
        h += row(tr("Granted at:"), longTime(m_consent->grantedAt));
        h += row(tr("Valid:"),
                 tr("from %1 until %2")
                     .arg(longDate(m_consent->validFrom), longDate(m_consent->validUntil)));
        QStringList records;
        for (const QString &key : m_consent->records) {
            const domain::RecordType *type = domain::RecordCatalogue::find(key);
            records.append(type ? tr("%1 (%2)").arg(type->displayName(), key) : key);
        }
        h += row(tr("Data granted:"), records.join(u'\n'));
        QStringList history;
        for (const domain::Transition &t : m_consent->history)
            history.append(tr("%1: %2 → %3").arg(longTime(t.at), t.from, t.to));
        h += row(tr("History:"), history.join(u'\n'));
        h += QStringLiteral("</table>");
    }
    h +=
        QStringLiteral("<p>%1</p></body></html>")
            .arg(esc(tr("A consent can be revoked at any time in Citizen Profile under Consents, "
                        "Active. After revocation or expiry the organisation can fetch nothing.")));
    return h;
}

QByteArray ConsentReceipt::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Consent receipt"));
        writer.setCreator(QStringLiteral("Citizen Profile"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        // QTextDocument lays the receipt out and paints it page by page with
        // real text, so the PDF stays searchable and readable aloud.
        QTextDocument document;
        // One sans-serif face for Latin and Cyrillic alike, so that the
        // receipt does not switch typefaces mid-line.
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setStyleHint(QFont::SansSerif);
        font.setPointSize(10);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(QStringLiteral("body, td, p { font-family: sans-serif; }"));
        document.setHtml(html());
        document.print(&writer);
    }
    return bytes;
}

QString ConsentReceipt::suggestedFileName(Format format) const
{
    const QString id = m_consent ? m_consent->id : m_request->id;
    return QStringLiteral("receipt-%1.%2")
        .arg(id, format == Format::Json ? QStringLiteral("json") : QStringLiteral("pdf"));
}

bool ConsentReceipt::write(const QString &path, Format format, QString *error) const
{
    const QByteArray bytes =
        format == Format::Json ? QJsonDocument(toJson()).toJson(QJsonDocument::Indented) : toPdf();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The receipt could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cp::ui
