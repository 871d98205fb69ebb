#pragma once

namespace Lede::Core {

/// A half-open range [start, end) of UTF-16 code units in an article's text.
///
/// Inside Lede everything counts in UTF-16 units, because that is what QString and the
/// editor count. Files on disk (sidecar, exports) count Unicode code points; the conversion
/// happens in exactly one place, CodePointMap, at the file boundary.
struct Span {
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(int pos) const { return start <= pos && pos < end; }
    bool contains(Span other) const { return start <= other.start && other.end <= end; }
    bool overlaps(Span other) const { return start < other.end && other.start < end; }

    friend bool operator==(Span, Span) = default;
    friend bool operator<(Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end < b.end; }
};

} // namespace Lede::Core
