#include "review/textmeasure.h"

#include <algorithm>

namespace Lede::Core::Review {
namespace {

bool isOpeningQuote(QChar c)
{
    return c == u'“' || c == u'‘' || c == u'"' || c == u'\'' || c == u'«';
}

bool isClosingQuote(QChar c)
{
    return c == u'”' || c == u'’' || c == u'"' || c == u'\'' || c == u'»';
}

Span clampTo(Span span, int length)
{
    return Span{std::clamp(span.start, 0, length), std::clamp(span.end, 0, length)};
}

} // namespace

int countWords(QStringView text)
{
    int words = 0;
    bool inRun = false;
    bool runHasWordChar = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (inRun && runHasWordChar)
                ++words;
            inRun = false;
            runHasWordChar = false;
            continue;
        }
        inRun = true;
        runHasWordChar = runHasWordChar || c.isLetterOrNumber();
    }
    if (inRun && runHasWordChar)
        ++words;
    return words;
}

RangeSet::RangeSet(const QList<Span> &spans)
{
    for (const Span span : spans)
        add(span);
}

void RangeSet::add(Span span)
{
    if (span.isEmpty())
        return;
    // Spans mostly arrive in document order: then only the last range can grow.
    if (m_ranges.isEmpty() || span.start >= m_ranges.last().start) {
        if (!m_ranges.isEmpty() && span.start <= m_ranges.last().end)
            m_ranges.last().end = std::max(m_ranges.last().end, span.end);
        else
            m_ranges.append(span);
        return;
    }
    // Otherwise insert in order and merge with the neighbours it touches or overlaps.
    qsizetype at = std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), span,
                                    [](Span a, Span b) { return a.start < b.start; })
        - m_ranges.cbegin();
    if (at > 0 && m_ranges[at - 1].end >= span.start)
        --at;
    else
        m_ranges.insert(at, Span{span.start, span.start});
    Span &merged = m_ranges[at];
    merged.start = std::min(merged.start, span.start);
    merged.end = std::max(merged.end, span.end);
    qsizetype next = at + 1;
    while (next < m_ranges.size() && m_ranges[next].start <= merged.end) {
        merged.end = std::max(merged.end, m_ranges[next].end);
        ++next;
    }
    m_ranges.remove(at + 1, next - at - 1);
}

RangeSet RangeSet::intersected(const RangeSet &other) const
{
    RangeSet result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_ranges.size() && j < other.m_ranges.size()) {
        const Span a = m_ranges[i];
        const Span b = other.m_ranges[j];
        const Span common{std::max(a.start, b.start), std::min(a.end, b.end)};
        if (!common.isEmpty())
            result.m_ranges.append(common);
        if (a.end < b.end)
            ++i;
        else
            ++j;
    }
    return result;
}

int RangeSet::words(const QString &text) const
{
    int total = 0;
    for (const Span range : m_ranges) {
        const Span r = clampTo(range, int(text.size()));
        total += countWords(QStringView(text).mid(r.start, r.length()));
    }
    return total;
}

bool RangeSet::overlaps(Span span) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [span](Span range) { return range.overlaps(span); });
}

QList<Span> sentencesIn(const QString &text, Span range)
{
    range = clampTo(range, int(text.size()));
    QList<Span> sentences;
    auto emit = [&](int start, int end) {
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (start < end)
            sentences.append(Span{start, end});
    };
    int start = range.start;
    for (int i = range.start; i < range.end; ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            emit(start, i);
            start = i + 1;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        int end = i + 1;
        while (end < range.end && isClosingQuote(text[end]))
            ++end;
        int next = end;
        while (next < range.end && text[next].isSpace() && text[next] != u'\n')
            ++next;
        if (next == end && next < range.end && text[next] != u'\n')
            continue; // "U.S" or "80.5": no space after the mark
        if (next < range.end && text[next] != u'\n') {
            const QChar n = text[next];
            if (!n.isUpper() && !n.isDigit() && !isOpeningQuote(n))
                continue;
        }
        emit(start, end);
        start = end;
        i = end - 1;
    }
    emit(start, range.end);
    return sentences;
}

QString spanText(const QString &text, Span span)
{
    const Span s = clampTo(span, int(text.size()));
    return text.mid(s.start, s.length()).simplified();
}

} // namespace Lede::Core::Review
