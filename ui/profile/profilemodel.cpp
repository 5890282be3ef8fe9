#include "profile/profilemodel.h"

#include "profile/fieldformatter.h"

#include <QVariantMap>

#include <algorithm>

namespace cp::ui {

namespace {

// Top-level rows have internal id 0; an entry carries its category row + 1.
constexpr quintptr kTopLevel = 0;

int categoryRow(domain::Category category)
{
    const auto categories = domain::RecordCatalogue::categories();
    const auto it = std::find(categories.begin(), categories.end(), category);
    return int(it - categories.begin());
}

} // namespace

ProfileModel::ProfileModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_entries.resize(qsizetype(domain::RecordCatalogue::categories().size()));
}

void ProfileModel::setRecords(const QList<domain::Record> &records)
{
    beginResetModel();
    for (auto &list : m_entries)
        list.clear();
    QList<domain::Record> sorted = records;
    // Catalogue order first, then the entry ids, so that the cards read like records.md.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const domain::Record &a, const domain::Record &b) {
                         const auto *ta = domain::RecordCatalogue::find(a.type);
                         const auto *tb = domain::RecordCatalogue::find(b.type);
                         const int na = ta ? ta->number : 1000;
                         const int nb = tb ? tb->number : 1000;
                         return na != nb ? na < nb : a.id < b.id;
                     });
    for (const domain::Record &record : std::as_const(sorted)) {
        const domain::RecordType *type = domain::RecordCatalogue::find(record.type);
        if (!type)
            continue; // a type newer than this client has no card to go in
        m_entries[categoryRow(type->category)].append(record);
    }
    endResetModel();
}

void ProfileModel::clear()
{
    beginResetModel();
    for (auto &list : m_entries) {
        list.clear();
        list.squeeze();
    }
    endResetModel();
}

bool ProfileModel::isEmpty() const
{
    return recordCount() == 0;
}

int ProfileModel::recordCount() const
{
    int count = 0;
    for (const auto &list : m_entries)
        count += int(list.size());
    return count;
}

QModelIndex ProfileModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProfileModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_entries.at(parent.row()).size());
}

int ProfileModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const domain::Category category = domain::RecordCatalogue::categories()[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case DisplayNameRole:
            return domain::RecordCatalogue::categoryName(category);
        case KeyRole:
            return domain::RecordCatalogue::categoryKey(category);
        case CategoryRole:
            return int(category);
        default:
            return {};
        }
    }

    const domain::Record &record = m_entries.at(int(index.internalId() - 1)).at(index.row());
    const domain::RecordType *type = domain::RecordCatalogue::find(record.type);
    Q_ASSERT(type); // setRecords keeps known types only
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return type->displayName();
    case KeyRole:
        return record.type;
    case RecordIdRole:
        return record.id;
    case SourceRole:
        return type->displaySource();
    case VerifiedRole:
        return record.verified;
    case UpdatedAtRole:
        return record.updatedAt;
    case VersionRole:
        return record.version;
    case CategoryRole:
        return int(type->category);
    case FieldsRole: {
        QVariantList fields;
        for (const domain::FieldSpec &spec : type->fields) {
            const QJsonValue value = record.fields.value(QLatin1StringView(spec.key));
            if (value.isUndefined() || value.isNull())
                continue; // optional fields the register left out
            fields.append(QVariantMap{
                {QStringLiteral("key"), QString::fromLatin1(spec.key)},
                {QStringLiteral("label"), domain::RecordCatalogue::fieldLabel(spec)},
                {QStringLiteral("text"), FieldFormatter::value(spec, value)},
                {QStringLiteral("sensitive"), spec.sensitivity == domain::Sensitivity::High},
                {QStringLiteral("problem"), FieldFormatter::problem(spec, value)},
            });
        }
        return fields;
    }
    case ProblemsRole: {
        QStringList problems;
        for (const domain::FieldSpec &spec : type->fields) {
            const QString problem =
                FieldFormatter::problem(spec, record.fields.value(QLatin1StringView(spec.key)));
            if (!problem.isEmpty())
                problems.append(problem);
        }
        return problems;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(RecordIdRole, "recordId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(SourceRole, "source");
    names.insert(VerifiedRole, "verified");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(VersionRole, "version");
    names.insert(CategoryRole, "category");
    names.insert(FieldsRole, "fields");
    names.insert(ProblemsRole, "problems");
    return names;
}

} // namespace cp::ui
