// The documents of the archive as a table for the Documents screen: kind,
// format, issuer, period, issued, size, whether the file is kept offline and the
// result of its signature check. It holds metadata only (never content) and
// is emptied when the archive locks.
#pragma once

#include "storage/archivedatabase.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace cp::ui {

class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        FormatColumn,
        IssuerColumn,
        PeriodColumn,
        IssuedColumn,
        SizeColumn,
        OfflineColumn,
        SignatureColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the document's id
        SortRole,                  // the raw value a column sorts by
        KindKeyRole,               // "ndfl2" … or "upload"
        SignatureKeyRole,          // "valid" | "invalid" | "unknown_issuer" | "unchecked" | ""
        OfflineRole,               // bool: the whole file is stored here
        SearchTextRole             // every text of the row, case-folded, for the filter
    };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(const QList<storage::ArchivedDocument> &documents);
    // With the search texts made already (searchText() of each, in order),
    // as a worker does for a large archive.
    void setDocuments(QList<storage::ArchivedDocument> documents, QStringList searchTexts);
    // Replaces the row of the same id, or adds one.
    void updateDocument(const storage::ArchivedDocument &document);
    void clear();
    // The texts of the rows change with the language: forget the ones kept
    // for the search and have the views ask again.
    void retranslate();
    const storage::ArchivedDocument *documentAt(int row) const;
    int rowOf(const QString &id) const;
    // SearchTextRole of a row, without a QVariant (the filter asks for it of
    // every row on every keystroke).
    const QString &searchTextAt(int row) const;
    // Every text of the row in the current language, a line each, case-folded
    // (QString::toCaseFolded(): compare it with folded words).
    static QString searchText(const storage::ArchivedDocument &document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Texts shared with the viewer, so that both say the same words.
    static QString kindText(const storage::ArchivedDocument &document);
    static QString signatureText(const QString &signatureState);
    static QString offlineText(const storage::ArchivedDocument &document);
    // "PDF", "XML", "PNG", "JPEG", or "File" for anything else.
    static QString formatText(const QString &mediaType);
    // The register's short name for an issued document, the title for one of
    // the citizen's own files; the full official name is in the tooltip.
    static QString issuerText(const storage::ArchivedDocument &document);

private:
    static QVariant display(const storage::ArchivedDocument &document, int column);
    static QVariant sortValue(const storage::ArchivedDocument &document, int column);

    QList<storage::ArchivedDocument> m_documents;
    // SearchTextRole of each row, made on first use (null: not yet): the
    // filter asks for it of every row on every keystroke.
    mutable QStringList m_searchTexts;
    QIcon m_validIcon;
    QIcon m_invalidIcon;
    QIcon m_unknownIssuerIcon;
};

} // namespace cp::ui
