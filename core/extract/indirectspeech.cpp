#include "extract/attribution.h"
#include "extract/attributionwords.h"

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// Reported speech: subject + reporting verb + clause ("according to" is in accordingto.cpp).

void Attribution::findIndirect(Document &doc, Index &idx) const
{
    QList<QuoteFound> found;
    for (const Sentence &s : std::as_const(doc.sentences)) {
        const QString &zone = doc.paragraphs[s.paragraph].zone;
        if (zone != u"BODY" && zone != u"STANDFIRST" && zone != u"CAPTION" && zone != u"HEADLINE")
            continue;
        int sentenceEnd = s.last;
        while (sentenceEnd > s.first && doc.tokens[sentenceEnd - 1].is(SentenceFinal))
            --sentenceEnd;
        int lastIndirect = -1;
        int cutFrom = -1;          // first token of nextCut, once it is computed for this sentence
        std::vector<int> nextCut;  // per token: the next token where reported content ends
        for (int t = s.first; t < s.last; ++t) {
            if (idx.quoteOf[size_t(t)] >= 0 || idx.usedCue[size_t(t)])
                continue;
            // "told analysts on a conference call that": no cue between a verb and its clause,
            // unless it has a subject of its own ("I thought I heard you concede that").
            if (lastIndirect >= 0 && found[lastIndirect].firstToken > t && doc.tokenAt(found[lastIndirect].cue.start) < t) {
                auto pronoun = [&](int k) { return k >= 0 && doc.tokens[k].is(Word) && (m_lexicon.flags(doc.tokens[k].word) & PronounWord); };
                if (!pronoun(t - 1) && !pronoun(t - 2) && idx.mentionByLast[size_t(t - 1)] < 0)
                    continue;
            }
            // "Xinhua quoted a ministry official as saying the report was ...".
            if (textIs(doc, t, u"quoted")) {
                if (QuoteFound quoted; quotedAsSaying(doc, idx, s, t, sentenceEnd, quoted)) {
                    for (int c = t; c < doc.tokenAt(quoted.cue.end); ++c)
                        idx.usedCue.set(size_t(c), 1);
                    lastIndirect = int(found.size());
                    found.append(quoted);
                    t = quoted.firstToken - 1;
                    continue;
                }
            }
            const int len = cueLength(doc, t);
            if (!len)
                continue;
            QuoteFound q;
            q.label = QStringLiteral("INDIRECT");
            q.paragraph = s.paragraph;
            q.cue = doc.spanOf(t, t + len);
            int contentFirst = -1, contentLast = sentenceEnd;
            int subjectFirst = -1; // first token of the subject, or the verb when it has none here
            Speaker sp;
            if (textIs(doc, t, u"according") && len == 2) {
                attributeAccordingTo(doc, idx, s, t, sentenceEnd, q, sp, contentFirst, contentLast);
                q.rule = QStringLiteral("quote.accordingto");
            } else {
                const bool thought = len == 1 && !(m_lexicon.flags(doc.tokens[t].word) & SpeechVerb);
                // "..., the company said on Monday.", "announced last month that", "confirmed in
                // an email that": a short adverbial after the cue.
                int afterCue = adverbialEnd(doc, idx, t + len, sentenceEnd);
                if (afterCue < sentenceEnd && afterCue > t + len && !textIs(doc, afterCue, u"that"))
                    afterCue = adverbialEnd(doc, idx, afterCue, sentenceEnd); // "in a statement on Monday"
                // "..., a prosecutor told the regional court on Monday.": the one told, then the
                // adverbial, then the end.
                if (afterCue == t + len && len == 1 && isTellVerb(doc, t)) {
                    const int told = toldEnd(doc, idx, t + 1, sentenceEnd);
                    if (told > t + 1) {
                        int after = adverbialEnd(doc, idx, told, sentenceEnd);
                        after = placeEnd(doc, after, sentenceEnd);
                        // "..., prosecutors told a Frankfurt court on Tuesday as his trial opened."
                        // "telling reporters in Brussels that": the clause after the one told.
                        if (after >= sentenceEnd || isComma(doc, after) || isOneOf(doc, after, {u"as", u"while", u"when"})
                            || (textIs(doc, after, u"that") && after + 1 < sentenceEnd && !isComma(doc, after + 1)))
                            afterCue = after;
                    }
                }
                // "..., the mayor said in the port of Agia Thekla.": where it was said.
                afterCue = placeEnd(doc, afterCue, sentenceEnd);
                // "..., local officials said on Saturday, as talks stalled.": a clause of
                // circumstance after the cue ends the report as the sentence's end does.
                // So does an appositive about the statement: ", a figure that officials dismissed".
                const bool endsSentence = afterCue >= sentenceEnd
                    || (afterCue > t + len && isTellVerb(doc, t) && isOneOf(doc, afterCue, {u"as", u"while", u"when"}))
                    || (isComma(doc, afterCue) && textIs(doc, afterCue + 1, u"in") && isOneOf(doc, afterCue + 2, {u"a", u"what"})) // ", in a move"
                    || (isComma(doc, afterCue) && isOneOf(doc, afterCue + 1, {u"as", u"while", u"although", u"though",
                            u"after", u"before", u"when", u"because", u"amid", u"despite", u"since", u"but", u"even",
                            u"a", u"an", u"citing", u"quoting", u"accusing", u"adding", u"saying", u"just"}))
                    || participleAfterComma(doc, afterCue); // "said on Tuesday, blaming weak demand"
                const bool question = isOneOf(doc, t, {u"asked", u"asking", u"asks", u"ask", u"wondered", u"wondering",
                                                       u"questioned", u"inquired", u"enquired"});
                // "reported last week, citing people close to the government, that": the source
                // cited stands between the verb and its clause.
                int citedEnd = -1;
                if (isComma(doc, afterCue) && isOneOf(doc, afterCue + 1, {u"citing", u"quoting"}))
                    for (int j = afterCue + 2; j < sentenceEnd && j < afterCue + 14 && citedEnd < 0; ++j)
                        if (isComma(doc, j))
                            citedEnd = j + 1;
                if (citedEnd > 0 && opensReport(doc, citedEnd, question))
                    afterCue = citedEnd;
                const bool thatFollows = opensReport(doc, t + len, question) || opensReport(doc, afterCue, question);
                // "a researcher, Tobias Wendt, who found a sample of the data advertised": what
                // a relative clause says someone found is no finding reported, without "that".
                if (thought && isOneOf(doc, t - 1, {u"who", u"which"}) && !thatFollows)
                    continue;
                // "telling a packed news conference that": reported speech too, once its
                // speaker is found; not "had been told in January that" (the one told).
                const bool thatAhead = thatFollows
                    || (!isOneOf(doc, t - 1, {u"been", u"be", u"being", u"was", u"were", u"is", u"are"})
                        && thatAfterObject(doc, t + len, sentenceEnd, question));

                // "..., adding that": a participle after a comma has no subject of its own there.
                const bool participle = commaBefore(doc, t) && doc.textOf(doc.tokens[t]).endsWith(u"ing");
                const int subjectEnd = issuedStatement(doc, letsKnow(doc, t));
                sp = participle ? Speaker{} : speakerBefore(doc, idx, subjectEnd, s.first);
                if (const Speaker head = sp.found() ? headBeforePlace(doc, s, t, sp) : Speaker{}; head.found())
                    sp = head;
                // "The head of a patients' group in northern England said": the head, not the
                // group; only where the words between run on to the verb as one subject ("The
                // family of the victim hired a lawyer and officials said" is the officials).
                if (sp.found() && sp.mention < 0 && !(m_lexicon.flags(doc.tokens[doc.tokenAt(sp.span.start)].word) & PronounWord))
                    if (const Speaker head = openingHeadOf(doc, s, t); head.found() && head.span.end < sp.span.start) {
                        bool oneSubject = t - doc.tokenAt(head.span.end) <= 12;
                        for (int k = doc.tokenAt(head.span.end); oneSubject && k < t; ++k)
                            oneSubject = (doc.tokens[k].is(Word) || doc.tokens[k].is(Possessive))
                                && !isOneOf(doc, k, {u"and", u"but", u"who", u"which", u"that"});
                        if (oneSubject)
                            sp = head;
                    }
                // "One of the dissenters, Deputy Governor Tariq Obuya, has said publicly that".
                int close = t - 1;
                while (close > s.first && close > t - 3 && isOneOf(doc, close, {u"has", u"have", u"had", u"also", u"later"}))
                    --close;
                int open = close - 1;
                while (open > s.first && open > t - 26 && !isComma(doc, open) && !doc.tokens[open].is(QuoteMark))
                    --open;
                if (open > s.first && isComma(doc, open))
                    open = commaBeforePlace(doc, idx, open, close, s.first + 1);
                // "A Winnipeg law firm, Fraser Lachance Obi LLP, said": not a name inside the
                // description either.
                const bool describedOnly = sp.found() && open > s.first && isComma(doc, open)
                    && sp.span.end <= doc.tokens[open].start;
                if ((!sp.found() || sp.mention < 0 || describedOnly) && isComma(doc, close)) {
                    // "The energy company that operates the dam, Hidroeléctrica do Norte, said":
                    // the name between the commas, not the end of the description.
                    const Speaker named = open > s.first && isComma(doc, open) ? appositiveName(doc, idx, open, close) : Speaker{};
                    if (named.found()) {
                        sp = named;
                        // The statement ends before the description: "..., Calvaria's state
                        // news agency, CNA, reported.", "..., the speaker of parliament, ...".
                        int described = open;
                        while (described - 1 > s.first && described > open - 8
                               && (doc.tokens[described - 1].is(Word) || doc.tokens[described - 1].is(Possessive)))
                            --described;
                        subjectFirst = described < open && isComma(doc, described - 1) ? described : open + 1;
                    }
                }
                // "it would", "they had": a subject and its verb open a clause even after "said".
                const bool clauseWithVerb = opensClause(doc, t + len) && isAuxiliary(doc, t + len + 1);
                const bool thoughtClause = (thought || isBeliefVerb(doc, t)) && !thatFollows && clauseAhead(doc, t + len, sentenceEnd);
                // "The regulator asked the bank to explain": the one addressed by a directive.
                const int addressed = directiveObject(doc, t, len, sentenceEnd);
                // "The commissioner's office confirmed it had received": any speech verb before a
                // pronoun and its auxiliary.
                // "The company denied carrying out the tests": a denial of a deed names its
                // subject too ("The council denied the claims, saying ..." is the participle's).
                const bool deniedDeed = t + len < sentenceEnd && doc.textOf(doc.tokens[t + len]).endsWith(u"ing")
                    && deniesCharge(doc, t, t + len, sentenceEnd);
                if (!sp.found() && (thatAhead || addressed >= 0 || (len == 1 && isSayVerb(doc, t)) || subjectEnd != t
                                    || ((isBeliefVerb(doc, t) || !thought) && clauseWithVerb) || thoughtClause || deniedDeed))
                {
                    // "The family of a man shot by an officer during a traffic stop demanded that":
                    // the person or group the sentence opens with, not the end of what describes them.
                    sp = openingHeadOf(doc, s, subjectEnd);
                    if (!sp.found())
                        sp = nounPhraseBefore(doc, subjectEnd, s.first); // "research shows that", "the states say"
                    if (const Speaker head = sp.found() ? headBeforePlace(doc, s, t, sp) : Speaker{}; head.found())
                        sp = head; // "A council representing ... communities near the salt flat warned"
                }
                // "embolden states that have passed": a lone lower-case word before a cue that is
                // also a noun is a verb, and the cue its object.
                if (sp.found() && sp.mention < 0 && isAmbiguousCue(doc, t) && doc.tokenAt(sp.span.start) == t - 1
                    && doc.tokens[t - 1].is(Word) && !doc.tokens[t - 1].is(Capitalised)
                    && !(m_lexicon.flags(doc.tokens[t - 1].word) & (PronounWord | kUnnamedHead)))
                    continue;
                // "..., NHS data show.", "..., the emails show.": records that show it, after it.
                auto recordsNoun = [&](int k) {
                    return isOneOf(doc, k, {u"data", u"figures", u"records", u"emails", u"documents", u"statistics", u"filings",
                                            u"filing", u"messages", u"minutes", u"polls", u"estimates", u"report", u"audit",
                                            u"survey", u"study", u"analysis", u"review", u"research", u"inquiry", u"investigation"});
                };
                // "..., data compiled by Bloomberg show.": the records, with who compiled them.
                const int compiler = idx.mentionByLast[size_t(t - 1)];
                const int compiledBy = compiler >= 0 ? doc.mentions[compiler].first - 1 : -1;
                const bool compiled = compiledBy >= 2 && textIs(doc, compiledBy, u"by")
                    && isOneOf(doc, compiledBy - 1, {u"compiled", u"collected", u"gathered", u"analysed", u"analyzed", u"seen",
                                                     u"obtained", u"reviewed"})
                    && recordsNoun(compiledBy - 2);
                // "..., the study found.": what a study finds is its report too.
                const bool recordsShow = thought
                    && (isOneOf(doc, t, {u"show", u"shows", u"showed", u"suggest", u"suggests"})
                        || (isOneOf(doc, t, {u"found", u"finds", u"concluded", u"concludes"}) && recordsNoun(t - 1)))
                    && (recordsNoun(t - 1) || compiled);
                if (!sp.found() && (!thought || recordsShow) && endsSentence) {
                    // "Reforms have done little, the activists claim.": after the statement.
                    // "..., the head of the agency's northern region has warned.": past "has".
                    int verb = t;
                    while (verb - 1 > s.first && verb > t - 2 && isOneOf(doc, verb - 1, {u"has", u"have", u"had"}))
                        --verb;
                    const Speaker after = nounPhraseBefore(doc, verb, s.first);
                    if (after.found() && isComma(doc, doc.tokenAt(after.span.start) - 1))
                        sp = after;
                    // A longer description: "the head of the Environment Agency's northern region".
                    int comma = verb - 1;
                    while (!sp.found() && comma > s.first + 2 && comma > verb - 12
                           && (doc.tokens[comma].is(Word) || doc.tokens[comma].is(Possessive)))
                        --comma;
                    if (!sp.found() && isComma(doc, comma) && comma + 2 < verb && isDeterminer(doc, comma + 1)) {
                        const quint32 head = m_lexicon.flags(doc.tokens[comma + 2].word);
                        if (((head & (PersonNoun | TitleWord | kUnnamedHead)) || textIs(doc, comma + 2, u"head"))
                            && textIs(doc, comma + 3, u"of"))
                            sp = {-1, doc.spanOf(comma + 1, verb), bool(head & kUnnamedHead)};
                    }
                }
                if (!sp.found() && !participle && (thatFollows || thatAhead || endsSentence || (len == 1 && isSayVerb(doc, t)))
                    && isComma(doc, close)) {
                    // "The minister, who spoke on condition of anonymity, said", "Smith, 45,
                    // said", "The prime minister, who ..., later told": the subject stands
                    // before the appositive.
                    int open = close - 1;
                    while (open > s.first && open > t - 26 && !isComma(doc, open) && !doc.tokens[open].is(QuoteMark))
                        --open;
                    if (open > s.first && isComma(doc, open))
                        open = commaBeforePlace(doc, idx, open, close, s.first + 1);
                    if (open > s.first && isComma(doc, open)) {
                        // "Two people familiar with the investigation, who were not authorized
                        // to discuss it, told": the unnamed people, not the investigation.
                        sp = unnamedWithModifier(doc, open - 1, s.first, open);
                        // "Two people who worked on The Lantern Keepers, speaking on condition
                        // of anonymity, told": the people the relative clause describes.
                        for (int j = open - 1; !sp.found() && j > s.first && j > open - 12; --j)
                            if (textIs(doc, j, u"who") && doc.tokens[j - 1].is(Word)
                                && (m_lexicon.flags(doc.tokens[j - 1].word) & kUnnamedHead)) {
                                sp = anonymousPhrase(doc, j - 1, s.first);
                                sp.span.end = doc.tokens[open - 1].end;
                            }
                        if (!sp.found())
                            sp = nounPhraseBefore(doc, open, s.first);
                        // "Two employees, who spoke on condition of anonymity, said": unnamed
                        // by their own wish.
                        for (int k = open + 1; k < t && sp.found() && !sp.anonymous; ++k)
                            sp.anonymous = textIs(doc, k, u"anonymity")
                                || (isOneOf(doc, k, {u"named", u"identified"}) && textIs(doc, k - 1, u"be"));
                    }
                    // "Instead, as the court held, said": a connective is no subject.
                    if (sp.found() && doc.tokenAt(sp.span.start) == open - 1
                        && (m_lexicon.flags(doc.tokens[open - 1].word) & CommonWord))
                        sp = {};
                }
                // "in a move Bangkok called “unjustified” and said it would appeal": the one who
                // called it so, in the clause the second verb is joined to.
                if (!sp.found() && textIs(doc, t - 1, u"and") && t >= 2 && doc.tokens[t - 2].is(QuoteMark)) {
                    int open = t - 3;
                    while (open > s.first && open > t - 20 && !doc.tokens[open].is(QuoteMark))
                        --open;
                    const int verb = open - 1;
                    const int named = verb - 1 >= s.first ? idx.mentionByLast[size_t(verb - 1)] : -1;
                    if (open > s.first && doc.tokens[open].is(QuoteMark)
                        && isOneOf(doc, verb, {u"called", u"described", u"branded", u"termed", u"dubbed", u"labelled", u"labeled"})
                        && named >= 0 && doc.mentions[named].type != u"DATE") {
                        sp = {named, doc.mentions[named].span, false};
                        subjectFirst = t;
                    }
                }
                // "Delgado Quintana, who described the layoffs as “a betrayal ...,” said", "Dele
                // Martins, who also worked on her breakthrough “Small Hours”, said": the one the
                // relative clause before the quote is about.
                if (!sp.found() && t >= 3
                    && ((doc.tokens[t - 1].is(QuoteMark) && isComma(doc, t - 2)) || (isComma(doc, t - 1) && doc.tokens[t - 2].is(QuoteMark)))) {
                    int open = t - 3;
                    while (open > s.first && open > t - 60 && !doc.tokens[open].is(QuoteMark))
                        --open;
                    int who = open - 1;
                    while (who > s.first && who > open - 15 && !isOneOf(doc, who, {u"who", u"which"})
                           && (doc.tokens[who].is(Word) || doc.tokens[who].is(Number) || doc.tokens[who].is(Possessive)))
                        --who;
                    if (open > s.first && doc.tokens[open].is(QuoteMark) && isOneOf(doc, who, {u"who", u"which"}) && isComma(doc, who - 1)) {
                        int named = who - 2;
                        if (named - 2 >= s.first && doc.tokens[named].is(Number) && isComma(doc, named - 1))
                            named -= 2; // "Erik Lindahl, 34, who"
                        const int m = named >= s.first ? idx.mentionByLast[size_t(named)] : -1;
                        if (m >= 0 && doc.mentions[m].type != u"DATE") {
                            sp = {m, doc.mentions[m].span, false};
                            subjectFirst = t;
                        }
                    }
                }
                // "Okafor said the Greens would table amendments but warned that ...": a
                // second verb joined to the first shares its subject.
                if (!sp.found() && lastIndirect >= 0 && found[lastIndirect].speakerSpan.length() > 0
                    && isOneOf(doc, t - 1 - (isAdverb(doc, t - 1) ? 1 : 0), {u"and", u"but"})) {
                    // Not a report inside the first one's content: "The Alliance said the scandal
                    // showed the law was weak, and urged ...": the Alliance urged.
                    int first = lastIndirect;
                    for (int j = lastIndirect - 1; j >= 0 && found[j].paragraph == s.paragraph; --j)
                        if (found[j].span.contains(found[first].cue.start) && found[j].speakerSpan.length() > 0)
                            first = j;
                    const QuoteFound &prev = found[first];
                    sp = {prev.speaker, prev.speakerSpan, prev.anonymous};
                    subjectFirst = t;
                }
                // "Tomas Berg called the vote a farce and said his party would ...": a second
                // verb shares the subject that opens the sentence.
                int joined = t - 1; // "and has claimed", "but also said"
                while (joined > s.first && joined > t - 3 && isOneOf(doc, joined, {u"has", u"have", u"had", u"also", u"later", u"then"}))
                    --joined;
                // Not an infinitive's second verb: "People were encouraged to submit designs
                // and suggest what the flag should mean".
                bool infinitive = false;
                const QStringView verb = doc.textOf(doc.tokens[t]);
                if (!verb.endsWith(u"ed") && !verb.endsWith(u's') && !isOneOf(doc, t, {u"said", u"told", u"wrote", u"spoke"}))
                    for (int k = std::max(s.first, joined - 30); k < joined && !infinitive; ++k) // bounded: linear
                        infinitive = textIs(doc, k, u"to");
                if (!sp.found() && isOneOf(doc, joined, {u"and", u"but"}) && joined > s.first && !infinitive) {
                    sp = sentenceSubject(doc, idx, s, joined);
                    if (sp.found())
                        subjectFirst = t;
                }
                // "The mayor insisted that the budget was balanced, adding that no services
                // would be cut": a participle after a comma reports for the same speaker.
                // Only before a clause: "saying the touches of the studio" names no statement.
                if (!sp.found() && commaBefore(doc, t) && doc.textOf(doc.tokens[t]).endsWith(u"ing")
                    && (thatAhead || opensClause(doc, t + len) || clauseAhead(doc, t + len, sentenceEnd))) {
                    const int sentence = idx.sentenceOf[size_t(t)];
                    auto inSentence = [&](const QuoteFound &q) {
                        return q.speakerSpan.length() > 0 && !q.cue.isEmpty() && q.cue.start < doc.tokens[t].start
                            && idx.sentenceOf[size_t(doc.tokenAt(q.cue.start))] == sentence;
                    };
                    const QuoteFound *prev = lastIndirect >= 0 && inSentence(found[lastIndirect]) ? &found[lastIndirect] : nullptr;
                    for (const QuoteFound &q : std::as_const(doc.quotes)) // direct quotes, attributed already
                        if (!prev && q.label == u"DIRECT" && inSentence(q))
                            prev = &q;
                    if (prev) {
                        sp = {prev->speaker, prev->speakerSpan, prev->anonymous};
                    } else {
                        // "The council denied the claims, saying ...": the subject of the
                        // sentence's first speech verb.
                        for (int v = s.first + 1; v < t - 1 && !sp.found(); ++v) {
                            // Not "declined to comment": no cue; not "has launched a libel claim":
                            // a noun.
                            if (!(m_lexicon.flags(doc.tokens[v].word) & SpeechVerb) || !doc.tokens[v].is(Word) || !cueLength(doc, v)
                                || isDeterminer(doc, v - 1) || (isDeterminer(doc, v - 2) && isAmbiguousCue(doc, v)))
                                continue;
                            sp = speakerBefore(doc, idx, v, s.first);
                            if (!sp.found())
                                sp = nounPhraseBefore(doc, v, s.first);
                            break;
                        }
                        // "Sylvie Tremblay took a different tack, saying ...": the name that
                        // opens the sentence.
                        const bool reportFollows = thatAhead || (opensClause(doc, t + len) && !textIs(doc, t + len, u"the"))
                            || clauseAhead(doc, t + len, sentenceEnd);
                        if (!sp.found() && reportFollows)
                            sp = sentenceSubject(doc, idx, s, t);
                        // "A federal judge on Wednesday barred the county from ..., ruling that",
                        // "The mayor hit back, saying": the person the sentence opens with.
                        if (!sp.found() && reportFollows)
                            sp = openingPerson(doc, s, t);
                    }
                    if (sp.found())
                        subjectFirst = t;
                }
                // "The plan will fail, said Brenner." and "Recipients, said Mauer, are
                // required to ...": a verb after a comma with its speaker after it; the
                // statement is the clause before the comma, or the whole sentence around a
                // parenthetical "said Mauer".
                bool inverted = false;
                if (!sp.found() && !thought && isComma(doc, t - 1) && t - 1 > s.first) {
                    const Speaker after = speakerAfter(doc, idx, t + len, sentenceEnd);
                    const int next = after.found() ? doc.tokenAt(after.span.end) : -1;
                    if (after.found() && (next >= sentenceEnd || isComma(doc, next))) {
                        sp = after;
                        subjectFirst = t;
                        inverted = true;
                        contentFirst = s.first;
                        contentLast = next < sentenceEnd ? sentenceEnd : t - 1;
                    }
                }
                if (!inverted) {
                    // A reporting verb right before "that" reports a statement even when its
                    // subject is out of reach: "..., suggesting that", "it was found that".
                    if (!sp.found() && !thatFollows)
                        continue;
                    if (subjectFirst < 0)
                        subjectFirst = sp.found() ? doc.tokenAt(sp.span.start) : t;
                    const int speakerFirst = subjectFirst;
                    // "That, I say, is new", "It is, we submit, unjust": a parenthetical cue.
                    const bool pronounSpeaker = sp.found() && sp.mention < 0 && !sp.anonymous;
                    // "The plan, Raman said, would fail": a name right before the verb too.
                    // Not before a quote: "Asked about it, Brenner said, “No.”"
                    const bool namedRightBefore = sp.found() && sp.mention >= 0 && doc.mentions[sp.mention].last == t
                        && t + len + 1 < sentenceEnd && !doc.tokens[t + len + 1].is(QuoteMark);
                    const bool parenthetical = (pronounSpeaker || namedRightBefore) && isComma(doc, t + len)
                        && speakerFirst - 1 >= s.first && isComma(doc, speakerFirst - 1);
                    // A verb of thought reports a statement only before a clause: "we find
                    // that ...", "I think it is ...", not "we find the keys".
                    // "the" after one is mostly an object: "we found the keys".
                    // "think" and "believe" after their subject take a clause whatever opens it
                    // ("I think everybody knows", "we don't think the Court need"), and trail one
                    // ("It's very beautiful I think.").
                    const bool belief = isBeliefVerb(doc, t) && sp.found();
                    const bool beliefClause = belief && t + len < sentenceEnd
                        && (doc.tokens[t + len].is(Word) || doc.tokens[t + len].is(Number))
                        && !opensNoClause(doc, t + len);
                    const bool trailing = ((belief && pronounSpeaker) || recordsShow) && t + len >= sentenceEnd
                        && speakerFirst - s.first >= 4;
                    const bool clause = (opensClause(doc, t + len) && !textIs(doc, t + len, u"the")) || beliefClause;
                    if (thought && !thatFollows && !parenthetical && !(pronounSpeaker && clause) && !beliefClause
                        && !trailing && !thoughtClause)
                        continue;
                    // "demanded to know why" is a question, though "demanded answers" is none.
                    const bool ambiguous = isAmbiguousCue(doc, t) && !thought
                        && !(len > 1 && isOneOf(doc, t, {u"demand", u"demands", u"demanded", u"demanding"}));
                    int k = t + len;
                    // "Maria Lopez said on Monday the talks could collapse": the adverbial is not
                    // part of what was said.
                    if (!endsSentence && afterCue > k && afterCue < sentenceEnd
                        && (opensClause(doc, afterCue) || clauseAhead(doc, afterCue, sentenceEnd)))
                        k = afterCue;
                    // "Residents told Reuters they had heard explosions": the one told is not
                    // part of what was said.
                    if (len == 1 && isTellVerb(doc, t) && k < sentenceEnd) {
                        const int named = k + (textIs(doc, k, u"the") && k + 1 < sentenceEnd ? 1 : 0); // "told the BBC"
                        const bool plural = doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised)
                            && doc.textOf(doc.tokens[k]).endsWith(u"s") && !opensNoClause(doc, k); // "told jurors"
                        // "told the family he had suffered a heart attack": any short object.
                        const int object = idx.mentionByFirst[size_t(named)] >= 0 ? doc.mentions[idx.mentionByFirst[size_t(named)]].last
                            : isObjectPronoun(doc, k) || plural             ? k + 1
                                                                             : toldEnd(doc, idx, k, sentenceEnd);
                        // "told Reuters her fryer had started smoking": a possessive opens the clause.
                        const bool owned = isOneOf(doc, object, {u"her", u"his", u"their", u"its", u"our", u"my"})
                            && clauseAhead(doc, object + 1, sentenceEnd);
                        if (object > k && object < sentenceEnd
                            && (textIs(doc, object, u"that") || opensClause(doc, object) || owned
                                || clauseAhead(doc, object, sentenceEnd))) {
                            const int told = idx.mentionByFirst[size_t(named)];
                            if (told >= 0 && doc.mentions[told].outlet)
                                q.outlet = told; // "told CNN that": the outlet carried it
                            k = object;
                        }
                        // "told Estonian public broadcaster ERR that"
                        for (int j = t + len; q.outlet < 0 && j < sentenceEnd && j < t + len + 5 && !textIs(doc, j, u"that"); ++j) {
                            const int m = idx.mentionByFirst[size_t(j)];
                            if (m >= 0 && doc.mentions[m].outlet)
                                q.outlet = m;
                        }
                        if (q.outlet < 0)
                            q.unnamedOutlet = unnamedOutlet(doc, t + len, sentenceEnd); // "told local radio that"
                    }
                    int that = opensReport(doc, afterCue, question) ? afterCue : -1;
                    // "said it could embolden states that have ...": a clause has begun, and its
                    // "that" is a relative one.
                    const bool clauseBegun = opensClause(doc, k) && !textIs(doc, k, u"the") && isAuxiliary(doc, k + 1);
                    // The one told may take a phrase of its own: "told analysts on a conference call that".
                    // So may a long name ("asked the Welsh Ambulance Services University NHS Trust why").
                    int thatWindow = isTellVerb(doc, t) ? 10 : 5;
                    if (const int named = idx.mentionByFirst[size_t(k + (isDeterminer(doc, k) ? 1 : 0))]; named >= 0)
                        thatWindow = std::max(thatWindow, doc.mentions[named].last - k + 2);
                    for (int j = k; that < 0 && !clauseBegun && j < sentenceEnd && j < k + thatWindow; ++j) {
                        // "said CCTV cameras covering that section had": a determiner, not a clause.
                        if (j > k && textIs(doc, j, u"that") && doc.textOf(doc.tokens[j - 1]).endsWith(u"ing")
                            && !(m_lexicon.flags(doc.tokens[j - 1].word) & DateUnitWord)) // not "on Wednesday evening that"
                            break;
                        if (opensReport(doc, j, question)) {
                            that = j;
                            break;
                        }
                        // An apostrophe ("a fans’ forum") is no quotation mark.
                        if (isComma(doc, j) || (doc.tokens[j].is(QuoteMark) && idx.quoteOf[size_t(j)] >= 0))
                            break;
                        // "reported a preference for games that involve": a relative "that" after
                        // an object and its phrase.
                        if (!isTellVerb(doc, t) && j > k && isOneOf(doc, j, {u"for", u"of", u"about", u"with", u"into", u"from", u"by"}))
                            break;
                    }
                    // "asked the bank to explain why": the directive, not the question inside it.
                    if (addressed >= 0 && that > addressed)
                        that = -1;
                    if (that >= 0) {
                        // The question word belongs to the question: "how many more would".
                        contentFirst = that + (isOneOf(doc, that, {u"how", u"why", u"what", u"when", u"where"}) ? 0 : 1);
                    } else if (addressed >= 0) {
                        contentFirst = addressed;
                    } else if (k >= sentenceEnd || isComma(doc, k) || endsSentence) {
                        // "The plan will fail, Brenner said." : content before the speaker,
                        // who may come with a determiner and a description ("..., the BBC
                        // reported.", "..., the newspaper Asahi said.").
                        int lead = speakerFirst;
                        for (int j = speakerFirst - 1; j > s.first && speakerFirst - j <= 6; --j) {
                            if (isComma(doc, j)) {
                                lead = j + 1;
                                break;
                            }
                            if (!doc.tokens[j].is(Word) && !doc.tokens[j].is(Possessive))
                                break; // "..., Taiwan's Central News Agency reported."
                        }
                        // "..., the speaker of parliament, Henrikke Solvang, announced.": the
                        // description before the name is no part of the statement.
                        if (lead == speakerFirst && isComma(doc, lead - 1) && sp.mention >= 0) {
                            int described = lead - 1;
                            while (described - 1 > s.first && described > lead - 9
                                   && (doc.tokens[described - 1].is(Word) || doc.tokens[described - 1].is(Possessive)))
                                --described;
                            if (described < lead - 1 && isComma(doc, described - 1) && isDeterminer(doc, described))
                                lead = described;
                        }
                        // Not over the verb that reported just before: "..., said Quillon had not
                        // responded." is one statement.
                        const bool insidePrevious = lastIndirect >= 0 && found[lastIndirect].firstToken <= t
                            && t < found[lastIndirect].lastToken && found[lastIndirect].cue.start >= doc.tokens[lead].start;
                        if (insidePrevious)
                            continue;
                        if (isComma(doc, lead - 1) && lead - 1 > s.first + 2
                            && (k >= sentenceEnd - 1 || endsSentence))
                            contentFirst = s.first, contentLast = lead - 1;
                        else if (parenthetical)
                            contentFirst = s.first; // "The rest, he said, would go to hospitals": both parts
                        else if (trailing)
                            contentFirst = s.first, contentLast = speakerFirst - (isComma(doc, speakerFirst - 1) ? 1 : 0);
                    } else if (((thought || isBeliefVerb(doc, t)) && (clause || thoughtClause))
                               || (!ambiguous && (clauseWithVerb || (opensClause(doc, k) && isAuxiliary(doc, k + 1))))
                               || (!ambiguous && !takesObject(doc, t) && isOneOf(doc, k, {u"it", u"he", u"she", u"they", u"we"})
                                   && k + 2 < sentenceEnd && looksLikeVerb(doc, k + 1))) {
                        // "said it stood ready": a pronoun and its verb.
                        // "said on Thursday it was": the clause after the adverbial.
                        contentFirst = k; // "I think it is", "North Korea stated it would", unlike "he said it"
                    } else if (deniesCharge(doc, t, k, sentenceEnd)) {
                        // "denied any wrongdoing", "has denied knowing about the practices".
                        contentFirst = k;
                    } else if (!ambiguous && (doc.tokens[k].is(Word) || doc.tokens[k].is(Number))
                               // "reported a preference for games": "a" opens an object unless a verb follows
                               && !(!isSayVerb(doc, t) && isOneOf(doc, k, {u"a", u"an"}) && !clauseAhead(doc, k, sentenceEnd)
                                    && !approximatesFigure(doc, k, sentenceEnd))
                               && (!opensNoClause(doc, k) || approximatesFigure(doc, k, sentenceEnd)
                                   || (isOneOf(doc, k, {u"no", u"her"}) && clauseAhead(doc, k + 1, sentenceEnd))
                                   || numberTen(doc, k))
                               && (!takesObject(doc, t) || (opensClause(doc, k) && !textIs(doc, k, u"the"))
                                   || clauseAhead(doc, k, sentenceEnd) || doc.tokens[k].is(Number)
                                   || approximatesFigure(doc, k, sentenceEnd))) {
                        // "confirmed the email's authenticity" is an object, not a statement.
                        // "said no final decision had been made", unlike "said no to the plan";
                        // "said her members were being disciplined", unlike "said her piece".
                        // "says No 10 knew": Downing Street, not a refusal.
                        contentFirst = k;
                    } else if (!ambiguous && doc.tokens[k].is(QuoteMark)) {
                        // "said “tens of thousands” of ballots remained uncounted": a partial
                        // quote opens the reported clause when a verb follows it.
                        int close = k + 1;
                        while (close < sentenceEnd && close < k + 12 && !doc.tokens[close].is(QuoteMark))
                            ++close;
                        for (int j = close + 1; close < sentenceEnd && doc.tokens[close].is(QuoteMark) && j < sentenceEnd
                                                && j < close + 8 && !isComma(doc, j); ++j) {
                            const QStringView w = doc.textOf(doc.tokens[j]);
                            if (isAuxiliary(doc, j) || (doc.tokens[j].is(Word) && !doc.tokens[j].is(Capitalised) && w.size() > 4 && w.endsWith(u"ed"))) {
                                contentFirst = k;
                                break;
                            }
                        }
                    }
                }
                q.rule = QStringLiteral("quote.indirect");
                if (sp.mention < 0 && sp.span.length() > 0 && !sp.anonymous) {
                    // "The Kyodo news agency reported": the outlet named in the phrase speaks.
                    // Not "A reporter from Kyodo asked": a person from the outlet.
                    for (int k = doc.tokenAt(sp.span.start); k < t && doc.tokens[k].start < sp.span.end; ++k) {
                        const int m = idx.mentionByFirst[size_t(k)];
                        // Nor "Documents reviewed by The Texas Tribune show": what the outlet saw,
                        // and carried.
                        const int prep = k - 1 - (isDeterminer(doc, k - 1) ? 1 : 0);
                        if (m >= 0 && doc.mentions[m].outlet && textIs(doc, prep, u"by")) {
                            q.outlet = m;
                            break;
                        }
                        if (m >= 0 && doc.mentions[m].outlet && !isOneOf(doc, prep, {u"from", u"of", u"at", u"for", u"with"})) {
                            sp = {m, doc.mentions[m].span, false};
                            break;
                        }
                    }
                }
                // "two survivors interviewed by the daily Eleftheros Logos said": unnamed people,
                // and the outlet that carried their words.
                if (sp.anonymous)
                    for (int k = doc.tokenAt(sp.span.start); k < t && doc.tokens[k].start < sp.span.end && q.outlet < 0; ++k)
                        if (const int m = idx.mentionByFirst[size_t(k)]; m >= 0 && doc.mentions[m].outlet)
                            q.outlet = m;
                if (sp.mention >= 0 && doc.mentions[sp.mention].outlet)
                    q.outlet = sp.mention;
            }
            // "had predicted the move; the rest expected no change": a semicolon ends what was
            // reported (further on, contentCutAt() finds it).
            for (int k = std::max(contentFirst, 0); k < contentLast && k < contentFirst + 8; ++k)
                if (doc.text[doc.tokens[k].start] == u';' && !idx.inMarks[size_t(k)]) {
                    contentLast = k;
                    break;
                }
            // "dismissed that charge" reports no statement; "said sales rose" does, a subject and
            // its verb.
            const bool subjectAndVerb = contentFirst >= 0 && contentLast - contentFirst == 2 && !opensNoClause(doc, contentFirst)
                && doc.tokens[contentFirst].is(Word) && looksLikeVerb(doc, contentFirst + 1);
            // A charge denied may be short: "denied any wrongdoing".
            const bool denial = contentFirst >= 0 && contentLast > contentFirst && deniesCharge(doc, t, contentFirst, contentLast);
            if (contentFirst < 0 || (contentLast - contentFirst < 3 && !subjectAndVerb && !denial))
                continue;
            // "..., no serious injuries reported": no one speaks.
            if (sp.mention < 0 && sp.span.length() > 0 && textIs(doc, doc.tokenAt(sp.span.start), u"no"))
                continue;
            // Content that is a direct quote was attributed already.
            if (idx.quoteOf[size_t(contentFirst)] >= 0 && doc.tokens[contentFirst].is(QuoteMark))
                continue;
            // A later reporting clause in the same sentence ends this one: "..., and he denied".
            // Not a finding the first one reports: "He said screening carried out in May found
            // that ..." holds it whole.
            const int speakerFirst = subjectFirst >= 0 ? subjectFirst : doc.tokenAt(sp.span.start);
            const bool nestedFinding = isThoughtOnly(doc, t, len) && speakerFirst > 0 && !isComma(doc, speakerFirst - 1)
                && !isOneOf(doc, speakerFirst - 1, {u"and", u"but"});
            if (lastIndirect >= 0 && found[lastIndirect].span.end > doc.tokens[t].start && !nestedFinding) {
                int cut = std::min(speakerFirst, t);
                while (cut > 0 && (isComma(doc, cut - 1) || isOneOf(doc, cut - 1, {u"and", u"but", u"had", u"has", u"have"})))
                    --cut; // "it had opened an investigation and had | asked the bank to"
                QuoteFound &prev = found[lastIndirect];
                const int prevFirst = doc.tokenAt(prev.span.start);
                // "the club said it had reluctantly concluded that": the later clause is what
                // the first reports; cut, it would leave a subject and an adverb.
                if (cut > prevFirst && cut - prevFirst >= 4) {
                    prev.span.end = doc.tokens[cut - 1].end;
                    prev.lastToken = cut;
                }
            }
            // "said that the US stands ready and called on both sides to ...", "..., which
            // critics called ...": where what was reported ends before the sentence does. Found
            // once per sentence, so that a long sentence of many cues stays linear.
            if (cutFrom < 0) {
                cutFrom = s.first;
                nextCut.assign(size_t(s.last - s.first + 1), s.last);
                for (int k = s.last - 1; k >= s.first; --k)
                    nextCut[size_t(k - s.first)] = contentCutAt(doc, idx, k, s.last) >= 0 ? k : nextCut[size_t(k + 1 - s.first)];
            }
            if (contentFirst + 3 < contentLast) {
                const int k = nextCut[size_t(contentFirst + 3 - cutFrom)];
                if (k + 1 < contentLast)
                    contentLast = contentCutAt(doc, idx, k, s.last);
            }
            // "..., a coroner has heard", "jurors heard that": those who heard the evidence did
            // not give it; the court or inquest stands for whoever did.
            if (textIs(doc, t, u"heard") && sp.found() && !sp.span.isEmpty()
                && isOneOf(doc, doc.tokenAt(sp.span.end) - 1, {u"coroner", u"jury", u"jurors", u"judge", u"magistrates", u"panel"}))
                sp = {};
            // "A senior engineer at UKANS, who asked not to be named, said": unnamed by their
            // own wish.
            for (int k = sp.found() && sp.mention < 0 ? doc.tokenAt(sp.span.end - 1) + 1 : t; k < t && !sp.anonymous; ++k)
                sp.anonymous = textIs(doc, k, u"anonymity") || (isOneOf(doc, k, {u"named", u"identified"}) && textIs(doc, k - 1, u"be"));
            setContentAndSpeaker(doc, q, contentFirst, contentLast, sp);
            q.cueRule = QStringLiteral("cue.indirect");
            for (int c = t; c < t + len; ++c)
                idx.usedCue.set(size_t(c), 1);
            lastIndirect = int(found.size());
            found.append(q);
        }
    }
    doc.quotes.append(found);
}

} // namespace Lede::Core::Extraction
