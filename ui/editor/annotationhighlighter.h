#pragma once

#include "edit/textviewmap.h"
#include "model/annotationset.h"
#include "theme/annotationpalette.h"

#include <QHash>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <vector>

namespace Lede::Ui {

/// Paints an article's annotations over its text, in the formats of annotationstyle.h.
///
/// It reads the annotation set and holds no annotation logic. After an edit only the blocks
/// of the changed range are highlighted again (rehighlightRange); a full rehighlight happens
/// only when the whole picture changes (another article, palette or hidden layer). Nothing
/// here re-highlights from inside highlightBlock().
class AnnotationHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit AnnotationHighlighter(QTextDocument *document);

    /// What to show. Both must outlive the highlighter or be replaced first; `map` converts
    /// the document's positions to article offsets. Does not re-highlight by itself.
    void setSource(const Core::AnnotationSet *set, const Core::TextViewMap *map);
    void setPalette(const AnnotationPalette &palette);
    const AnnotationPalette &palette() const { return m_palette; }

    void setLayerHidden(Core::Layer layer, bool hidden);
    const QSet<Core::Layer> &hiddenLayers() const { return m_hidden; }

    /// Highlights again the blocks that show part of an article range (in the background,
    /// as rehighlightInBackground(), when it spans hundreds of paragraphs).
    void rehighlightRange(Core::Span articleRange);
    /// Highlights the whole document in slices of a few milliseconds from the event loop,
    /// starting at `firstBlock` (the top of the view) and wrapping around, so that a large
    /// article is readable at once and the window never freezes. Small documents are
    /// highlighted at once.
    void rehighlightInBackground(int firstBlock = 0);
    bool isHighlighting() const { return m_remaining > 0; }
    /// Highlights now those blocks in [firstBlock, lastBlock] that the background pass has
    /// not reached yet: the view calls it before painting, so that a page scrolled to while
    /// the pass runs never shows without its annotations.
    void highlightPendingBlocks(int firstBlock, int lastBlock);

Q_SIGNALS:
    void hiddenLayersChanged();
    /// After rehighlightRange(): what else draws annotations (the claim margin) follows.
    void rangeRehighlighted(Core::Span articleRange);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightSlice();
    /// Whether the background pass must visit @p block: it has formats, or something to show.
    bool needsHighlighting(const QTextBlock &block) const;
    QTextCharFormat formatOf(const Core::Annotation &annotation);

    const Core::AnnotationSet *m_set = nullptr;
    const Core::TextViewMap *m_map = nullptr;
    AnnotationPalette m_palette;
    QSet<Core::Layer> m_hidden;
    QHash<QString, QTextCharFormat> m_formatCache; // by layer, label and status
    QTimer *m_slices;
    int m_nextBlock = 0;
    int m_remaining = 0; // blocks the background pass has yet to visit
    /// Per block number, during a background pass: not highlighted since the pass began.
    std::vector<bool> m_pending;
};

} // namespace Lede::Ui
