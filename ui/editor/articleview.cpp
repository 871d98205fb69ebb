#include "editor/articleview.h"

#include "editor/annotationhighlighter.h"

namespace Lede::Ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new AnnotationHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    setFont(font);
}

void ArticleView::showArticle(const QString &text, const Core::AnnotationSet *annotations)
{
    m_highlighter->setAnnotations(nullptr);
    setPlainText(text);
    m_highlighter->setAnnotations(annotations);
}

void ArticleView::refreshHighlighting()
{
    m_highlighter->rehighlight();
}

} // namespace Lede::Ui
