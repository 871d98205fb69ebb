#include "claims/claimfinder.h"

#include "claims/claimrules.h"
#include "claims/holderresolver.h"
#include "claims/sentencesplitter.h"

#include "model/stableid.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Lede::Core {

using namespace Claims;

struct ClaimFinder::Candidate {
    ScoredSentence scored;
    SentenceFacts facts;
};

namespace {

const QString kBody = QStringLiteral("BODY");

bool isQuestion(QStringView sentence)
{
    for (qsizetype i = sentence.size() - 1; i >= 0; --i) {
        const QChar c = sentence[i];
        if (c.isSpace() || c == u'”' || c == u'"' || c == u'’' || c == u'\'' || c == u')')
            continue;
        return c == u'?';
    }
    return false;
}

bool isDash(QChar c)
{
    return c == u'—' || c == u'–' || c == u'-' || c == u':' || c == u',';
}

/// Cuts inline zones (a dateline or credit inside a body paragraph) off the sentence; returns
/// the zone label the sentence then lies in.
QString placeInZones(Span &sentence, QStringView text, const QList<const Annotation *> &zones)
{
    QString zone = kBody;
    for (const Annotation *z : zones) {
        if (!z->span.overlaps(sentence))
            continue;
        if (z->origin.rule == u"zone.layout") {
            if (z->span.contains(sentence.start))
                zone = z->label;
            continue;
        }
        if (z->span.contains(sentence)) {
            zone = z->label;
        } else if (z->span.start <= sentence.start) {
            sentence.start = z->span.end;
            while (sentence.start < sentence.end
                   && (text[sentence.start].isSpace() || isDash(text[sentence.start])))
                ++sentence.start;
        } else {
            sentence.end = z->span.start;
            while (sentence.end > sentence.start && text[sentence.end - 1].isSpace())
                --sentence.end;
        }
    }
    return zone;
}

/// The active annotations (other than zones and claims) overlapping each sentence, in their
/// order in the result, found by one sweep over the sentences rather than a scan of every
/// annotation per sentence, so that a long text stays linear.
class Overlaps
{
public:
    enum Kind { Facts, Zones };
    /// Facts: the active annotations other than zones and claims. Zones: the zones.
    explicit Overlaps(const QList<Annotation> &annotations, Kind kind = Facts)
    {
        for (int i = 0; i < int(annotations.size()); ++i) {
            const Annotation &a = annotations[i];
            const bool wanted = kind == Zones
                ? a.layer == Layer::Zone
                : a.layer != Layer::Zone && a.layer != Layer::Claim && a.isActive();
            if (wanted)
                m_byStart.push_back({a.span.start, a.span.end, i});
        }
        std::stable_sort(m_byStart.begin(), m_byStart.end(),
                         [](const Item &a, const Item &b) { return a.start < b.start; });
    }
    /// Indices into the annotations, ascending. Sentences usually come in text order; one
    /// that starts earlier than the previous restarts the sweep.
    const std::vector<int> &at(Span span)
    {
        if (span.start < m_lastStart) {
            m_next = 0;
            m_open.clear();
        }
        m_lastStart = span.start;
        while (m_next < m_byStart.size() && m_byStart[m_next].start < span.start)
            m_open.push_back(m_next++);
        // Those that started earlier and end at or before this sentence are done with.
        m_open.erase(std::remove_if(m_open.begin(), m_open.end(),
                                    [&](size_t k) { return m_byStart[k].end <= span.start; }),
                     m_open.end());
        m_found.clear();
        for (size_t k : m_open)
            if (m_byStart[k].start < span.end)
                m_found.push_back(m_byStart[k].index);
        for (size_t k = m_next; k < m_byStart.size() && m_byStart[k].start < span.end; ++k)
            if (span.start < m_byStart[k].end)
                m_found.push_back(m_byStart[k].index);
        std::sort(m_found.begin(), m_found.end());
        return m_found;
    }

private:
    struct Item {
        int start;
        int end;
        int index;
    };
    std::vector<Item> m_byStart;
    std::vector<size_t> m_open; // positions in m_byStart of annotations started before the sentence
    size_t m_next = 0;
    int m_lastStart = std::numeric_limits<int>::min();
    std::vector<int> m_found;
};

} // namespace

ClaimFinder::ClaimFinder()
    : ClaimFinder(ClaimModel::builtIn())
{
}

ClaimFinder::ClaimFinder(const ClaimModel &model)
    : m_lexicon(ClaimLexicon::instance())
    , m_model(model)
{
}

QString ClaimFinder::claimId(const QString &label, Span span)
{
    thread_local StableKey key;
    return key.clear().add(u"claim").add('|').add(label).add('|').add(span.start).add('|').add(span.end).id(u's');
}

namespace {

/// "claim.number" for NUMBER: the rule names of the kinds kindOf() gives are made once.
QString ruleOf(const QString &kind)
{
    static const QString rules[] = {QStringLiteral("claim.accusation"), QStringLiteral("claim.cause"),
                                    QStringLiteral("claim.comparison"), QStringLiteral("claim.prediction"),
                                    QStringLiteral("claim.number"),     QStringLiteral("claim.event")};
    for (const QString &rule : rules)
        if (QStringView(rule).mid(6).compare(kind, Qt::CaseInsensitive) == 0)
            return rule;
    return QStringLiteral("claim.") + kind.toLower();
}

} // namespace

QString ClaimFinder::kindOf(const FeatureVector &f)
{
    auto has = [&f](Feature which) { return f[size_t(which)] > 0; };
    if (has(Feature::Accusation))
        return QStringLiteral("ACCUSATION");
    if (has(Feature::Cause))
        return QStringLiteral("CAUSE");
    if (has(Feature::Comparison))
        return QStringLiteral("COMPARISON");
    if (has(Feature::Prediction))
        return QStringLiteral("PREDICTION");
    if (has(Feature::Number))
        return QStringLiteral("NUMBER");
    return QStringLiteral("EVENT");
}

void ClaimFinder::forEachCandidate(const QString &text, const ExtractionResult &found,
                                   const std::function<void(const Candidate &)> &visit) const
{
    static const SentenceSplitter splitter;
    const FeatureExtractor extractor(m_lexicon);
    Overlaps zonesAround(found.annotations, Overlaps::Zones);
    Overlaps overlapping(found.annotations);
    QList<const Annotation *> zones;
    // The words of every sentence are views of this one lower-case copy (see splitWordsOf()).
    const QString folded = foldedForWords(text);
    for (Span span : splitter.split(text)) {
        Candidate c;
        // Only the zones overlapping the sentence can place it: the others are skipped anyway.
        zones.clear();
        if (!span.isEmpty())
            for (const int index : zonesAround.at(span))
                zones.append(&found.annotations[index]);
        const QString zone = placeInZones(span, text, zones);
        c.scored.span = span;
        c.facts.span = span;
        if (span.isEmpty())
            continue;
        const QStringView sentence = QStringView(text).mid(span.start, span.length());
        c.facts.words = splitWordsOf(sentence, span.start, folded);
        if (zone != kBody)
            c.scored.skipped = QStringLiteral("zone ") + zone;
        else if (isQuestion(sentence))
            c.scored.skipped = QStringLiteral("question");
        else if (m_lexicon.notClaims.matchesStart(c.facts.words))
            c.scored.skipped = QStringLiteral("call to action");
        if (!c.scored.skipped.isEmpty()) {
            visit(c);
            continue;
        }
        for (const int index : overlapping.at(span)) {
            const Annotation &a = found.annotations[index];
            switch (a.layer) {
            case Layer::Entity: c.facts.entities.append(&a); break;
            case Layer::Quote: c.facts.quotes.append(&a); break;
            case Layer::Cue: c.facts.cues.append(&a); break;
            case Layer::Source: c.facts.sources.append(&a); break;
            case Layer::Hedge: c.facts.hedges.append(&a); break;
            case Layer::Loaded: c.facts.loaded.append(&a); break;
            case Layer::Zone:
            case Layer::Claim: break;
            }
        }
        c.scored.features = extractor.features(text, c.facts);
        c.scored.score = m_model.score(c.scored.features);
        visit(c);
    }
}

QList<ScoredSentence> ClaimFinder::score(const QString &text, const ExtractionResult &found) const
{
    QList<ScoredSentence> out;
    forEachCandidate(text, found, [&out](const Candidate &c) { out.append(c.scored); });
    return out;
}

QList<Annotation> ClaimFinder::find(const QString &text, const ExtractionResult &found) const
{
    const HolderResolver holders(text, found, m_lexicon);
    QList<Annotation> claims;
    forEachCandidate(text, found, [&](const Candidate &c) {
        if (!c.scored.skipped.isEmpty() || c.scored.score < m_model.threshold())
            return;
        const Holding h = holders.resolve(c.facts);
        Annotation a;
        a.layer = Layer::Claim;
        a.label = kindOf(c.scored.features);
        a.span = c.scored.span;
        a.id = claimId(a.label, a.span);
        a.status = Status::Suggested;
        a.origin = {ruleOf(a.label), Extractor::version()};
        a.attributes.insert(QStringLiteral("holder"), h.holder);
        a.attributes.insert(QStringLiteral("holderKind"), h.holderKind);
        a.attributes.insert(QStringLiteral("backing"), h.backing);
        a.attributes.insert(QStringLiteral("checkworthiness"), QString::number(c.scored.score, 'f', 2));
        a = Claims::withFlag(std::move(a));
        if (!h.holderId.isEmpty())
            a.links.insert(QStringLiteral("holder"), h.holderId);
        if (!h.quoteId.isEmpty())
            a.links.insert(QString::fromLatin1(LinkRole::Quote), h.quoteId);
        claims.append(std::move(a));
    });
    return claims;
}

} // namespace Lede::Core
