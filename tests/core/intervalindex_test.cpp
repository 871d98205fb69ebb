#include "model/intervalindex.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace Lede::Core;

namespace {

QList<int> bruteForce(const QList<Span> &spans, Span range)
{
    QList<int> out;
    const int qEnd = range.isEmpty() ? range.start + 1 : range.end;
    for (int i = 0; i < spans.size(); ++i)
        if (spans[i].start < qEnd && range.start < spans[i].end)
            out.append(i);
    return out;
}

} // namespace

TEST(IntervalIndex, EmptyIndexFindsNothing)
{
    IntervalIndex index;
    EXPECT_TRUE(index.containing(0).isEmpty());
    EXPECT_TRUE(IntervalIndex(QList<Span>{}).overlapping({0, 100}).isEmpty());
}

TEST(IntervalIndex, PointAndRangeQueries)
{
    const QList<Span> spans{{0, 10}, {2, 4}, {12, 20}, {4, 4}, {19, 30}};
    const IntervalIndex index(spans);
    EXPECT_EQ(index.containing(3), (QList<int>{0, 1}));
    EXPECT_EQ(index.containing(4), (QList<int>{0}));
    EXPECT_EQ(index.containing(19), (QList<int>{2, 4}));
    EXPECT_EQ(index.overlapping({9, 13}), (QList<int>{0, 2}));
    EXPECT_EQ(index.containing(30), QList<int>{});
}

// The implicit-tree layout has many edge cases around sizes that are not powers of two; a
// randomised comparison with a linear scan covers them.
TEST(IntervalIndex, AgreesWithLinearScanOnRandomSpans)
{
    QRandomGenerator random(42);
    for (int size : {1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 100, 257, 1000}) {
        QList<Span> spans;
        for (int i = 0; i < size; ++i) {
            const int start = int(random.bounded(2000));
            spans.append({start, start + int(random.bounded(i % 7 == 0 ? 800 : 40))});
        }
        const IntervalIndex index(spans);
        for (int q = 0; q < 200; ++q) {
            const int start = int(random.bounded(2100));
            const Span range{start, start + int(random.bounded(3) == 0 ? 0 : random.bounded(100))};
            ASSERT_EQ(index.overlapping(range), bruteForce(spans, range))
                << "size " << size << " range " << range.start << ".." << range.end;
        }
    }
}
