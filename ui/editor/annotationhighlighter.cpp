#include "editor/annotationhighlighter.h"

#include "theme/annotationstyle.h"

#include <QTextBlock>
#include <QTextLayout>
#include <QElapsedTimer>
#include <QTextDocument>

#include <algorithm>

namespace Lede::Ui {

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_palette(lightPalette())
    , m_slices(new QTimer(this))
{
    m_slices->setInterval(0);
    connect(m_slices, &QTimer::timeout, this, &AnnotationHighlighter::highlightSlice);
}

void AnnotationHighlighter::rehighlightInBackground(int firstBlock)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    // Below this size a full pass takes a few milliseconds: not worth the flicker.
    constexpr int SmallDocument = 200 * 1024;
    if (doc->characterCount() < SmallDocument) {
        m_slices->stop();
        m_remaining = 0;
        m_pending.clear();
        rehighlight();
        return;
    }
    m_nextBlock = std::clamp(firstBlock, 0, doc->blockCount() - 1);
    m_remaining = doc->blockCount();
    m_pending.assign(size_t(doc->blockCount()), true);
    highlightSlice();
    m_slices->start();
}

void AnnotationHighlighter::highlightPendingBlocks(int firstBlock, int lastBlock)
{
    if (m_remaining <= 0)
        return;
    const int last = std::min(lastBlock, int(m_pending.size()) - 1);
    for (int number = std::max(0, firstBlock); number <= last; ++number)
        if (m_pending[size_t(number)])
            rehighlightBlock(document()->findBlockByNumber(number));
}

void AnnotationHighlighter::highlightSlice()
{
    QTextDocument *doc = document();
    QElapsedTimer slice;
    slice.start();
    QTextBlock block = doc->findBlockByNumber(m_nextBlock);
    // About 8 ms per slice leaves room for input and painting within a 16 ms frame.
    while (m_remaining > 0 && slice.elapsed() < 8) {
        if (!block.isValid())
            block = doc->firstBlock();
        // Pages the view asked for ahead of the pass are done already.
        const auto number = size_t(block.blockNumber());
        if (number >= m_pending.size() || m_pending[number]) {
            if (needsHighlighting(block))
                rehighlightBlock(block);
            else if (number < m_pending.size())
                m_pending[number] = false;
        }
        block = block.next();
        --m_remaining;
    }
    m_nextBlock = block.isValid() ? block.blockNumber() : 0;
    if (m_remaining <= 0) {
        m_slices->stop();
        m_pending.clear();
    }
}

bool AnnotationHighlighter::needsHighlighting(const QTextBlock &block) const
{
    // Rehighlighting costs a copy of the block's text and a format per character even when
    // nothing changes. A long article's opening suggestions (and its bare text before them)
    // leave most blocks without formats and without annotations: those stay as they are, and
    // the pass does not compete with the extraction of the rest for the processor.
    if (!block.layout() || !block.layout()->formats().isEmpty())
        return true;
    if (!m_set || !m_map)
        return false;
    const int start = block.position();
    const Core::Span range{m_map->toArticle(start), m_map->toArticle(start + block.length() - 1) + 1};
    return !m_set->overlapping(range).isEmpty();
}

void AnnotationHighlighter::setSource(const Core::AnnotationSet *set, const Core::TextViewMap *map)
{
    m_set = set;
    m_map = map;
}

void AnnotationHighlighter::setPalette(const AnnotationPalette &palette)
{
    m_palette = palette;
    m_formatCache.clear();
    rehighlightInBackground();
}

void AnnotationHighlighter::setLayerHidden(Core::Layer layer, bool hidden)
{
    if (hidden == m_hidden.contains(layer))
        return;
    if (hidden)
        m_hidden.insert(layer);
    else
        m_hidden.remove(layer);
    rehighlightInBackground();
    Q_EMIT hiddenLayersChanged();
}

void AnnotationHighlighter::rehighlightRange(Core::Span articleRange)
{
    if (!m_map || !document())
        return;
    const int from = m_map->toView(articleRange.start);
    const int to = m_map->toView(std::max(articleRange.start, articleRange.end));
    QTextBlock block = document()->findBlock(from);
    // A change over much of a long article (the rest of its suggestions arriving, or their
    // undo) goes to the background pass: done at once, it would hold up the window.
    constexpr int ManyBlocks = 500;
    if (document()->findBlock(to).blockNumber() - block.blockNumber() > ManyBlocks) {
        rehighlightInBackground(block.blockNumber());
        Q_EMIT rangeRehighlighted(articleRange);
        return;
    }
    while (block.isValid() && block.position() <= to) {
        rehighlightBlock(block);
        block = block.next();
    }
    Q_EMIT rangeRehighlighted(articleRange);
}

QTextCharFormat AnnotationHighlighter::formatOf(const Core::Annotation &annotation)
{
    const QString key = QString::number(int(annotation.layer)) + QLatin1Char('/') + annotation.label
                        + QLatin1Char('/') + QString::number(int(annotation.status));
    auto it = m_formatCache.find(key);
    if (it == m_formatCache.end())
        it = m_formatCache.insert(key, annotationFormat(m_palette, annotation));
    return *it;
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    if (const auto number = size_t(currentBlock().blockNumber()); number < m_pending.size())
        m_pending[number] = false;
    if (!m_set || !m_map)
        return;
    const int length = int(text.size());
    const int blockStart = currentBlock().position();
    const Core::Span articleRange{m_map->toArticle(blockStart), m_map->toArticle(blockStart + length) + 1};

    struct Piece {
        int from;
        int to;
        const Core::Annotation *annotation;
    };
    // Zones first, then outer spans before the ones nested in them (overlapping() gives
    // document order: longer first at the same start), so inner styles are merged last.
    QList<Piece> pieces;
    for (const Core::Annotation *a : m_set->overlapping(articleRange)) {
        // Claims are drawn in the margin, not in the text.
        if (!a->isActive() || a->isOrphan() || m_hidden.contains(a->layer) || a->layer == Core::Layer::Claim)
            continue;
        const int from = std::clamp(m_map->toView(a->span.start) - blockStart, 0, length);
        const int to = std::clamp(m_map->toView(a->span.end) - blockStart, 0, length);
        if (from < to)
            pieces.append({from, to, a});
    }
    if (pieces.isEmpty())
        return;
    std::stable_partition(pieces.begin(), pieces.end(),
                          [](const Piece &p) { return p.annotation->layer == Core::Layer::Zone; });

    // Cut the block at every span edge and give each segment the merge of the formats that
    // cover it: linear in the block's spans, without reading back formats already set.
    QList<int> edges;
    edges.reserve(pieces.size() * 2);
    for (const Piece &p : pieces)
        edges << p.from << p.to;
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        const int from = edges[i];
        const int to = edges[i + 1];
        QTextCharFormat merged;
        bool any = false;
        for (const Piece &p : pieces)
            if (p.from <= from && to <= p.to) {
                merged.merge(formatOf(*p.annotation));
                any = true;
            }
        if (any)
            setFormat(from, to - from, merged);
    }
}

} // namespace Lede::Ui
