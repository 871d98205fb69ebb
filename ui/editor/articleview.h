#pragma once

#include "edit/textviewmap.h"
#include "model/annotationset.h"
#include "theme/annotationpalette.h"

#include <QPlainTextEdit>

namespace Lede::Ui {

class AnnotationHighlighter;

/// The editor pane: the article text, read-only but selectable, with its annotations
/// highlighted. Speaks article offsets (UTF-16 units of Article::text) to the outside and
/// converts them to document positions itself, because the document shows "\r\n" as one
/// line break. Holds no annotation logic: the correction actions it shows come from outside.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    /// Shows an article; `annotations` must outlive the view or be replaced first.
    void showArticle(const QString &articleText, const Core::AnnotationSet *annotations);
    void clearArticle();
    AnnotationHighlighter *highlighter() const { return m_highlighter; }
    const Core::TextViewMap &viewMap() const { return m_map; }

    void setAnnotationPalette(const AnnotationPalette &palette);

    /// The selection, or the cursor position as an empty span, in article offsets.
    Core::Span selectionSpan() const;
    /// Selects an article range and scrolls it into view.
    void selectSpan(Core::Span span);
    /// Outlines these article ranges (the mentions of the entity picked in a panel).
    void setOutlinedSpans(const QList<Core::Span> &spans);

    /// The actions the context menu offers besides Copy.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    AnnotationHighlighter *m_highlighter;
    Core::TextViewMap m_map;
    QString m_articleText;
    QColor m_outline;
    QList<QAction *> m_contextActions;
};

} // namespace Lede::Ui
