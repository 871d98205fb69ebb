#include "exchange/newlinemap.h"

#include <algorithm>

namespace Lede::Core {

NewlineMap::NewlineMap(const QString &original)
{
    m_normalised.reserve(original.size());
    for (int i = 0; i < original.size(); ++i) {
        const QChar c = original[i];
        if (c == u'\r') {
            if (i + 1 < original.size() && original[i + 1] == u'\n')
                m_removed.append(i); // the LF that follows is kept
            else
                m_normalised.append(u'\n');
            continue;
        }
        m_normalised.append(c);
    }
}

int NewlineMap::toNormalised(int originalOffset) const
{
    const auto before = std::lower_bound(m_removed.cbegin(), m_removed.cend(), originalOffset) - m_removed.cbegin();
    return originalOffset - int(before);
}

int NewlineMap::toOriginal(int normalisedOffset) const
{
    // The k-th removed CR sits just before normalised offset m_removed[k] - k.
    qsizetype lo = 0, hi = m_removed.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_removed[mid] - int(mid) < normalisedOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return normalisedOffset + int(lo);
}

} // namespace Lede::Core
