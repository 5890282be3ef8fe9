#include "consents/consentlistmodel.h"

#include <QLocale>

namespace cp::ui {
namespace {

QString organisationName(const domain::Organisation &organisation)
{
    return organisation.shortName.isEmpty() ? organisation.fullName : organisation.shortName;
}

QString purposeName(const domain::Purpose &purpose)
{
    return purpose.text.isEmpty() ? purpose.code : purpose.text;
}

} // namespace

ConsentListModel::ConsentListModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{}

QDateTime ConsentListModel::lastTransitionAt(const QList<domain::Transition> &history,
                                             const QString &to)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->to == to)
            return it->at;
    }
    return {};
}

void ConsentListModel::setRegister(const QList<domain::Consent> &consents,
                                   const QList<domain::ConsentRequest> &requests,
                                   const QList<storage::OutboxEntry> &waiting)
{
    beginResetModel();
    m_rows.clear();
    for (const domain::Consent &consent : consents) {
        const bool active = consent.state == domain::ConsentState::Active;
        if (active != (m_mode == Mode::Active))
            continue;
        Row row;
        row.id = consent.id;
        row.organisation = organisationName(consent.organisation);
        row.purpose = purposeName(consent.purpose);
        row.stateKey = domain::ConsentModel::key(consent.state);
        row.stateName = domain::ConsentModel::name(consent.state);
        row.until = consent.validUntil;
        if (active) {
            row.when = consent.grantedAt;
            for (const storage::OutboxEntry &entry : waiting)
                row.waiting =
                    row.waiting || (entry.action == u"revoke" && entry.targetId == consent.id);
        } else {
            row.when = lastTransitionAt(consent.history, row.stateKey);
            if (!row.when.isValid())
                row.when = consent.validUntil.startOfDay();
        }
        m_rows.append(row);
    }
    if (m_mode == Mode::History) {
        // A granted request lives on as its consent; the others end here.
        for (const domain::ConsentRequest &request : requests) {
            if (request.state == domain::RequestState::Pending ||
                request.state == domain::RequestState::Granted)
                continue;
            Row row;
            row.id = request.id;
            row.isConsent = false;
            row.organisation = organisationName(request.organisation);
            row.purpose = purposeName(request.purpose);
            row.stateKey = domain::ConsentModel::key(request.state);
            row.stateName = domain::ConsentModel::name(request.state);
            row.when = lastTransitionAt(request.history, row.stateKey);
            if (!row.when.isValid())
                row.when = request.answerBy;
            row.until = request.termUntil;
            m_rows.append(row);
        }
    }
    endResetModel();
}

void ConsentListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString ConsentListModel::id(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

bool ConsentListModel::isConsent(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).isConsent;
}

int ConsentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return row.id;
    case IsConsentRole:
        return row.isConsent;
    case StateKeyRole:
        return row.stateKey;
    case WaitingRole:
        return row.waiting;
    case SortRole:
        if (index.column() == WhenColumn)
            return row.when;
        if (index.column() == UntilColumn)
            return row.until;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case OrganisationColumn:
            return row.organisation;
        case PurposeColumn:
            return row.purpose;
        case StatusColumn:
            if (row.waiting)
                return tr("Revoked, waiting to send");
            return row.stateName;
        case WhenColumn:
            return row.when.isValid()
                       ? locale.toString(row.when.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case UntilColumn:
            return row.until.isValid() ? locale.toString(row.until, QLocale::ShortFormat)
                                       : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConsentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case PurposeColumn:
        return tr("Purpose");
    case StatusColumn:
        return tr("Status");
    case WhenColumn:
        return m_mode == Mode::Active ? tr("Granted") : tr("When");
    case UntilColumn:
        return tr("Valid until");
    default:
        return {};
    }
}

} // namespace cp::ui
