#include "extract/tokenizer.h"

namespace Lede::Core::Extraction {

namespace {

bool isWordCharOutsideAscii(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Inlined: the tokenizer asks for every character.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) // no Unicode tables for ASCII, which most text is
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return isWordCharOutsideAscii(c);
}

// White space and invisible format characters (soft hyphens, zero-width joiners) between tokens.
bool isSkipped(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    return c.isSpace() || c.category() == QChar::Other_Format;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'‐' || c == u'‑';
}

/// Whether a single quotation mark opened before @p at in its paragraph is still open: the
/// nearest single mark back decides. Looks back a bounded stretch, so that it stays linear.
bool singleQuoteOpenBefore(QStringView text, qsizetype at)
{
    for (qsizetype p = at - 1; p >= 0 && p >= at - 600; --p) {
        const QChar c = text[p];
        if (c == u'\n' && p > 0 && text[p - 1] == u'\n')
            return false;
        if (c == u'‘')
            return true;
        if (!isApostrophe(c))
            continue;
        const bool wordBefore = p > 0 && isWordChar(text[p - 1]);
        const bool wordAfter = p + 1 < text.size() && isWordChar(text[p + 1]);
        if (wordBefore && wordAfter)
            continue; // "don't"
        if (!wordBefore && wordAfter)
            return true;
        return false; // a closing mark or another plural possessive
    }
    return false;
}

} // namespace

bool Tokenizer::isQuoteChar(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'“': case u'”': case u'‘': case u'’': case u'«': case u'»':
    case u'„':
        return true;
    default:
        return false;
    }
}

bool Tokenizer::isAbbreviation(QStringView word) const
{
    if (!m_abbreviations || word.size() > 8)
        return false;
    return m_abbreviations->contains(word.toString().toLower());
}

QList<Token> Tokenizer::tokenize(QStringView text, int offset) const
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isSkipped(c)) {
            ++i;
            continue;
        }
        Token t;
        t.start = int(i);
        if (isWordChar(c)) {
            const bool digit = c.isDigit();
            bool dotted = false;      // letter.letter pattern ("U.S")
            bool singleSegments = true; // every dotted segment is one letter
            qsizetype segmentStart = i;
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text[j];
                if (isWordChar(d)) {
                    ++j;
                    continue;
                }
                const bool nextIsWord = j + 1 < n && isWordChar(text[j + 1]);
                if (!nextIsWord)
                    break;
                if (isApostrophe(d)) {
                    // Possessive 's ends the word: "Brenner's" -> "Brenner" + "'s".
                    const bool possessive = (text[j + 1] == u's' || text[j + 1] == u'S')
                        && (j + 2 >= n || !isWordChar(text[j + 2]));
                    if (possessive && !digit)
                        break;
                    j += 2;
                    continue;
                }
                if (isHyphen(d)) {
                    t.shape |= Hyphenated;
                    j += 2;
                    continue;
                }
                if (digit && (d == u',' || d == u'.') && text[j + 1].isDigit()) {
                    j += 2;
                    continue;
                }
                if (!digit && d == u'.' && text[j + 1].isLetter()) {
                    if (j - segmentStart != 1)
                        singleSegments = false;
                    dotted = true;
                    segmentStart = j + 1;
                    j += 2;
                    continue;
                }
                break;
            }
            if (dotted && j - segmentStart != 1)
                singleSegments = false;
            // Keep the period of initials, dotted abbreviations and known abbreviations.
            if (j < n && text[j] == u'.' && !digit) {
                const qsizetype len = j - i;
                const bool initial = len == 1 && text[i].isUpper();
                if (initial || (dotted && singleSegments) || isAbbreviation(text.mid(i, len))) {
                    ++j;
                    t.shape |= EndsWithPeriod;
                }
            }
            t.end = int(j);
            t.shape |= digit ? Number : Word;
            if (!digit) {
                int letters = 0;
                bool lower = false;
                for (qsizetype k = i; k < j; ++k) {
                    const QChar d = text[k];
                    if (d.isLetter()) {
                        ++letters;
                        if (d.isLower())
                            lower = true;
                    }
                }
                if (c.isUpper() || c.isTitleCase())
                    t.shape |= Capitalised;
                if (letters >= 2 && !lower)
                    t.shape |= AllCaps;
                if (!lower)
                    t.shape |= NoLower;
            }
            i = j;
        } else if (isApostrophe(c) && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
                   && (i + 2 >= n || !isWordChar(text[i + 2])) && i > 0 && isWordChar(text[i - 1])) {
            t.end = int(i + 2);
            t.shape = Possessive;
            i += 2;
        } else if (isApostrophe(c) && i > 1 && (text[i - 1] == u's' || text[i - 1] == u'S') && isWordChar(text[i - 2])
                   && !tokens.isEmpty() && tokens.last().is(Capitalised) && tokens.last().end == int(i) + offset
                   && i + 2 < n && text[i + 1] == u' ' && text[i + 2].isUpper()) {
            // "Employers' Federation", "Lecturers’ Association": a plural possessive inside a
            // name, no closing quotation mark.
            t.end = int(i + 1);
            t.shape = Possessive;
            ++i;
        } else if (isApostrophe(c) && i > 1 && text[i - 1] == u's' && isWordChar(text[i - 2])
                   && i + 2 < n && text[i + 1] == u' ' && text[i + 2].isLower() && !singleQuoteOpenBefore(text, i)) {
            // "the regional suppliers' association": no quotation mark is open to close.
            t.end = int(i + 1);
            t.shape = Possessive;
            ++i;
        } else if (isQuoteChar(c)) {
            t.end = int(i + 1);
            t.shape = QuoteMark | Punct;
            ++i;
        } else {
            qsizetype j = i + 1;
            if (c == u'.' || c == u'!' || c == u'?' || c == u'…') {
                t.shape = SentenceFinal;
                while (j < n && (text[j] == u'.' || text[j] == u'!' || text[j] == u'?'))
                    ++j;
            }
            t.end = int(j);
            t.shape |= Punct;
            i = j;
        }
        t.start += offset;
        t.end += offset;
        tokens.append(t);
    }
    return tokens;
}

QList<Sentence> Tokenizer::sentences(QStringView text, const QList<Token> &tokens,
                                     const QList<int> &paragraphStarts)
{
    QList<Sentence> result;
    const int count = int(tokens.size());
    int paragraph = 0;
    int first = 0;
    auto close = [&](int last) {
        if (last > first)
            result.append({first, last, paragraph});
        first = last;
    };
    for (int t = 0; t < count; ++t) {
        const Token &tok = tokens[t];
        // A new paragraph or a line break between tokens ends the sentence.
        if (t > first) {
            const Token &prev = tokens[t - 1];
            bool lineBreak = false;
            for (int k = prev.end; k < tok.start; ++k) {
                if (text[k] == u'\n') {
                    lineBreak = true;
                    break;
                }
            }
            if (lineBreak)
                close(t);
        }
        while (paragraph + 1 < paragraphStarts.size() && tok.start >= paragraphStarts[paragraph + 1]) {
            close(t);
            ++paragraph;
        }
        if (!tok.is(SentenceFinal))
            continue;
        // Closing quotation marks and brackets after the final mark belong to the sentence.
        int end = t + 1;
        while (end < count && tokens[end].start == tokens[end - 1].end) {
            const QChar c = text[tokens[end].start];
            if (c == u'”' || c == u'’' || c == u'"' || c == u'\'' || c == u')' || c == u'»')
                ++end;
            else
                break;
        }
        if (end < count) {
            const Token &next = tokens[end];
            const QChar nc = text[next.start];
            if (nc.isLower() || nc == u',' || nc == u';')
                continue;
        }
        close(end);
        t = end - 1;
    }
    close(count);
    return result;
}

} // namespace Lede::Core::Extraction
