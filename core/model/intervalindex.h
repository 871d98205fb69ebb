#pragma once

#include "model/span.h"

#include <QList>

namespace Lede::Core {

/// Finds which of many spans contain a position or overlap a range, in O(log n + k).
///
/// The spans are sorted by start and viewed as an implicit balanced binary tree in which every
/// node also knows the largest end below it (the layout of Heng Li's cgranges). Building is a
/// sort; the index is immutable afterwards: rebuild it when the spans change.
class IntervalIndex
{
public:
    IntervalIndex() = default;
    /// `spans[i]` is reported back as the value i.
    explicit IntervalIndex(const QList<Span> &spans);

    /// Values of the spans that overlap [range.start, range.end), or that contain range.start
    /// when the range is empty. In ascending order of value.
    QList<int> overlapping(Span range) const;
    QList<int> containing(int position) const { return overlapping(Span{position, position}); }

    int size() const { return int(m_items.size()); }

private:
    struct Item {
        Span span;
        int value;
        int maxEnd;
    };
    int collect(Span range, QList<int> &out) const;

    QList<Item> m_items;
    int m_maxLevel = -1;
};

} // namespace Lede::Core
