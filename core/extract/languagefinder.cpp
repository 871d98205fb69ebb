#include "extract/languagefinder.h"
#include "extract/attributionwords.h"

#include <algorithm>
#include <limits>

namespace Lede::Core::Extraction {

namespace {

constexpr quint32 kLanguage = kindBit(PhraseKind::Hedge) | kindBit(PhraseKind::Loaded)
    | kindBit(PhraseKind::Intensifier) | kindBit(PhraseKind::Anonymous);

LexicalHit sourceHit(Span span, const QString &label, const QString &rule, int mention = -1)
{
    LexicalHit h;
    h.span = span;
    h.layer = QStringLiteral("source");
    h.label = label;
    h.rule = rule;
    h.mention = mention;
    return h;
}

} // namespace

void LanguageFinder::findSources(Document &doc) const
{
    // The agency in a dateline ("NAIROBI, June 3 (Reuters) —") is what the whole story rests on.
    for (int mi = 0; mi < doc.mentions.size(); ++mi) {
        const Mention &m = doc.mentions[mi];
        if (!m.outlet)
            continue;
        const Paragraph &p = doc.paragraphs[doc.paragraphOf(m.first)];
        if (p.zone != u"DATELINE" && !(p.subZoneLabel == u"DATELINE" && p.subZone.contains(m.span)))
            continue;
        doc.hits.append(sourceHit(m.span, QStringLiteral("OUTLET"), QStringLiteral("source.dateline"), mi));
    }
    findCitedSources(doc);
    for (int qi = 0; qi < doc.quotes.size(); ++qi) {
        QuoteFound &q = doc.quotes[qi];
        if (q.outlet >= 0) {
            doc.hits.append(sourceHit(doc.mentions[q.outlet].span, QStringLiteral("OUTLET"), QStringLiteral("source.outlet"), q.outlet));
            // "Reuters and the BBC said": every outlet the speaker's words name.
            // Mentions are in text order: the others in the phrase are next to this one.
            if (q.speakerSpan.length() > doc.mentions[q.outlet].span.length())
                for (int mi = q.outlet + 1; mi < doc.mentions.size() && doc.mentions[mi].span.start < q.speakerSpan.end; ++mi)
                    if (doc.mentions[mi].outlet && q.speakerSpan.contains(doc.mentions[mi].span))
                        doc.hits.append(sourceHit(doc.mentions[mi].span, QStringLiteral("OUTLET"), QStringLiteral("source.outlet"), mi));
        }
        if (q.anonymous) {
            doc.hits.append(sourceHit(q.speakerSpan, QStringLiteral("ANONYMOUS"), QStringLiteral("source.anonymous")));
        }
        // "Tessalian state television reported", "he told local radio": an outlet unnamed.
        Span unnamed = q.unnamedOutlet;
        if (unnamed.isEmpty() && q.outlet < 0 && q.speaker < 0 && !q.anonymous && !q.speakerSpan.isEmpty()) {
            const int first = doc.tokenAt(q.speakerSpan.start);
            int end = first;
            while (end < doc.tokens.size() && doc.tokens[end].end <= q.speakerSpan.end)
                ++end;
            const Span phrase = AttributionWords::unnamedOutlet(doc, first, end);
            if (phrase.end == q.speakerSpan.end)
                unnamed = phrase;
        }
        if (!unnamed.isEmpty()) {
            q.unnamedOutlet = unnamed;
            doc.hits.append(sourceHit(unnamed, QStringLiteral("OUTLET"), QStringLiteral("source.outlet.unnamed")));
        }
    }
}

void LanguageFinder::findCitedSources(Document &doc) const
{
    // "..., citing unnamed government sources", "citing Reuters", "in an interview with the
    // BBC": a source that is cited without a verb of its own.
    using namespace AttributionWords;
    const int count = int(doc.tokens.size());
    std::vector<int> mentionAt(size_t(count), -1);
    for (int mi = int(doc.mentions.size()) - 1; mi >= 0; --mi)
        mentionAt[size_t(doc.mentions[mi].first)] = mi;
    for (int t = 0; t + 1 < count; ++t) {
        const int length = doc.tokens[t].end - doc.tokens[t].start;
        if (length != 6 && length != 9) // "citing", "interview": most tokens are neither
            continue;
        int from = -1;
        if (textIs(doc, t, u"citing"))
            from = t + 1;
        else if (textIs(doc, t, u"interview") && textIs(doc, t + 1, u"with"))
            from = t + 2;
        if (from < 0 || from >= count)
            continue;
        int named = mentionAt[size_t(from + (isDeterminer(doc, from) && from + 1 < count ? 1 : 0))];
        // "in an interview with the state broadcaster ORT": a description before the name.
        for (int k = from; named < 0 && k < count && k < from + 4 && doc.tokens[k].is(Word); ++k)
            if (mentionAt[size_t(k)] >= 0 && doc.mentions[mentionAt[size_t(k)]].outlet)
                named = mentionAt[size_t(k)];
        if (named >= 0 && doc.mentions[named].outlet) {
            doc.hits.append(sourceHit(doc.mentions[named].span, QStringLiteral("OUTLET"), QStringLiteral("source.cited"), named));
            continue;
        }
        if (from != t + 1)
            continue; // an interview with someone unnamed is no source
        auto describes = [&](int k) { // "citing Western defence officials": a nationality describes them
            return mentionAt[size_t(k)] < 0 || doc.mentions[mentionAt[size_t(k)]].type == u"NORP";
        };
        for (int k = from; k < count && k < from + 5 && doc.tokens[k].is(Word) && describes(k); ++k) {
            if (!(m_lexicon.flags(doc.tokens[k].word) & AnonymousHead))
                continue;
            const Lexicon::Match phrase = m_lexicon.longestMatch(doc.tokens, k, count, kindBit(PhraseKind::Anonymous));
            doc.hits.append(sourceHit(doc.spanOf(from, k + std::max(1, phrase.length)), QStringLiteral("ANONYMOUS"),
                                      QStringLiteral("source.cited")));
            break;
        }
    }
}

void LanguageFinder::run(Document &doc) const
{
    findSources(doc);

    // Quotes that give a voice, by start, for the voice of each hit.
    QList<int> voiced;
    for (int qi = 0; qi < doc.quotes.size(); ++qi) {
        const QString &label = doc.quotes[qi].label;
        if (label == u"DIRECT" || label == u"PARTIAL" || label == u"SCARE")
            voiced.append(qi);
    }
    // The unnamed speakers of quotes are sources already; a listed phrase inside one ("Sources
    // close to" of "Sources close to the talks") is not a second source.
    std::vector<Span> speakers;
    for (const LexicalHit &h : std::as_const(doc.hits))
        if (h.layer == u"source")
            speakers.push_back(h.span);
    std::sort(speakers.begin(), speakers.end());
    auto insideSpeaker = [&speakers](Span span) {
        // Past every span starting at or before this one; the few before it may contain it.
        auto it = std::upper_bound(speakers.begin(), speakers.end(), Span{span.start, std::numeric_limits<int>::max()});
        for (int back = 0; back < 2 && it != speakers.begin(); ++back)
            if ((--it)->contains(span))
                return true;
        return false;
    };
    int nextQuote = 0;
    QList<int> open; // voiced quotes containing the current position
    const int count = int(doc.tokens.size());
    for (int t = 0; t < count;) {
        const Token &tok = doc.tokens[t];
        if (!tok.is(Word) || !(m_lexicon.flags(tok.word) & (LoadedWord | IntensifierWord | HedgeWord | AnonymousHead))) {
            // Multi-word phrases start with a word that may not be flagged itself.
            if (!tok.is(Word)) {
                ++t;
                continue;
            }
        }
        const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, t, count, kLanguage);
        if (!m.length || (m.kind == PhraseKind::Anonymous && m.length < 2)
            || (m.kind == PhraseKind::Hedge && m.length == 1 && doc.textOf(tok).compare(u"supposed", Qt::CaseInsensitive) == 0
                && t + 1 < count && doc.textOf(doc.tokens[t + 1]) == u"to")) { // "supposed to": duty, not doubt
            ++t;
            continue;
        }
        LexicalHit h;
        h.span = doc.spanOf(t, t + m.length);
        switch (m.kind) {
        case PhraseKind::Hedge:
            h.layer = QStringLiteral("hedge");
            h.label = QStringLiteral("HEDGE");
            h.rule = QStringLiteral("hedge.lexicon");
            break;
        case PhraseKind::Loaded:
            h.layer = QStringLiteral("loaded");
            h.label = QStringLiteral("LOADED");
            h.rule = QStringLiteral("loaded.lexicon");
            break;
        case PhraseKind::Intensifier:
            h.layer = QStringLiteral("loaded");
            h.label = QStringLiteral("INTENSIFIER");
            h.rule = QStringLiteral("loaded.intensifier");
            break;
        default:
            h.layer = QStringLiteral("source");
            h.label = QStringLiteral("ANONYMOUS");
            h.rule = QStringLiteral("source.anonymous.phrase");
            break;
        }
        if (h.layer == u"source" && insideSpeaker(h.span)) {
            t += m.length;
            continue;
        }
        // Voice: the innermost voiced quote containing the hit.
        while (nextQuote < voiced.size() && doc.quotes[voiced[nextQuote]].span.start <= h.span.start)
            open.append(voiced[nextQuote++]);
        open.erase(std::remove_if(open.begin(), open.end(),
                                  [&](int q) { return doc.quotes[q].span.end <= h.span.start; }),
                   open.end());
        for (int q : std::as_const(open))
            if (doc.quotes[q].span.contains(h.span))
                h.quote = q;
        doc.hits.append(h);
        t += m.length;
    }
}

} // namespace Lede::Core::Extraction
