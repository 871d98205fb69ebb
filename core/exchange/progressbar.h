#pragma once

#include <QElapsedTimer>
#include <QTextStream>

namespace Lede::Core {

/// A one-line progress bar on a terminal (`[#####-----] 512/1000  3 failed  81/s`), redrawn
/// in place with a carriage return and at most ten times a second. Silent when the stream is
/// not a terminal, so logs and pipes get only the summary.
class ProgressBar
{
public:
    ProgressBar(QTextStream &stream, int total, bool enabled);

    /// True when `stream` writes to a terminal.
    static bool isTerminal(const QTextStream &stream);

    void update(int done, int failed);
    /// Clears the bar so that a message can be printed on a clean line.
    void clear();
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QTextStream &m_stream;
    int m_total;
    bool m_enabled;
    bool m_drawn = false;
    qint64 m_lastDraw = -1000;
    QElapsedTimer m_clock;
};

} // namespace Lede::Core
