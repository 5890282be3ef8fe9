#include "documents/documentlistmodel.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>

namespace cp::ui {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
    // Made once: an icon made for each cell painted parsed its SVG each time.
    , m_validIcon(QStringLiteral(":/icons/documents-valid.svg"))
    , m_invalidIcon(QStringLiteral(":/icons/documents-invalid.svg"))
    , m_unknownIssuerIcon(QStringLiteral(":/icons/documents-unknown.svg"))
{}

void DocumentListModel::setDocuments(const QList<storage::ArchivedDocument> &documents)
{
    beginResetModel();
    m_documents = documents;
    m_searchTexts = QStringList(m_documents.size());
    endResetModel();
}

void DocumentListModel::setDocuments(QList<storage::ArchivedDocument> documents,
                                     QStringList searchTexts)
{
    if (searchTexts.size() != documents.size())
        searchTexts = QStringList(documents.size());
    beginResetModel();
    m_documents = std::move(documents);
    m_searchTexts = std::move(searchTexts);
    endResetModel();
}

QString DocumentListModel::searchText(const storage::ArchivedDocument &document)
{
    QStringList texts{document.info.title, document.info.issuer};
    for (int c = 0; c < ColumnCount; ++c)
        texts.append(display(document, c).toString());
    // Folded once here, so that the filter compares folded words with a
    // plain search rather than folding ten thousand rows at each keystroke.
    return texts.join(u'\n').toCaseFolded(); // never null: it holds the separators
}

const QString &DocumentListModel::searchTextAt(int row) const
{
    QString &text = m_searchTexts[row];
    if (text.isNull())
        text = searchText(m_documents.at(row));
    return text;
}

void DocumentListModel::updateDocument(const storage::ArchivedDocument &document)
{
    const int row = rowOf(document.info.id);
    if (row < 0) {
        beginInsertRows({}, int(m_documents.size()), int(m_documents.size()));
        m_documents.append(document);
        m_searchTexts.append(QString());
        endInsertRows();
        return;
    }
    m_documents[row] = document;
    m_searchTexts[row] = QString();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DocumentListModel::clear()
{
    beginResetModel();
    m_documents.clear();
    m_searchTexts.clear();
    endResetModel();
}

void DocumentListModel::retranslate()
{
    m_searchTexts = QStringList(m_documents.size());
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const storage::ArchivedDocument *DocumentListModel::documentAt(int row) const
{
    if (row < 0 || row >= m_documents.size())
        return nullptr;
    return &m_documents.at(row);
}

int DocumentListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).info.id == id)
            return int(i);
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::kindText(const storage::ArchivedDocument &document)
{
    if (document.info.origin == domain::DocumentOrigin::Uploaded)
        return QCoreApplication::translate("Document", "Added by you");
    if (const domain::DocumentKind *kind = domain::DocumentKinds::find(document.info.kind))
        return domain::DocumentKinds::name(*kind);
    return document.info.title;
}

QString DocumentListModel::signatureText(const QString &signatureState)
{
    if (signatureState == u"valid")
        return tr("Valid");
    if (signatureState == u"invalid")
        return tr("Invalid");
    if (signatureState == u"unknown_issuer")
        return tr("Unknown issuer");
    if (signatureState == u"unchecked")
        return tr("Not checked yet");
    return tr("Not signed");
}

QString DocumentListModel::offlineText(const storage::ArchivedDocument &document)
{
    if (document.state == u"complete")
        return tr("Available offline");
    if (document.state == u"partial" && document.keepOffline)
        return tr("Downloading");
    return tr("Not available offline");
}

QString DocumentListModel::formatText(const QString &mediaType)
{
    if (mediaType == u"application/pdf")
        return QStringLiteral("PDF");
    if (mediaType == u"application/xml" || mediaType == u"text/xml")
        return QStringLiteral("XML");
    if (mediaType == u"image/png")
        return QStringLiteral("PNG");
    if (mediaType == u"image/jpeg")
        return QStringLiteral("JPEG");
    return tr("File");
}

QString DocumentListModel::issuerText(const storage::ArchivedDocument &document)
{
    const domain::DocumentInfo &info = document.info;
    if (info.origin == domain::DocumentOrigin::Uploaded)
        return info.title;
    if (const domain::DocumentKind *kind = domain::DocumentKinds::find(info.kind))
        return domain::DocumentKinds::issuerName(*kind);
    return info.issuer;
}

QVariant DocumentListModel::display(const storage::ArchivedDocument &document, int column)
{
    const QLocale locale;
    const domain::DocumentInfo &info = document.info;
    switch (column) {
    case KindColumn:
        return kindText(document);
    case FormatColumn:
        return formatText(info.mediaType);
    case IssuerColumn:
        return issuerText(document);
    case PeriodColumn:
        if (info.periodFrom.isValid() && info.periodUntil.isValid())
            return tr("%1 – %2").arg(locale.toString(info.periodFrom, QLocale::ShortFormat),
                                     locale.toString(info.periodUntil, QLocale::ShortFormat));
        if (info.periodFrom.isValid())
            return locale.toString(info.periodFrom, QLocale::ShortFormat);
        return tr("No period");
    case IssuedColumn:
        return locale.toString(info.issuedAt.toLocalTime(), QLocale::ShortFormat);
    case SizeColumn:
        return locale.formattedDataSize(info.size);
    case OfflineColumn:
        return offlineText(document);
    case SignatureColumn:
        return signatureText(document.signatureState);
    default:
        return {};
    }
}

QVariant DocumentListModel::sortValue(const storage::ArchivedDocument &document, int column)
{
    switch (column) {
    case PeriodColumn:
        return document.info.periodFrom;
    case IssuedColumn:
        return document.info.issuedAt;
    case SizeColumn:
        return document.info.size;
    default:
        return display(document, column);
    }
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ArchivedDocument &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(document, index.column());
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return document.info.title;
        if (index.column() == IssuerColumn)
            return document.info.origin == domain::DocumentOrigin::Uploaded ? document.info.title
                                                                            : document.info.issuer;
        return {};
    case Qt::DecorationRole:
        if (index.column() != SignatureColumn)
            return {};
        if (document.signatureState == u"valid")
            return m_validIcon;
        if (document.signatureState == u"invalid")
            return m_invalidIcon;
        if (document.signatureState == u"unknown_issuer")
            return m_unknownIssuerIcon;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case IdRole:
        return document.info.id;
    case SortRole:
        return sortValue(document, index.column());
    case KindKeyRole:
        return document.info.kind;
    case SignatureKeyRole:
        return document.signatureState;
    case OfflineRole:
        return document.state == u"complete";
    case SearchTextRole:
        return searchTextAt(index.row());
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Document");
    case FormatColumn:
        return tr("Format");
    case IssuerColumn:
        return tr("Issuer");
    case PeriodColumn:
        return tr("Period");
    case IssuedColumn:
        return tr("Issued");
    case SizeColumn:
        return tr("Size");
    case OfflineColumn:
        return tr("Offline");
    case SignatureColumn:
        return tr("Signature");
    default:
        return {};
    }
}

} // namespace cp::ui
