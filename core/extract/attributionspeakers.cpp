#include "extract/attribution.h"
#include "extract/attributionwords.h"

#include <algorithm>

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// Who speaks: the subject before a cue, the name after it, unnamed sources, pronouns.

Attribution::Speaker Attribution::nounPhraseBefore(const Document &doc, int cue, int limit) const
{
    // "Past studies establish that", "These examples show that": up to four words back,
    // stopping after a determiner or before a function word.
    // Adverbs between subject and verb are not part of it: "a teacher mistakenly thought".
    while (cue - 1 >= limit && isSkippable(doc, cue - 1)
           && (isAdverb(doc, cue - 1) || isOneOf(doc, cue - 1, {u"first", u"also", u"later", u"previously", u"then",
                                                               u"again", u"repeatedly", u"recently", u"earlier", u"long"})))
        --cue;
    // "The councillor has said": the auxiliary is not the subject.
    if (cue - 2 >= limit && isOneOf(doc, cue - 1, {u"has", u"have", u"had"}) && !textIs(doc, cue - 2, u"time")
        && !(m_lexicon.flags(doc.tokens[cue - 2].word) & (DateUnitWord | WeekdayWord | RelativeDateWord)))
        --cue; // not "for the first time has recognized"
    // "The leader of the movement on Monday called": the day is not the subject.
    if (cue - 1 > limit && (m_lexicon.flags(doc.tokens[cue - 1].word) & (WeekdayWord | RelativeDateWord)))
        cue -= textIs(doc, cue - 2, u"on") ? 2 : 1;
    // "One said", "Several said": one of those just mentioned.
    if (cue - 1 == limit && isOneOf(doc, limit, {u"one", u"several", u"many", u"some", u"others", u"another", u"most"}))
        return {-1, doc.spanOf(limit, cue), false};
    // "the father of three said": the children counted belong to the description.
    int from = cue;
    if (cue - 3 >= limit && textIs(doc, cue - 2, u"of")
        && (doc.tokens[cue - 1].is(Number) || isOneOf(doc, cue - 1, {u"two", u"three", u"four", u"five", u"six"})))
        from = cue - 2;
    int start = from;
    for (int k = from - 1; k >= limit && from - k <= 4; --k) {
        const Token &t = doc.tokens[k];
        if (t.is(Word) && (m_lexicon.flags(t.word) & PronounWord))
            break; // "continents we find": the pronoun was the subject, found before
        const QStringView w = doc.textOf(t);
        // "the 41-year-old" is a word too.
        const bool word = t.is(Word) || (t.is(Number) && t.is(Hyphenated) && k > limit && isDeterminer(doc, k - 1));
        // "the ANWB motoring association": a word in -ing right before the head, after a name.
        const bool modifier = k == from - 2 && k > limit && doc.tokens[k - 1].is(Capitalised);
        if (!word || isSkippable(doc, k) || (w.endsWith(u"ing") && k < cue - 1 && !modifier)
            || isOneOf(doc, k, {u"into", u"about", u"over", u"through", u"after", u"before",
                                u"under", u"between", u"against", u"without", u"within"})
            || isOneOf(doc, k, {u"said", u"says", u"told"}) // "Portugal said airlines had told them"
            || isOneOf(doc, k, {u"let", u"lets", u"letting"}) // "will let us see whether": "us"
            || isOneOf(doc, k, {u"and", u"that", u"but", u"which",
                u"who", u"as", u"while", u"if", u"because", u"when", u"where", u"to", u"of", u"in",
                u"for", u"with", u"on", u"by", u"from", u"at", u"so", u"than", u"also", u"is", u"are",
                u"was", u"were", u"be", u"been", u"it", u"this", u"whether"}))
            break;
        start = k;
        if (isDeterminer(doc, k))
            break;
    }
    if (start == from)
        return {};
    // "about whether users understood what": a question asked, not a subject that reports.
    if (isOneOf(doc, start - 1, {u"whether", u"if"}))
        return {};
    // "The mother of a man who died in custody in March said", "Another researcher on the
    // team, speaking on condition of anonymity, said": the object of a preposition is no
    // subject; the person the sentence opens with is.
    int prep = start - 1;
    if (prep > limit && (isDeterminer(doc, prep) || doc.tokens[prep].is(Number)))
        --prep; // "Executives at two other AI companies"
    if (prep > limit && isOneOf(doc, prep, {u"in", u"of", u"at", u"from", u"on", u"for", u"with"})) {
        const bool opening = isDeterminer(doc, limit) || isOneOf(doc, limit, {u"another", u"each", u"every"});
        int head = limit + (opening ? 1 : 0);
        while (head < prep && head < limit + 4 && doc.tokens[head].is(Word)
               && !(m_lexicon.flags(doc.tokens[head].word) & (PersonNoun | kUnnamedHead)))
            ++head;
        if (head < prep && head < limit + 4 && isOneOf(doc, head + 1, {u"of", u"on", u"at", u"in", u"from", u"with"})
            && (opening || head == limit))
            return {-1, doc.spanOf(limit, head + 1), bool(m_lexicon.flags(doc.tokens[head].word) & kUnnamedHead)};
    }
    // "The provincial department of water and sanitation said": a body's full description
    // from the determiner that opens the sentence, its head before "of".
    if (isOneOf(doc, start - 1, {u"and", u"of"}) && isDeterminer(doc, limit) && cue - limit <= 9) {
        int head = -1;
        bool plain = true;
        for (int k = limit + 1; k < cue && plain; ++k) {
            plain = doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised);
            if (head < 0 && textIs(doc, k, u"of"))
                head = k - 1;
        }
        if (plain && head > limit && (m_lexicon.flags(doc.tokens[head].word) & OrgWord))
            return {-1, doc.spanOf(limit, cue), false};
    }
    // "One of them said": the one, not all of them.
    if (start + 1 == cue && isOneOf(doc, start, {u"them", u"those"}) && start - 2 >= limit && textIs(doc, start - 1, u"of")
        && doc.tokens[start - 2].is(Word))
        start -= 2;
    // "Bavaria's premier", "Reyes's lawyer": the owner named before the possessive belongs to it.
    if (start - 2 >= limit && doc.tokens[start - 1].is(Possessive) && doc.tokens[start - 2].is(Word)
        && doc.tokens[start - 2].is(Capitalised)) {
        start -= 2;
        while (start - 1 >= limit && doc.tokens[start - 1].is(Word) && doc.tokens[start - 1].is(Capitalised)
               && !isDeterminer(doc, start - 1) && cue - start < 6)
            --start; // "South Korea's military"
    } else if (start - 2 >= limit && doc.tokens[start - 1].is(Possessive) && doc.tokens[start - 2].is(Word)
               && (doc.textOf(doc.tokens[start - 1]).size() == 1 || !doc.tokens[start - 2].is(Capitalised))) {
        // "the regional suppliers' association said", "The sheriff's office said": the owners
        // and their words too.
        start -= 2;
        while (start - 1 >= limit && cue - start < 6 && doc.tokens[start - 1].is(Word) && !isSkippable(doc, start - 1)
               && !(m_lexicon.flags(doc.tokens[start - 1].word) & PronounWord)
               && (!(m_lexicon.flags(doc.tokens[start - 1].word) & SpeechVerb) || isDeterminer(doc, start - 2))) { // "The state nurses'"
            --start;
            if (isDeterminer(doc, start))
                break;
        }
    }
    Speaker s;
    s.span = doc.spanOf(start, cue);
    // "one man shouted", "a woman told": a person the text does not name.
    s.anonymous = cue - start >= 2 && isOneOf(doc, start, {u"a", u"an", u"one", u"another"})
        && doc.tokens[cue - 1].is(Word) && (m_lexicon.flags(doc.tokens[cue - 1].word) & PersonNoun);
    return s;
}

int Attribution::commaBeforePlace(const Document &doc, const Index &idx, int comma, int close, int limit) const
{
    // "The company, based in Austin, Texas, said": a town and its state are one place, so the
    // appositive opens at the comma before the town.
    const int state = idx.mentionByFirst[size_t(comma + 1)];
    const int town = idx.mentionByLast[size_t(comma - 1)];
    if (state < 0 || doc.mentions[state].last != close || doc.mentions[state].type != u"GPE" || town < 0
        || doc.mentions[town].type != u"GPE")
        return comma;
    int earlier = doc.mentions[town].first - 1;
    while (earlier >= limit && earlier > close - 26 && !isComma(doc, earlier) && !doc.tokens[earlier].is(QuoteMark))
        --earlier;
    return earlier >= limit && isComma(doc, earlier) ? earlier : comma;
}

Attribution::Speaker Attribution::sentenceSubject(const Document &doc, const Index &idx, const Sentence &whole,
                                                   int before) const
{
    // "In an interview, Corvala's chief executive, Melissa Ortlieb, apologized ... and
    // acknowledged", "Asked about the poll on Thursday, he dismissed it ... and said": the
    // subject after an opening phrase, or two ("In Berlin, on Tuesday, ..."). A few at most,
    // so that a sentence of nothing but openers stays linear.
    Sentence s = whole;
    for (int opener = 0; opener < 3; ++opener) {
        if (!isOneOf(doc, s.first, {u"in", u"on", u"at", u"after", u"during", u"earlier", u"later", u"meanwhile",
                                    u"separately", u"asked", u"pressed", u"speaking", u"responding", u"questioned"}))
            break;
        int comma = -1;
        for (int k = s.first + 1; k < before && k < s.first + 9 && comma < 0; ++k) {
            if (isComma(doc, k))
                comma = k;
            else if (!doc.tokens[k].is(Word))
                break;
        }
        if (comma < 0)
            break;
        s.first = comma + 1;
        if (s.first >= before)
            return {};
    }
    // "She promised a public meeting and said ...": a pronoun subject, resolved later; so is
    // "It thanked Bellandi ... and confirmed".
    if (s.first < before && isOneOf(doc, s.first, {u"he", u"she", u"they", u"it"}))
        return {-1, {doc.tokens[s.first].start, doc.tokens[s.first].end}, false};
    // "The sprinter's coach, Lars-Erik Fofanah, described ... and told reporters": the name
    // between the commas after the description that opens the sentence.
    // "Tembara's minister of culture and heritage, Adaeze Okonkwo-Baptiste, called": so does
    // an owner's description.
    const bool described = isDeterminer(doc, s.first) || textIs(doc, s.first, u"another") // "Another neighbor, Tamika Rowe,"
        || (s.first + 1 < before && doc.tokens[s.first + 1].is(Possessive));
    for (int open = s.first + 1; open < before && open < s.first + 9; ++open) {
        if (!isComma(doc, open))
            continue;
        int close = open + 1;
        while (close < before && close < open + 6 && !isComma(doc, close))
            ++close;
        if (close < before && isComma(doc, close) && described) {
            const Speaker named = appositiveName(doc, idx, open, close);
            if (named.found())
                return named;
        }
        break;
    }
    // "Conservative candidate Brent Halvorsen conceded ... but said", "Residents' association
    // chairperson Lerato Dube accused ... and urged": the person the description opens with.
    for (int k = s.first; k < before && k < s.first + 6; ++k) {
        const int p = idx.mentionByFirst[size_t(k)];
        if (k > s.first && p >= 0 && doc.mentions[p].type == u"PERSON" && doc.mentions[p].last < before
            && doc.tokens[k - 1].is(Word) && !doc.tokens[k - 1].is(Capitalised)
            && (m_lexicon.flags(doc.tokens[k - 1].word) & PersonNoun))
            return {p, doc.mentions[p].span, false};
        if (!doc.tokens[k].is(Word) && !doc.tokens[k].is(Possessive))
            break;
    }
    int first = s.first;
    while (first < before && first < s.first + 3 && idx.mentionByFirst[size_t(first)] < 0 && doc.tokens[first].is(Word))
        ++first;
    const int m = first < before ? idx.mentionByFirst[size_t(first)] : -1;
    // "Energy and Mines Minister Hernan Cardenas struck ..., telling": a word of the title taken
    // for a name; the person the title names speaks.
    if (m >= 0 && doc.mentions[m].last - doc.mentions[m].first == 1 && doc.mentions[m].title.isEmpty()) {
        int k = doc.mentions[m].last;
        while (k < before && k < doc.mentions[m].last + 5 && idx.mentionByFirst[size_t(k)] < 0 && doc.tokens[k].is(Word)
               && (doc.tokens[k].is(Capitalised) || textIs(doc, k, u"and")))
            ++k;
        const int person = k < before && k > doc.mentions[m].last ? idx.mentionByFirst[size_t(k)] : -1;
        if (person >= 0 && doc.mentions[person].type == u"PERSON" && !doc.mentions[person].title.isEmpty()
            && doc.mentions[person].last < before)
            return {person, doc.mentions[person].span, false};
    }
    if (m >= 0 && doc.mentions[m].type != u"DATE" && doc.mentions[m].last < before) {
        // "Marivia's central bank kept rates on hold, saying": the bank, not its country.
        const int owned = doc.mentions[m].last;
        // "Thailand's Commerce Minister Pichit Srisawat rejected ..., saying": the person the
        // owner's title names.
        if (owned + 1 < before && doc.tokens[owned].is(Possessive)) {
            int named = owned + 1;
            while (named < before && named < owned + 5 && idx.mentionByFirst[size_t(named)] < 0 && doc.tokens[named].is(Word)
                   && ((m_lexicon.flags(doc.tokens[named].word) & TitleWord) || doc.tokens[named].is(Capitalised)))
                ++named;
            const int person = named < before ? idx.mentionByFirst[size_t(named)] : -1;
            if (person >= 0 && doc.mentions[person].type == u"PERSON" && doc.mentions[person].last < before)
                return {person, doc.mentions[person].span, false};
        }
        if (owned + 1 < before && doc.tokens[owned].is(Possessive)) {
            int end = owned + 1;
            // Nouns up to the verb: not a word before an object ("kept its") or in -ed.
            while (end < before && end < owned + 4 && doc.tokens[end].is(Word) && !doc.tokens[end].is(Capitalised)
                   && !(m_lexicon.flags(doc.tokens[end].word) & SpeechVerb) && !isDeterminer(doc, end + 1)
                   && !doc.textOf(doc.tokens[end]).endsWith(u"ed"))
                ++end;
            if (end > owned + 1)
                return {-1, doc.spanOf(doc.mentions[m].first, end), false};
        }
        return {m, doc.mentions[m].span, false};
    }

    // "A spokesman for the ministry declined to comment, saying only that ...".
    for (int h = s.first; h < before && h < s.first + 3; ++h)
        if (doc.tokens[h].is(Word) && (m_lexicon.flags(doc.tokens[h].word) & kUnnamedHead))
            return anonymousPhrase(doc, h, s.first);
    // "A federal appeals court on Tuesday blocked a law, ruling": the description up to its
    // head, before the verb and a date.
    if (isDeterminer(doc, s.first)) {
        for (int h = s.first + 1; h < before && h <= s.first + 4 && doc.tokens[h].is(Word) && !doc.tokens[h].is(Capitalised); ++h) {
            if (!(m_lexicon.flags(doc.tokens[h].word) & (OrgWord | PersonNoun)))
                continue;
            int v = h + 1;
            if (textIs(doc, v, u"on") && v + 1 < before && (m_lexicon.flags(doc.tokens[v + 1].word) & (WeekdayWord | MonthWord)))
                v += 2;
            if (v < before && looksLikeVerb(doc, v) && !isAuxiliary(doc, v - 1))
                return {-1, doc.spanOf(s.first, h + 1), false};
            break;
        }
    }
    // "The coastguard rejected that account, saying", "The 56-year-old rejected calls to resign,
    // saying": a description and the verb after it.
    if (isDeterminer(doc, s.first)) {
        for (int v = s.first + 2; v < before && v <= s.first + 4; ++v) {
            if (!doc.tokens[v - 1].is(Word) && !(doc.tokens[v - 1].is(Number) && doc.tokens[v - 1].is(Hyphenated)))
                break;
            // Not "A federal appeals court blocked": a noun before the head it modifies.
            const bool modifier = v + 1 < before && doc.tokens[v + 1].is(Word)
                && (m_lexicon.flags(doc.tokens[v + 1].word) & (OrgWord | PersonNoun | kUnnamedHead));
            if (looksLikeVerb(doc, v) && !isAuxiliary(doc, v - 1) && !modifier)
                return {-1, doc.spanOf(s.first, v), false};
        }
    }
    return {};
}

Attribution::Speaker Attribution::nounPhraseAfter(const Document &doc, int from, int limit) const
{
    // "said the driver", "said a man who lives nearby": a determiner and up to three
    // lower-case words, to the end of the sentence or a comma.
    if (from >= limit || !isOneOf(doc, from, {u"the", u"a", u"an", u"one", u"another"}))
        return {};
    int end = from + 1;
    while (end < limit && end <= from + 3 && doc.tokens[end].is(Word) && !doc.tokens[end].is(Capitalised)
           && !isOneOf(doc, end, {u"who", u"which", u"that", u"and", u"in", u"on", u"at", u"of", u"for", u"from"}))
        ++end;
    if (end == from + 1)
        return {};
    Speaker s;
    s.span = doc.spanOf(from, end);
    return s;
}

Attribution::Speaker Attribution::speakerBefore(const Document &doc, const Index &idx, int cue,
                                                int limit) const
{
    int k = cue - 1;
    limit = std::max(limit, cue - 40); // bounded, so that long sentences stay linear
    // "Prosecutor Helen Ashdown KC told": the letters after a name are no part of it.
    if (k - 1 >= limit && isOneOf(doc, k, {u"KC", u"QC", u"MP", u"MEP", u"MSP", u"Jr", u"Sr", u"PhD", u"OBE", u"MBE", u"CBE"})
        && idx.mentionByLast[size_t(k - 1)] >= 0 && doc.mentions[idx.mentionByLast[size_t(k - 1)]].type == u"PERSON")
        --k;
    bool afterComma = false;
    while (k >= limit) {
        const Token &t = doc.tokens[k];
        if (idx.mentionByLast[size_t(k)] >= 0) {
            const int m = idx.mentionByLast[size_t(k)];
            // "Okafor of the Greens said": the person, not the party.
            int before = doc.mentions[m].first - 1;
            if (textIs(doc, before, u"the"))
                --before;
            // "Documents reviewed by The Texas Tribune show": the documents, which the outlet
            // only saw.
            if (textIs(doc, before, u"by") && isOneOf(doc, before - 1, {u"seen", u"obtained", u"reviewed", u"viewed", u"compiled",
                                                                       u"collected", u"gathered", u"analysed", u"analyzed"})
                && before - 2 >= limit && doc.tokens[before - 2].is(Word)) {
                int start = before - 2;
                while (start - 1 >= limit && before - start < 5 && doc.tokens[start - 1].is(Word)
                       && !isOneOf(doc, start - 1, {u"and", u"but", u"that", u"which", u"said", u"says"}))
                    --start;
                return {-1, doc.spanOf(start, doc.mentions[m].last), false};
            }
            if (isOneOf(doc, before, {u"of", u"from", u"at", u"for", u"within", u"inside"}) && before - 1 >= limit) {
                const int owner = idx.mentionByLast[size_t(before - 1)];
                if (owner >= 0 && doc.mentions[owner].type == u"PERSON")
                    return {owner, doc.mentions[owner].span, false};
                // "Dr Amara Osei-Bonsu, of the University of Northbrook, who led the study, said",
                // "Renee Gilchrist, head of claims at Piedmont Mutual, the state's largest insurer,
                // told": the person the description between commas is about.
                int open = before - 1;
                while (open > limit && open > before - 7 && doc.tokens[open].is(Word) && !doc.tokens[open].is(Capitalised))
                    --open;
                const int person = isComma(doc, open) && open - 1 >= limit ? idx.mentionByLast[size_t(open - 1)] : -1;
                if (person >= 0 && doc.mentions[person].type == u"PERSON" && isOneOf(doc, before, {u"of", u"from", u"at"}))
                    return {person, doc.mentions[person].span, false};
                // "A reporter from Kyodo asked": the person, unnamed, not where they are from.
                const quint32 head = doc.tokens[before - 1].is(Word) ? m_lexicon.flags(doc.tokens[before - 1].word) : 0;
                if (owner < 0 && (head & PersonNoun) && !(head & kUnnamedHead)) {
                    // "A senior engineer at UKANS": unnamed where the article is indefinite.
                    Speaker person = anonymousPhrase(doc, before - 1, limit);
                    person.span.end = doc.mentions[m].span.end;
                    person.anonymous = isOneOf(doc, doc.tokenAt(person.span.start), {u"a", u"an", u"one", u"another"});
                    return person;
                }
                // "Analysts at Skagerrak Securities estimated": people unnamed, where they work named.
                if (owner < 0 && (head & kUnnamedHead)) {
                    Speaker unnamed = anonymousPhrase(doc, before - 1, limit);
                    unnamed.span.end = doc.mentions[m].span.end;
                    return unnamed;
                }
            }
            // "A senior diplomat in Nairobi said", "officials in neighbouring Turan dismissed":
            // the unnamed person, not the place (a one-word place may have been taken for a
            // person).
            int prep = doc.mentions[m].first - 1;
            if (prep - 1 >= limit && doc.tokens[prep].is(Word) && !doc.tokens[prep].is(Capitalised)
                && isOneOf(doc, prep - 1, {u"in", u"from", u"at"}))
                --prep; // "in neighbouring Turan"
            const bool place = namesPlace(doc.mentions[m]);
            const quint32 headFlags = prep - 1 >= limit && doc.tokens[prep - 1].is(Word) ? m_lexicon.flags(doc.tokens[prep - 1].word) : 0;
            const bool orgHead = (headFlags & OrgWord) && !doc.tokens[prep - 1].is(Capitalised); // "office in Geneva"
            if (place && isOneOf(doc, prep, {u"in", u"from", u"at", u"based"}) && ((headFlags & kUnnamedHead) || orgHead)) {
                Speaker unnamed = anonymousPhrase(doc, prep - 1, limit);
                unnamed.span.end = doc.mentions[m].span.end;
                unnamed.anonymous = !orgHead;
                return unnamed;
            }
            // "The mother of a man who died in custody in March said": no date speaks; the
            // person the sentence opens with does.
            if (doc.mentions[m].type == u"DATE") {
                int head = limit + (isDeterminer(doc, limit) ? 1 : 0);
                while (head < k && head < limit + 4 && doc.tokens[head].is(Word)
                       && !(m_lexicon.flags(doc.tokens[head].word) & (PersonNoun | kUnnamedHead)))
                    ++head;
                if (head < k && head < limit + 4 && textIs(doc, head + 1, u"of"))
                    return {-1, doc.spanOf(limit, head + 1), bool(m_lexicon.flags(doc.tokens[head].word) & kUnnamedHead)};
                return {};
            }
            // "Holidaymakers stranded in Spain and Portugal said", "two survivors interviewed by
            // the daily Eleftheros Logos said": the unnamed people the phrase describes.
            if (const Speaker unnamed = unnamedWithModifier(doc, k, limit, cue); unnamed.found())
                return unnamed;
            // "Anna Weber and Olaf Brenner said", "Reuters and the BBC said": both speak; the
            // first named is linked, the words name both.
            const int joint = doc.mentions[m].first - 1 - (textIs(doc, doc.mentions[m].first - 1, u"the") ? 1 : 0);
            const int other = joint - 1 >= limit && textIs(doc, joint, u"and") ? idx.mentionByLast[size_t(joint - 1)] : -1;
            const bool bothPersons = other >= 0 && doc.mentions[m].type == u"PERSON" && doc.mentions[other].type == u"PERSON";
            const bool bothOutlets = other >= 0 && doc.mentions[m].outlet && doc.mentions[other].outlet;
            if (bothPersons || bothOutlets)
                return {other, {doc.mentions[other].span.start, doc.mentions[m].span.end}, false};
            // "The Defence Ministry in Velgrad said": the ministry, not the city (whatever the
            // city was taken for).
            if (isOneOf(doc, doc.mentions[m].first - 1, {u"in", u"of", u"from", u"at"})
                && doc.mentions[m].first - 2 >= limit) {
                const int owner = idx.mentionByLast[size_t(doc.mentions[m].first - 2)];
                if (owner >= 0 && doc.mentions[owner].type == u"ORG")
                    return {owner, doc.mentions[owner].span, false};
                // "The Siam Metalworks plant in Rayong said": the business whose site it is.
                const int noun = doc.mentions[m].first - 2;
                const int business = noun - 1 >= limit && doc.tokens[noun].is(Word) && !doc.tokens[noun].is(Capitalised)
                        && (doc.mentions[m].type == u"GPE" || doc.mentions[m].type == u"LOC")
                    ? idx.mentionByLast[size_t(noun - 1)]
                    : -1;
                if (business >= 0 && doc.mentions[business].type == u"ORG")
                    return {business, doc.mentions[business].span, false};
            }
            return {m, doc.mentions[m].span, false};
        }
        // "it" speaks only right before its verb ("In a statement, it said"): an organisation,
        // resolved later.
        if (t.is(Word) && (m_lexicon.flags(t.word) & PronounWord) && (!textIs(doc, k, u"it") || k == cue - 1))
            return {-1, {t.start, t.end}, false};
        if (t.is(Word) && (m_lexicon.flags(t.word) & kUnnamedHead)) {
            // "Two diplomats who attended the talks as observers said": the head the relative
            // clause describes.
            for (int j = k - 1; j - 1 >= limit && j > k - 20 && doc.tokens[j].is(Word); --j)
                if (textIs(doc, j, u"who") && doc.tokens[j - 1].is(Word) && (m_lexicon.flags(doc.tokens[j - 1].word) & kUnnamedHead)) {
                    Speaker s = anonymousPhrase(doc, j - 1, limit);
                    s.span.end = t.end;
                    return s;
                }
            return anonymousPhrase(doc, k, limit);
        }
        if (k == cue - 1 && isOneOf(doc, k, {u"who", u"which"})) {
            // "a neighbour, Gloria Pettit, who said", "environmental groups, which said": the one
            // the relative clause is about.
            int j = k - 1 - (isComma(doc, k - 1) ? 1 : 0);
            // "Erik Lindahl, 34, who testified": past the age.
            if (j - 2 >= limit && doc.tokens[j].is(Number) && isComma(doc, j - 1) && idx.mentionByLast[size_t(j - 2)] >= 0)
                j -= 2;
            if (j >= limit && idx.mentionByLast[size_t(j)] >= 0) {
                const int m = idx.mentionByLast[size_t(j)];
                // "Helga Brandstätter-Wiese, 71, a retired teacher from Offenbach who said": the
                // teacher, not where she is from.
                const int prep = doc.mentions[m].first - 1;
                const bool place = namesPlace(doc.mentions[m]);
                if (place && prep - 1 >= limit && isOneOf(doc, prep, {u"from", u"in", u"of", u"at"}) && doc.tokens[prep - 1].is(Word)
                    && !doc.tokens[prep - 1].is(Capitalised) && (m_lexicon.flags(doc.tokens[prep - 1].word) & PersonNoun)) {
                    int article = prep - 1;
                    while (article > limit && prep - article < 5 && doc.tokens[article].is(Word) && !isOneOf(doc, article, {u"a", u"an"}))
                        --article;
                    int named = isOneOf(doc, article, {u"a", u"an"}) && isComma(doc, article - 1) ? article - 2 : -1;
                    if (named - 2 >= limit && doc.tokens[named].is(Number) && isComma(doc, named - 1))
                        named -= 2; // past the age
                    const int person = named >= limit ? idx.mentionByLast[size_t(named)] : -1;
                    if (person >= 0 && doc.mentions[person].type == u"PERSON")
                        return {person, doc.mentions[person].span, false};
                    return anonymousPhrase(doc, prep - 1, limit);
                }
                return {m, doc.mentions[m].span, false};
            }
            if (j >= limit && doc.tokens[j].is(Word) && (m_lexicon.flags(doc.tokens[j].word) & kUnnamedHead))
                return anonymousPhrase(doc, j, limit);
            if (j < limit || !isComma(doc, k - 1))
                return {};
            const Speaker np = nounPhraseBefore(doc, j + 1, limit);
            // "the Alzheimer's Research Trust, a charity, which said": the name the description
            // stands beside.
            const int npFirst = np.found() ? doc.tokenAt(np.span.start) : -1;
            if (npFirst - 2 >= limit && isOneOf(doc, npFirst, {u"a", u"an"}) && isComma(doc, npFirst - 1)
                && idx.mentionByLast[size_t(npFirst - 2)] >= 0)
                return {idx.mentionByLast[size_t(npFirst - 2)], doc.mentions[idx.mentionByLast[size_t(npFirst - 2)]].span, false};
            return np;
        }
        if (afterComma && doc.tokens[k].is(Number) && k - 1 > limit && isComma(doc, k - 1)) {
            k -= 2; // an age before the appositive: "Elena Varga, 45, a teacher, said"
            continue;
        }
        if (afterComma && doc.text[t.start] == u')') {
            // "UK Airspace Navigation Services (UKANS), which ..., said": past the acronym.
            int j = k - 1;
            while (j > limit && j > k - 6 && doc.text[doc.tokens[j].start] != u'(')
                --j;
            if (j > limit && doc.text[doc.tokens[j].start] == u'(') {
                k = j - 1;
                continue;
            }
        }
        if (afterComma) {
            // The subject before an appositive may carry a modifier: "A senior official in
            // the interior ministry, who ..., said".
            // "A spokeswoman for Prairie Mercy Hospital in Lewistown, where ..., said".
            if (const Speaker unnamed = unnamedWithModifier(doc, k, limit, cue); unnamed.found())
                return unnamed;
            for (int j = k; j >= limit && j > k - 6; --j) {
                if (idx.mentionByLast[size_t(j)] >= 0) {
                    // "The Brennholt family foundation, which ..., said": the name describes the
                    // noun after it, which speaks.
                    const Mention &named = doc.mentions[idx.mentionByLast[size_t(j)]];
                    if (j < k && isDeterminer(doc, named.first - 1)) {
                        bool nouns = true;
                        for (int n = j + 1; n <= k && nouns; ++n)
                            nouns = doc.tokens[n].is(Word) && !doc.tokens[n].is(Capitalised)
                                && !(m_lexicon.flags(doc.tokens[n].word) & (SpeechVerb | NameConnector));
                        if (nouns)
                            return {-1, doc.spanOf(named.first - 1, k + 1), false};
                    }
                    return {idx.mentionByLast[size_t(j)], named.span, false};
                }
                if (doc.tokens[j].is(Word) && unnamedHead(doc, j, limit))
                    return anonymousPhrase(doc, j, limit);
                if (!doc.tokens[j].is(Word))
                    break;
            }
            return {};
        }
        if (doc.text[t.start] == u')') {
            // "Spang (1983) noted that": the parenthesis stands between subject and verb.
            int j = k - 1;
            while (j >= limit && j > k - 10 && doc.text[doc.tokens[j].start] != u'(')
                --j;
            if (j < limit || doc.text[doc.tokens[j].start] != u'(')
                return {};
            k = j - 1;
            continue;
        }
        if (isComma(doc, k)) {
            // An appositive: "Lindqvist, a spokesperson for Pro Asyl Watch, said".
            int j = k - 1;
            while (j >= limit && j > k - 26 && !isComma(doc, j) && !doc.tokens[j].is(QuoteMark))
                --j;
            if (j < limit || !isComma(doc, j))
                return {};
            j = commaBeforePlace(doc, idx, j, k, limit);
            // "Brenner's spokeswoman, Anke Vogel, said": a name that is the whole appositive.
            int nameStart = j + 1;
            while (nameStart < k && idx.mentionByFirst[size_t(nameStart)] < 0 && doc.tokens[nameStart].is(Word)
                   && (m_lexicon.flags(doc.tokens[nameStart].word) & TitleWord))
                ++nameStart; // "the lead author, Dr. Hannah Cole, said"
            const int named = idx.mentionByFirst[size_t(nameStart)];
            // "One of the plaintiffs, Sheriff Dolores Whitfield of Hampden County, said": the
            // name may have where it is from after it, not an owner ("Anke Vogel's boss").
            const int afterName = named >= 0 ? doc.mentions[named].last : -1;
            if (named >= 0 && doc.mentions[named].type == u"PERSON"
                && (afterName == k || (isOneOf(doc, afterName, {u"of", u"from", u"at", u"in"}) && k - afterName <= 5)))
                return {named, doc.mentions[named].span, false};
            k = j - 1;
            afterComma = true;
            continue;
        }
        if (t.is(Possessive) || !isSkippable(doc, k))
            return unnamedWithModifier(doc, k, limit, cue);
        --k;
    }
    return {};
}

Attribution::Speaker Attribution::speakerAfter(const Document &doc, const Index &idx, int from,
                                               int limit) const
{
    // "..., warns the union leader.", "..., warns agency chief": a description of one person or
    // body that runs to the end of the clause.
    {
        int k = from + (isDeterminer(doc, from) ? 1 : 0);
        int last = -1;
        for (; k < limit && k < from + 4 && doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised)
               && idx.mentionByFirst[size_t(k)] < 0 && !(m_lexicon.flags(doc.tokens[k].word) & (CommonWord | NameConnector)); ++k)
            last = k; // not "promised stricter oversight of private operators"
        const quint32 head = last >= 0 ? m_lexicon.flags(doc.tokens[last].word) : 0;
        // Not where a name follows the description: "said the director, Hannelore Achebe-Winslow".
        int named = k + 1;
        while (named < limit && named < k + 4 && idx.mentionByFirst[size_t(named)] < 0 && doc.tokens[named].is(Word)
               && (m_lexicon.flags(doc.tokens[named].word) & TitleWord))
            ++named;
        const bool nameAfter = k < limit && isComma(doc, k) && named < limit && idx.mentionByFirst[size_t(named)] >= 0;
        if (last >= 0 && (k >= limit || isComma(doc, k)) && !nameAfter && (head & (PersonNoun | TitleWord | OrgWord | kUnnamedHead))
            && !(head & PronounWord))
            return {-1, doc.spanOf(from, last + 1), bool(head & kUnnamedHead)};
    }
    for (int k = from; k < limit && k < from + 6; ++k) {
        const Token &t = doc.tokens[k];
        if (idx.mentionByFirst[size_t(k)] >= 0) {
            const int m = idx.mentionByFirst[size_t(k)];
            // "said Conservative finance critic Daniel Okafor": the party describes the speaker;
            // "said Brannock County Fire Chief Everett Sokolowski": so does the place.
            const int after = doc.mentions[m].last;
            if (doc.mentions[m].type == u"NORP"
                || (doc.mentions[m].type == u"GPE" && after < limit && doc.tokens[after].is(Capitalised))) {
                k = after - 1;
                continue;
            }
            return {m, doc.mentions[m].span, false};
        }
        if (t.is(Word) && (m_lexicon.flags(t.word) & PronounWord) && !textIs(doc, k, u"it"))
            return {-1, {t.start, t.end}, false};
        if (t.is(Word) && (m_lexicon.flags(t.word) & kUnnamedHead)) {
            // "said police spokesman Jan Kowalski": the words before a name describe it.
            for (int j = k + 1; j < limit && j <= k + 3 && doc.tokens[j].is(Word); ++j) {
                const int m = idx.mentionByFirst[size_t(j)];
                if (m >= 0 && doc.mentions[m].type == u"PERSON")
                    return {m, doc.mentions[m].span, false};
            }
            return anonymousPhrase(doc, k, from);
        }
        // Titles and determiners may precede the name: "said Interior Minister Olaf Brenner",
        // "said Conservative finance critic Daniel Okafor"; not "noting the touches of the
        // Warhol Factory".
        if (t.is(Possessive))
            continue; // "said the museum's director"
        // "said the museum's director, Dr Hannelore Achebe-Winslow": the name after the
        // description.
        if (isComma(doc, k) && k > from) {
            int named = k + 1;
            while (named < limit && named < k + 4 && idx.mentionByFirst[size_t(named)] < 0 && doc.tokens[named].is(Word)
                   && (m_lexicon.flags(doc.tokens[named].word) & TitleWord))
                ++named;
            const int m = named < limit ? idx.mentionByFirst[size_t(named)] : -1;
            if (m >= 0 && doc.mentions[m].type == u"PERSON")
                return {m, doc.mentions[m].span, false};
            return {};
        }
        if (!t.is(Word) && !t.is(Number)) // "said the 400m hurdler Freya Adeyemi"
            return {};
        if (!t.is(Capitalised) && k > from + 1
            && isOneOf(doc, k, {u"of", u"in", u"at", u"for", u"from", u"with", u"on", u"to", u"and", u"or", u"but", u"that",
                                u"which", u"who"}))
            return {};
    }
    return {};
}

} // namespace Lede::Core::Extraction
