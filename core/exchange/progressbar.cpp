#include "exchange/progressbar.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace Lede::Core {

ProgressBar::ProgressBar(QTextStream &stream, int total, bool enabled)
    : m_stream(stream)
    , m_total(total)
    , m_enabled(enabled)
{
    m_clock.start();
}

bool ProgressBar::isTerminal(const QTextStream &stream)
{
    const auto *file = qobject_cast<const QFile *>(stream.device());
    return file && file->handle() >= 0 && ::isatty(file->handle());
}

void ProgressBar::update(int done, int failed)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (done < m_total && now - m_lastDraw < 100)
        return;
    m_lastDraw = now;
    constexpr int width = 30;
    const int filled = m_total > 0 ? int(qint64(done) * width / m_total) : width;
    const double rate = now > 0 ? done * 1000.0 / double(now) : 0.0;
    QString line = QStringLiteral("\r[%1%2] %3/%4")
                       .arg(QString(filled, u'#'), QString(width - filled, u'-'))
                       .arg(done)
                       .arg(m_total);
    if (failed > 0)
        line += QStringLiteral("  %1 failed").arg(failed);
    line += QStringLiteral("  %1/s ").arg(rate, 0, 'f', 1);
    m_stream << line;
    m_stream.flush();
    m_drawn = true;
}

void ProgressBar::clear()
{
    if (!m_drawn)
        return;
    m_stream << "\r\x1b[K";
    m_stream.flush();
    m_drawn = false;
}

} // namespace Lede::Core
