#include "documents/pdfcomposer.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QRectF>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace cp::server {
namespace {

// Device units per inch: fine enough that glyph positions need no rounding.
constexpr int kResolution = 300;

constexpr qreal kMarginLeft = 20;   // mm, room for a binder
constexpr qreal kMarginRight = 15;  // mm
constexpr qreal kMarginTop = 18;    // mm, holds the running header
constexpr qreal kMarginBottom = 22; // mm, holds the footer
constexpr qreal kCellPadding = 1.2; // mm
constexpr qreal kLineWidth = 0.2;   // mm
constexpr qreal kKeepWithNext = 18; // mm a heading needs below it on its page

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

enum class FontRole
{
    Issuer,
    Title,
    Heading,
    Body,
    Note,
    Cell,
    CellBold
};

QFont fontFor(FontRole role)
{
    // DejaVu Sans covers Cyrillic and the rouble sign; the hint picks another
    // sans serif font on a machine without it.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    switch (role) {
    case FontRole::Issuer:
        font.setPointSizeF(10);
        font.setBold(true);
        break;
    case FontRole::Title:
        font.setPointSizeF(12);
        font.setBold(true);
        break;
    case FontRole::Heading:
        font.setPointSizeF(10);
        font.setBold(true);
        break;
    case FontRole::Body:
        font.setPointSizeF(9.5);
        break;
    case FontRole::Note:
        font.setPointSizeF(7.5);
        break;
    case FontRole::Cell:
        font.setPointSizeF(8.5);
        break;
    case FontRole::CellBold:
        font.setPointSizeF(8.5);
        font.setBold(true);
        break;
    }
    return font;
}

FontRole fontFor(PdfComposer::Style style)
{
    switch (style) {
    case PdfComposer::Style::Issuer:
        return FontRole::Issuer;
    case PdfComposer::Style::Title:
        return FontRole::Title;
    case PdfComposer::Style::Heading:
        return FontRole::Heading;
    case PdfComposer::Style::Body:
        return FontRole::Body;
    case PdfComposer::Style::Note:
        return FontRole::Note;
    }
    return FontRole::Body;
}

qreal spaceAfter(PdfComposer::Style style)
{
    switch (style) {
    case PdfComposer::Style::Issuer:
        return mm(2);
    case PdfComposer::Style::Title:
        return mm(3);
    case PdfComposer::Style::Heading:
        return mm(1.5);
    case PdfComposer::Style::Body:
        return mm(1.5);
    case PdfComposer::Style::Note:
        return mm(1);
    }
    return 0;
}

// QTextLayout breaks lines only at the Unicode line separator.
QString forLayout(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return result;
}

// Breaks the text into lines of the given width, at word boundaries and
// inside a word only when the word alone is wider than the line (a long
// cadastral number in a narrow column); returns the height taken.
qreal breakLines(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

struct PaintOp
{
    enum class Kind
    {
        Text,
        Frame
    };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    FontRole font = FontRole::Body;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor fill; // invalid: no fill
    bool clip = false;
};

// The first pass: places the blocks on pages. Painting is a second pass,
// because the footer of each page names the number of pages.
class Paginator
{
public:
    Paginator(const QPaintDevice *device, const QRectF &content)
        : m_device(device)
        , m_content(content)
    {
        newPage();
    }

    QList<QList<PaintOp>> pages() const { return m_pages; }

    void addText(const QString &text, FontRole role, Qt::Alignment alignment, qreal after,
                 qreal keepWithNext)
    {
        const qreal height = textHeight(text, role, m_content.width(), alignment);
        if (!atTop() && room() < height + keepWithNext)
            newPage();
        const qreal placed = std::min(height, room());
        m_pages.last().append(PaintOp{PaintOp::Kind::Text,
                                      QRectF(m_content.left(), m_y, m_content.width(), placed),
                                      text, role, alignment, QColor(), placed < height});
        m_y += placed + after;
    }

    void addSpace(qreal height)
    {
        if (!atTop())
            m_y = std::min(m_y + height, m_content.bottom());
    }

    void addTable(const PdfComposer::Table &table)
    {
        const qsizetype columns = table.widths.size();
        if (columns == 0)
            return;
        QList<qreal> widths;
        qreal sum = 0;
        for (qreal w : table.widths)
            sum += std::max<qreal>(w, 0);
        for (qreal w : table.widths)
            widths.append(sum > 0 ? m_content.width() * std::max<qreal>(w, 0) / sum
                                  : m_content.width() / qreal(columns));

        const qreal headerHeight =
            table.headers.isEmpty() ? 0 : rowHeight(table, widths, table.headers, true);
        const QColor headerFill(228, 228, 228);
        bool headerOnPage = false;
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const bool bold = table.emphasisedRows.contains(r);
            const qreal height = rowHeight(table, widths, table.rows.at(r), bold);
            // The header never stays alone at the foot of a page.
            if (!atTop() && room() < height + (headerOnPage ? 0 : headerHeight)) {
                newPage();
                headerOnPage = false;
            }
            if (!headerOnPage && headerHeight > 0)
                placeRow(table, widths, table.headers, FontRole::CellBold, headerFill, headerHeight,
                         true);
            headerOnPage = true;
            placeRow(table, widths, table.rows.at(r), bold ? FontRole::CellBold : FontRole::Cell,
                     QColor(), height, false);
        }
        if (table.rows.isEmpty() && headerHeight > 0) {
            if (!atTop() && room() < headerHeight)
                newPage();
            placeRow(table, widths, table.headers, FontRole::CellBold, headerFill, headerHeight,
                     true);
        }
        m_y += mm(3);
    }

private:
    bool atTop() const { return m_y <= m_content.top(); }
    qreal room() const { return m_content.bottom() - m_y; }

    void newPage()
    {
        m_pages.append(QList<PaintOp>());
        m_y = m_content.top();
    }

    qreal textHeight(const QString &text, FontRole role, qreal width, Qt::Alignment alignment) const
    {
        QTextLayout layout(forLayout(text), fontFor(role), m_device);
        return breakLines(layout, width, alignment);
    }

    static Qt::Alignment alignmentOf(const PdfComposer::Table &table, qsizetype column)
    {
        return column < table.alignments.size() ? table.alignments.at(column)
                                                : Qt::Alignment(Qt::AlignLeft);
    }

    qreal rowHeight(const PdfComposer::Table &table, const QList<qreal> &widths,
                    const QStringList &cells, bool bold) const
    {
        const FontRole role = bold ? FontRole::CellBold : FontRole::Cell;
        qreal height = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = c < cells.size() ? cells.at(c) : QString();
            height = std::max(height, textHeight(text, role, widths.at(c) - 2 * mm(kCellPadding),
                                                 alignmentOf(table, c)));
        }
        return height + 2 * mm(kCellPadding);
    }

    void placeRow(const PdfComposer::Table &table, const QList<qreal> &widths,
                  const QStringList &cells, FontRole role, const QColor &rowFill, qreal height,
                  bool header)
    {
        // A row taller than a whole page is cut at the page's end rather than lost.
        const qreal placed = std::min(height, room());
        qreal x = m_content.left();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, m_y, widths.at(c), placed);
            QColor fill = rowFill;
            if (!header && c == 0 && table.shadeFirstColumn)
                fill = QColor(244, 244, 244);
            m_pages.last().append(
                PaintOp{PaintOp::Kind::Frame, cell, QString(), role, Qt::AlignLeft, fill, false});
            const QString text = c < cells.size() ? cells.at(c) : QString();
            if (!text.isEmpty()) {
                const qreal pad = mm(kCellPadding);
                m_pages.last().append(PaintOp{PaintOp::Kind::Text,
                                              cell.adjusted(pad, pad, -pad, -pad), text, role,
                                              alignmentOf(table, c), QColor(), placed < height});
            }
            x += widths.at(c);
        }
        m_y += placed;
    }

    const QPaintDevice *m_device;
    QRectF m_content;
    QList<QList<PaintOp>> m_pages;
    qreal m_y = 0;
};

void paintText(QPainter &painter, const QPaintDevice *device, const PaintOp &op)
{
    QTextLayout layout(forLayout(op.text), fontFor(op.font), device);
    breakLines(layout, op.rect.width(), op.alignment);
    if (op.clip) {
        painter.save();
        painter.setClipRect(op.rect);
    }
    layout.draw(&painter, op.rect.topLeft());
    if (op.clip)
        painter.restore();
}

void paintLine(QPainter &painter, const QString &text, FontRole role, const QRectF &rect,
               Qt::Alignment alignment)
{
    const QFont font = fontFor(role);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(rect, int(alignment | Qt::AlignVCenter),
                     metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

void PdfComposer::addText(Style style, const QString &text, Qt::Alignment alignment)
{
    Block block;
    block.kind = Block::Kind::Text;
    block.style = style;
    block.alignment = alignment;
    block.text = text;
    m_blocks.append(block);
}

void PdfComposer::addFields(const QList<std::pair<QString, QString>> &fields)
{
    Table table;
    table.widths = {0.42, 0.58};
    table.shadeFirstColumn = true;
    for (const auto &[label, value] : fields)
        table.rows.append(QStringList{label, value});
    addTable(table);
}

void PdfComposer::addTable(const Table &table)
{
    Block block;
    block.kind = Block::Kind::Table;
    block.table = table;
    m_blocks.append(block);
}

void PdfComposer::addSpace(qreal millimetres)
{
    Block block;
    block.kind = Block::Kind::Space;
    block.space = millimetres;
    m_blocks.append(block);
}

QByteArray PdfComposer::render(const Metadata &metadata) const
{
    // Fonts come from the platform integration, which only a QGuiApplication sets up.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QByteArray();

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // Margins are drawn by hand so that header and footer can use them.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);

        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF content =
            page.adjusted(mm(kMarginLeft), mm(kMarginTop), -mm(kMarginRight), -mm(kMarginBottom));

        Paginator paginator(&writer, content);
        for (const Block &block : m_blocks) {
            switch (block.kind) {
            case Block::Kind::Text: {
                const bool heading = block.style == Style::Heading;
                if (heading)
                    paginator.addSpace(mm(2));
                paginator.addText(block.text, fontFor(block.style), block.alignment,
                                  spaceAfter(block.style), heading ? mm(kKeepWithNext) : 0);
                break;
            }
            case Block::Kind::Table:
                paginator.addTable(block.table);
                break;
            case Block::Kind::Space:
                paginator.addSpace(mm(block.space));
                break;
            }
        }
        const QList<QList<PaintOp>> pages = paginator.pages();

        QPainter painter(&writer);
        const QPen framePen(QColor(90, 90, 90), mm(kLineWidth));
        const QPen textPen(Qt::black);
        const QPen notePen(QColor(80, 80, 80));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const PaintOp &op : pages.at(i)) {
                if (op.kind == PaintOp::Kind::Frame) {
                    if (op.fill.isValid())
                        painter.fillRect(op.rect, op.fill);
                    painter.setPen(framePen);
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(op.rect);
                } else {
                    painter.setPen(textPen);
                    paintText(painter, &writer, op);
                }
            }

            painter.setPen(notePen);
            const qreal lineHeight = mm(4);
            if (i > 0 && !metadata.runningHeader.isEmpty())
                paintLine(
                    painter, metadata.runningHeader, FontRole::Note,
                    QRectF(content.left(), mm(kMarginTop) - mm(8), content.width(), lineHeight),
                    Qt::AlignLeft);
            const qreal footerTop = content.bottom() + mm(6);
            painter.setPen(QPen(QColor(90, 90, 90), mm(kLineWidth)));
            painter.drawLine(QPointF(content.left(), footerTop),
                             QPointF(content.right(), footerTop));
            painter.setPen(notePen);
            const QString pageNumber =
                QStringLiteral("Страница %1 из %2").arg(i + 1).arg(pages.size());
            const qreal numberWidth = content.width() * 0.2;
            paintLine(painter, metadata.footer, FontRole::Note,
                      QRectF(content.left(), footerTop + mm(1), content.width() - numberWidth,
                             lineHeight),
                      Qt::AlignLeft);
            paintLine(
                painter, pageNumber, FontRole::Note,
                QRectF(content.right() - numberWidth, footerTop + mm(1), numberWidth, lineHeight),
                Qt::AlignRight);
        }
        painter.end();
    }
    return pdf;
}

} // namespace cp::server
