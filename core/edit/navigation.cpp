#include "edit/navigation.h"

#include <algorithm>
#include <climits>

namespace Lede::Core {

bool isReviewable(const Annotation &annotation)
{
    return annotation.layer != Layer::Zone;
}

ReviewCounts reviewCounts(const AnnotationSet &set)
{
    ReviewCounts counts;
    for (const Annotation &a : set.annotations()) {
        if (!isReviewable(a))
            continue;
        if (a.isOrphan())
            ++counts.orphaned;
        switch (a.status) {
        case Status::Suggested: ++counts.suggested; break;
        case Status::Accepted: ++counts.accepted; break;
        case Status::Rejected: ++counts.rejected; break;
        case Status::Added: ++counts.added; break;
        }
    }
    return counts;
}

namespace {

bool navigable(const Annotation &a, const NavigationFilter &filter)
{
    return isReviewable(a) && a.isActive() && !a.isOrphan() && !filter.hiddenLayers.contains(a.layer)
           && (!filter.unreviewedOnly || a.status == Status::Suggested) && (!filter.only || filter.only(a));
}

/// The navigable annotation after (direction > 0) or before `from` in document order that
/// is nearest to it, among those starting in [first, last). The query reaches one character
/// further back than `first`, so that an empty span starting there is found too.
const Annotation *nearestStartingIn(const AnnotationSet &set, const Annotation &from, const QString &fromId,
                                    int first, int last, int direction, const NavigationFilter &filter)
{
    const Annotation *best = nullptr;
    for (const Annotation *a : set.overlapping(Span{first - 1, last})) {
        if (a->span.start < first || a->span.start >= last || !navigable(*a, filter) || a->id == fromId)
            continue;
        const bool ahead = direction > 0 ? documentOrder(from, *a) : documentOrder(*a, from);
        if (ahead && (!best || (direction > 0 ? documentOrder(*a, *best) : documentOrder(*best, *a))))
            best = a;
    }
    return best;
}

} // namespace

QString neighbour(const AnnotationSet &set, const QString &fromId, int position, int direction,
                  const NavigationFilter &filter)
{
    // Tab must answer at once in an article with 50,000 annotations. The neighbour is the
    // nearest navigable annotation after (before) the current one in document order; past
    // the end it wraps to the first (last).
    const Annotation *from = set.find(fromId);
    Annotation probe;
    if (!from) {
        // Between annotations: as if on a span at the position ordered before everything
        // starting there, so that Tab goes to the first of them and Shift+Tab before them.
        probe.span = Span{position, INT_MAX};
        from = &probe;
    }
    // First through the interval index, in windows that double from the current start: the
    // neighbour usually starts a few words away. Whatever starts outside a window comes after
    // (before) everything starting inside it, so the best in the first window that has one
    // is the answer.
    const int start = from->span.start;
    for (int width = 256; width <= (1 << 16); width *= 2) {
        const int first = direction > 0 ? start : std::max(0, start - width);
        const int last = direction > 0 ? start + width : start + 1;
        if (const Annotation *near = nearestStartingIn(set, *from, fromId, first, last, direction, filter))
            return near->id;
        if (first == 0 && direction < 0)
            break; // nothing before; wrap
    }
    // Far away or past the end: one linear pass, which also finds where to wrap to.
    const auto before = [](const Annotation *a, const Annotation *b) { return documentOrder(*a, *b); };
    const Annotation *best = nullptr;
    const Annotation *wrap = nullptr;
    for (const Annotation &a : set.annotations()) {
        if (!navigable(a, filter) || a.id == fromId)
            continue;
        const bool ahead = direction > 0 ? before(from, &a) : before(&a, from);
        if (ahead) {
            if (!best || (direction > 0 ? before(&a, best) : before(best, &a)))
                best = &a;
        } else if (!wrap || (direction > 0 ? before(&a, wrap) : before(wrap, &a))) {
            wrap = &a;
        }
    }
    if (best)
        return best->id;
    return wrap ? wrap->id : QString();
}

QString annotationAt(const AnnotationSet &set, Span selection, const QSet<Layer> &hiddenLayers)
{
    const QList<const Annotation *> candidates = set.at(selection.start);
    const Annotation *best = nullptr;
    for (const Annotation *a : candidates) {
        if (!isReviewable(*a) || hiddenLayers.contains(a->layer))
            continue;
        if (!selection.isEmpty() && a->span == selection && a->isActive())
            return a->id;
        if (!a->isActive() || a->isOrphan())
            continue;
        if (!best || a->span.length() < best->span.length())
            best = a;
    }
    if (selection.isEmpty() || !best || best->span.contains(selection))
        return best ? best->id : QString();
    return {};
}

} // namespace Lede::Core
