#include "editor/articleview.h"

#include "editor/annotationhighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

namespace Lede::Ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new AnnotationHighlighter(document()))
    , m_outline(lightPalette().focus)
{
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
    m_highlighter->rehighlightInBackground(firstVisibleBlock().blockNumber());
}

void ArticleView::clearArticle()
{
    m_highlighter->setSource(nullptr, nullptr);
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

} // namespace Lede::Ui
