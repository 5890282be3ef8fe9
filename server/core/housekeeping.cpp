#include "core/housekeeping.h"

#include "core/apisupport.h"
#include "core/documentissuer.h"
#include "core/serverstore.h"
#include "domain/document.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHousekeeping, "cp.server.housekeeping")

namespace cp::server {
namespace {

// The record type a document kind states.
QString recordTypeOf(const QString &kind)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("ndfl2"), QStringLiteral("ndfl_person")},
        {QStringLiteral("pension_account_statement"), QStringLiteral("ils_doc")},
        {QStringLiteral("pension_certificate"), QStringLiteral("pension_reference")},
        {QStringLiteral("employment_history_extract"), QStringLiteral("electronic_workbook")},
        {QStringLiteral("egrn_extract"), QStringLiteral("reg_realestate")},
        {QStringLiteral("maternity_capital_statement"), QStringLiteral("maternity_capital")},
        {QStringLiteral("no_tax_arrears_certificate"), QStringLiteral("tax_debt")},
    };
    return types.value(kind);
}

} // namespace

Housekeeping::Housekeeping(ServerContext &context)
    : m_context(context)
{}

QString Housekeeping::issuerName(const QString &issuerKey)
{
    if (issuerKey == u"fns")
        return QStringLiteral("ФНС России");
    if (issuerKey == u"sfr")
        return QStringLiteral("Социальный фонд России");
    if (issuerKey == u"rosreestr")
        return QStringLiteral("Росреестр");
    return {};
}

QList<QStringList> Housekeeping::recordSetsFor(const QString &kind, int year,
                                               const QList<domain::Record> &records)
{
    const QString type = recordTypeOf(kind);
    QList<QStringList> sets;
    QStringList all;
    for (const domain::Record &r : records) {
        if (r.type != type)
            continue;
        if (kind == u"ndfl2") {
            if (r.fields.value(QStringLiteral("year")).toInt() == year)
                sets.append(QStringList{r.id});
        } else {
            all.append(r.id);
        }
    }
    // The certificate of no arrears is issued also (precisely) when there are none.
    if (kind != u"ndfl2" && (!all.isEmpty() || kind == u"no_tax_arrears_certificate"))
        sets.append(all);
    return sets;
}

void Housekeeping::fulfil(const StoredOrder &order)
{
    StoredOrder done = order;
    const domain::DocumentKind *kind = domain::DocumentKinds::find(order.kind);
    const QDateTime now = m_context.now();
    const QList<QStringList> sets =
        kind ? recordSetsFor(order.kind, order.year, m_context.store.latestRecords(order.citizenId))
             : QList<QStringList>{};
    for (qsizetype i = 0; i < sets.size(); ++i) {
        IssueSpec spec;
        spec.id = order.id + QStringLiteral("-doc") + QString::number(i + 1);
        spec.kind = order.kind;
        spec.issuerKey = QString::fromLatin1(kind->issuer);
        spec.issuerName = issuerName(spec.issuerKey);
        spec.number = order.id.toUpper() + u'-' + QString::number(i + 1);
        spec.issuedAt = now;
        spec.year = order.year;
        if (order.year) {
            spec.periodFrom = QDate(order.year, 1, 1);
            spec.periodUntil = QDate(order.year, 12, 31);
        }
        spec.recordIds = sets.at(i);
        QString error;
        const QStringList ids = m_context.issuer.issue(order.citizenId, spec, &error);
        if (ids.isEmpty())
            qCWarning(lcHousekeeping) << "an order could not be fulfilled:" << error;
        done.documentIds += ids;
    }
    done.state =
        done.documentIds.isEmpty() ? QStringLiteral("failed") : QStringLiteral("fulfilled");
    done.fulfilledAt = now;
    m_context.store.putOrder(done);
    m_context.store.addFeedEvent(order.citizenId, api::feedEvent(QStringLiteral("order_fulfilled"),
                                                                 now, {{"order_id", order.id}}));
}

void Housekeeping::run()
{
    ServerStore &store = m_context.store;
    const QDateTime now = m_context.now();
    for (domain::ConsentRequest request : store.pendingRequestsDue(now)) {
        QString citizenId;
        store.request(request.id, &citizenId);
        if (domain::ConsentLifecycle::apply(request, domain::RequestState::Expired,
                                            domain::Actor::System, request.answerBy)) {
            store.putRequest(citizenId, request);
            store.addFeedEvent(citizenId, api::feedEvent(QStringLiteral("consent_request_changed"),
                                                         now, {{"request_id", request.id}}));
        }
    }
    for (domain::Consent consent : store.activeConsentsDue(now.date())) {
        QString citizenId;
        int fetches = 0;
        store.consent(consent.id, &citizenId, &fetches);
        if (domain::ConsentLifecycle::apply(consent, domain::ConsentState::Expired,
                                            domain::Actor::System, now)) {
            store.putConsent(citizenId, consent, fetches);
            store.addFeedEvent(citizenId, api::feedEvent(QStringLiteral("consent_changed"), now,
                                                         {{"consent_id", consent.id}}));
        }
    }
    for (const StoredOrder &order : store.dueOrders(now))
        fulfil(order);
}

} // namespace cp::server
