#include "review/articlestrip.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Lede::Ui {

using Core::Review::StripMark;

ArticleStrip::ArticleStrip(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(16);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Quotes by speaker colour, hedges (amber) and loaded words (red: author, purple: quoted)"));
}

void ArticleStrip::setMarks(const QList<StripMark> &marks, int textLength)
{
    m_marks = marks;
    m_textLength = textLength;
    update();
}

void ArticleStrip::setPositionMapper(std::function<double(int)> mapper)
{
    m_mapper = std::move(mapper);
    update();
}

double ArticleStrip::fraction(int position) const
{
    if (m_mapper)
        return std::clamp(m_mapper(position), 0.0, 1.0);
    return m_textLength == 0 ? 0.0 : double(position) / double(m_textLength);
}

QRect ArticleStrip::markRect(const StripMark &mark) const
{
    const int top = int(fraction(mark.span.start) * height());
    const int bottom = std::max(top + 2, int(fraction(mark.span.end) * height()));
    const bool quote = mark.kind == StripMark::Kind::Quote;
    const int half = width() / 2;
    return quote ? QRect(1, top, half - 1, bottom - top) : QRect(half + 1, top, width() - half - 2, std::max(3, bottom - top));
}

QStringList ArticleStrip::idsAt(QPoint point) const
{
    QStringList ids;
    for (const StripMark &mark : m_marks) {
        const QRect r = markRect(mark);
        if (point.y() >= r.top() - 3 && point.y() <= r.bottom() + 3)
            ids.append(mark.id);
    }
    return ids;
}

void ArticleStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base).darker(104));
    for (const StripMark &mark : std::as_const(m_marks)) {
        QColor colour;
        switch (mark.kind) {
        case StripMark::Kind::Quote:
            colour = QColor(Core::Review::speakerColour(mark.colour));
            colour.setAlpha(170);
            break;
        case StripMark::Kind::Hedge:
            colour = QColor(0xc7, 0x77, 0x00);
            break;
        case StripMark::Kind::LoadedAuthor:
            colour = QColor(0xd3, 0x2f, 0x2f);
            break;
        case StripMark::Kind::LoadedQuoted:
            colour = QColor(0x7b, 0x1f, 0xa2);
            break;
        }
        p.fillRect(markRect(mark), colour);
    }
}

void ArticleStrip::mousePressEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QStringList ids = idsAt(point);
    if (!ids.isEmpty())
        Q_EMIT annotationsActivated(ids);
    // The text position under the pointer, by the inverse of the mapping (searched, since
    // the editor's mapper need not be invertible in closed form).
    int lo = 0;
    int hi = m_textLength;
    const double target = height() > 0 ? double(point.y()) / height() : 0.0;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (fraction(mid) < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    Q_EMIT positionActivated(lo);
    QWidget::mousePressEvent(event);
}

} // namespace Lede::Ui
