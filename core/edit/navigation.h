#pragma once

#include "model/annotationset.h"

#include <QSet>
#include <QString>

#include <functional>

namespace Lede::Core {

/// What an analyst reviews: every annotation except the structural zones.
bool isReviewable(const Annotation &annotation);

/// Review progress of an article, as the status bar shows it ("38 of 61 reviewed").
struct ReviewCounts {
    int suggested = 0;
    int accepted = 0;
    int rejected = 0;
    int added = 0;
    int orphaned = 0;

    int reviewed() const { return accepted + rejected + added; }
    int total() const { return suggested + reviewed(); }
    friend bool operator==(const ReviewCounts &, const ReviewCounts &) = default;
};
ReviewCounts reviewCounts(const AnnotationSet &set);

/// How Tab moves through the annotations.
struct NavigationFilter {
    bool unreviewedOnly = false;
    QSet<Layer> hiddenLayers; // annotations the analyst does not see are skipped
    /// When set, only annotations it accepts are visited (a speaker pick: only what can speak).
    std::function<bool(const Annotation &)> only;
};

/// The reviewable annotation after (direction > 0) or before the one at `fromId` (or, when it
/// is empty, after or before `position`), in document order, wrapping around. Rejected and
/// orphaned annotations are skipped. Empty when there is none.
QString neighbour(const AnnotationSet &set, const QString &fromId, int position, int direction,
                  const NavigationFilter &filter = {});

/// The annotation a selection designates: one whose span equals it, else the innermost
/// reviewable active annotation containing its start. Empty when there is none.
QString annotationAt(const AnnotationSet &set, Span selection, const QSet<Layer> &hiddenLayers = {});

} // namespace Lede::Core
