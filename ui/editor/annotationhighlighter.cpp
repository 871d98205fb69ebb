#include "editor/annotationhighlighter.h"

#include <QTextDocument>

#include <algorithm>

namespace Lede::Ui {
namespace {

QColor entityColour(const QString &label)
{
    if (label == QLatin1String("PERSON")) return QColor(0xff, 0xe0, 0x9e);
    if (label == QLatin1String("ORG")) return QColor(0xc8, 0xe6, 0xff);
    if (label == QLatin1String("GPE")) return QColor(0xd4, 0xf5, 0xc8);
    if (label == QLatin1String("LOC")) return QColor(0xe3, 0xf7, 0xe9);
    if (label == QLatin1String("NORP")) return QColor(0xf0, 0xd9, 0xff);
    if (label == QLatin1String("DATE")) return QColor(0xe8, 0xe8, 0xe8);
    return QColor(0xf5, 0xf5, 0xdc);
}

void applyStyle(QTextCharFormat &format, const Core::Annotation &a)
{
    using Core::Layer;
    switch (a.layer) {
    case Layer::Entity: format.setBackground(entityColour(a.label)); break;
    case Layer::Quote:
        format.setUnderlineStyle(a.label == QLatin1String("SCARE") ? QTextCharFormat::DotLine
                                                                   : QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(QColor(0x2a, 0x6f, 0xdb));
        break;
    case Layer::Cue: format.setFontWeight(QFont::Bold); break;
    case Layer::Source: format.setForeground(QColor(0x00, 0x6d, 0x77)); break;
    case Layer::Hedge: format.setFontItalic(true); break;
    case Layer::Loaded: format.setForeground(QColor(0xc6, 0x28, 0x28)); break;
    case Layer::Zone:
        if (a.label == QLatin1String("HEADLINE")) format.setFontWeight(QFont::Bold);
        else if (a.label == QLatin1String("BOILERPLATE") || a.label == QLatin1String("CREDIT"))
            format.setForeground(QColor(0x90, 0x90, 0x90));
        break;
    case Layer::Claim: break;
    }
    if (a.status == Core::Status::Suggested && a.layer == Layer::Entity)
        format.setBackground(format.background().color().lighter(104));
}

} // namespace

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void AnnotationHighlighter::setAnnotations(const Core::AnnotationSet *set)
{
    m_annotations = set;
    rehighlight();
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    if (!m_annotations)
        return;
    const int blockStart = currentBlock().position();
    const Core::Span blockSpan{blockStart, blockStart + int(text.size()) + 1};
    // Zones first, then wider spans before the ones nested in them, so inner styles win.
    QList<const Core::Annotation *> spans = m_annotations->overlapping(blockSpan);
    std::stable_sort(spans.begin(), spans.end(), [](const Core::Annotation *a, const Core::Annotation *b) {
        return (a->layer == Core::Layer::Zone) > (b->layer == Core::Layer::Zone);
    });
    for (const Core::Annotation *a : spans) {
        if (!a->isActive() || a->isOrphan())
            continue;
        const int from = std::max(a->span.start, blockStart) - blockStart;
        const int to = std::min(a->span.end, blockStart + int(text.size())) - blockStart;
        for (int i = from; i < to;) {
            // Merge with what is already there, so nested spans keep both styles.
            QTextCharFormat merged = format(i);
            int run = i + 1;
            while (run < to && format(run) == format(i))
                ++run;
            applyStyle(merged, *a);
            setFormat(i, run - i, merged);
            i = run;
        }
    }
}

} // namespace Lede::Ui
