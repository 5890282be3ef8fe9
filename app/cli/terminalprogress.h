// The progress of long work (a sync, a download) on stderr: a bar redrawn in
// place when stderr is a terminal, otherwise a plain line now and then (every
// tenth of the way), so that a log file stays readable. Quiet in JSON mode.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace cp::cli {

class TerminalProgress
{
public:
    TerminalProgress(QString label, bool enabled);
    ~TerminalProgress();

    // `detail` follows the count, e.g. the bytes so far ("1.2 MB of 3.4 MB").
    void update(int done, int total, const QString &detail = {});
    // Ends the bar's line; later output starts on a fresh line.
    void finish();

private:
    QString m_label;
    bool m_enabled;
    bool m_terminal;
    bool m_drawn = false;
    int m_lastDone = -1;
    int m_lastTotal = -1;
    int m_lastTenth = -1;
    QString m_lastDetail;
    QElapsedTimer m_sinceDraw;
};

} // namespace cp::cli
