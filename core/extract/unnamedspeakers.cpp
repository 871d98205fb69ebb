#include "extract/attribution.h"
#include "extract/attributionwords.h"
#include "extract/entityfinder.h"

#include <algorithm>

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// Unnamed speakers: "officials", "a senior official who asked not to be named", "Sources close
// to the talks", and the words that describe them.

Attribution::Speaker Attribution::anonymousPhrase(const Document &doc, int head, int limit) const
{
    int start = head;
    for (int k = head - 1; k >= limit && head - k <= 3; --k) {
        const Token &t = doc.tokens[k];
        if (!t.is(Word) && !t.is(Number))
            break;
        if (isOneOf(doc, k, {u"and", u"that", u"but", u"which", u"who", u"as", u"while", u"said"})
            || isOneOf(doc, k, {u"if", u"when", u"because", u"although", u"though", u"whether", u"since", u"unless",
                                u"where", u"than", u"of", u"in", u"on", u"at", u"for", u"with", u"from", u"by", u"to"}))
            break;
        start = k;
        if (isDeterminer(doc, k))
            break;
    }
    // "A Department of Health and Social Care spokesperson": the whole name the words reach
    // into, and its article.
    const int inside = doc.mentionsBefore(start + 1) - 1; // the last mention starting at or before it
    if (inside >= 0 && doc.mentions[inside].first < start && doc.mentions[inside].last > start
        && doc.mentions[inside].first >= limit) {
        start = doc.mentions[inside].first;
        if (start - 1 >= limit && isDeterminer(doc, start - 1))
            --start;
    }
    int end = head + 1;
    // "a border police officer": the person the unnamed head describes.
    while (end < doc.tokens.size() && end < head + 3 && doc.tokens[end].is(Word) && !doc.tokens[end].is(Capitalised)
           && (m_lexicon.flags(doc.tokens[end].word) & (PersonNoun | kUnnamedHead)))
        ++end;
    // "Two people who worked on the drama, speaking on condition of anonymity,": the relative
    // clause up to its comma describes them.
    if (textIs(doc, end, u"who")) {
        int k = end + 1;
        while (k < doc.tokens.size() && k < end + 10 && doc.tokens[k].is(Word))
            ++k;
        if (isComma(doc, k))
            end = k;
    }
    // "a person familiar with the talks"
    const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, head, int(doc.tokens.size()),
                                                    kindBit(PhraseKind::Anonymous));
    if (m.length > 1) {
        end = head + m.length;
        // "people familiar with the investigation": the phrase's object too.
        if (isOneOf(doc, end - 1, {u"with", u"to", u"on", u"about", u"of"})) {
            const int object = end + (isDeterminer(doc, end) ? 1 : 0);
            int k = object;
            while (k < doc.tokens.size() && k < object + 4 && (doc.tokens[k].is(Word) || doc.tokens[k].is(Possessive))
                   && !(m_lexicon.flags(doc.tokens[k].word) & SpeechVerb)
                   && !isOneOf(doc, k, {u"who", u"which", u"that", u"and", u"but", u"as"}))
                ++k;
            if (k > object)
                end = k;
        }
    }
    Speaker s;
    s.span = doc.spanOf(start, end);
    s.anonymous = true;
    return s;
}

bool Attribution::unnamedHead(const Document &doc, int head, int limit) const
{
    // "officials", "a spokesman", and a person described but not named: "A member of staff",
    // "One former cabinet minister".
    const quint32 flags = m_lexicon.flags(doc.tokens[head].word);
    if (flags & kUnnamedHead)
        return true;
    return (flags & (PersonNoun | TitleWord)) && !doc.tokens[head].is(Capitalised)
        && isOneOf(doc, doc.tokenAt(anonymousPhrase(doc, head, limit).span.start), {u"a", u"an", u"one", u"another"});
}

Attribution::Speaker Attribution::unnamedWithModifier(const Document &doc, int last, int limit, int cue) const
{
    // "Sources close to the talks said", "A person familiar with the matter said", "A senior
    // official who asked not to be named said": the unnamed head and all that describes it.
    // A relative clause may be long: "A firefighter who has worked the area for more than a
    // decade said".
    for (int h = last; h >= limit && h > last - 14 && (doc.tokens[h].is(Word) || doc.tokens[h].is(Possessive)); --h) {
        const bool phrase = m_lexicon.longestMatch(doc.tokens, h, cue, kindBit(PhraseKind::Anonymous)).length >= 2;
        if (!phrase && !unnamedHead(doc, h, limit))
            continue;
        // "The mother of a man who died in custody said": not the object of another head, nor
        // the agent of a participle ("screening carried out by local volunteers found").
        if (isOneOf(doc, doc.tokenAt(anonymousPhrase(doc, h, limit).span.start) - 1, {u"of", u"for", u"by"}))
            continue;
        if (!phrase && !isOneOf(doc, h + 1, {u"close", u"familiar", u"who", u"with", u"briefed", u"knowledgeable",
                                             u"involved", u"in", u"at", u"from", u"near", u"for", u"of", u"to", u"on"})
            && !isOneOf(doc, h + 1, {u"affected", u"based", u"displaced", u"injured", u"interviewed", u"contacted",
                                     u"employed", u"evacuated", u"stranded", u"trapped"})
            && !participleModifier(doc, h + 1, cue)
            // "patients already facing long waits say"
            && !(isOneOf(doc, h + 1, {u"already", u"still", u"now", u"currently", u"also"}) && participleModifier(doc, h + 2, cue)))
            return {};
        // Not over a clause of its own: "... urged parents to check their records and said".
        for (int k = h + 1; k <= last; ++k)
            if (isOneOf(doc, k, {u"and", u"but"}) && !doc.tokens[k - 1].is(Capitalised))
                return {};
        // "One diplomat in Beijing said negotiators appeared to believe": the source of another
        // verb, not of this one. A relative clause may hold one: "who asked not to be named".
        for (int k = h + 1; k < cue && !isOneOf(doc, k, {u"who", u"which", u"that"}); ++k)
            if (doc.tokens[k].is(Word) && (m_lexicon.flags(doc.tokens[k].word) & SpeechVerb)
                && !isDeterminer(doc, k - 1)) // "the state attorney general" is no verb
                return {};
        Speaker s = anonymousPhrase(doc, h, limit);
        s.span.end = doc.tokens[last].end;
        return s;
    }
    return {};
}

bool Attribution::participleModifier(const Document &doc, int t, int cue) const
{
    // "workers leaving the morning shift", "survivors questioned by police": a participle
    // that describes the head; not a verb of its own ("Protesters blocked the road and said").
    if (t + 1 >= cue || !doc.tokens[t].is(Word) || doc.tokens[t].is(Capitalised)
        || (m_lexicon.flags(doc.tokens[t].word) & SpeechVerb))
        return false;
    const QStringView w = doc.textOf(doc.tokens[t]);
    for (int k = t + 1; k < cue; ++k)
        if (isOneOf(doc, k, {u"and", u"but", u"or"}))
            return false;
    return (w.endsWith(u"ing") && w.size() > 5) || (w.endsWith(u"ed") && textIs(doc, t + 1, u"by"));
}

// The head of a description that opens a sentence: "The family of ...", "The mayor of a small
// farming town in southwestern Idaho".

Attribution::Speaker Attribution::openingHeadOf(const Document &doc, const Sentence &s, int cue) const
{
    // "The family of a ...", "The mother of two of the victims", "The head of a patients' group":
    // a person or group, then "of".
    const int first = s.first + (isDeterminer(doc, s.first) ? 1 : 0);
    for (int head = first; head < cue - 2 && head < first + 3 && doc.tokens[head].is(Word) && !doc.tokens[head].is(Capitalised); ++head) {
        const quint32 flags = m_lexicon.flags(doc.tokens[head].word);
        if (textIs(doc, head + 1, u"of") && ((flags & (PersonNoun | kUnnamedHead)) || isOneOf(doc, head, {u"family", u"relatives", u"head"})))
            return {-1, doc.spanOf(s.first, head + 1), bool(flags & kUnnamedHead)};
    }
    return {};
}

Attribution::Speaker Attribution::openingPerson(const Document &doc, const Sentence &s, int cue) const
{
    // "A federal judge", "The chief executive": an article, up to two modifiers and a noun
    // that names a person, then the verb or an adverbial in lower case.
    if (!isDeterminer(doc, s.first))
        return {};
    for (int head = s.first + 1; head < cue - 1 && head <= s.first + 3 && doc.tokens[head].is(Word)
                                 && !doc.tokens[head].is(Capitalised); ++head) {
        const quint32 flags = m_lexicon.flags(doc.tokens[head].word);
        if (!(flags & (PersonNoun | TitleWord | kUnnamedHead)))
            continue;
        const Token &next = doc.tokens[head + 1];
        if (!next.is(Word) || next.is(Capitalised) || isOneOf(doc, head + 1, {u"of", u"who", u"and", u"at", u"from", u"for"}))
            return {};
        return {-1, doc.spanOf(s.first, head + 1), bool(flags & kUnnamedHead)};
    }
    return {};
}

Attribution::Speaker Attribution::headBeforePlace(const Document &doc, const Sentence &s, int cue, const Speaker &found) const
{
    const int f = doc.tokenAt(found.span.start);
    if (f <= s.first || f >= cue)
        return {};
    if (found.mention >= 0) {
        if (!namesPlace(doc.mentions[found.mention]))
            return {};
    } else if (m_lexicon.flags(doc.tokens[f].word) & (PronounWord | kUnnamedHead)) {
        return {};
    }
    // The preposition before the place, past an article and a few modifiers: "in southwestern".
    auto preposition = [&doc](int k) {
        return isOneOf(doc, k, {u"in", u"of", u"near", u"from", u"at", u"across", u"around", u"outside", u"on"});
    };
    // A comma between two modifiers is part of the phrase: "on the quiet, tree-lined street".
    // Not the end of a clause: "Neighbors on the street cheered, the mayor said".
    auto betweenModifiers = [&](int k) {
        return isComma(doc, k) && k > 1 && k + 1 < doc.tokens.size() && doc.tokens[k - 1].is(Word)
            && !doc.tokens[k - 1].is(Capitalised) && doc.tokens[k + 1].is(Word) && !doc.tokens[k + 1].is(Capitalised)
            && !isDeterminer(doc, k + 1) && !(m_lexicon.flags(doc.tokens[k + 1].word) & PronounWord)
            && (isDeterminer(doc, k - 2) || preposition(k - 2));
    };
    int p = f - 1;
    while (p > s.first && f - p <= 4
           && ((doc.tokens[p].is(Word) && !doc.tokens[p].is(Capitalised)) || betweenModifiers(p)) && !preposition(p))
        --p;
    if (!preposition(p))
        return {};
    // Past an opening phrase: "In February, a payments start-up in Cork disclosed".
    int opening = s.first;
    if (isOneOf(doc, s.first, {u"in", u"on", u"at", u"after", u"earlier", u"later", u"meanwhile", u"separately"}))
        for (int k = s.first + 1; k < p && k < s.first + 7 && (doc.tokens[k].is(Word) || isComma(doc, k)); ++k)
            if (isComma(doc, k)) {
                opening = k + 1;
                break;
            }
    const int first = opening + (isDeterminer(doc, opening) ? 1 : 0);
    // The head is in lower case, but for the capital that opens the sentence ("Neighbors on").
    for (int head = first; head < p && head < first + 3 && doc.tokens[head].is(Word)
                           && (!doc.tokens[head].is(Capitalised) || head == opening); ++head) {
        const quint32 flags = m_lexicon.flags(doc.tokens[head].word);
        if (!(flags & (PersonNoun | kUnnamedHead | TitleWord | OrgWord)) && !describesOrganisation(m_lexicon, doc, head))
            continue;
        if (!isOneOf(doc, head + 1, {u"of", u"for", u"in", u"from", u"at", u"near", u"representing", u"based", u"on"}))
            return {};
        // Only a subject of words that runs up to the cue, not too far off (bounded, so that a
        // long sentence stays linear).
        if (cue - head > 30)
            return {};
        for (int k = head + 1; k < cue; ++k)
            if (!doc.tokens[k].is(Word) && !doc.tokens[k].is(Possessive) && !doc.tokens[k].is(Number) && !betweenModifiers(k))
                return {};
        return {-1, doc.spanOf(opening, head + 1), bool(flags & kUnnamedHead)};
    }
    return {};
}

} // namespace Lede::Core::Extraction
