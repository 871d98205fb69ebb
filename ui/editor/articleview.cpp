#include "editor/articleview.h"

#include "claims/claimrules.h"
#include "editor/annotationhighlighter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace Lede::Ui {

/// The strip left of the text where claims are drawn; the view paints it and handles its
/// clicks, because only the view knows where lines are.
class ClaimMargin : public QWidget
{
public:
    static constexpr int Width = 18;

    explicit ClaimMargin(ArticleView *view)
        : QWidget(view)
        , m_view(view)
    {
        setMouseTracking(true);
        setCursor(Qt::PointingHandCursor);
    }
    QSize sizeHint() const override { return {Width, 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintClaimMargin(event); }
    void mousePressEvent(QMouseEvent *event) override
    {
        const QString id = m_view->claimAt(event->position().toPoint());
        if (event->button() == Qt::LeftButton && !id.isEmpty())
            Q_EMIT m_view->claimClicked(id);
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = m_view->claimToolTip(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    ArticleView *m_view;
};

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new AnnotationHighlighter(document()))
    , m_margin(new ClaimMargin(this))
    , m_outline(lightPalette().focus)
{
    setViewportMargins(ClaimMargin::Width, 0, 0, 0);
    const auto repaintMargin = [this] { m_margin->update(); };
    // Scrolling moves every bar (and may change their lanes); anything else repaints the
    // band that changed, so that the blinking cursor does not repaint the whole margin.
    connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->update();
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::selectionChanged, m_margin, repaintMargin);
    connect(m_highlighter, &AnnotationHighlighter::hiddenLayersChanged, m_margin, repaintMargin);
    connect(m_highlighter, &AnnotationHighlighter::rangeRehighlighted, m_margin, repaintMargin);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Files are dropped on the window, not into the text.
    setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    QFont font(QStringLiteral("Noto Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(this->font().pointSizeF() * 1.2);
    setFont(font);
    document()->setDocumentMargin(24);
    setCursorWidth(2);
}

void ArticleView::showArticle(const QString &articleText, const Core::AnnotationSet *annotations)
{
    // Detach first, so that setPlainText() does not highlight with offsets of the new text
    // against the old map.
    m_highlighter->setSource(nullptr, nullptr);
    // New annotations for the same text (the first suggestions arriving from the worker)
    // only need highlighting: laying out a 1 MB text again would cost far more.
    if (articleText != m_articleText || document()->isEmpty()) {
        m_articleText = articleText;
        m_map = Core::TextViewMap(articleText);
        setPlainText(m_map.viewText());
    }
    m_highlighter->setSource(annotations, &m_map);
    m_annotations = annotations;
    m_highlighter->rehighlightInBackground(firstVisibleBlock().blockNumber());
    m_margin->update();
}

void ArticleView::clearArticle()
{
    m_highlighter->setSource(nullptr, nullptr);
    m_annotations = nullptr;
    m_map = Core::TextViewMap();
    m_articleText.clear();
    clear();
}

void ArticleView::setAnnotationPalette(const AnnotationPalette &palette)
{
    QPalette p = this->palette();
    p.setColor(QPalette::Base, palette.base);
    p.setColor(QPalette::Text, palette.text);
    p.setColor(QPalette::Highlight, palette.selection);
    p.setColor(QPalette::HighlightedText, palette.text);
    setPalette(p);
    m_outline = palette.focus;
    m_highlighter->setPalette(palette);
    m_margin->update();
}

Core::Span ArticleView::selectionSpan() const
{
    const QTextCursor cursor = textCursor();
    return {m_map.toArticle(cursor.selectionStart()), m_map.toArticle(cursor.selectionEnd())};
}

void ArticleView::selectSpan(Core::Span span)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_map.toView(span.start));
    cursor.setPosition(m_map.toView(span.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    // An annotation at the very edge of the view would be read without the lines around it:
    // one in the outer fifth is brought to the middle. Others stay put, so that stepping
    // through a page does not make it jump.
    const int edge = viewport()->height() / 5;
    const QRect at = cursorRect();
    if (at.top() < edge || at.bottom() > viewport()->height() - edge)
        centerCursor();
}

void ArticleView::setOutlinedSpans(const QList<Core::Span> &spans)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Core::Span span : spans) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(m_map.toView(span.start));
        s.cursor.setPosition(m_map.toView(span.end), QTextCursor::KeepAnchor);
        s.format.setProperty(QTextFormat::OutlinePen, QPen(m_outline, 1.5));
        selections.append(s);
    }
    setExtraSelections(selections);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click outside the selection moves the cursor there first, so that the actions
    // apply to what was clicked.
    const QTextCursor clicked = cursorForPosition(event->pos());
    const QTextCursor current = textCursor();
    if (clicked.position() < current.selectionStart() || clicked.position() > current.selectionEnd())
        setTextCursor(clicked);
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    for (QAction *action : m_contextActions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    // The page about to be drawn gets its highlighting first, should the background pass
    // not have reached it (the analyst scrolled ahead of it).
    QTextBlock block = firstVisibleBlock();
    const int first = block.blockNumber();
    int last = first;
    const qreal bottom = viewport()->height();
    for (qreal top = blockBoundingGeometry(block).translated(contentOffset()).top(); block.isValid() && top <= bottom;
         block = block.next()) {
        last = block.blockNumber();
        top += blockBoundingRect(block).height();
    }
    m_highlighter->highlightPendingBlocks(first, last);
    QPlainTextEdit::paintEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(r.left(), r.top(), ClaimMargin::Width, r.height());
}

QWidget *ArticleView::claimMargin() const
{
    return m_margin;
}

std::pair<int, int> ArticleView::lineExtent(int viewPosition) const
{
    const QTextBlock block = document()->findBlock(viewPosition);
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout ? layout->lineForTextPosition(viewPosition - block.position()) : QTextLine();
    if (!line.isValid())
        return {int(box.top()), int(box.bottom())};
    return {int(box.top() + line.y()), int(box.top() + line.y() + line.height())};
}

QList<ArticleView::ClaimSegment> ArticleView::claimSegments() const
{
    QList<ClaimSegment> segments;
    if (!m_annotations || m_highlighter->hiddenLayers().contains(Core::Layer::Claim) || document()->isEmpty())
        return segments;
    // The article range in view: from the first visible block to the last one that starts
    // above the bottom of the viewport.
    QTextBlock block = firstVisibleBlock();
    const int from = block.position();
    int to = from;
    const int height = viewport()->height();
    while (block.isValid() && blockBoundingGeometry(block).translated(contentOffset()).top() <= height) {
        to = block.position() + block.length();
        block = block.next();
    }
    const Core::Span inView{m_map.toArticle(from), m_map.toArticle(std::min(to, document()->characterCount() - 1)) + 1};
    const Core::Span selection = selectionSpan();
    const AnnotationPalette &palette = m_highlighter->palette();
    for (const Core::Annotation *a : m_annotations->overlapping(inView)) {
        if (a->layer != Core::Layer::Claim || !a->isActive() || a->isOrphan() || a->span.isEmpty())
            continue;
        const int top = lineExtent(m_map.toView(a->span.start)).first;
        const int bottom = lineExtent(m_map.toView(std::max(a->span.start, a->span.end - 1))).second;
        segments.append({a->id, QRect(0, top, 0, std::max(1, bottom - top - 1)),
                         claimBarStyle(palette, a->status, Core::Claims::isUnbackedAccusation(*a)), a->span == selection});
    }
    // Lanes: a claim that starts on the line where the previous one ends gets the next lane,
    // so that every segment stays visible and clickable on its own.
    QList<int> laneBottoms;
    QList<int> lanes;
    for (const ClaimSegment &s : std::as_const(segments)) {
        int lane = 0;
        while (lane < laneBottoms.size() && laneBottoms[lane] >= s.rect.top())
            ++lane;
        if (lane == laneBottoms.size())
            laneBottoms.append(0);
        laneBottoms[lane] = s.rect.bottom();
        lanes.append(lane);
    }
    const int laneCount = std::max<int>(1, int(laneBottoms.size()));
    constexpr int Left = 4;
    constexpr int Gap = 2;
    const int width = std::clamp((ClaimMargin::Width - Left - 2 - (laneCount - 1) * Gap) / laneCount, 2, 5);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        segments[i].rect.setLeft(Left + lanes[i] * (width + Gap));
        segments[i].rect.setWidth(width);
    }
    return segments;
}

QString ArticleView::claimAt(QPoint pos) const
{
    // A bar (with a little room either side, they are narrow), else any bar at that height:
    // the margin is narrow and the analyst aims at the line.
    QString onBar;
    QString atHeight;
    for (const ClaimSegment &s : claimSegments()) {
        if (s.rect.adjusted(-2, 0, 2, 0).contains(pos))
            onBar = s.id;
        else if (atHeight.isEmpty() && s.rect.top() <= pos.y() && pos.y() <= s.rect.bottom())
            atHeight = s.id;
    }
    return onBar.isEmpty() ? atHeight : onBar;
}

QString ArticleView::claimToolTip(QPoint pos) const
{
    const QString id = claimAt(pos);
    const Core::Annotation *a = m_annotations ? m_annotations->find(id) : nullptr;
    if (!a)
        return {};
    const auto attribute = [a](const char *key) { return a->attribute(QString::fromLatin1(key)); };
    QString tip = tr("Claim: %1 · held by %2 · backing %3 · %4")
                      .arg(a->label.toLower(), attribute(Core::Claims::Key::Holder), attribute(Core::Claims::Key::Backing),
                           Core::statusName(a->status));
    if (Core::Claims::isUnbackedAccusation(*a))
        tip += tr("\nUnbacked accusation in the author's voice");
    return tip;
}

void ArticleView::paintClaimMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    const AnnotationPalette &palette = m_highlighter->palette();
    painter.fillRect(event->rect(), palette.base);
    for (const ClaimSegment &s : claimSegments()) {
        if (!s.rect.intersects(event->rect()))
            continue;
        if (s.style.dashed) {
            // Suggestions: a dashed bar, 5 on and 3 off; a last dash too short to read as one
            // is left out.
            for (int y = s.rect.top(); y + 2 <= s.rect.bottom(); y += 8)
                painter.fillRect(QRect(s.rect.left(), y, s.rect.width(), std::min(5, s.rect.bottom() - y + 1)), s.style.colour);
        } else {
            painter.fillRect(s.rect, s.style.colour);
        }
        if (s.current) {
            painter.setPen(QPen(m_outline, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(s.rect).adjusted(-1.5, -1.5, 1.5, 1.5));
        }
    }
}

} // namespace Lede::Ui
