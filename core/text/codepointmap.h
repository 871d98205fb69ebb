#pragma once

#include <QList>
#include <QString>

namespace Lede::Core {

/// Converts offsets between UTF-16 code units (what QString and the editor count) and Unicode
/// code points (what the sidecar and every export count, as the W3C Web Annotation model
/// requires). This is the only place where Lede converts between the two.
///
/// Only characters outside the Basic Multilingual Plane (emoji, many CJK extensions) differ:
/// they take two UTF-16 units and one code point. Combining marks, CR LF and the like are
/// separate code points in both counts. The map stores where the surrogate pairs are, so a
/// text without any (nearly every news article) converts at no cost.
class CodePointMap
{
public:
    CodePointMap() = default;
    explicit CodePointMap(const QString &text);

    /// Code point offset of a UTF-16 offset. An offset inside a surrogate pair maps to the
    /// code point that the pair encodes.
    int toCodePoint(int utf16Offset) const;
    /// UTF-16 offset of a code point offset.
    int toUtf16(int codePointOffset) const;

    int utf16Length() const { return m_utf16Length; }
    int codePointLength() const { return m_utf16Length - int(m_pairs.size()); }
    bool isIdentity() const { return m_pairs.isEmpty(); }

private:
    QList<int> m_pairs; // UTF-16 offsets of high surrogates, ascending
    int m_utf16Length = 0;
};

} // namespace Lede::Core
