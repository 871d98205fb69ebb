// The claims of the review: counts by kind, and the unbacked accusations in the author's
// voice, which the review views and the report list first.
#include "claims/claimrules.h"
#include "edit/vocabulary.h"
#include "review/activeannotations.h"
#include "review/review.h"

namespace Lede::Core::Review {

ClaimStats computeClaims(const AnnotationSet &annotations, const QString &text)
{
    return computeClaims(ActiveAnnotations(annotations), text);
}

ClaimStats computeClaims(const ActiveAnnotations &active, const QString &text)
{
    ClaimStats stats;
    for (const QString &kind : labelsOf(Layer::Claim))
        stats.byKind.append(KindCount{kind, 0, {}});
    const auto attribute = [](const Annotation &a, const char *key) { return a.attribute(QString::fromLatin1(key)); };
    for (const Annotation *claim : active.layer(Layer::Claim)) {
        ++stats.total;
        const QString holderKind = attribute(*claim, Claims::Key::HolderKind);
        const QString backing = attribute(*claim, Claims::Key::Backing);
        if (holderKind == QLatin1String(Claims::Author))
            ++stats.heldByAuthor;
        if (backing == u"none")
            ++stats.withoutBacking;
        for (KindCount &k : stats.byKind)
            if (k.kind == claim->label) {
                ++k.count;
                k.ids.append(claim->id);
            }
        if (Claims::isUnbackedAccusation(*claim))
            stats.unbackedAccusations.append(ClaimEntry{claim->id, claim->label, attribute(*claim, Claims::Key::Holder),
                                                        holderKind, backing, claim->span, spanText(text, claim->span)});
    }
    return stats;
}

} // namespace Lede::Core::Review
