#include "model/intervalindex.h"

#include <algorithm>

namespace Lede::Core {

IntervalIndex::IntervalIndex(const QList<Span> &spans)
{
    m_items.reserve(spans.size());
    for (int i = 0; i < spans.size(); ++i)
        m_items.append(Item{spans[i], i, spans[i].end});
    std::sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return a.span.start < b.span.start;
    });
    const qsizetype n = m_items.size();
    if (n == 0)
        return;
    // In the implicit tree a node at level k sits at index i with the lowest k bits set to 1
    // and bit k clear; its children are i -/+ 2^(k-1). Fill maxEnd bottom-up.
    int level = 1;
    for (; (qsizetype(1) << level) <= n; ++level) {
        const qsizetype x = qsizetype(1) << (level - 1);
        const qsizetype step = x << 2;
        for (qsizetype i = (x << 1) - 1; i < n; i += step) {
            const qsizetype left = i - x;
            const qsizetype right = i + x;
            int maxEnd = m_items[i].span.end;
            maxEnd = std::max(maxEnd, m_items[left].maxEnd);
            if (right < n)
                maxEnd = std::max(maxEnd, m_items[right].maxEnd);
            else {
                // The right subtree is partly outside the array: take the largest end among
                // the existing nodes of it.
                for (qsizetype j = i + 1; j < n; ++j)
                    maxEnd = std::max(maxEnd, m_items[j].span.end);
            }
            m_items[i].maxEnd = maxEnd;
        }
    }
    m_maxLevel = level - 1;
}

QList<int> IntervalIndex::overlapping(Span range) const
{
    QList<int> out;
    collect(range, out);
    std::sort(out.begin(), out.end());
    return out;
}

int IntervalIndex::collect(Span range, QList<int> &out) const
{
    const qsizetype n = m_items.size();
    if (n == 0)
        return 0;
    // An empty range asks for spans containing a point.
    const int qStart = range.start;
    const int qEnd = range.isEmpty() ? range.start + 1 : range.end;
    auto hit = [&](const Item &item) {
        return item.span.start < qEnd && qStart < item.span.end;
    };

    struct Frame {
        qsizetype index;
        int level;
        bool visitedLeft;
    };
    Frame stack[64];
    int top = 0;
    stack[top++] = {(qsizetype(1) << m_maxLevel) - 1, m_maxLevel, false};
    while (top > 0) {
        const Frame frame = stack[--top];
        const qsizetype i = frame.index;
        const int k = frame.level;
        if (k <= 2) {
            // Small subtree: scan it linearly.
            const qsizetype first = i - (qsizetype(1) << k) + 1;
            const qsizetype last = std::min(i + (qsizetype(1) << k), n);
            for (qsizetype j = first; j < last; ++j) {
                if (m_items[j].span.start >= qEnd)
                    break;
                if (hit(m_items[j]))
                    out.append(m_items[j].value);
            }
            continue;
        }
        if (!frame.visitedLeft) {
            const qsizetype left = i - (qsizetype(1) << (k - 1));
            stack[top++] = {i, k, true};
            if (left < n && m_items[left].maxEnd > qStart)
                stack[top++] = {left, k - 1, false};
            else if (left >= n)
                stack[top++] = {left, k - 1, false};
            continue;
        }
        if (i < n) {
            if (m_items[i].span.start >= qEnd)
                continue;
            if (hit(m_items[i]))
                out.append(m_items[i].value);
            stack[top++] = {i + (qsizetype(1) << (k - 1)), k - 1, false};
        }
    }
    return int(out.size());
}

} // namespace Lede::Core
