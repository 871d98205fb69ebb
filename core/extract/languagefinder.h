#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

namespace Lede::Core::Extraction {

/// Finds hedges ("reportedly", "is believed to"), loaded words ("regime", "shameless"),
/// intensifiers, and the sources statements rest on: outlets ("according to the Associated
/// Press", "Reuters reported", "citing Reuters", "in an interview with the BBC") and anonymous
/// sources ("officials said", "a person familiar with the talks", "citing unnamed officials").
///
/// Each loaded word and hedge records the quote it stands in, which gives its voice: inside
/// direct or partial quotes it is the speaker's wording, elsewhere the author's.
class LanguageFinder
{
public:
    explicit LanguageFinder(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    void run(Document &doc) const;

private:
    void findSources(Document &doc) const;
    void findCitedSources(Document &doc) const;

    const Lexicon &m_lexicon;
};

} // namespace Lede::Core::Extraction
