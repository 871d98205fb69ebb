#pragma once

#include "model/annotationset.h"

#include <QSyntaxHighlighter>

namespace Lede::Ui {

/// Paints an article's annotations over its text: entity types by background colour, quotes
/// underlined, cues bold, hedges italic, loaded words in red. Reads the annotation set; holds
/// no annotation logic of its own.
class AnnotationHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit AnnotationHighlighter(QTextDocument *document);

    /// The annotations to show; `set` must outlive the highlighter or be replaced first.
    void setAnnotations(const Core::AnnotationSet *set);

protected:
    void highlightBlock(const QString &text) override;

private:
    const Core::AnnotationSet *m_annotations = nullptr;
};

} // namespace Lede::Ui
