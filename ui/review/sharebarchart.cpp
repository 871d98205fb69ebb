#include "review/sharebarchart.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Lede::Ui {

ShareBarChart::ShareBarChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ShareBarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

int ShareBarChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int ShareBarChart::labelWidth() const
{
    return std::min(width() / 3, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
}

QRect ShareBarChart::barRect(int index) const
{
    const int valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("100% (999 w)")) + 8;
    const int space = std::max(10, width() - labelWidth() - valueWidth - 8);
    const double share = std::clamp(m_bars[index].share, 0.0, 1.0);
    return QRect(labelWidth() + 8, index * rowHeight() + 3, std::max(1, int(share * space)), rowHeight() - 6);
}

int ShareBarChart::barAt(QPoint point) const
{
    const int row = point.y() / rowHeight();
    return point.y() >= 0 && row < m_bars.size() ? row : -1;
}

QSize ShareBarChart::sizeHint() const
{
    return QSize(360, std::max(1, int(m_bars.size())) * rowHeight() + 2);
}

QSize ShareBarChart::minimumSizeHint() const
{
    return QSize(160, sizeHint().height());
}

void ShareBarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    if (m_bars.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No quotes marked"));
        return;
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        const QRect row(0, i * rowHeight(), width(), rowHeight());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, row.top(), labelWidth(), row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(bar.label, Qt::ElideRight, labelWidth()));
        const QRect r = barRect(i);
        p.setPen(Qt::NoPen);
        p.setBrush(bar.colour);
        p.drawRoundedRect(r, 2, 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(r.right() + 6, row.top(), width() - r.right() - 6, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
    }
}

void ShareBarChart::mousePressEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index >= 0)
        Q_EMIT barActivated(m_bars[index].ids);
    QWidget::mousePressEvent(event);
}

} // namespace Lede::Ui
