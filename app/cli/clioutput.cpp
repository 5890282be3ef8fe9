#include "cli/clioutput.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace cp::cli {

CliOutput::CliOutput(bool json)
    : m_json(json)
{}

void CliOutput::writeStdout(const QByteArray &bytes)
{
    // Flushed at once: a script (or the test) reads the sign-in address while
    // the process is still waiting for the browser.
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliOutput::line(const QString &text) const
{
    if (!m_json)
        writeStdout(text.toUtf8() + '\n');
}

void CliOutput::note(const QString &text) const
{
    writeStderr(text.toUtf8() + '\n');
}

void CliOutput::document(const QJsonObject &object) const
{
    writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CliOutput::error(const QString &code, const QString &message) const
{
    if (m_json)
        document(
            QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
    else
        writeStderr(QByteArrayLiteral("citizen-profile-cli: ") + message.toUtf8() + '\n');
}

void CliOutput::raw(const QByteArray &bytes) const
{
    writeStdout(bytes);
}

bool CliOutput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool CliOutput::stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

bool CliOutput::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QStringList TextTable::lines(int indent) const
{
    QList<QStringList> all = m_rows;
    if (!m_header.isEmpty())
        all.prepend(m_header);
    QList<qsizetype> widths;
    for (const QStringList &row : all) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            // A cell of several lines counts by its longest line.
            for (const QString &part : row.at(i).split(u'\n'))
                widths[i] = std::max(widths[i], part.size());
        }
    }
    const QString margin(indent, u' ');
    QStringList out;
    for (const QStringList &row : all) {
        // Cells with line breaks continue on the next lines, in their column.
        QList<QStringList> parts;
        qsizetype height = 1;
        for (const QString &cell : row) {
            parts.append(cell.split(u'\n'));
            height = std::max(height, parts.last().size());
        }
        for (qsizetype l = 0; l < height; ++l) {
            QString text = margin;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QString part = l < parts.at(i).size() ? parts.at(i).at(l) : QString();
                const bool last = i == parts.size() - 1;
                text += last ? part : part.leftJustified(widths.at(i)) + QStringLiteral("  ");
            }
            while (text.endsWith(u' '))
                text.chop(1);
            out.append(text);
        }
    }
    return out;
}

} // namespace cp::cli
