#include "extract/attribution.h"
#include "extract/attributionwords.h"

#include <algorithm>

namespace Lede::Core::Extraction {

using namespace AttributionWords;

namespace {

constexpr int kTrailingWindow = 12;
// After the closing mark the speaker may come with a relative clause before the verb: "“...,”
// Dahlberg, who has represented several athletes in doping cases, said".
constexpr int kAfterCloseWindow = 20;

} // namespace

// Direct quotes: a cue after the closing mark, else before the opening one, else the
// subject of a sentence that introduces the quote with a colon or a dash, else the previous
// quote's speaker.

Attribution::Speaker Attribution::introducedBy(const Document &doc, const Index &idx, int open) const
{
    const QStringView mark = doc.textOf(doc.tokens[open - 1]);
    if (mark != u":" && mark != u"\u2014" && mark != u"\u2013" && mark != u"--")
        return {};
    const int sentence = idx.sentenceOf[size_t(open - 1)];
    if (sentence < 0)
        return {};
    const int first = doc.sentences[sentence].first;
    const Speaker subject = subjectOpening(doc, idx, first, open - 1);
    if (subject.found())
        return subject;
    // Else the clause before the mark: "Asked whether he would support it, Okafor was blunt:".
    for (int k = open - 2; k > first; --k)
        if (isComma(doc, k))
            return subjectOpening(doc, idx, k + 1, open - 1);
    // "At his post-match press conference he was blunt:": a person or pronoun right before
    // the verb that describes how they spoke.
    for (int verb = open - 2; verb > first && verb >= open - 4; --verb) {
        if (!isOneOf(doc, verb, {u"was", u"is", u"were", u"are", u"seemed", u"sounded", u"remained"}))
            continue;
        const int k = verb - 1;
        if (isOneOf(doc, k, {u"he", u"she", u"they"}))
            return {-1, {doc.tokens[k].start, doc.tokens[k].end}, false};
        const int m = idx.mentionByLast[size_t(k)];
        if (m >= 0 && doc.mentions[m].type == u"PERSON")
            return {m, doc.mentions[m].span, false};
        break;
    }
    return {};
}

Attribution::Speaker Attribution::subjectOpening(const Document &doc, const Index &idx, int first, int end) const
{
    // The subject opens the clause, after a determiner and titles: "Brenner", "The mayor",
    // "Interior Minister Olaf Brenner", "She". Anything else ("In Berlin", "The reason is
    // simple:") introduces no speaker.
    int head = first;
    if (head < end && isDeterminer(doc, head))
        ++head;
    const int named = head < end ? idx.mentionByFirst[size_t(head)] : -1;
    if (named >= 0 && (doc.mentions[named].type == u"PERSON" || doc.mentions[named].type == u"ORG"))
        return doc.mentions[named].last < end ? Speaker{named, doc.mentions[named].span, false} : Speaker{};
    while (head < end && doc.tokens[head].is(Word) && (m_lexicon.flags(doc.tokens[head].word) & TitleWord)
           && idx.mentionByFirst[size_t(head)] < 0)
        ++head;
    if (head > first && head < end && !isDeterminer(doc, head - 1)) {
        const int titled = idx.mentionByFirst[size_t(head)];
        if (titled >= 0 && doc.mentions[titled].type == u"PERSON")
            return {titled, doc.mentions[titled].span, false};
    }
    if (head > first && isDeterminer(doc, first) && head - 1 > first) {
        // "The secretary general of the conference, Nunzio Galantino, has called ...:": the
        // name in an appositive.
        for (int k = head; k + 1 < end && k < head + 12; ++k) {
            if (!isComma(doc, k))
                continue;
            const int m = idx.mentionByFirst[size_t(k + 1)];
            if (m >= 0 && doc.mentions[m].type == u"PERSON" && isComma(doc, doc.mentions[m].last))
                return {m, doc.mentions[m].span, false};
            break;
        }
        return {-1, doc.spanOf(first, head), false}; // "The mayor", "The interior minister"
    }
    if (head == first && doc.tokens[first].is(Word) && isOneOf(doc, first, {u"he", u"she", u"they"}))
        return {-1, {doc.tokens[first].start, doc.tokens[first].end}, false};
    return {};
}

void Attribution::attributeDirect(Document &doc, Index &idx) const
{
    const int count = int(doc.tokens.size());
    int previousDirect = -1;
    for (int qi = 0; qi < doc.quotes.size(); ++qi) {
        QuoteFound &q = doc.quotes[qi];
        if (q.label != u"DIRECT")
            continue;
        const int close = q.lastToken;
        const int closeSentence = close < count ? idx.sentenceOf[size_t(close)] : -1;
        bool found = false;
        if (closeSentence >= 0) {
            // After the closing mark, up to the sentence end or the next quote. A question or an
            // exclamation ends the sentence before its attribution: "“Why wouldn't you?” Okafor said."
            int sentenceLast = doc.sentences[closeSentence].last;
            if (sentenceLast == close + 1 && close + 1 < count && doc.tokens[close - 1].is(SentenceFinal)
                && doc.textOf(doc.tokens[close - 1]) != u"." && idx.sentenceOf[size_t(close + 1)] >= 0
                && doc.sentences[idx.sentenceOf[size_t(close + 1)]].paragraph == doc.sentences[closeSentence].paragraph)
                sentenceLast = doc.sentences[idx.sentenceOf[size_t(close + 1)]].last;
            const int end = std::min(sentenceLast, close + 1 + kAfterCloseWindow);
            for (int t = close + 1; t < end && !found; ++t) {
                if (doc.tokens[t].is(QuoteMark) || doc.tokens[t].is(SentenceFinal))
                    break;
                const int len = cueLength(doc, t);
                if (!len || idx.usedCue[size_t(t)] || isThoughtOnly(doc, t, len))
                    continue;
                // "“...?” She added that operators ...": a statement of its own, not this one's cue.
                if (textIs(doc, t + len, u"that"))
                    break;
                Speaker s = speakerBefore(doc, idx, t, close + 1);
                // "..., the driver said": a speaker without a name between the quote and the cue.
                if (!s.found() && t > close + 1)
                    s = nounPhraseBefore(doc, t, close + 1);
                // "..., the driver told police": the one told does not speak.
                if (!s.found() && !isTellVerb(doc, t))
                    s = speakerAfter(doc, idx, t + len, end);
                if (!s.found() && t == close + 1)
                    s = nounPhraseAfter(doc, t + len, end); // "..., said the driver."
                if (!s.found() && t > close + 3)
                    continue;
                q.cue = doc.spanOf(t, t + len);
                q.cueRule = QStringLiteral("cue.after");
                // "..., Maria Lopez told the BBC.": the outlet carried the quote.
                const int object = t + len + (textIs(doc, t + len, u"the") ? 1 : 0);
                const int told = object < count ? idx.mentionByFirst[size_t(object)] : -1;
                if (isTellVerb(doc, t) && told >= 0 && doc.mentions[told].outlet)
                    q.outlet = told;
                // "..., told the Swedish daily Nordposten.": a description before the name.
                for (int j = object; isTellVerb(doc, t) && q.outlet < 0 && j < count && j < object + 4 && doc.tokens[j].is(Word); ++j)
                    if (idx.mentionByFirst[size_t(j)] >= 0 && doc.mentions[idx.mentionByFirst[size_t(j)]].outlet)
                        q.outlet = idx.mentionByFirst[size_t(j)];
                if (isTellVerb(doc, t) && q.outlet < 0)
                    q.unnamedOutlet = unnamedOutlet(doc, t + len, end); // "..., he told local radio."
                q.speaker = s.mention;
                q.speakerSpan = s.span;
                q.anonymous = s.anonymous;
                idx.usedCue.set(size_t(t), 1);
                found = true;
            }
        }
        const int open = q.firstToken - 1;
        if (!found && open > 0) {
            // Before the opening mark: "Brenner said: “...”", "Okafor said the plan was “...”".
            const int openSentence = idx.sentenceOf[size_t(open)];
            const int start = openSentence >= 0 ? doc.sentences[openSentence].first : open;
            for (int t = open - 1; t >= start && t >= open - kTrailingWindow && !found; --t) {
                if (doc.tokens[t].is(QuoteMark))
                    break;
                const int len = cueLength(doc, t);
                if (!len || idx.usedCue[size_t(t)] || isThoughtOnly(doc, t, len))
                    continue;
                Speaker s = speakerBefore(doc, idx, t, start);
                if (!s.found())
                    s = speakerAfter(doc, idx, t + len, open);
                // "The driver said: “...”", "my supervisor said, ‘...’", "a surgeon telling her,
                // “...”": an unnamed subject right before the quote.
                const int told = t + len < open && isObjectPronoun(doc, t + len) ? 1 : 0;
                const bool adjacent = t + len + told + 1 >= open;
                if (!s.found() && adjacent)
                    s = nounPhraseBefore(doc, t, start);
                // "Andersson called the findings “...,” adding: “...”": the sentence's subject.
                const bool afterComma = isComma(doc, t - 1) || (doc.tokens[t - 1].is(QuoteMark) && isComma(doc, t - 2));
                if (!s.found() && adjacent && afterComma && doc.textOf(doc.tokens[t]).endsWith(u"ing")
                    && openSentence >= 0)
                    s = sentenceSubject(doc, idx, doc.sentences[openSentence], t);
                // A verb that introduces the quote says someone else speaks now, even unnamed:
                // "One, from the channel Canal 9, asked: “...”" is not the minister going on.
                if (!s.found() && !(adjacent && t + len < open && doc.textOf(doc.tokens[t + len]) == u":"))
                    continue;
                q.cue = doc.spanOf(t, t + len);
                q.cueRule = QStringLiteral("cue.before");
                // "she told the BBC’s Today programme: “...”", "he told local radio: “...”".
                for (int j = t + len; isTellVerb(doc, t) && q.outlet < 0 && j < open && j < t + len + 4; ++j)
                    if (idx.mentionByFirst[size_t(j)] >= 0 && doc.mentions[idx.mentionByFirst[size_t(j)]].outlet)
                        q.outlet = idx.mentionByFirst[size_t(j)];
                if (isTellVerb(doc, t) && q.outlet < 0)
                    q.unnamedOutlet = unnamedOutlet(doc, t + len, open);
                q.speaker = s.mention;
                q.speakerSpan = s.span;
                q.anonymous = s.anonymous;
                idx.usedCue.set(size_t(t), 1);
                found = true;
            }
        }
        if (!found && open > 0) {
            // No verb at all: "Brenner was blunt: “...”", "The mayor put it simply — “...”".
            const Speaker s = introducedBy(doc, idx, open);
            if (s.found()) {
                q.speaker = s.mention;
                q.speakerSpan = s.span;
                q.anonymous = s.anonymous;
                q.rule = QStringLiteral("quote.introduced");
                found = true;
            }
        }
        if (!found && previousDirect >= 0) {
            // The same speaker going on, in this paragraph or from the previous one.
            const QuoteFound &prev = doc.quotes[previousDirect];
            if (prev.speakerSpan.length() > 0 && q.paragraph - prev.paragraph <= 1) {
                q.speaker = prev.speaker;
                q.speakerSpan = prev.speakerSpan;
                q.anonymous = prev.anonymous;
                q.rule = QStringLiteral("quote.continued");
                // The second half of a quote split by its attribution ("“...,” she said. “...”")
                // was said with the same verb; a quote in the next paragraph is a new statement.
                if (q.paragraph == prev.paragraph) {
                    q.cue = prev.cue;
                    q.cueRule = prev.cueRule;
                }
            }
        }
        previousDirect = qi;
    }
}

} // namespace Lede::Core::Extraction
