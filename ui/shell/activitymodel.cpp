#include "activitymodel.h"

#include "domain/document.h"
#include "domain/recordcatalogue.h"
#include "storage/archivedatabase.h"

#include <QFont>
#include <QHash>
#include <QIcon>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

namespace cp::ui {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ActivityModel::~ActivityModel() = default;

QList<ActivityModel::Kind> ActivityModel::kinds()
{
    return {Kind::Access,          Kind::RefusedAccess,  Kind::RecordChanged,
            Kind::DocumentArrived, Kind::OrderFulfilled, Kind::ConsentRequest};
}

QString ActivityModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Access:
        return tr("Records fetched");
    case Kind::RefusedAccess:
        return tr("Fetch refused");
    case Kind::RecordChanged:
        return tr("Record changed");
    case Kind::DocumentArrived:
        return tr("Document arrived");
    case Kind::OrderFulfilled:
        return tr("Order fulfilled");
    case Kind::ConsentRequest:
        return tr("Consent requested");
    }
    return {};
}

QString ActivityModel::refusalText(const QString &reason)
{
    if (reason == u"consent_not_active")
        return tr("the consent was not active");
    if (reason == u"consent_revoked")
        return tr("the consent was revoked");
    if (reason == u"consent_expired")
        return tr("the consent had expired");
    if (reason == u"trust_level_insufficient")
        return tr("the trust level did not suffice");
    if (reason == u"record_not_granted")
        return tr("the record was not granted");
    return tr("refused by the server");
}

QString ActivityModel::recordNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys) {
        const domain::RecordType *type = domain::RecordCatalogue::find(key);
        names.append(type ? type->displayName() : key);
    }
    return names.join(QStringLiteral(", "));
}

QList<ActivityModel::Row> ActivityModel::rowsFrom(const storage::ArchiveDatabase &archive)
{
    QList<Row> rows;
    // Consent requests named by the timeline, read once rather than once an entry.
    QHash<QString, domain::ConsentRequest> requests;
    bool requestsRead = false;
    // Fifty thousand rows name a few organisations, consents and sets of
    // records: each text is kept once and shared by the rows that show it.
    QSet<QString> texts;
    const auto shared = [&texts](const QString &text) {
        const auto found = texts.constFind(text);
        if (found != texts.cend())
            return *found;
        texts.insert(text);
        return text;
    };
    const QString fetched = kindName(Kind::Access);
    archive.forEachAccessEvent([&](const domain::AccessEvent &event) {
        Row row;
        row.kind = event.refused ? Kind::RefusedAccess : Kind::Access;
        row.at = event.at;
        row.event = event.refused ? shared(tr("Refused: %1").arg(refusalText(event.refusalReason)))
                                  : fetched;
        row.who = shared(event.organisationName);
        row.records = shared(recordNames(event.records));
        row.consent = shared(event.consentId);
        rows.append(std::move(row));
    });
    for (const storage::TimelineEntry &entry : archive.timeline()) {
        const QJsonObject &e = entry.event;
        const QString kind = e.value(QStringLiteral("kind")).toString();
        Row row;
        row.at = QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODate);
        if (kind == u"record_changed") {
            row.kind = Kind::RecordChanged;
            row.records = recordNames({e.value(QStringLiteral("record_type")).toString()});
            row.event = tr("%1 changed (version %2)")
                            .arg(row.records)
                            .arg(e.value(QStringLiteral("version")).toInteger());
        } else if (kind == u"document_added") {
            row.kind = Kind::DocumentArrived;
            const auto doc = archive.document(e.value(QStringLiteral("document_id")).toString());
            row.event = kindName(row.kind);
            if (doc) {
                row.event = tr("Document arrived: %1").arg(doc->info.title);
                row.who = doc->info.issuer;
            }
        } else if (kind == u"order_fulfilled") {
            row.kind = Kind::OrderFulfilled;
            row.event = kindName(row.kind);
        } else if (kind == u"consent_request_added") {
            row.kind = Kind::ConsentRequest;
            row.event = kindName(row.kind);
            if (!std::exchange(requestsRead, true)) {
                for (domain::ConsentRequest &r : archive.requests())
                    requests.insert(r.id, std::move(r));
            }
            const auto found = requests.constFind(e.value(QStringLiteral("request_id")).toString());
            if (found != requests.cend()) {
                const domain::ConsentRequest *request = &found.value();
                row.who = request->organisation.shortName.isEmpty()
                              ? request->organisation.fullName
                              : request->organisation.shortName;
                QStringList keys;
                for (const domain::RequestedRecord &r : request->records)
                    keys.append(r.key);
                row.records = recordNames(keys);
            }
        } else {
            continue; // a kind this version does not know: nothing sensible to show
        }
        rows.append(row);
    }
    const QLocale locale;
    for (Row &row : rows) {
        row.when = locale.toString(row.at.toLocalTime(), QLocale::ShortFormat);
        row.atMs = row.at.isValid() ? row.at.toMSecsSinceEpoch() : 0;
        row.searchText = QStringList{row.when, row.event, row.who, row.records, row.consent}
                             .join(u'\n')
                             .toCaseFolded();
    }
    // Newest first, as the view shows them: its sort then finds them in order.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.atMs > b.atMs; });
    return rows;
}

void ActivityModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ActivityModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return int(row.kind);
    case RefusedRole:
        return row.kind == Kind::RefusedAccess;
    case SearchTextRole:
        return QStringList{row.when, row.event, row.who, row.records, row.consent}.join(u'\n');
    case SortRole:
        if (index.column() == WhenColumn)
            return row.at;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case WhenColumn:
            return row.when;
        case EventColumn:
            return row.event;
        case WhoColumn:
            return row.who;
        case RecordsColumn:
            return row.records;
        case ConsentColumn:
            return row.consent;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == EventColumn && row.kind == Kind::RefusedAccess)
            return QIcon(QStringLiteral(":/icons/refused.svg"));
        return {};
    case Qt::FontRole:
        if (row.kind == Kind::RefusedAccess) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == EventColumn)
            return row.event;
        return {};
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case EventColumn:
        return tr("What happened");
    case WhoColumn:
        return tr("Organisation");
    case RecordsColumn:
        return tr("Records");
    case ConsentColumn:
        return tr("Consent");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cp::ui
