#include "claims/sentencesplitter.h"

namespace Lede::Core::Claims {

namespace {

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u'»' || c == u')' || c == u']';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'“' || c == u'‘' || c == u'«' || c == u'(' || c == u'[';
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

void appendTrimmed(QList<Span> &out, QStringView text, int start, int end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (end > start)
        out.append({start, end});
}

} // namespace

SentenceSplitter::SentenceSplitter()
    : m_abbreviations(PhraseList::fromResource(QStringLiteral("abbreviations")))
{
}

SentenceSplitter::SentenceSplitter(PhraseList abbreviations)
    : m_abbreviations(std::move(abbreviations))
{
}

bool SentenceSplitter::periodIsAbbreviation(QStringView text, int period) const
{
    int start = period;
    while (start > 0 && (text[start - 1].isLetterOrNumber() || text[start - 1] == u'.'))
        --start;
    const QStringView word = text.mid(start, period - start);
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word[0].isUpper())
        return true; // an initial: "J. Smith"
    return m_abbreviations.contains(word.toString().toLower());
}

QList<Span> SentenceSplitter::split(QStringView text) const
{
    QList<Span> sentences;
    const int n = int(text.size());
    int start = 0;
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isLineBreak(c)) {
            appendTrimmed(sentences, text, start, i);
            start = ++i;
            continue;
        }
        if (!isTerminator(c)) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < n && (isTerminator(text[end]) || isClosing(text[end])))
            ++end;
        int next = end;
        while (next < n && text[next].isSpace() && !isLineBreak(text[next]))
            ++next;
        const bool spaced = next > end || next == n || isLineBreak(text.at(next));
        const bool startsNew = next == n || isLineBreak(text[next]) || text[next].isUpper()
            || text[next].isDigit() || isOpening(text[next]);
        if (spaced && startsNew && !(c == u'.' && end == i + 1 && periodIsAbbreviation(text, i))) {
            appendTrimmed(sentences, text, start, end);
            start = end;
        }
        i = end;
    }
    appendTrimmed(sentences, text, start, n);
    return sentences;
}

} // namespace Lede::Core::Claims
