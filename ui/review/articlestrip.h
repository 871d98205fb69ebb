#pragma once

#include "review/review.h"

#include <QWidget>

#include <functional>

namespace Lede::Ui {

/// A thin vertical map of the article, meant to stand beside the editor's scroll bar: quotes
/// in their speaker's colour (left column), hedges (amber) and loaded words (red: author's
/// voice, purple: quoted) in the right column. Clicking a mark emits the ids of the marks
/// under the pointer and the text position there, for the editor to select and scroll to.
class ArticleStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleStrip(QWidget *parent = nullptr);

    /// The marks to draw (Core::Review::stripMarks()) over a text of `textLength` characters.
    void setMarks(const QList<Core::Review::StripMark> &marks, int textLength);
    /// Where a text position sits on the strip, as a fraction 0..1 of its height. By default
    /// the position's share of the text; the editor can map through its layout instead, so
    /// that marks line up with the scroll bar.
    void setPositionMapper(std::function<double(int position)> mapper);

    const QList<Core::Review::StripMark> &marks() const { return m_marks; }
    /// The vertical extent of a mark on the strip.
    QRect markRect(const Core::Review::StripMark &mark) const;
    /// Ids of the marks within a few pixels of a point.
    QStringList idsAt(QPoint point) const;

    QSize sizeHint() const override { return QSize(16, 200); }

Q_SIGNALS:
    void annotationsActivated(const QStringList &ids);
    void positionActivated(int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double fraction(int position) const;

    int m_textLength = 0;
    QList<Core::Review::StripMark> m_marks;
    std::function<double(int)> m_mapper;
};

} // namespace Lede::Ui
