#include "extract/attribution.h"
#include "extract/attributionwords.h"

#include <algorithm>

namespace Lede::Core::Extraction {

// The stage is split by job: attributioncues.cpp (which words report speech),
// attributionspeakers.cpp (who speaks, pronouns), directquotes.cpp, indirectspeech.cpp and
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

void Attribution::markDescribedOutlets(Document &doc) const
{
    // "Estonian public broadcaster ERR", "the state news agency Velpress", "the Xinhua news
    // agency", "the Asahi newspaper", "The Millbrook Courier": a name the text calls an outlet,
    // or that ends like one, is one, listed or not.
    // The description is a common noun phrase: "the newspaper", "Estonian public broadcaster",
    // not a title ("an Evolution paper Bos and colleagues wrote").
    auto describesOutlet = [&](int t) {
        if (t - 1 >= 0 && doc.tokens[t - 1].is(Capitalised) && !AttributionWords::isDeterminer(doc, t - 1)
            && !(m_lexicon.flags(doc.tokens[t - 1].word) & CommonWord) && doc.tokens[t - 1].is(Word)
            && !m_lexicon.wordMatch(doc.tokens[t - 1].word, kindBit(PhraseKind::Nationality)).length)
            return false; // "the Estonian broadcaster ERR" is one
        // "the state weather agency PAGASA" is a government agency; "the news agency" is an outlet.
        if (AttributionWords::textIs(doc, t, u"agency"))
            return AttributionWords::isOneOf(doc, t - 1, {u"news", u"press", u"wire"});
        return AttributionWords::isOneOf(doc, t, {u"newspaper", u"broadcaster", u"daily", u"tabloid",
                                                  u"magazine", u"network", u"paper", u"website", u"outlet", u"weekly",
                                                  u"publication", u"journal", u"channel", u"newsletter", u"blog"});
    };
    for (Mention &m : doc.mentions) {
        if (m.outlet || m.type == u"DATE" || m.type == u"GPE" || m.type == u"NORP")
            continue;
        const int after = m.last + (AttributionWords::textIs(doc, m.last, u"news") ? 1 : 0);
        // "The Millbrook Courier", "Sky News": a name that ends like an outlet's.
        const bool outletName = m.type == u"ORG" && m.last - m.first >= 2
            && (m_lexicon.flags(doc.tokens[m.last - 1].word) & OutletWord);
        m.outlet = outletName || describesOutlet(m.first - 1) || describesOutlet(after);
        // "the trade publication Harbour Weekly", "the newspaper El Observador": whatever the
        // name looked like, the text says it is an outlet, an organisation.
        if (m.outlet && m.type != u"ORG") {
            m.type = QStringLiteral("ORG");
            m.rule = QStringLiteral("entity.outlet");
        }
    }
}

void Attribution::run(Document &doc) const
{
    markDescribedOutlets(doc);
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
