#include "extract/attribution.h"

#include <algorithm>

namespace Lede::Core::Extraction {

namespace {

constexpr int kTrailingWindow = 12;

bool textIs(const Document &doc, int t, QStringView word)
{
    return t >= 0 && t < doc.tokens.size()
        && doc.textOf(doc.tokens[t]).compare(word, Qt::CaseInsensitive) == 0;
}

bool isOneOf(const Document &doc, int t, std::initializer_list<const char16_t *> words)
{
    if (t < 0 || t >= doc.tokens.size())
        return false;
    // Lengths first: the case-insensitive comparison is the expensive part.
    const QStringView text = doc.textOf(doc.tokens[t]);
    for (const char16_t *w : words) {
        const QStringView word(w);
        if (word.size() == text.size() && word.compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isComma(const Document &doc, int t)
{
    return t >= 0 && t < doc.tokens.size() && doc.text[doc.tokens[t].start] == u',';
}

// Words that may stand between a subject and its reporting verb ("Brenner also said").
bool isAdverb(const Document &doc, int t)
{
    if (t < 0 || t >= doc.tokens.size() || !doc.tokens[t].is(Word) || doc.tokens[t].is(Capitalised))
        return false;
    const QStringView w = doc.textOf(doc.tokens[t]);
    return w.size() > 4 && w.endsWith(u"ly") && w != u"family" && w != u"italy";
}

bool isSkippable(const Document &doc, int t)
{
    return isAdverb(doc, t) || isOneOf(doc, t, {u"also", u"has", u"had", u"have", u"later", u"previously", u"then",
                            u"again", u"repeatedly", u"further", u"once", u"would", u"will",
                            u"has", u"publicly", u"quickly", u"recently", u"earlier", u"reportedly",
                            u"allegedly", u"apparently", u"had", u"did", u"does", u"not", u"never",
                            u"himself", u"herself", u"themselves", u"both", u"all", u"however",
                            u"do", u"don't", u"doesn't", u"didn't", u"should", u"must", u"can",
                            u"can't", u"cannot", u"could", u"may", u"might", u"shall", u"won't",
                            u"wouldn't", u"really", u"just", u"still", u"always", u"actually",
                            u"certainly", u"even", u"now", u"only", u"personally", u"genuinely"});
}

// "say" reports speech whatever its subject is: "the states say the Act ...".
bool isSayVerb(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"say", u"says", u"said"});
}

// Speech verbs of belief, which take a clause without "that" even before "it": "I think it is".
bool isBeliefVerb(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"think", u"thinks", u"thought", u"believe", u"believes", u"believed"});
}

bool isAuxiliary(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"would", u"will", u"was", u"is", u"were", u"are", u"had", u"has", u"have",
                            u"could", u"can", u"may", u"might", u"should", u"must", u"did", u"does"});
}

bool isDeterminer(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"a", u"an", u"the", u"his", u"her", u"its", u"their", u"our",
                            u"these", u"those", u"this", u"that", u"some", u"several", u"many",
                            u"two", u"three", u"other", u"one"});
}

// Words that open a reported clause after a verb of thought: "I think it is", "we know the".
bool opensClause(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"i", u"you", u"he", u"she", u"it", u"we", u"they", u"there",
                            u"this", u"that's", u"it's", u"there's", u"the", u"what", u"how",
                            u"whether", u"if", u"why", u"i'm", u"you're", u"we're", u"they're",
                            u"he's", u"she's", u"nobody", u"everyone", u"everybody", u"nothing"});
}

} // namespace

Attribution::Speaker Attribution::nounPhraseBefore(const Document &doc, int cue, int limit) const
{
    // "Past studies establish that", "These examples show that": up to four words back,
    // stopping after a determiner or before a function word.
    // Adverbs between subject and verb are not part of it: "a teacher mistakenly thought".
    while (cue - 1 >= limit && isSkippable(doc, cue - 1) && isAdverb(doc, cue - 1))
        --cue;
    int start = cue;
    for (int k = cue - 1; k >= limit && cue - k <= 4; --k) {
        const Token &t = doc.tokens[k];
        if (t.is(Word) && (m_lexicon.flags(t.word) & PronounWord))
            break; // "continents we find": the pronoun was the subject, found before
        const QStringView w = doc.textOf(t);
        if (!t.is(Word) || isSkippable(doc, k) || (w.endsWith(u"ing") && k < cue - 1)
            || isOneOf(doc, k, {u"into", u"about", u"over", u"through", u"after", u"before",
                                u"under", u"between", u"against", u"without", u"within"})
            || isOneOf(doc, k, {u"and", u"that", u"but", u"which",
                u"who", u"as", u"while", u"if", u"because", u"when", u"where", u"to", u"of", u"in",
                u"for", u"with", u"on", u"by", u"from", u"at", u"so", u"than", u"also", u"is", u"are",
                u"was", u"were", u"be", u"been", u"it", u"this"}))
            break;
        start = k;
        if (isDeterminer(doc, k))
            break;
    }
    if (start == cue)
        return {};
    Speaker s;
    s.span = doc.spanOf(start, cue);
    return s;
}

Attribution::Index Attribution::buildIndex(const Document &doc) const
{
    const size_t n = size_t(doc.tokens.size());
    Index idx;
    idx.mentionByLast.assign(n, -1);
    idx.mentionByFirst.assign(n, -1);
    idx.sentenceOf.assign(n, -1);
    idx.quoteOf.assign(n, -1);
    idx.usedCue.assign(n, 0);
    for (int i = 0; i < doc.mentions.size(); ++i) {
        const Mention &m = doc.mentions[i];
        if (m.type == u"DATE")
            continue;
        idx.mentionByLast[size_t(m.last - 1)] = i;
        if (idx.mentionByFirst[size_t(m.first)] < 0)
            idx.mentionByFirst[size_t(m.first)] = i;
    }
    for (int s = 0; s < doc.sentences.size(); ++s)
        for (int t = doc.sentences[s].first; t < doc.sentences[s].last; ++t)
            idx.sentenceOf[size_t(t)] = s;
    for (int q = 0; q < doc.quotes.size(); ++q) {
        const QuoteFound &quote = doc.quotes[q];
        if (quote.label != u"DIRECT")
            continue;
        for (int t = quote.firstToken - 1; t <= quote.lastToken; ++t)
            if (idx.quoteOf[size_t(t)] < 0)
                idx.quoteOf[size_t(t)] = q;
    }
    return idx;
}

int Attribution::cueLength(const Document &doc, int t) const
{
    const Token &tok = doc.tokens[t];
    if (!tok.is(Word))
        return 0;
    const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, t, int(doc.tokens.size()),
                                                    kindBit(PhraseKind::SpeechCue));
    if (m.length >= 2)
        return m.length;
    if (tok.is(Capitalised))
        return 0;
    if (!(m_lexicon.flags(tok.word) & (SpeechVerb | ThoughtVerb)))
        return 0;
    if (isDeterminer(doc, t - 1))
        return 0; // "the reports"
    if (textIs(doc, t - 1, u"to") && !textIs(doc, t + 1, u"that"))
        return 0; // "to say", but "it is no exaggeration to say that ..." reports a statement
    return 1;
}

bool Attribution::isThoughtOnly(const Document &doc, int t, int len) const
{
    return len == 1 && !(m_lexicon.flags(doc.tokens[t].word) & SpeechVerb);
}

bool Attribution::isAmbiguousCue(const Document &doc, int t) const
{
    return isOneOf(doc, t, {u"states", u"state", u"reports", u"report", u"post", u"posted",
                            u"notes", u"note", u"claims", u"claim", u"comments", u"comment",
                            u"calls", u"call", u"called", u"answer", u"ask", u"asks", u"asked",
                            u"promise", u"promised", u"describe", u"described", u"accused",
                            u"dismissed", u"urged", u"recalled", u"add", u"agree", u"agreed",
                            u"remember", u"responded", u"stress", u"reveal", u"revealed",
                            u"write", u"writes", u"wrote", u"written"});
}

Attribution::Speaker Attribution::anonymousPhrase(const Document &doc, int head, int limit) const
{
    int start = head;
    for (int k = head - 1; k >= limit && head - k <= 3; --k) {
        const Token &t = doc.tokens[k];
        if (!t.is(Word) && !t.is(Number))
            break;
        if (isOneOf(doc, k, {u"and", u"that", u"but", u"which", u"who", u"as", u"while", u"said"}))
            break;
        start = k;
        if (isDeterminer(doc, k))
            break;
    }
    int end = head + 1;
    // "a person familiar with the talks"
    const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, head, int(doc.tokens.size()),
                                                    kindBit(PhraseKind::Anonymous));
    if (m.length > 1)
        end = head + m.length;
    Speaker s;
    s.span = doc.spanOf(start, end);
    s.anonymous = true;
    return s;
}

Attribution::Speaker Attribution::speakerBefore(const Document &doc, const Index &idx, int cue,
                                                int limit) const
{
    int k = cue - 1;
    limit = std::max(limit, cue - 40); // bounded, so that long sentences stay linear
    bool afterComma = false;
    while (k >= limit) {
        const Token &t = doc.tokens[k];
        if (idx.mentionByLast[size_t(k)] >= 0) {
            const int m = idx.mentionByLast[size_t(k)];
            // "Okafor of the Greens said": the person, not the party.
            int before = doc.mentions[m].first - 1;
            if (textIs(doc, before, u"the"))
                --before;
            if (isOneOf(doc, before, {u"of", u"from", u"at"}) && before - 1 >= limit) {
                const int owner = idx.mentionByLast[size_t(before - 1)];
                if (owner >= 0 && doc.mentions[owner].type == u"PERSON")
                    return {owner, doc.mentions[owner].span, false};
            }
            return {m, doc.mentions[m].span, false};
        }
        if (t.is(Word) && (m_lexicon.flags(t.word) & PronounWord) && !textIs(doc, k, u"it"))
            return {-1, {t.start, t.end}, false};
        if (t.is(Word) && (m_lexicon.flags(t.word) & AnonymousHead))
            return anonymousPhrase(doc, k, limit);
        if (afterComma) {
            // The subject before an appositive may carry a modifier: "A senior official in
            // the interior ministry, who ..., said".
            for (int j = k; j >= limit && j > k - 6; --j) {
                if (idx.mentionByLast[size_t(j)] >= 0)
                    return {idx.mentionByLast[size_t(j)], doc.mentions[idx.mentionByLast[size_t(j)]].span, false};
                if (doc.tokens[j].is(Word) && (m_lexicon.flags(doc.tokens[j].word) & AnonymousHead))
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
            while (j >= limit && j > k - 16 && !isComma(doc, j) && !doc.tokens[j].is(QuoteMark))
                --j;
            if (j < limit || !isComma(doc, j))
                return {};
            k = j - 1;
            afterComma = true;
            continue;
        }
        if (t.is(Possessive) || !isSkippable(doc, k))
            return {};
        --k;
    }
    return {};
}

Attribution::Speaker Attribution::speakerAfter(const Document &doc, const Index &idx, int from,
                                               int limit) const
{
    for (int k = from; k < limit && k < from + 4; ++k) {
        const Token &t = doc.tokens[k];
        if (idx.mentionByFirst[size_t(k)] >= 0) {
            const int m = idx.mentionByFirst[size_t(k)];
            return {m, doc.mentions[m].span, false};
        }
        if (t.is(Word) && (m_lexicon.flags(t.word) & PronounWord) && !textIs(doc, k, u"it"))
            return {-1, {t.start, t.end}, false};
        if (t.is(Word) && (m_lexicon.flags(t.word) & AnonymousHead))
            return anonymousPhrase(doc, k, from);
        // Titles and determiners may precede the name: "said Interior Minister Olaf Brenner".
        if (!t.is(Word))
            return {};
    }
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
            // After the closing mark, up to the sentence end or the next quote.
            const int end = std::min(doc.sentences[closeSentence].last, close + 1 + kTrailingWindow);
            for (int t = close + 1; t < end && !found; ++t) {
                if (doc.tokens[t].is(QuoteMark) || doc.tokens[t].is(SentenceFinal))
                    break;
                const int len = cueLength(doc, t);
                if (!len || idx.usedCue[size_t(t)] || isThoughtOnly(doc, t, len))
                    continue;
                Speaker s = speakerBefore(doc, idx, t, close + 1);
                if (!s.found())
                    s = speakerAfter(doc, idx, t + len, end);
                if (!s.found() && t > close + 3)
                    continue;
                q.cue = doc.spanOf(t, t + len);
                q.cueRule = QStringLiteral("cue.after");
                q.speaker = s.mention;
                q.speakerSpan = s.span;
                q.anonymous = s.anonymous;
                idx.usedCue[size_t(t)] = 1;
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
                if (!s.found())
                    continue;
                q.cue = doc.spanOf(t, t + len);
                q.cueRule = QStringLiteral("cue.before");
                q.speaker = s.mention;
                q.speakerSpan = s.span;
                q.anonymous = s.anonymous;
                idx.usedCue[size_t(t)] = 1;
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
            }
        }
        previousDirect = qi;
    }
}

void Attribution::findIndirect(Document &doc, Index &idx) const
{
    QList<QuoteFound> found;
    for (const Sentence &s : std::as_const(doc.sentences)) {
        const QString &zone = doc.paragraphs[s.paragraph].zone;
        if (zone != u"BODY" && zone != u"STANDFIRST" && zone != u"CAPTION")
            continue;
        int sentenceEnd = s.last;
        while (sentenceEnd > s.first && doc.tokens[sentenceEnd - 1].is(SentenceFinal))
            --sentenceEnd;
        int lastIndirect = -1;
        for (int t = s.first; t < s.last; ++t) {
            if (idx.quoteOf[size_t(t)] >= 0 || idx.usedCue[size_t(t)])
                continue;
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
                // "According to X, content." or "content, according to X."
                int comma = t + 2;
                while (comma < sentenceEnd && comma < t + 40 && !isComma(doc, comma))
                    ++comma;
                for (int k = t + 2; k < comma; ++k) {
                    const int m = idx.mentionByFirst[size_t(k)];
                    if (m >= 0 && (sp.mention < 0 || doc.mentions[m].type != u"GPE"))
                        sp = {m, doc.mentions[m].span, false};
                    if (m >= 0 && doc.mentions[m].outlet)
                        q.outlet = m;
                }
                if (!sp.found() && comma > t + 2)
                    sp.span = doc.spanOf(t + 2, comma);
                if (t == s.first || (t > s.first && doc.tokens[t - 1].is(QuoteMark))) {
                    contentFirst = comma + 1;
                } else if (isComma(doc, t - 1)) {
                    contentFirst = s.first;
                    contentLast = t - 1;
                }
                q.rule = QStringLiteral("quote.accordingto");
            } else {
                const bool thought = len == 1 && !(m_lexicon.flags(doc.tokens[t].word) & SpeechVerb);
                const bool thatFollows = textIs(doc, t + len, u"that");
                sp = speakerBefore(doc, idx, t, s.first);
                // "it would", "they had": a subject and its verb open a clause even after "said".
                const bool clauseWithVerb = opensClause(doc, t + len) && isAuxiliary(doc, t + len + 1);
                if (!sp.found() && (thatFollows || (len == 1 && isSayVerb(doc, t))
                                    || (isBeliefVerb(doc, t) && clauseWithVerb)))
                    sp = nounPhraseBefore(doc, t, s.first); // "research shows that", "the states say"
                // "Okafor said the Greens would table amendments but warned that ...": a
                // second verb joined to the first shares its subject.
                if (!sp.found() && lastIndirect >= 0 && found[lastIndirect].speakerSpan.length() > 0
                    && isOneOf(doc, t - 1 - (isAdverb(doc, t - 1) ? 1 : 0), {u"and", u"but"})) {
                    const QuoteFound &prev = found[lastIndirect];
                    sp = {prev.speaker, prev.speakerSpan, prev.anonymous};
                    subjectFirst = t;
                }
                // A reporting verb right before "that" reports a statement even when its
                // subject is out of reach: "..., suggesting that", "it was found that".
                if (!sp.found() && !thatFollows)
                    continue;
                if (subjectFirst < 0)
                    subjectFirst = sp.found() ? doc.tokenAt(sp.span.start) : t;
                const int speakerFirst = subjectFirst;
                // "That, I say, is new", "It is, we submit, unjust": a parenthetical cue.
                const bool pronounSpeaker = sp.found() && sp.mention < 0 && !sp.anonymous;
                const bool parenthetical = pronounSpeaker && isComma(doc, t + len)
                    && speakerFirst - 1 >= s.first && isComma(doc, speakerFirst - 1);
                // A verb of thought reports a statement only before a clause: "we find
                // that ...", "I think it is ...", not "we find the keys".
                // "the" after one is mostly an object: "we found the keys".
                const bool clause = opensClause(doc, t + len) && !textIs(doc, t + len, u"the");
                if (thought && !thatFollows && !parenthetical && !(pronounSpeaker && clause))
                    continue;
                const bool ambiguous = isAmbiguousCue(doc, t) && !thought;
                int k = t + len;
                int that = -1;
                for (int j = k; j < sentenceEnd && j < k + 5; ++j) {
                    if (textIs(doc, j, u"that")) {
                        that = j;
                        break;
                    }
                    if (isComma(doc, j) || doc.tokens[j].is(QuoteMark))
                        break;
                }
                if (that >= 0) {
                    contentFirst = that + 1;
                } else if (k >= sentenceEnd || isComma(doc, k)) {
                    // "The plan will fail, Brenner said." : content before the speaker.
                    if (isComma(doc, speakerFirst - 1) && speakerFirst - 1 > s.first + 2
                        && k >= sentenceEnd - 1)
                        contentFirst = s.first, contentLast = speakerFirst - 1;
                    else if (parenthetical && speakerFirst - 1 - s.first >= 3)
                        contentFirst = s.first, contentLast = speakerFirst - 1;
                    else if (parenthetical)
                        contentFirst = k + 1; // "That factor, I think, is telling me"
                } else if (((thought || isBeliefVerb(doc, t)) && clause) || (!ambiguous && clauseWithVerb)) {
                    contentFirst = k; // "I think it is", "North Korea stated it would", unlike "he said it"
                } else if (!ambiguous && doc.tokens[k].is(Word)
                           && !isOneOf(doc, k, {u"to", u"in", u"on", u"at", u"by", u"for", u"about",
                                                u"with", u"from", u"of", u"as", u"it", u"so", u"and",
                                                u"no", u"nothing", u"goodbye", u"yes", u"him", u"her",
                                                u"them", u"me", u"us", u"you"})) {
                    contentFirst = k;
                }
                q.rule = QStringLiteral("quote.indirect");
                if (sp.mention >= 0 && doc.mentions[sp.mention].outlet)
                    q.outlet = sp.mention;
            }
            if (contentFirst < 0 || contentLast - contentFirst < 3)
                continue; // "dismissed that charge" reports no statement
            // Content that is a direct quote was attributed already.
            if (idx.quoteOf[size_t(contentFirst)] >= 0 && doc.tokens[contentFirst].is(QuoteMark))
                continue;
            // A later reporting clause in the same sentence ends this one: "..., and he denied".
            if (lastIndirect >= 0 && found[lastIndirect].span.end > doc.tokens[t].start) {
                const int speakerFirst = subjectFirst >= 0 ? subjectFirst : doc.tokenAt(sp.span.start);
                int cut = std::min(speakerFirst, t);
                while (cut > 0 && (isComma(doc, cut - 1) || textIs(doc, cut - 1, u"and")
                                   || textIs(doc, cut - 1, u"but")))
                    --cut;
                QuoteFound &prev = found[lastIndirect];
                const int prevFirst = doc.tokenAt(prev.span.start);
                if (cut > prevFirst) {
                    prev.span.end = doc.tokens[cut - 1].end;
                    prev.lastToken = cut;
                }
            }
            q.firstToken = contentFirst;
            q.lastToken = contentLast;
            q.span = doc.spanOf(contentFirst, contentLast);
            q.speaker = sp.mention;
            q.speakerSpan = sp.span;
            q.anonymous = sp.anonymous;
            q.cueRule = QStringLiteral("cue.indirect");
            for (int c = t; c < t + len; ++c)
                idx.usedCue[size_t(c)] = 1;
            lastIndirect = int(found.size());
            found.append(q);
        }
    }
    doc.quotes.append(found);
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
                q.rule = QStringLiteral("quote.partial.reported");
                done = true;
            }
        }
        if (done || q.label != u"PARTIAL")
            continue;
        // A cue in the sentence: "Okafor called the proposal a “political stunt”".
        const int open = q.firstToken - 1;
        const int sentence = idx.sentenceOf[size_t(open)];
        if (sentence >= 0) {
            const Sentence &s = doc.sentences[sentence];
            for (int t = open - 1; t >= s.first && t >= open - 30 && !done; --t) {
                const int len = (m_lexicon.flags(doc.tokens[t].word) & SpeechVerb) && doc.tokens[t].is(Word) ? 1 : 0;
                if (!len)
                    continue;
                Speaker sp = speakerBefore(doc, idx, t, s.first);
                if (!sp.found())
                    continue;
                q.speaker = sp.mention;
                q.speakerSpan = sp.span;
                q.anonymous = sp.anonymous;
                if (!idx.usedCue[size_t(t)]) {
                    q.cue = doc.spanOf(t, t + 1);
                    q.cueRule = QStringLiteral("cue.partial");
                    idx.usedCue[size_t(t)] = 1;
                }
                done = true;
            }
        }
        if (!done && q.lastToken - q.firstToken <= 5) {
            q.label = QStringLiteral("SCARE");
            q.rule = QStringLiteral("quote.scare");
        }
    }
}

void Attribution::resolvePronouns(Document &doc) const
{
    for (QuoteFound &q : doc.quotes) {
        if (q.speaker >= 0 || q.speakerSpan.isEmpty() || q.anonymous)
            continue;
        const QStringView pronoun = doc.textOf(q.speakerSpan);
        if (pronoun.compare(u"he", Qt::CaseInsensitive) != 0 && pronoun.compare(u"she", Qt::CaseInsensitive) != 0)
            continue;
        // The latest person named before the pronoun.
        int lo = 0, hi = int(doc.mentions.size());
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (doc.mentions[mid].span.start < q.speakerSpan.start)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (int m = lo - 1; m >= 0 && m >= lo - 200; --m) {
            if (doc.mentions[m].type == u"PERSON") {
                q.speaker = m;
                break;
            }
        }
    }
}

void Attribution::run(Document &doc) const
{
    Index idx = buildIndex(doc);
    attributeDirect(doc, idx);
    findIndirect(doc, idx);
    attributePartials(doc, idx);
    resolvePronouns(doc);
    std::sort(doc.quotes.begin(), doc.quotes.end(), [](const QuoteFound &a, const QuoteFound &b) {
        return a.span < b.span;
    });
}

} // namespace Lede::Core::Extraction
