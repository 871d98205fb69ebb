#pragma once

#include "model/span.h"

#include <QStringView>

#include <optional>

namespace Lede::Core {

/// Levenshtein distance between two strings (UTF-16 units), in O(|a|·|b|) time and O(|b|)
/// memory. Meant for short strings: quotes and their context.
int editDistance(QStringView a, QStringView b);

/// 1 − distance / longer length: 1 for equal strings, 0 for nothing in common. Two empty
/// strings are equal.
double similarity(QStringView a, QStringView b);

struct ApproximateMatch {
    Span span;
    int distance = 0;
};

/// The substring of `text` inside `window` closest to `pattern` by edit distance (Sellers'
/// algorithm), if one is within `maxDistance`. Among equally close matches, the one whose
/// start is nearest `expectedStart` wins. O(window length · pattern length).
std::optional<ApproximateMatch> findApproximate(QStringView text, Span window, QStringView pattern,
                                                int maxDistance, int expectedStart);

} // namespace Lede::Core
