#include "edit/textviewmap.h"

#include <algorithm>

namespace Lede::Core {

TextViewMap::TextViewMap(const QString &articleText)
{
    if (!articleText.contains(QLatin1Char('\r'))) {
        m_viewText = articleText;
        return;
    }
    m_viewText.reserve(articleText.size());
    const qsizetype n = articleText.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = articleText[i];
        if (c == QLatin1Char('\r') && i + 1 < n && articleText[i + 1] == QLatin1Char('\n')) {
            m_removed.append(int(i));
            continue;
        }
        m_viewText.append(c == QLatin1Char('\r') ? QChar(QLatin1Char('\n')) : c);
    }
}

int TextViewMap::toView(int articleOffset) const
{
    // Each dropped '\r' before the offset shifts it left by one; an offset on a dropped '\r'
    // lands on the '\n' after it.
    const auto before = std::lower_bound(m_removed.begin(), m_removed.end(), articleOffset);
    return articleOffset - int(before - m_removed.begin());
}

int TextViewMap::toArticle(int viewOffset) const
{
    // The k-th dropped '\r' sits at article offset r_k, i.e. view offset r_k - k. Count those
    // at or before the view offset.
    int lo = 0;
    int hi = int(m_removed.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_removed[mid] - mid <= viewOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return viewOffset + lo;
}

} // namespace Lede::Core
