#include "text/codepointmap.h"

#include <algorithm>

namespace Lede::Core {

CodePointMap::CodePointMap(const QString &text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairs.append(i);
            ++i;
        }
    }
}

int CodePointMap::toCodePoint(int utf16Offset) const
{
    // Every pair that starts before the offset saved one code point. An offset between the
    // halves of a pair counts that pair too, and so lands on the pair's own code point.
    const auto pairsBefore = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16Offset)
                             - m_pairs.cbegin();
    return utf16Offset - int(pairsBefore);
}

int CodePointMap::toUtf16(int codePointOffset) const
{
    // The k-th pair (0-based) starts at code point m_pairs[k] - k. Count pairs starting before
    // the wanted code point.
    qsizetype lo = 0, hi = m_pairs.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs[mid] - int(mid) < codePointOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePointOffset + int(lo);
}

} // namespace Lede::Core
