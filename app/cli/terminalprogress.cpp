#include "cli/terminalprogress.h"

#include "cli/clioutput.h"

#include <QCoreApplication>

namespace cp::cli {
namespace {

constexpr int kBarWidth = 30;

} // namespace

TerminalProgress::TerminalProgress(QString label, bool enabled)
    : m_label(std::move(label))
    , m_enabled(enabled)
    , m_terminal(CliOutput::stderrIsTerminal())
{}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::update(int done, int total, const QString &detail)
{
    if (!m_enabled || total <= 0)
        return;
    // The count moved, or (on a terminal) the bytes did.
    if (done == m_lastDone && total == m_lastTotal && (!m_terminal || detail == m_lastDetail))
        return;
    m_lastDetail = detail;
    m_lastDone = done;
    m_lastTotal = total;
    done = std::min(done, total);
    if (m_terminal) {
        // Redrawing more often than the eye sees only costs time.
        if (m_drawn && done < total && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 50)
            return;
        m_sinceDraw.start();
        const int filled = int(qint64(kBarWidth) * done / total);
        const QString bar = QString(filled, u'#') + QString(kBarWidth - filled, u'-');
        const QString text =
            QStringLiteral("\r%1 [%2] %3/%4").arg(m_label, bar).arg(done).arg(total);
        CliOutput::writeStderr(text.toUtf8() + "\x1b[K");
        m_drawn = true;
        return;
    }
    // Without a terminal the total still grows as the work is discovered, so
    // lines are printed by tenths of the way, not for every item.
    const int tenth = int(qint64(10) * done / total);
    if (tenth == m_lastTenth)
        return;
    m_lastTenth = tenth;
    CliOutput::writeStderr(QCoreApplication::translate("Cli", "%1: %2 of %3")
                               .arg(m_label)
                               .arg(done)
                               .arg(total)
                               .toUtf8() +
                           '\n');
}

void TerminalProgress::finish()
{
    if (m_drawn)
        CliOutput::writeStderr("\n");
    m_drawn = false;
}

} // namespace cp::cli
