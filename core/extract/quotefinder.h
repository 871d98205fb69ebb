#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

namespace Lede::Core::Extraction {

/// Pairs quotation marks and makes a quote of each pair: DIRECT when the marks hold speech
/// (a clause, or a sentence start), PARTIAL when they sit inside a sentence of the author's,
/// SCARE for a short phrase in marks nobody is quoted as saying (decided finally by
/// Attribution, which knows whether a speaker is at hand).
///
/// Handles straight and curly marks (" " “ ” ‘ ’ « »), nesting, apostrophes that look like
/// closing marks, and quotes running over paragraphs: a paragraph that leaves a quote open
/// continues into the next one when that one opens with a mark. One pass over the tokens with
/// a bounded stack: linear even on 100,000 marks.
class QuoteFinder
{
public:
    explicit QuoteFinder(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    void run(Document &doc) const;

private:
    struct Pair {
        int open;
        int close;
        int depth;
    };
    QList<Pair> pairMarks(const Document &doc) const;
    void classify(Document &doc, const Pair &pair) const;

    const Lexicon &m_lexicon;
};

} // namespace Lede::Core::Extraction
