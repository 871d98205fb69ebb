#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"
#include "model/entity.h"

namespace Lede::Core::Extraction {

/// Groups mentions into canonical entities: "Olaf Brenner" and "Brenner" are one person,
/// "U.K." and "Britain" one country. Also makes types consistent: a name typed PERSON by a
/// strong rule is PERSON everywhere in the text.
///
/// Before grouping, drops one-word names the statistical tagger guessed for a capitalised
/// abstract noun at the start of a sentence or quote ("Humanity has no border"): no rule
/// supports them and the word is never capitalised elsewhere in the text.
///
/// Names also lose lower-case function words the tagger took in at their start: "of five
/// weeks" is the date "five weeks", "the Greens" the party "Greens" (dates keep "the").
///
/// Dates then take in the rest of their noun phrase, as annotated corpora mark them: the
/// determiner, the approximation and the number before them ("about two years", "his 2010
/// season", "each year", "the past three years"); a year alone takes no determiner.
///
/// Fills Mention::group and returns one Entity per group (DATE mentions stay ungrouped).
class MentionGrouper
{
public:
    explicit MentionGrouper(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    QList<Entity> run(Document &doc) const;

private:
    void dropAbstractNouns(Document &doc) const;
    void trimLeadingFunctionWords(Document &doc) const;
    void extendDates(Document &doc) const;

    const Lexicon &m_lexicon;
};

/// "E" + 10 hex digits of SHA-1 over type|name.
QString entityId(const QString &type, const QString &name);

} // namespace Lede::Core::Extraction
