#include "core/documentissuer.h"

#include "core/apisupport.h"
#include "core/serverstore.h"
#include "documents/documentrenderer.h"
#include "domain/document.h"
#include "pki/serverpki.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace cp::server {

DocumentIssuer::DocumentIssuer(ServerStore &store, ServerPki &pki)
    : m_store(store)
    , m_pki(pki)
{}

QStringList DocumentIssuer::issue(const QString &citizenId, const IssueSpec &spec, QString *error)
{
    const domain::DocumentKind *kind = domain::DocumentKinds::find(spec.kind);
    const std::optional<StoredCitizen> citizen = m_store.citizen(citizenId);
    if (!kind || !citizen) {
        *error = QStringLiteral("unknown document kind or citizen");
        return {};
    }
    DocumentSpec render;
    render.kind = spec.kind;
    render.number = spec.number;
    render.issuerName = spec.issuerName;
    render.issuedAt = spec.issuedAt;
    render.citizenName = citizen->citizen.displayName;
    render.periodFrom = spec.periodFrom;
    render.periodUntil = spec.periodUntil;
    render.year = spec.year;
    for (const domain::Record &r : m_store.latestRecords(citizenId)) {
        if (spec.recordIds.contains(r.id))
            render.records.append(r);
    }
    const RenderedDocument rendered = DocumentRenderer::render(render);
    if (rendered.pdf.isEmpty()) {
        *error = QStringLiteral("the document could not be rendered");
        return {};
    }

    struct Part
    {
        QString id;
        QByteArray content;
        QByteArray mediaType;
    };
    QList<Part> parts{{spec.id, rendered.pdf, "application/pdf"}};
    if (kind->hasXml && !rendered.xml.isEmpty())
        parts.append({spec.id + QStringLiteral("-xml"), rendered.xml, "application/xml"});

    QStringList ids;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        const QByteArray signature = m_pki.signDetached(spec.issuerKey, part.content, error);
        if (signature.isEmpty())
            return {};
        domain::DocumentInfo info;
        info.id = part.id;
        info.kind = spec.kind;
        info.origin = domain::DocumentOrigin::Issued;
        info.title = rendered.title;
        info.issuer = spec.issuerName;
        info.periodFrom = spec.periodFrom;
        info.periodUntil = spec.periodUntil;
        info.issuedAt = spec.issuedAt;
        info.mediaType = QString::fromLatin1(part.mediaType);
        info.size = part.content.size();
        info.sha256 = QCryptographicHash::hash(part.content, QCryptographicHash::Sha256);
        info.hasSignature = true;
        if (parts.size() == 2)
            info.relatedId = parts.at(1 - i).id;
        m_store.addDocument(citizenId, info, part.content, signature);
        m_store.addFeedEvent(citizenId, api::feedEvent(QStringLiteral("document_added"),
                                                       spec.issuedAt, {{"document_id", info.id}}));
        ids.append(info.id);
    }
    return ids;
}

} // namespace cp::server
