// The activity timeline as a table: the access log (who fetched which records,
// when, under which consent; refused fetches marked) merged with the archive's
// own timeline (record changes, arrived documents, fulfilled orders, new
// consent requests). Read from the archive on reload(); clear() drops every
// row on lock.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cp::storage {
class ArchiveDatabase;
}

namespace cp::ui {

class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Access,
        RefusedAccess,
        RecordChanged,
        DocumentArrived,
        OrderFulfilled,
        ConsentRequest,
    };
    Q_ENUM(Kind)
    enum Column
    {
        WhenColumn,
        EventColumn,
        WhoColumn,
        RecordsColumn,
        ConsentColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        RefusedRole,                 // bool
        SortRole,                    // QDateTime for the time, else the text
        SearchTextRole,              // the texts of every column, a line each
    };

    struct Row
    {
        Kind kind = Kind::Access;
        QDateTime at;
        // `at` in milliseconds since the epoch, for the sort (comparing two
        // QDateTime costs a conversion each; fifty thousand rows are sorted).
        qint64 atMs = 0;
        // `at` as shown, made once on reload: formatting a local time for
        // every row on every keystroke of a search was most of its cost.
        QString when;
        QString event;
        QString who;
        QString records;
        QString consent;
        // The texts shown, a line each, case-folded (QString::toCaseFolded()),
        // made once with `when`: a plain search of a folded query then
        // matches whatever the case (folding fifty thousand rows at each
        // keystroke was most of the search's time).
        QString searchText;
        // The search: `folded` (one line, case-folded) in any of the texts shown.
        bool contains(const QString &folded) const { return searchText.contains(folded); }
    };

    explicit ActivityModel(QObject *parent = nullptr);
    ~ActivityModel() override;

    // The rows of the archive, newest first: a pure function of the archive
    // (and the current language), run on a worker by the view.
    static QList<Row> rowsFrom(const storage::ArchiveDatabase &archive);
    void setRows(QList<Row> rows);
    void reload(const storage::ArchiveDatabase &archive) { setRows(rowsFrom(archive)); }
    void clear();
    const Row &row(int index) const { return m_rows.at(index); }
    static QString kindName(Kind kind);
    static QList<Kind> kinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString refusalText(const QString &reason);
    static QString recordNames(const QStringList &keys);

    QList<Row> m_rows;
};

} // namespace cp::ui
