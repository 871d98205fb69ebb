#include "extract/attribution.h"
#include "extract/attributionwords.h"
#include "extract/entityfinder.h"

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// The parts of a reporting clause that findIndirect() (indirectspeech.cpp) reads: the one told,
// adverbials between the verb and its clause, a name in apposition to the subject, and where
// the reported content ends.

void Attribution::setContentAndSpeaker(const Document &doc, QuoteFound &q, int first, int last, const Speaker &speaker)
{
    q.firstToken = first;
    q.lastToken = last;
    q.span = doc.spanOf(first, last);
    q.speaker = speaker.mention;
    q.speakerSpan = speaker.span;
    q.anonymous = speaker.anonymous;
}

int Attribution::contentCutAt(const Document &doc, const Index &idx, int k, int end) const
{
    // A second verb of the speaker's own: "... and called on both sides to", ", and calls on".
    if (k + 1 < end && isOneOf(doc, k, {u"and", u"but"}) && doc.tokens[k + 1].is(Word)
        && (m_lexicon.flags(doc.tokens[k + 1].word) & SpeechVerb)
        && (doc.textOf(doc.tokens[k + 1]).endsWith(u"ed") || (isComma(doc, k - 1) && doc.textOf(doc.tokens[k + 1]).endsWith(u"s")))
        && !textIs(doc, k + 1, u"continued") // "began ... and continued as a passion"
        && !(isOneOf(doc, k + 1, {u"demanded", u"demands"}) && !textIs(doc, k + 2, u"that"))) // "and demanded a full accounting"
        return isComma(doc, k - 1) ? k - 1 : k;
    if (doc.text[doc.tokens[k].start] == u';' && !idx.inMarks[size_t(k)])
        return k;
    if (!isComma(doc, k) || idx.quoteOf[size_t(k)] >= 0)
        return -1;
    // After a comma, the author's own words: "..., which she described as “...”" (a statement
    // of its own), "..., a claim the company denied", "..., while ...".
    bool relativeCue = false;
    if (isOneOf(doc, k + 1, {u"which", u"who"}))
        for (int j = k + 2; j < end && j <= k + 4 && !relativeCue; ++j)
            relativeCue = doc.tokens[j].is(Word) && (m_lexicon.flags(doc.tokens[j].word) & SpeechVerb);
    // "..., but experts caution the link may not be causal": a second speaker's statement.
    bool secondSpeaker = false;
    if (isOneOf(doc, k + 1, {u"but", u"and"}))
        for (int j = k + 2; j < end && j <= k + 5 && doc.tokens[j].is(Word) && !secondSpeaker; ++j)
            secondSpeaker = j > k + 2 && (m_lexicon.flags(doc.tokens[j].word) & SpeechVerb) && !textIs(doc, j - 1, u"to")
                && !doc.tokens[j].is(Capitalised) && !isDeterminer(doc, j - 1) && !textIs(doc, j, u"that");
    if (relativeCue || secondSpeaker || isOneOf(doc, k + 1, {u"while", u"although", u"whereas"})
        || (isOneOf(doc, k + 1, {u"a", u"an"})
            && isOneOf(doc, k + 2, {u"claim", u"figure", u"charge", u"move", u"step", u"number", u"allegation",
                                    u"assertion", u"accusation", u"view", u"position", u"statement"})))
        return k;
    return -1;
}

bool Attribution::deniesCharge(const Document &doc, int t, int k, int end) const
{
    if (k >= end || !isOneOf(doc, t, {u"denied", u"denies", u"deny", u"denying"})
        || isOneOf(doc, t - 1, {u"was", u"were", u"been", u"be", u"being", u"is", u"are"}))
        return false;
    auto charge = [&](int j) {
        return isOneOf(doc, j, {u"wrongdoing", u"allegations", u"allegation", u"accusations", u"accusation", u"charges",
                                u"claims", u"involvement", u"responsibility", u"knowledge", u"reports", u"wrongdoings"});
    };
    if (charge(k))
        return true; // "denied wrongdoing"
    if (isOneOf(doc, k, {u"any", u"all", u"the", u"these", u"those", u"its", u"his", u"her", u"their"}))
        return (k + 1 < end && charge(k + 1)) || (k + 2 < end && charge(k + 2)); // "denied the latest allegations"
    // "denied knowing", "Denies Seeing": a verb in -ing, as its own object.
    const QStringView w = doc.textOf(doc.tokens[k]);
    return doc.tokens[k].is(Word) && w.size() > 5 && w.endsWith(u"ing") && !(m_lexicon.flags(doc.tokens[k].word) & CommonWord)
        && (!doc.tokens[k].is(Capitalised) || doc.zoneOf(k) == u"HEADLINE");
}

int Attribution::toldEnd(const Document &doc, const Index &idx, int from, int end) const
{
    // "told reporters", "told the regional court", "told Reuters": a name, or a determiner and
    // up to three lower-case words.
    if (from >= end)
        return from;
    // "told The Associated Press", "told the BBC".
    auto stops = [&doc](int k) {
        return isOneOf(doc, k, {u"that", u"on", u"in", u"at", u"after", u"before", u"during", u"late", u"early", u"as",
                                u"while", u"when"});
    };
    const int named = idx.mentionByFirst[size_t(from + (isDeterminer(doc, from) && from + 1 < end ? 1 : 0))];
    if (named >= 0) {
        // "told a Frankfurt court", "told Spanish radio": a place or nationality describes the
        // one told.
        int k = doc.mentions[named].last;
        const QString &type = doc.mentions[named].type;
        if (type == u"GPE" || type == u"LOC" || type == u"NORP")
            while (k < end && k < doc.mentions[named].last + 2 && doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised)
                   && !opensClause(doc, k) && !stops(k))
                ++k;
        return k;
    }
    // "told Newswire the attackers had": a name the tagger missed, before a clause.
    if (from + 1 < end && doc.tokens[from].is(Word) && doc.tokens[from].is(Capitalised) && !opensClause(doc, from)
        && !isObjectPronoun(doc, from) && isOneOf(doc, from + 1, {u"the", u"a", u"an", u"he", u"she", u"they", u"it", u"we",
                                                                  u"his", u"her", u"their", u"its", u"there"}))
        return from + 1;
    int k = from;
    if (isDeterminer(doc, k))
        ++k;
    const int first = k;
    while (k < end && k < first + 3 && doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised) && !opensClause(doc, k)
           && !stops(k))
        ++k;
    // "told state broadcaster VTV that": the name after its description.
    if (k > first && k < end && idx.mentionByFirst[size_t(k)] >= 0)
        return doc.mentions[idx.mentionByFirst[size_t(k)]].last;
    return k > first ? k : from;
}

bool Attribution::quotedAsSaying(const Document &doc, const Index &idx, const Sentence &s, int t, int end,
                                 QuoteFound &q) const
{
    // The outlet or person who quotes is the subject; the one quoted speaks.
    if (!textIs(doc, t, u"quoted"))
        return false;
    int as = -1;
    for (int j = t + 2; j + 1 < end && j <= t + 9 && as < 0; ++j) {
        if (textIs(doc, j, u"as") && textIs(doc, j + 1, u"saying"))
            as = j;
        else if (isComma(doc, j) || doc.tokens[j].is(QuoteMark))
            return false;
    }
    const int contentFirst = as + 2 + (textIs(doc, as + 2, u"that") ? 1 : 0);
    if (as < 0 || contentFirst + 3 > end || doc.tokens[contentFirst].is(QuoteMark))
        return false; // a direct quote after "as saying" is attributed with it
    Speaker quotedOne;
    // "Julio Torres was quoted by local newspaper La Republica as saying": the subject was
    // quoted, by the outlet after "by".
    auto report = [&](const Speaker &speaker) {
        q.label = QStringLiteral("INDIRECT");
        q.rule = QStringLiteral("quote.indirect");
        q.paragraph = s.paragraph;
        q.cue = doc.spanOf(t, t + 1);
        q.cueRule = QStringLiteral("cue.indirect");
        setContentAndSpeaker(doc, q, contentFirst, end, speaker);
    };
    const bool passive = isOneOf(doc, t - 1, {u"was", u"were", u"is", u"been"}) && textIs(doc, t + 1, u"by");
    if (passive) {
        const Speaker subject = speakerBefore(doc, idx, t - 1, s.first);
        if (!subject.found())
            return false;
        report(subject);
        for (int j = t + 2; j < as && q.outlet < 0; ++j)
            if (const int m = idx.mentionByFirst[size_t(j)]; m >= 0 && doc.mentions[m].type == u"ORG")
                q.outlet = m;
        return true;
    }
    for (int j = t + 1; j < as && !quotedOne.found(); ++j) {
        const int m = idx.mentionByFirst[size_t(j)];
        if (m >= 0 && (doc.mentions[m].type == u"PERSON" || doc.mentions[m].type == u"ORG") && doc.mentions[m].last <= as)
            quotedOne = {m, doc.mentions[m].span, false};
    }
    for (int j = as - 1; j > t && !quotedOne.found(); --j)
        if (doc.tokens[j].is(Word) && (m_lexicon.flags(doc.tokens[j].word) & kUnnamedHead)) {
            quotedOne = anonymousPhrase(doc, j, t + 1);
            quotedOne.span.end = doc.tokens[as - 1].end;
        }
    if (!quotedOne.found())
        quotedOne.span = doc.spanOf(t + 1, as);
    report(quotedOne);
    const Speaker quoting = speakerBefore(doc, idx, t, s.first);
    if (quoting.mention >= 0 && doc.mentions[quoting.mention].outlet)
        q.outlet = quoting.mention;
    return true;
}

bool Attribution::opensReport(const Document &doc, int j, bool question) const
{
    // "asked whether the fund was consulted", "wondered if", "asked how many more prisoners
    // would walk out": a reported question.
    return textIs(doc, j, u"that") || (question && isOneOf(doc, j, {u"whether", u"if", u"how", u"why", u"what", u"when", u"where"}));
}

bool Attribution::thatAfterObject(const Document &doc, int from, int end, bool question) const
{
    // "telling a packed news conference that", "warning Morelli that", "saying only that": a
    // few plain words, the one told or an adverb, between the verb and its "that".
    // Not "reported a preference for games that" (a relative "that" after a prepositional
    // phrase), "the widely agreed premise that" (an adjective) or "telling him that, he
    // offered" (a pronoun).
    if (isDeterminer(doc, from - 2) || isDeterminer(doc, from - 3))
        return false;
    for (int j = from; j < end && j < from + 5; ++j) {
        if (opensReport(doc, j, question))
            return j > from && j + 1 < end && (doc.tokens[j + 1].is(Word) || doc.tokens[j + 1].is(QuoteMark));
        const Token &tok = doc.tokens[j];
        if (!tok.is(Word) || (m_lexicon.flags(tok.word) & (SpeechVerb | ThoughtVerb))
            || isOneOf(doc, j, {u"and", u"but", u"or", u"which", u"who", u"to", u"if", u"whether", u"of", u"is",
                                u"was", u"are", u"were", u"has", u"have", u"had", u"it", u"this", u"so", u"such",
                                u"for", u"in", u"on", u"with", u"about", u"at", u"from", u"by", u"into"}))
            return false;
    }
    return false;
}

int Attribution::adverbialEnd(const Document &doc, const Index &idx, int from, int end) const
{
    Q_UNUSED(idx);
    // "He cautioned, however, that": an adverb between commas.
    if (isComma(doc, from) && isComma(doc, from + 2) && from + 2 < end
        && isOneOf(doc, from + 1, {u"however", u"though", u"nonetheless", u"nevertheless", u"too", u"also", u"again",
                                   u"instead", u"moreover", u"furthermore", u"privately", u"publicly", u"later"}))
        return from + 3;
    int k = from;
    // "reported earlier this month", "said later that day".
    if (isOneOf(doc, k, {u"earlier", u"later"}) && isOneOf(doc, k + 1, {u"this", u"last", u"that"}) && k + 2 < end
        && (m_lexicon.flags(doc.tokens[k + 2].word) & DateUnitWord))
        return k + 3;
    const bool modifier = isOneOf(doc, k, {u"on", u"late", u"early", u"earlier", u"last", u"next", u"this"});
    if (modifier)
        ++k;
    const quint32 flags = k < end ? m_lexicon.flags(doc.tokens[k].word) : 0;
    if (flags & (WeekdayWord | RelativeDateWord)) // "said on Monday", "said Tuesday", "said yesterday"
        return isOneOf(doc, k + 1, {u"morning", u"afternoon", u"evening", u"night"}) ? k + 2 : k + 1; // "on Tuesday night"
    if (flags & MonthWord)
        return k + 1 < end && doc.tokens[k + 1].is(Number) ? k + 2 : k + 1; // "said on March 14"
    if (modifier && (flags & DateUnitWord))
        return k + 1; // "announced last month"
    if (isOneOf(doc, from, {u"on"}) && isOneOf(doc, from + 1, {u"Facebook", u"X", u"Twitter", u"LinkedIn", u"Instagram",
                                                                u"Telegram", u"TikTok", u"YouTube", u"Weibo", u"WeChat", u"Bluesky", u"Threads"}))
        return from + 2; // "wrote on Facebook that", "posted on X"
    // "announced shortly after 7 a.m.", "said late on Friday"
    if (isOneOf(doc, from, {u"shortly", u"soon", u"just", u"late", u"early"}) && isOneOf(doc, from + 1, {u"after", u"before", u"on"})) {
        int k = from + 2;
        while (k < end && k < from + 6 && (doc.tokens[k].is(Number) || doc.tokens[k].is(Word)) && !textIs(doc, k, u"that"))
            ++k;
        if (k >= end || isComma(doc, k))
            return k;
    }
    // "told Reuters by telephone", "said by email", "said over the phone".
    if (textIs(doc, from, u"by") && isOneOf(doc, from + 1, {u"telephone", u"phone", u"email", u"e-mail", u"text", u"letter", u"videolink"}))
        return textIs(doc, from + 2, u"message") ? from + 3 : from + 2;
    if (textIs(doc, from, u"over") && textIs(doc, from + 1, u"the") && isOneOf(doc, from + 2, {u"phone", u"telephone"}))
        return from + 3;
    if (isOneOf(doc, from, {u"in"}) && from + 1 < end && doc.tokens[from + 1].is(Number)
        && doc.textOf(doc.tokens[from + 1]).size() == 4)
        return from + 2; // "reported in 2022 that"
    auto statementNoun = [&](int j) {
        return isOneOf(doc, j, {u"statement", u"interview", u"letter", u"post", u"briefing", u"speech", u"report", u"memo",
                                u"filing", u"email", u"e-mail", u"order", u"ruling", u"note", u"message",
                                u"release", u"tweet", u"video", u"call", u"conference", u"opinion", u"rally",
                                u"hearing", u"meeting", u"event", u"ceremony", u"session", u"update", u"study",
                                u"paper", u"survey", u"analysis", u"column", u"op-ed", u"editorial", u"blog",
                                u"advisory", u"bulletin", u"forecast", u"notice", u"alert", u"submission", u"testimony",
                                u"affidavit", u"complaint", u"lawsuit", u"podcast", u"broadcast", u"newsletter"});
    };
    // "said at a press conference in the capital that"
    if (isOneOf(doc, from, {u"in", u"on", u"at"}) && isOneOf(doc, from + 1, {u"a", u"an", u"the", u"his", u"her", u"its", u"their"})) {
        // "said in a statement", "wrote in a 12-page order that", "said in a filing with the
        // Securities and Exchange Commission that": to the "that" if one follows soon.
        // Up to two words before the noun: "in a written statement", "in its 4 a.m. advisory".
        int noun = -1;
        for (int j = from + 2; j < end && j <= from + 4 && noun < 0; ++j) {
            if (statementNoun(j))
                noun = j;
            else if (!doc.tokens[j].is(Word) && !doc.tokens[j].is(Number))
                break;
        }
        if (noun < 0)
            return from;
        while (noun + 1 < end && statementNoun(noun + 1)) // "in a blog post"
            ++noun;
        for (int j = noun + 1; j < end && j <= noun + 9; ++j) {
            if (textIs(doc, j, u"that"))
                return j;
            if (!doc.tokens[j].is(Word) && !doc.tokens[j].is(Number))
                break;
        }
        // "said in a filing with the Securities and Exchange Commission.", "said in an
        // interview at her sister's apartment, as ...": a phrase to the end of the clause.
        if (isOneOf(doc, noun + 1, {u"with", u"to", u"at", u"from", u"for", u"on", u"in", u"posted", u"published"})) {
            int j = noun + 2;
            while (j < end && j <= noun + 12 && (doc.tokens[j].is(Word) || doc.tokens[j].is(Number) || doc.tokens[j].is(Possessive))
                   && !textIs(doc, j, u"that"))
                ++j;
            if (j >= end || isComma(doc, j))
                return j;
        }
        return noun + 1;
    }
    return from;
}

Attribution::Speaker Attribution::appositiveName(const Document &doc, const Index &idx, int open, int close) const
{
    // "the state news agency, CNA, reported", "The energy company that operates the dam,
    // Hidroeléctrica do Norte, said", "The head of the authority, Colonel Amara Obi, said": the
    // name between the commas is the one described before them.
    const int m = idx.mentionByLast[size_t(close - 1)];
    if (m >= 0 && doc.mentions[m].first > open && doc.mentions[m].type != u"DATE" && doc.mentions[m].type != u"GPE") {
        int k = open + 1;
        if (isDeterminer(doc, k))
            ++k;
        // A title; before a person also a description ("67-year-old retiree Dawn Pickering"),
        // not a relative clause ("who represents Anna Weber").
        const int beforeName = doc.mentions[m].first - 1;
        const bool person = doc.mentions[m].type == u"PERSON" && beforeName > open && doc.tokens[beforeName].is(Word)
            && (m_lexicon.flags(doc.tokens[beforeName].word) & PersonNoun);
        // "One, the sportswear company Strata, said": a business, described (not "Critics,
        // including the campaign group Estuary Futures, argue": some of them).
        const bool business = doc.mentions[m].type == u"ORG" && beforeName > open && isDeterminer(doc, open + 1)
            && describesOrganisation(m_lexicon, doc, beforeName);
        while (k < doc.mentions[m].first && k < open + 5
               && ((doc.tokens[k].is(Word) && (doc.tokens[k].is(Capitalised) || person || business))
                   || (person && doc.tokens[k].is(Number) && doc.tokens[k].is(Hyphenated))))
            ++k;
        if (k == doc.mentions[m].first)
            return {m, doc.mentions[m].span, false};
    }
    // "a second witness, forensic collision investigator Sergeant Ravi Chandra of Avon and
    // Somerset Police, said": a person named with where they work, after what they do.
    for (int k = open + 1; k < close && k <= open + 7 && doc.tokens[k].is(Word); ++k) {
        const int p = idx.mentionByFirst[size_t(k)];
        if (p < 0)
            continue;
        if (doc.mentions[p].type == u"PERSON" && doc.mentions[p].last < close
            && isOneOf(doc, doc.mentions[p].last, {u"of", u"at", u"from"}))
            return {p, doc.mentions[p].span, false};
        break;
    }
    // "One of them, a retired engineer who gave his name only as Zoltan, said".
    for (int k = std::max(open + 2, close - 4); k + 1 < close; ++k) {
        if (!textIs(doc, k, u"as") || !isOneOf(doc, k - 1, {u"only", u"name", u"identified"}))
            continue;
        const int m = idx.mentionByFirst[size_t(k + 1)];
        if (m >= 0 && doc.mentions[m].last == close && doc.mentions[m].type == u"PERSON")
            return {m, doc.mentions[m].span, false};
        bool name = true;
        for (int j = k + 1; j < close; ++j)
            name = name && doc.tokens[j].is(Word) && doc.tokens[j].is(Capitalised);
        if (name)
            return {-1, doc.spanOf(k + 1, close), false};
    }
    // A name no mention covers: "Hidroeléctrica do Norte".
    const int first = open + 1 + (isDeterminer(doc, open + 1) ? 1 : 0);
    if (close - first < 1 || close - first > 5 || !doc.tokens[first].is(Capitalised) || !doc.tokens[close - 1].is(Capitalised))
        return {};
    for (int k = first; k < close; ++k)
        if (!doc.tokens[k].is(Word)
            || (!doc.tokens[k].is(Capitalised) && !(m_lexicon.flags(doc.tokens[k].word) & NameConnector)
                && doc.tokens[k].end - doc.tokens[k].start > 3) // "do" in "Hidroeléctrica do Norte"
            || (m_lexicon.flags(doc.tokens[k].word) & (CommonWord | PronounWord)))
            return {};
    return {-1, doc.spanOf(first, close), false};
}

int Attribution::placeEnd(const Document &doc, int from, int end) const
{
    // "told reporters in the port of Agia Thekla.", "said outside the court in Velgrad,": a
    // phrase of place that runs to the end of the clause; not "said in the capital that".
    // The place is a name or opens with a determiner: not "said at least 12 people had died".
    if (from + 1 >= end || !isOneOf(doc, from, {u"in", u"at", u"outside", u"near", u"from", u"during"})
        || !(isDeterminer(doc, from + 1) || doc.tokens[from + 1].is(Capitalised)))
        return from;
    int k = from + 1;
    while (k < end && k <= from + 9
           && (doc.tokens[k].is(Word) || doc.tokens[k].is(Number) || doc.tokens[k].is(Possessive))
           && !isOneOf(doc, k, {u"that", u"who", u"which", u"and", u"but"}) && !isAuxiliary(doc, k)
           && !(m_lexicon.flags(doc.tokens[k].word) & (SpeechVerb | PronounWord)))
        ++k;
    // "told reporters in Lagos that": after a name, "that" opens the clause, not a relative one.
    const bool named = doc.tokens[from + 1].is(Capitalised) && textIs(doc, k, u"that")
        && !(m_lexicon.flags(doc.tokens[from + 1].word) & (MonthWord | WeekdayWord)); // not "told in January that"
    return k >= end || isComma(doc, k) || named ? k : from;
}

bool Attribution::participleAfterComma(const Document &doc, int comma) const
{
    // "..., the company said on Tuesday, blaming weak demand": a participle clause of the
    // subject after the cue; what it says is no reported content.
    if (!isComma(doc, comma) || comma + 1 >= doc.tokens.size())
        return false;
    const Token &t = doc.tokens[comma + 1];
    const QStringView w = doc.textOf(t);
    return t.is(Word) && !t.is(Capitalised) && w.size() > 5 && w.endsWith(u"ing") && !w.endsWith(u"thing")
        && !isOneOf(doc, comma + 1, {u"during", u"morning", u"evening", u"including", u"according"}); // not "you know, anything"
}

int Attribution::directiveObject(const Document &doc, int t, int len, int end) const
{
    // "urged the government to block the decision", "called on member states to share",
    // "advised travellers not to", "told residents to stay indoors": what someone was told to
    // do is reported too, from the one addressed. Not the passive "were urged to leave", which
    // names no one addressed before "to".
    if (len != 1 || isOneOf(doc, t - 1, {u"was", u"were", u"been", u"being", u"be", u"is", u"are", u"get", u"got"}))
        return -1;
    // Not the bare verb: "ask people to share a taxi" is the author's advice, "we ask this Court
    // to" a plea in the first person.
    int object = t + 1;
    if (textIs(doc, object, u"not"))
        return -1; // "asked not to be named"
    if (isOneOf(doc, t, {u"calls", u"called", u"calling"})) {
        if (!isOneOf(doc, object, {u"on", u"upon"}))
            return -1;
        ++object;
    } else if (!isOneOf(doc, t, {u"urges", u"urged", u"urging", u"advises", u"advised", u"advising", u"implored",
                                 u"imploring", u"asks", u"asked", u"asking", u"warns", u"warned", u"warning",
                                 u"told", u"tells", u"telling"})) {
        return -1;
    }
    bool relative = false; // "urged residents who had ignored the orders to stay"
    for (int k = object; k < end && k < object + 12; ++k) {
        if (textIs(doc, k, u"to")) {
            // "called on member states to “share responsibility”": a quoted verb too.
            const int verb = k + 1 < end && doc.tokens[k + 1].is(QuoteMark) ? k + 2 : k + 1;
            if (k == object || verb >= end || !doc.tokens[verb].is(Word) || doc.tokens[verb].is(Capitalised)
                || isDeterminer(doc, verb) || isObjectPronoun(doc, verb)
                || (looksLikeVerb(doc, verb) && !isOneOf(doc, verb, {u"put", u"cut", u"set", u"let", u"hit", u"quit", u"shut"}))
                || doc.textOf(doc.tokens[verb]).endsWith(u"ing"))
                return -1; // "asked questions to the minister", "sent aid to hospitals": no verb after "to"
            return object;
        }
        if (textIs(doc, k, u"not") && textIs(doc, k + 1, u"to") && k > object)
            continue; // "advised travellers not to travel"
        relative = relative || (k > object && isOneOf(doc, k, {u"who", u"whose"}));
        if (!(doc.tokens[k].is(Word) || doc.tokens[k].is(Number) || doc.tokens[k].is(Possessive))
            || isOneOf(doc, k, {u"that", u"whether", u"if", u"about", u"for"}) || (isAuxiliary(doc, k) && !relative))
            return -1;
    }
    return -1;
}

} // namespace Lede::Core::Extraction
