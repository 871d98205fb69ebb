#pragma once

#include "pipelinehelper.h"
#include "qtprinters.h"

#include "extract/attribution.h"
#include "extract/entityfinder.h"
#include "extract/mentiongrouper.h"
#include "extract/quotefinder.h"

#include <QStringList>

namespace Lede::Test {

/// Runs the rules up to attribution (no tagger) over @p text: "LABEL content | cue | speaker"
/// per quote, the speaker's name or, when it has none, its words.
inline QStringList quotes(const QString &text)
{
    using namespace Core::Extraction;
    Document doc = prepare(text);
    const Lexicon &lexicon = Lexicon::instance();
    EntityFinder(lexicon).run(doc);
    Attribution(lexicon).markDescribedOutlets(doc); // before grouping, as the extractor does
    MentionGrouper(lexicon).run(doc);
    QuoteFinder(lexicon).run(doc);
    Attribution(lexicon).run(doc);
    QStringList out;
    for (const QuoteFound &q : doc.quotes) {
        const QString speaker = q.speaker >= 0 ? doc.textOf(doc.mentions[q.speaker].span).toString()
                                               : doc.textOf(q.speakerSpan).toString();
        out.append(q.label + u' ' + doc.textOf(q.span) + QStringLiteral(" | ") + doc.textOf(q.cue)
                   + QStringLiteral(" | ") + speaker);
    }
    return out;
}

} // namespace Lede::Test
