#pragma once

#include "edit/textviewmap.h"
#include "model/annotationset.h"
#include "theme/annotationpalette.h"
#include "theme/annotationstyle.h"

#include <QPlainTextEdit>

namespace Lede::Ui {

class AnnotationHighlighter;
class ClaimMargin;

/// The editor pane: the article text, read-only but selectable, with its annotations
/// highlighted. Speaks article offsets (UTF-16 units of Article::text) to the outside and
/// converts them to document positions itself, because the document shows "\r\n" as one
/// line break. Holds no annotation logic: the correction actions it shows come from outside.
///
/// Claims are drawn as bars in a margin left of the text, one segment per claim from the
/// line where it starts to the line where it ends (claims side by side on a line get lanes
/// of their own). Clicking a segment reports the claim with claimClicked().
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

    /// One claim's bar in the margin.
    struct ClaimSegment {
        QString id;
        QRect rect; // in the margin's coordinates
        ClaimBarStyle style;
        bool current = false; // the claim is the selection
    };
    /// The bars of the claims in view, in document order; none while the claim layer is
    /// hidden.
    QList<ClaimSegment> claimSegments() const;
    QWidget *claimMargin() const;

Q_SIGNALS:
    /// A claim's bar in the margin was clicked.
    void claimClicked(const QString &id);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    friend class ClaimMargin;
    void paintClaimMargin(QPaintEvent *event);
    QString claimToolTip(QPoint pos) const;
    QString claimAt(QPoint pos) const;
    /// Top and bottom of the line showing a document position, in viewport coordinates.
    std::pair<int, int> lineExtent(int viewPosition) const;

    AnnotationHighlighter *m_highlighter;
    ClaimMargin *m_margin;
    const Core::AnnotationSet *m_annotations = nullptr;
    Core::TextViewMap m_map;
    QString m_articleText;
    QColor m_outline;
    QList<QAction *> m_contextActions;
};

} // namespace Lede::Ui
