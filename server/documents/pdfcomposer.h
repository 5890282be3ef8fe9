// Lays out a printed document of the reference server on A4 pages and paints
// it into a PDF with QPdfWriter: blocks of text and tables flow down the page,
// rows that do not fit move to the next page under a repeated table header,
// and every page gets the demo footer and "Страница N из M". Text stays text
// (embedded font subsets with a ToUnicode map), so it can be searched and
// extracted. Needs a QGuiApplication for the fonts.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

#include <utility>

namespace cp::server {

class PdfComposer
{
public:
    enum class Style
    {
        Issuer,  // the issuing body, above the title
        Title,   // the document title
        Heading, // a section heading
        Body,
        Note // small print
    };

    struct Table
    {
        QStringList headers;             // repeated on every page the table spans; may be empty
        QList<qreal> widths;             // relative column widths, one per column
        QList<Qt::Alignment> alignments; // per column; missing ones align left
        QList<QStringList> rows;         // one string per column
        QList<qsizetype> emphasisedRows; // printed in bold, e.g. totals
        bool shadeFirstColumn = false;   // label column of a label/value table
    };

    struct Metadata
    {
        QString title;         // the PDF's Title entry
        QString creator;       // the PDF's Creator entry
        QString runningHeader; // small line at the top of pages 2 and on
        QString footer;        // small line at the bottom of every page
    };

    void addText(Style style, const QString &text, Qt::Alignment alignment = Qt::AlignLeft);
    // A two-column table of labels and values.
    void addFields(const QList<std::pair<QString, QString>> &fields);
    void addTable(const Table &table);
    void addSpace(qreal millimetres);

    // The whole PDF; empty when no QGuiApplication exists.
    QByteArray render(const Metadata &metadata) const;

private:
    struct Block
    {
        enum class Kind
        {
            Text,
            Table,
            Space
        };
        Kind kind = Kind::Text;
        Style style = Style::Body;
        Qt::Alignment alignment = Qt::AlignLeft;
        QString text;
        Table table;
        qreal space = 0; // millimetres
    };

    QList<Block> m_blocks;
};

} // namespace cp::server
