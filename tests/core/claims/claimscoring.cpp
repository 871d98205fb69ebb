#include "claimscoring.h"

#include <QSet>

#include <algorithm>

namespace Lede::Test {

using Lede::Core::Annotation;
using Lede::Core::Span;

namespace {

int overlap(Span a, Span b)
{
    return std::max(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

QSet<QString> nameWords(const QString &name)
{
    static const QSet<QString> stop = {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
                                       QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("its")};
    QSet<QString> words;
    QString word;
    const QString padded = name + u' '; // the space ends the last word
    for (const QChar c : padded) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
            continue;
        }
        if (word.size() >= 3 && !stop.contains(word))
            words.insert(word);
        word.clear();
    }
    return words;
}

QString describe(const QString &text, Span s)
{
    QString t = text.mid(s.start, s.length()).simplified();
    if (t.size() > 90)
        t = t.left(87) + QStringLiteral("...");
    return t;
}

} // namespace

void ClaimScores::add(const ClaimScores &o)
{
    truePositives += o.truePositives;
    falsePositives += o.falsePositives;
    falseNegatives += o.falseNegatives;
    holderRight += o.holderRight;
    holderKindRight += o.holderKindRight;
    backingRight += o.backingRight;
    kindRight += o.kindRight;
    flagTrue += o.flagTrue;
    flagFalse += o.flagFalse;
    flagMissed += o.flagMissed;
    errors += o.errors;
}

double ClaimScores::precision() const
{
    const int n = truePositives + falsePositives;
    return n ? double(truePositives) / n : 0.0;
}

double ClaimScores::recall() const
{
    const int n = truePositives + falseNegatives;
    return n ? double(truePositives) / n : 0.0;
}

double ClaimScores::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

bool sameHolder(const QString &gold, const QString &predicted)
{
    return nameWords(gold).intersects(nameWords(predicted));
}

ClaimScores scoreClaims(const LabelledText &gold, const QList<Annotation> &predicted)
{
    ClaimScores s;
    QList<const Annotation *> claims;
    for (const Annotation &a : predicted) {
        if (a.layer == Lede::Core::Layer::Claim)
            claims.append(&a);
    }
    // All candidate pairs, best overlap first, each side matched once.
    struct Pair { int gold; int predicted; int overlap; };
    QList<Pair> pairs;
    for (int g = 0; g < gold.claims.size(); ++g) {
        for (int p = 0; p < claims.size(); ++p) {
            const Span gs = gold.claims[g].span, ps = claims[p]->span;
            const int o = overlap(gs, ps);
            if (o > 0 && 2 * o >= std::min(gs.length(), ps.length()))
                pairs.append({g, p, o});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.overlap > b.overlap; });
    QList<int> goldMatch(gold.claims.size(), -1), predictedMatch(claims.size(), -1);
    for (const Pair &p : pairs) {
        if (goldMatch[p.gold] < 0 && predictedMatch[p.predicted] < 0) {
            goldMatch[p.gold] = p.predicted;
            predictedMatch[p.predicted] = p.gold;
        }
    }
    const QString prefix = gold.name + QStringLiteral(": ");
    for (int g = 0; g < gold.claims.size(); ++g) {
        const GoldClaim &c = gold.claims[g];
        const bool goldFlag = c.kind == u"ACCUSATION" && c.holderKind == u"author" && c.backing == u"none";
        if (goldMatch[g] < 0) {
            ++s.falseNegatives;
            s.flagMissed += goldFlag ? 1 : 0;
            s.errors.append(prefix + QStringLiteral("missed %1: %2").arg(c.kind, describe(gold.text, c.span)));
            continue;
        }
        const Annotation &a = *claims[goldMatch[g]];
        ++s.truePositives;
        const QString kind = a.attribute(QStringLiteral("holderKind"));
        const bool authorGold = c.holderKind == u"author";
        const bool holderOk = authorGold ? kind == u"author"
                                         : kind != u"author" && sameHolder(c.holder, a.attribute(QStringLiteral("holder")));
        s.holderRight += holderOk ? 1 : 0;
        s.holderKindRight += kind == c.holderKind ? 1 : 0;
        s.backingRight += a.attribute(QStringLiteral("backing")) == c.backing ? 1 : 0;
        s.kindRight += a.label == c.kind ? 1 : 0;
        const bool flagged = a.attribute(QStringLiteral("flag")) == u"unbacked-accusation";
        s.flagTrue += flagged && goldFlag ? 1 : 0;
        s.flagFalse += flagged && !goldFlag ? 1 : 0;
        s.flagMissed += !flagged && goldFlag ? 1 : 0;
        if (!holderOk || kind != c.holderKind || a.attribute(QStringLiteral("backing")) != c.backing
            || a.label != c.kind)
            s.errors.append(prefix
                            + QStringLiteral("%1 %2:%3/%4 (gold %5 %6:%7/%8): %9")
                                  .arg(a.label, kind, a.attribute(QStringLiteral("holder")),
                                       a.attribute(QStringLiteral("backing")), c.kind, c.holderKind,
                                       c.holder.isEmpty() ? QStringLiteral("author") : c.holder, c.backing,
                                       describe(gold.text, c.span)));
    }
    for (int p = 0; p < claims.size(); ++p) {
        if (predictedMatch[p] >= 0)
            continue;
        ++s.falsePositives;
        s.flagFalse += claims[p]->attribute(QStringLiteral("flag")).isEmpty() ? 0 : 1;
        s.errors.append(prefix + QStringLiteral("spurious %1 (%2): %3")
                                     .arg(claims[p]->label, claims[p]->attribute(QStringLiteral("checkworthiness")),
                                          describe(gold.text, claims[p]->span)));
    }
    return s;
}

} // namespace Lede::Test
