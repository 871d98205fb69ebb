#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

namespace Lede::Core::Extraction {

/// Splits a text into paragraphs (blocks between blank lines) and labels each with its zone:
/// HEADLINE, STANDFIRST, DATELINE, BYLINE, CAPTION, CREDIT, BODY or BOILERPLATE.
///
/// Zones come from position and shape, not from markup: the first short line is the headline,
/// a "By ..." line the byline, "JANE DOE/AP/Agency Images" a credit and the line before it a
/// caption, comment prompts and newsletter lines at the end boilerplate.
class Zoner
{
public:
    explicit Zoner(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    /// Fills doc.paragraphs (spans and token ranges) from doc.text and doc.tokens.
    static void split(Document &doc);
    /// Labels doc.paragraphs.
    void classify(Document &doc) const;

private:
    bool isDateline(const Document &doc, const Paragraph &p) const;
    static bool isByline(const Document &doc, const Paragraph &p);
    bool isBoilerplate(const Document &doc, const Paragraph &p) const;
    static bool isCredit(const Document &doc, const Paragraph &p);
    /// Makes @p p a caption when its last line is a credit; whether it did.
    static bool endsInCreditLine(const Document &doc, Paragraph &p);
    void findInlineParts(Document &doc, Paragraph &p) const;
    /// Ends the sentence an inline dateline opens where the dateline ends.
    static void separateDatelines(Document &doc);

    const Lexicon &m_lexicon;
};

} // namespace Lede::Core::Extraction
