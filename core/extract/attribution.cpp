#include "extract/attribution.h"
#include "extract/attributionwords.h"

#include <algorithm>
#include <numeric>

namespace Lede::Core::Extraction {

// The stage is split by job: attributioncues.cpp (which words report speech),
// attributionspeakers.cpp (who speaks), unnamedspeakers.cpp (unnamed sources), pronouns.cpp
// (who a pronoun or description stands for), directquotes.cpp, indirectspeech.cpp and
// partialquotes.cpp (one kind of quote each).

Attribution::Index Attribution::buildIndex(const Document &doc) const
{
    const size_t n = size_t(doc.tokens.size());
    Index idx;
    idx.mentionByLast.assign(n, -1);
    idx.mentionByFirst.assign(n, -1);
    idx.sentenceOf.assign(n, -1);
    idx.quoteOf.assign(n, -1);
    idx.usedCue.assign(n, 0);
    idx.inMarks.assign(n, 0);
    for (int i = 0; i < doc.mentions.size(); ++i) {
        const Mention &m = doc.mentions[i];
        if (m.type == u"DATE")
            continue;
        idx.mentionByLast.set(size_t(m.last - 1), i);
        if (idx.mentionByFirst[size_t(m.first)] < 0)
            idx.mentionByFirst.set(size_t(m.first), i);
    }
    for (int s = 0; s < doc.sentences.size(); ++s)
        for (int t = doc.sentences[s].first; t < doc.sentences[s].last; ++t)
            idx.sentenceOf.set(size_t(t), s);
    for (int q = 0; q < doc.quotes.size(); ++q) {
        const QuoteFound &quote = doc.quotes[q];
        for (int t = quote.firstToken; t < quote.lastToken; ++t)
            idx.inMarks.set(size_t(t), 1);
        if (quote.label != u"DIRECT")
            continue;
        for (int t = quote.firstToken - 1; t <= quote.lastToken; ++t)
            if (idx.quoteOf[size_t(t)] < 0)
                idx.quoteOf.set(size_t(t), q);
    }
    return idx;
}

namespace {

/// A broadcaster's call sign: "KKCO-TV", "WKHV-FM", or four letters after "told" ("told
/// KDRV"); not "WHO".
bool isCallSign(const Document &doc, int t)
{
    const Token &tok = doc.tokens[t];
    if (!tok.is(AllCaps))
        return false;
    const QStringView w = doc.textOf(tok);
    const qsizetype dash = w.indexOf(u'-');
    const QStringView letters = dash < 0 ? w : w.left(dash);
    if (letters.size() < 3 || letters.size() > 4 || (letters[0] != u'K' && letters[0] != u'W'))
        return false;
    for (const QChar c : letters)
        if (c < u'A' || c > u'Z')
            return false;
    if (dash >= 0)
        return w.mid(dash + 1) == u"TV" || w.mid(dash + 1) == u"FM"
            || w.mid(dash + 1) == u"AM" || w.mid(dash + 1) == u"DT";
    return letters.size() == 4 && AttributionWords::isTellVerb(doc, t - 1);
}

} // namespace

void Attribution::markDescribedOutlets(Document &doc) const
{
    // "Estonian public broadcaster ERR", "the state news agency Velpress", "the Xinhua news
    // agency", "the Asahi newspaper", "The Millbrook Courier": a name the text calls an outlet,
    // or that ends like one, is one, listed or not.
    // The description is a common noun phrase: "the newspaper", "Estonian public broadcaster",
    // not a title ("an Evolution paper Bos and colleagues wrote").
    // "Public broadcaster LRK": a capital that only opens the sentence.
    auto opensSentence = [&](int k) {
        return k == 0 || doc.tokens[k - 1].is(SentenceFinal)
            || QStringView(doc.text).mid(doc.tokens[k - 1].end, doc.tokens[k].start - doc.tokens[k - 1].end).contains(u'\n');
    };
    auto describesOutlet = [&](int t) {
        if (t - 1 >= 0 && doc.tokens[t - 1].is(Capitalised) && !AttributionWords::isDeterminer(doc, t - 1) && !opensSentence(t - 1)
            && !(m_lexicon.flags(doc.tokens[t - 1].word) & CommonWord) && doc.tokens[t - 1].is(Word)
            && !m_lexicon.wordMatch(doc.tokens[t - 1].word, kindBit(PhraseKind::Nationality)).length)
            return false; // "the Estonian broadcaster ERR" is one
        // "the state weather agency PAGASA" is a government agency; "the news agency" is an outlet.
        if (AttributionWords::textIs(doc, t, u"agency"))
            return AttributionWords::isOneOf(doc, t - 1, {u"news", u"press", u"wire"});
        // "the local television station KDRV", "Local station WKHV-TV", not "the station" alone
        // ("the police station").
        if (AttributionWords::textIs(doc, t, u"station"))
            return AttributionWords::isOneOf(doc, t - 1, {u"television", u"radio", u"TV", u"local", u"news"});
        return AttributionWords::isOneOf(doc, t, {u"newspaper", u"broadcaster", u"daily", u"tabloid",
                                                  u"magazine", u"network", u"paper", u"website", u"outlet", u"weekly",
                                                  u"publication", u"journal", u"channel", u"newsletter", u"blog"});
    };
    // "Calvaria's state news agency, CNA, reported": the description before a comma.
    // "In the letter, seen by the Echo,": what saw a document is a newspaper.
    auto describedBefore = [&](int first) {
        return describesOutlet(first - 1) || (first >= 2 && AttributionWords::isComma(doc, first - 1) && describesOutlet(first - 2))
            || (AttributionWords::textIs(doc, first - 1, u"the") && AttributionWords::textIs(doc, first - 2, u"by")
                && AttributionWords::isOneOf(doc, first - 3, {u"seen", u"obtained", u"reviewed", u"viewed"}));
    };
    addDescribedOutletNames(doc, describedBefore);
    for (Mention &m : doc.mentions) {
        if (m.outlet || m.type == u"DATE")
            continue;
        // A place is an outlet only where the text says so: "the newspaper Correo Ostrano".
        const bool place = m.type == u"GPE" || m.type == u"NORP";
        const int after = m.last + (AttributionWords::textIs(doc, m.last, u"news") ? 1 : 0);
        // "The Millbrook Courier", "Sky News": a name that ends like an outlet's.
        // "BBC Sport": a name that begins with a listed outlet's.
        const bool outletName = m.type == u"ORG" && m.last - m.first >= 2
            && ((m_lexicon.flags(doc.tokens[m.last - 1].word) & OutletWord)
                || m_lexicon.longestMatch(doc.tokens, m.first, m.last, kindBit(PhraseKind::Outlet)).length > 0);
        m.outlet = place ? m.rule != u"entity.gazetteer" && describedBefore(m.first)
                         : outletName || describedBefore(m.first) || describesOutlet(after)
                || (m.last - m.first == 1 && isCallSign(doc, m.first));
        // "the trade publication Harbour Weekly", "the newspaper El Observador": whatever the
        // name looked like, the text says it is an outlet, an organisation.
        if (m.outlet && m.type != u"ORG") {
            m.type = QStringLiteral("ORG");
            m.rule = QStringLiteral("entity.outlet");
        }
    }
}

void Attribution::addDescribedOutletNames(Document &doc, const std::function<bool(int)> &describedBefore) const
{
    // "the state broadcaster VRT", "the local television station KDRV", "the Swedish daily
    // Nordposten": an acronym or a name no mention covers, right after a description of an
    // outlet, names one.
    std::vector<char> named(size_t(doc.tokens.size()), 0);
    for (const Mention &m : std::as_const(doc.mentions))
        std::fill(named.begin() + m.first, named.begin() + m.last, 1);
    QList<Mention> added;
    for (int t = 1; t < doc.tokens.size(); ++t) {
        const Token &tok = doc.tokens[t];
        const bool acronym = tok.is(AllCaps) && tok.end - tok.start <= 6 && !tok.is(EndsWithPeriod);
        auto nameWord = [&](int k) {
            return k < doc.tokens.size() && !named[size_t(k)] && doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised)
                && !(m_lexicon.flags(doc.tokens[k].word) & (CommonWord | MonthWord | WeekdayWord));
        };
        // "the state broadcaster VRT", "the Swedish daily Nordposten".
        if (named[size_t(t)] || !(((acronym || nameWord(t)) && describedBefore(t)) || isCallSign(doc, t)))
            continue;
        int end = t + 1;
        while (!acronym && end < t + 3 && nameWord(end))
            ++end;
        Mention m = doc.mentionOf(t, end, QStringLiteral("ORG"), QStringLiteral("entity.outlet"));
        m.outlet = true;
        added.append(m);
    }
    if (added.isEmpty())
        return;
    doc.mentions.append(added);
    std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
}

namespace {

/// A quote that is a sentence of its own: it opens a sentence or paragraph and ends with the
/// sentence's punctuation inside its marks.
bool standsAlone(const Document &doc, const QuoteFound &q)
{
    const int open = q.firstToken - 1;
    if (open < 0 || q.span.length() < 3)
        return false;
    const QChar last = doc.text[q.span.end - 2];
    if (last != u'.' && last != u'?' && last != u'!')
        return false;
    if (open == 0)
        return true;
    const Token &before = doc.tokens[open - 1];
    const QStringView between = doc.text.mid(before.end, doc.tokens[open].start - before.end);
    const QChar end = doc.text[before.end - 1];
    return between.contains(u'\n') || end == u'.' || end == u'?' || end == u'!' || (before.is(QuoteMark) && before.end >= 2
        && (doc.text[before.end - 2] == u'.' || doc.text[before.end - 2] == u'?' || doc.text[before.end - 2] == u'!'));
}

} // namespace

void Attribution::continueLatestSpeaker(Document &doc)
{
    // "Another resident, Gavin Pryor, said he would rather pay more. “They already shut two.”":
    // Pryor goes on, not the resident quoted before him. Direct quotes are attributed before
    // indirect speech is found, so the quote first went on from the previous direct quote.
    std::vector<int> order(size_t(doc.quotes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&doc](int a, int b) { return doc.quotes[a].span < doc.quotes[b].span; });
    int lastDirect = -1;
    int lastIndirect = -1; // spoken after lastDirect
    for (const int i : order) {
        QuoteFound &q = doc.quotes[i];
        if (q.label == u"INDIRECT" && !q.speakerSpan.isEmpty()
            && (lastDirect < 0 || q.span.start >= doc.quotes[lastDirect].span.end)) {
            // "Heald noted the findings show ...": Heald speaks, not what she reports.
            if (lastIndirect < 0 || !doc.quotes[lastIndirect].span.contains(q.span))
                lastIndirect = i;
            continue;
        }
        if (q.label != u"DIRECT")
            continue;
        // So does a quote no one was found for: "He told the Guardian the team had been
        // surprised. “We went in expecting nothing at all.”"
        // Only a whole sentence quoted on its own: a term in marks is no one's statement.
        const bool unattributed = q.speakerSpan.isEmpty() && q.cue.isEmpty() && standsAlone(doc, q);
        if ((q.rule == u"quote.continued" || unattributed) && lastIndirect >= 0
            && q.span.start >= doc.quotes[lastIndirect].span.end && q.paragraph - doc.quotes[lastIndirect].paragraph <= 1) {
            const QuoteFound &latest = doc.quotes[lastIndirect];
            q.speaker = latest.speaker;
            q.speakerSpan = latest.speakerSpan;
            q.anonymous = latest.anonymous;
            q.cue = q.paragraph == latest.paragraph ? latest.cue : Span();
            q.cueRule = q.paragraph == latest.paragraph ? latest.cueRule : QString();
        }
        lastDirect = i;
        lastIndirect = -1;
    }
}

void Attribution::run(Document &doc) const
{
    Index idx = buildIndex(doc);
    attributeDirect(doc, idx);
    findIndirect(doc, idx);
    continueLatestSpeaker(doc);
    attributePartials(doc, idx);
    resolvePronouns(doc);
    std::sort(doc.quotes.begin(), doc.quotes.end(), [](const QuoteFound &a, const QuoteFound &b) {
        return a.span < b.span;
    });
}

} // namespace Lede::Core::Extraction
