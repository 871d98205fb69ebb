#pragma once

#include "model/annotationset.h"

#include <QPlainTextEdit>

namespace Lede::Ui {

class AnnotationHighlighter;

/// The editor pane: the article text, read-only but selectable, with its annotations
/// highlighted.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const QString &text, const Core::AnnotationSet *annotations);
    /// Repaints after the annotations changed.
    void refreshHighlighting();

private:
    AnnotationHighlighter *m_highlighter;
};

} // namespace Lede::Ui
