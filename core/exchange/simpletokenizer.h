#pragma once

#include "model/span.h"

#include <QList>
#include <QString>

namespace Lede::Core {

/// Splits a text into sentences of tokens for the token-based exchange formats (CoNLL) and
/// for token-level agreement. Deliberately self-contained and simple, so that exports do not
/// change when the extractor's own tokenizer is tuned:
/// - a token is a run of letters, digits and combining marks (with inner apostrophes,
///   hyphens, and periods or commas between digits or letters, as in "U.S", "80,000",
///   "don't"), or one other character with what attaches to it (variation selectors, emoji
///   modifiers, zero-width-joined emoji);
/// - a sentence ends at a line break, and after . ! ? … (and closing quotes) when the next
///   token starts a new sentence, except after a few abbreviations and initials.
class SimpleTokenizer
{
public:
    using Sentence = QList<Span>;

    static QList<Sentence> sentences(const QString &text);
    static QList<Span> tokens(const QString &text);
};

} // namespace Lede::Core
