#include "extract/attribution.h"
#include "extract/attributionwords.h"

#include <algorithm>

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// Partial quotes: the attribution of the reported speech they sit in, or of a cue in
// their sentence; short ones with none are scare quotes.

Attribution::Speaker Attribution::passiveAgent(const Document &doc, const Index &idx, int from, int limit) const
{
    // "by campaigners", "by the opposition leader, Miriam Okafor", "by Miriam Okafor".
    const int named = from + (isDeterminer(doc, from) ? 1 : 0);
    if (named < limit)
        if (const int m = idx.mentionByFirst[size_t(named)]; m >= 0 && doc.mentions[m].type != u"DATE")
            return {m, doc.mentions[m].span, false};
    // "by the farmers' group Boerenfront": the name the description ends in.
    for (int k = named + 1; k < limit && k < from + 6 && (doc.tokens[k].is(Word) || doc.tokens[k].is(Possessive)); ++k) {
        if (!doc.tokens[k].is(Capitalised) || !doc.tokens[k - 1].is(Word) || doc.tokens[k - 1].is(Capitalised)
            || !(m_lexicon.flags(doc.tokens[k - 1].word) & (OrgWord | PersonNoun | kUnnamedHead)))
            continue;
        if (const int m = idx.mentionByFirst[size_t(k)]; m >= 0 && doc.mentions[m].type != u"DATE")
            return {m, doc.mentions[m].span, false};
        int end = k; // a name the tagger did not find
        while (end < limit && doc.tokens[end].is(Word) && doc.tokens[end].is(Capitalised))
            ++end;
        return {-1, doc.spanOf(from, end), false};
    }
    int end = from;
    bool unnamed = false;
    while (end < limit && end < from + 6 && doc.tokens[end].is(Word)
           && !isOneOf(doc, end, {u"who", u"which", u"that", u"and", u"in", u"on", u"at", u"for", u"after", u"over"})) {
        unnamed = unnamed || (m_lexicon.flags(doc.tokens[end].word) & (kUnnamedHead | PersonNoun));
        ++end;
    }
    if (!unnamed)
        return {};
    // "by the opposition leader, Miriam Okafor": the name after the description.
    if (end + 1 < limit && isComma(doc, end))
        if (const int m = idx.mentionByFirst[size_t(end + 1)]; m >= 0 && doc.mentions[m].type == u"PERSON")
            return {m, doc.mentions[m].span, false};
    return {-1, doc.spanOf(from, end), (m_lexicon.flags(doc.tokens[end - 1].word) & kUnnamedHead) != 0};
}

void Attribution::attributePartials(Document &doc, Index &idx) const
{
    const int quoteCount = int(doc.quotes.size());
    std::vector<int> indirect; // indices of reported speech, by start
    for (int k = 0; k < quoteCount; ++k)
        if (doc.quotes[k].label == u"INDIRECT")
            indirect.push_back(k);
    std::sort(indirect.begin(), indirect.end(), [&](int a, int b) {
        return doc.quotes[a].span.start < doc.quotes[b].span.start;
    });
    std::vector<int> sameAsPartial; // reported speech that is nothing but the partial quote
    // The cues the quotes found so far hold. A cue tried for reported speech that came to
    // nothing ("and accused ministers of “...”" has no clause) is free for a partial quote.
    std::vector<char> cueHeld(size_t(doc.tokens.size()), 0);
    for (const QuoteFound &q : std::as_const(doc.quotes)) {
        if (q.cue.isEmpty())
            continue;
        for (int t = doc.tokenAt(q.cue.start); t < doc.tokenAt(q.cue.end); ++t)
            cueHeld[size_t(t)] = 1;
    }
    for (int qi = 0; qi < quoteCount; ++qi) {
        QuoteFound &q = doc.quotes[qi];
        if (q.label != u"PARTIAL" && !(q.label == u"SCARE" && q.rule == u"quote.title"))
            continue;
        // Inside reported speech: take its attribution. Reported speech does not nest, so the
        // latest one starting before the quote is the only candidate.
        bool done = false;
        const auto after = std::upper_bound(indirect.cbegin(), indirect.cend(), q.span.start,
                                            [&](int pos, int k) { return pos < doc.quotes[k].span.start; });
        if (after != indirect.cbegin()) {
            const QuoteFound &r = doc.quotes[*(after - 1)];
            if (r.span.contains(q.span) && r.speakerSpan.length() > 0) {
                q.label = QStringLiteral("PARTIAL");
                q.speaker = r.speaker;
                q.speakerSpan = r.speakerSpan;
                q.anonymous = r.anonymous;
                q.cue = r.cue; // one cue annotation, linked from both quotes
                q.cueRule = r.cueRule;
                q.rule = QStringLiteral("quote.partial.reported");
                // "saying only that “all options are being examined”": one statement, not two.
                if (r.span == q.span)
                    sameAsPartial.push_back(*(after - 1));
                done = true;
            }
        }
        if (done || q.label != u"PARTIAL")
            continue;
        // A cue in the sentence: "Okafor called the proposal a “political stunt”".
        const int open = q.firstToken - 1;
        const int sentence = idx.sentenceOf[size_t(open)];
        // "a pedometer marketed as “manpo-kei,” meaning “10,000-step meter”": a name and its
        // gloss, no one's words.
        const bool term = textIs(doc, open - 1, u"meaning")
            || (textIs(doc, open - 1, u"as") && isOneOf(doc, open - 2, {u"known", u"marketed", u"sold", u"translated", u"billed"}));
        if (sentence >= 0 && !term) {
            const Sentence &s = doc.sentences[sentence];
            for (int t = open - 1; t >= s.first && t >= open - 30 && !done; --t) {
                const int len = (m_lexicon.flags(doc.tokens[t].word) & SpeechVerb) && doc.tokens[t].is(Word) ? 1 : 0;
                if (!len)
                    continue;
                // "Spang calls these cases “enlace”": a term named, not words quoted.
                if (isOneOf(doc, t, {u"calls", u"calling"}) && q.lastToken - q.firstToken <= 1)
                    continue;
                // "the gusts that forecasters call “Diablo winds”", "a problem scientists call
                // “reverse causation”": what a trade calls a thing is its name, not words quoted.
                // Not "what critics called “a betrayal”", "a move Bangkok called “unjustified”",
                // "a defeat the Italian called “a lesson I needed”": their words.
                if (t == open - 1 && isOneOf(doc, t, {u"call", u"calls", u"called"}) && !whatBefore(doc, t, s.first)
                    && isOneOf(doc, t - 1, {u"scientists", u"forecasters", u"researchers", u"economists", u"meteorologists",
                                            u"historians", u"linguists", u"psychologists", u"biologists", u"physicists",
                                            u"engineers", u"doctors", u"locals", u"fans", u"people", u"experts"}))
                    break;
                Speaker sp;
                // "have been condemned as “a betrayal of readers” by campaigners": a passive's
                // words are its agent's, after the quote; without one, no one's that the text names.
                if (isOneOf(doc, t - 1, {u"been", u"was", u"were", u"is", u"are", u"be", u"being"})) {
                    if (!textIs(doc, q.lastToken + 1, u"by") || q.lastToken + 2 >= s.last)
                        continue;
                    sp = passiveAgent(doc, idx, q.lastToken + 2, s.last);
                    if (!sp.found())
                        continue;
                } else {
                    sp = speakerBefore(doc, idx, t, s.first);
                }
                // "Dačić hit back, describing them as “...”"; "The jury president, Danish actress
                // Karen Holm, called the film “...”": the subject, before the comma.
                // Not a passive's: "Okafor's plan, branded “reckless” by economists".
                if (!sp.found() && isComma(doc, t - 1) && !textIs(doc, q.lastToken + 1, u"by"))
                    sp = sentenceSubject(doc, idx, s, t);
                // "Reyes said talks had collapsed, and accused ministers of “...”": the second verb
                // shares the speaker of the statement it is joined to.
                if (!sp.found() && isOneOf(doc, t - 1, {u"and", u"but"}) && after != indirect.cbegin()) {
                    const QuoteFound &r = doc.quotes[*(after - 1)];
                    if (!r.cue.isEmpty() && r.cue.start >= doc.tokens[s.first].start && r.span.end <= doc.tokens[t].start
                        && !r.speakerSpan.isEmpty())
                        sp = {r.speaker, r.speakerSpan, r.anonymous};
                }
                const QStringView cueWord = doc.textOf(doc.tokens[t]);
                const bool verbForm = cueWord.endsWith(u"ed") || cueWord.endsWith(u"ing") || isOneOf(doc, t, {u"calls", u"call"});
                if (!sp.found() && (!isAmbiguousCue(doc, t) || verbForm)) {
                    // "Protest leader calls police “thugs”"; not "his state had “...”" (a noun),
                    // nor a lone determiner or pronoun.
                    const Speaker np = nounPhraseBefore(doc, t, s.first);
                    const int first = np.found() ? doc.tokenAt(np.span.start) : -1;
                    if (np.found() && (first < t - 1 || !(isDeterminer(doc, first) || (m_lexicon.flags(doc.tokens[first].word) & PronounWord))))
                        sp = np;
                }
                if (!sp.found())
                    continue;
                q.speaker = sp.mention;
                q.speakerSpan = sp.span;
                q.anonymous = sp.anonymous;
                if (!cueHeld[size_t(t)]) {
                    q.cue = doc.spanOf(t, t + 1);
                    q.cueRule = QStringLiteral("cue.partial");
                    idx.usedCue.set(size_t(t), 1);
                    cueHeld[size_t(t)] = 1;
                }
                done = true;
            }
        }
        if (!done && q.lastToken - q.firstToken <= 5) {
            q.label = QStringLiteral("SCARE");
            q.rule = QStringLiteral("quote.scare");
        }
    }
    if (!sameAsPartial.empty()) {
        std::vector<char> drop(size_t(doc.quotes.size()), 0);
        for (const int k : sameAsPartial)
            drop[size_t(k)] = 1;
        qsizetype kept = 0;
        for (qsizetype k = 0; k < doc.quotes.size(); ++k)
            if (!drop[size_t(k)])
                doc.quotes[kept++] = std::move(doc.quotes[k]);
        doc.quotes.resize(kept);
    }
}

} // namespace Lede::Core::Extraction
