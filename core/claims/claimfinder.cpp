#include "claims/claimfinder.h"

#include "claims/claimrules.h"
#include "claims/holderresolver.h"
#include "claims/sentencesplitter.h"

#include <QCryptographicHash>

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
    const QByteArray key = (QStringLiteral("claim|") + label + u'|' + QString::number(span.start) + u'|'
                            + QString::number(span.end)).toUtf8();
    return QLatin1Char('s')
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10));
}

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

QList<ClaimFinder::Candidate> ClaimFinder::candidates(const QString &text, const ExtractionResult &found) const
{
    static const SentenceSplitter splitter;
    const FeatureExtractor extractor(m_lexicon);
    QList<const Annotation *> zones;
    for (const Annotation &a : found.annotations) {
        if (a.layer == Layer::Zone)
            zones.append(&a);
    }
    QList<Candidate> out;
    for (Span span : splitter.split(text)) {
        Candidate c;
        const QString zone = placeInZones(span, text, zones);
        c.scored.span = span;
        c.facts.span = span;
        if (span.isEmpty())
            continue;
        const QStringView sentence = QStringView(text).mid(span.start, span.length());
        c.facts.words = splitWords(sentence, span.start);
        if (zone != kBody)
            c.scored.skipped = QStringLiteral("zone ") + zone;
        else if (isQuestion(sentence))
            c.scored.skipped = QStringLiteral("question");
        else if (m_lexicon.notClaims.matchesStart(c.facts.words))
            c.scored.skipped = QStringLiteral("call to action");
        if (!c.scored.skipped.isEmpty()) {
            out.append(c);
            continue;
        }
        for (const Annotation &a : found.annotations) {
            if (!a.span.overlaps(span) || !a.isActive())
                continue;
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
        out.append(c);
    }
    return out;
}

QList<ScoredSentence> ClaimFinder::score(const QString &text, const ExtractionResult &found) const
{
    QList<ScoredSentence> out;
    for (const Candidate &c : candidates(text, found))
        out.append(c.scored);
    return out;
}

QList<Annotation> ClaimFinder::find(const QString &text, const ExtractionResult &found) const
{
    const HolderResolver holders(text, found, m_lexicon);
    QList<Annotation> claims;
    for (const Candidate &c : candidates(text, found)) {
        if (!c.scored.skipped.isEmpty() || c.scored.score < m_model.threshold())
            continue;
        const Holding h = holders.resolve(c.facts);
        Annotation a;
        a.layer = Layer::Claim;
        a.label = kindOf(c.scored.features);
        a.span = c.scored.span;
        a.id = claimId(a.label, a.span);
        a.status = Status::Suggested;
        a.origin = {QStringLiteral("claim.") + a.label.toLower(), Extractor::version()};
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
    }
    return claims;
}

} // namespace Lede::Core
