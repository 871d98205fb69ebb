#include "extract/attribution.h"
#include "extract/attributionwords.h"

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// "According to X": a source cited without a verb of its own, before or after what it says.

void Attribution::attributeAccordingTo(const Document &doc, const Index &idx, const Sentence &s, int t, int sentenceEnd,
                                       QuoteFound &q, Speaker &sp, int &contentFirst, int &contentLast) const
{
    // "According to X, content." or "content, according to X."
    int comma = t + 2;
    while (comma < sentenceEnd && comma < t + 40 && !isComma(doc, comma))
        ++comma;
    // "According to the student newspaper, the Halbrook Herald, more than ...": the
    // name after the description is the source too.
    int appositive = -1;
    bool described = comma < sentenceEnd; // a description without a name before the comma
    // An owner may be named: "according to Blackridge's managing partner, Jordan Pike".
    for (int k = t + 2; k < comma && described; ++k) {
        const int m = idx.mentionByFirst[size_t(k)];
        // "according to the Afghan team's coach, Alireza Mehraban,": a nationality describes.
        described = m < 0 || doc.mentions[m].type == u"NORP"
            || (doc.mentions[m].last < comma && doc.tokens[doc.mentions[m].last].is(Possessive));
    }
    if (described) {
        const int named = comma + 1 + (isDeterminer(doc, comma + 1) ? 1 : 0);
        const int m = named < sentenceEnd ? idx.mentionByFirst[size_t(named)] : -1;
        if (m >= 0 && (isComma(doc, doc.mentions[m].last) || doc.mentions[m].last + 1 >= sentenceEnd)
            && (doc.mentions[m].type == u"ORG" || doc.mentions[m].type == u"PERSON")) {
            appositive = m;
            comma = doc.mentions[m].last;
        }
    }
    // The source ends before a parenthesis: "Google Analytics (full data: ...)".
    int sourceEnd = t + 2;
    while (sourceEnd < comma && doc.text[doc.tokens[sourceEnd].start] != u'(')
        ++sourceEnd;
    bool seenBy = false; // the mention before was one that only saw the text
    for (int k = t + 2; k < sourceEnd; ++k) {
        const int m = idx.mentionByFirst[size_t(k)];
        // "according to a copy of the text seen by Reuters", "according to a memo
        // leaked to NOS": the text speaks; the outlet only saw it.
        const int by = k - 1 - (isDeterminer(doc, k - 1) ? 1 : 0);
        const bool onlySaw = (textIs(doc, by, u"by") && isOneOf(doc, by - 1, {u"seen", u"obtained", u"reviewed", u"viewed"}))
            || (textIs(doc, by, u"to") && isOneOf(doc, by - 1, {u"leaked", u"sent", u"given", u"provided", u"shown"}))
            || (textIs(doc, by, u"with") && textIs(doc, by - 1, u"shared"))
            || (seenBy && isOneOf(doc, by, {u"and", u","})); // "seen by Le Monde and Der Spiegel"
        if (m >= 0)
            seenBy = onlySaw;
        // "according to Thai customs data", "according to Germany's statistics office":
        // what the nationality or country describes.
        const int after = m >= 0 ? doc.mentions[m].last + (doc.tokens[doc.mentions[m].last].is(Possessive) ? 1 : 0) : -1;
        const bool describes = m >= 0 && (doc.mentions[m].type == u"NORP" || doc.mentions[m].type == u"GPE")
            && after < sourceEnd && doc.tokens[after].is(Word) && !doc.tokens[after].is(Capitalised);
        if (describes && !sp.found()) {
            sp.span = doc.spanOf(t + 2, sourceEnd);
            break;
        }
        if (m >= 0 && !onlySaw && (sp.mention < 0 || doc.mentions[m].type != u"GPE"))
            sp = {m, doc.mentions[m].span, false};
        if (m >= 0 && doc.mentions[m].outlet)
            q.outlet = m;
    }
    if (appositive >= 0) {
        sp = {appositive, doc.mentions[appositive].span, false};
        if (doc.mentions[appositive].outlet)
            q.outlet = appositive;
    }
    if (!sp.found() && sourceEnd > t + 2) {
        sp.span = doc.spanOf(t + 2, sourceEnd);
        // "according to sources", "according to a person briefed on the talks":
        // an unnamed source.
        for (int k = t + 2; k < sourceEnd && !sp.anonymous; ++k)
            sp.anonymous = doc.tokens[k].is(Word)
                && ((m_lexicon.flags(doc.tokens[k].word) & kUnnamedHead)
                    || m_lexicon.longestMatch(doc.tokens, k, sourceEnd, kindBit(PhraseKind::Anonymous)).length >= 2);
    }
    if (t == s.first || (t > s.first && doc.tokens[t - 1].is(QuoteMark))) {
        contentFirst = comma + 1;
    } else if (isComma(doc, t - 1)) {
        contentFirst = s.first;
        contentLast = t - 1;
    } else if (comma >= sentenceEnd && !doc.textOf(doc.tokens[t - 1]).endsWith(u"ed")) {
        // "The city expects 6 million visitors according to the event website.":
        // the clause before it (from the last comma), unless a participle makes it
        // a manner ("weighted according to age").
        contentFirst = s.first;
        for (int k = t - 4; k > s.first; --k) {
            if (isComma(doc, k)) {
                contentFirst = k + 1;
                break;
            }
        }
        contentLast = t;
    }
}

} // namespace Lede::Core::Extraction
