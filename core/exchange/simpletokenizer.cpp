#include "exchange/simpletokenizer.h"

#include <QSet>

namespace Lede::Core {
namespace {

char32_t codePointAt(const QString &text, int i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1]);
    return c.unicode();
}

int width(char32_t cp)
{
    return QChar::requiresSurrogates(cp) ? 2 : 1;
}

bool isWordChar(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

bool isInnerJoiner(char32_t cp)
{
    return cp == u'\'' || cp == u'’' || cp == u'-' || cp == u'.' || cp == u',' || cp == u'\u00AD';
}

bool attachesToSymbol(char32_t cp)
{
    return QChar::isMark(cp) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x200D;
}

bool endsSentence(const QString &token)
{
    return token == u"." || token == u"!" || token == u"?" || token == u"…";
}

bool closesQuote(const QString &token)
{
    return token == u"\"" || token == u"”" || token == u"’" || token == u"'" || token == u")"
           || token == u"»" || token == u"]";
}

bool startsSentence(const QString &token)
{
    const char32_t cp = codePointAt(token, 0);
    if (QChar::isLetter(cp))
        return !QChar::isLower(cp); // upper case, or a script without case (Arabic, Hebrew, CJK)
    if (QChar::isPunct(cp))
        return token == u"\"" || token == u"“" || token == u"‘" || token == u"«" || token == u"(";
    return true; // digits, symbols, emoji
}

bool isAbbreviation(const QString &word)
{
    static const QSet<QString> abbreviations{
        QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"), QStringLiteral("Dr"),
        QStringLiteral("Prof"), QStringLiteral("St"), QStringLiteral("Gen"), QStringLiteral("Sen"),
        QStringLiteral("Rep"), QStringLiteral("Gov"), QStringLiteral("Lt"), QStringLiteral("Col"),
        QStringLiteral("Jr"), QStringLiteral("Sr"), QStringLiteral("vs"), QStringLiteral("No"),
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Aug"), QStringLiteral("Sept"),
        QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec"), QStringLiteral("e.g"),
        QStringLiteral("i.e"), QStringLiteral("U.S"), QStringLiteral("U.K")};
    return abbreviations.contains(word) || (word.size() == 1 && word[0].isUpper());
}

} // namespace

QList<Span> SimpleTokenizer::tokens(const QString &text)
{
    QList<Span> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const char32_t cp = codePointAt(text, i);
        if (QChar::isSpace(cp) || cp == 0xFEFF || cp == 0x200B) {
            i += width(cp);
            continue;
        }
        const int start = i;
        i += width(cp);
        if (isWordChar(cp)) {
            while (i < n) {
                const char32_t next = codePointAt(text, i);
                if (isWordChar(next)) {
                    i += width(next);
                } else if (isInnerJoiner(next) && i + 1 < n && isWordChar(codePointAt(text, i + 1))) {
                    i += width(next);
                } else {
                    break;
                }
            }
        } else {
            while (i < n) {
                const char32_t next = codePointAt(text, i);
                if (!attachesToSymbol(next))
                    break;
                i += width(next);
                if (next == 0x200D && i < n) // a joined emoji continues with the next code point
                    i += width(codePointAt(text, i));
            }
        }
        out.append(Span{start, i});
    }
    return out;
}

QList<SimpleTokenizer::Sentence> SimpleTokenizer::sentences(const QString &text)
{
    const QList<Span> all = tokens(text);
    QList<Sentence> out;
    Sentence current;
    auto tokenText = [&](const Span &s) { return text.mid(s.start, s.length()); };
    for (qsizetype k = 0; k < all.size(); ++k) {
        current.append(all[k]);
        if (k + 1 == all.size())
            break;
        const Span next = all[k + 1];
        const bool lineBreak = [&] {
            for (int p = all[k].end; p < next.start; ++p)
                if (text[p] == u'\n' || text[p] == u'\r' || text[p] == QChar(0x2029))
                    return true;
            return false;
        }();
        bool boundary = lineBreak;
        if (!boundary) {
            // The sentence mark may be followed by closing quotes: "... door.” Brenner said"
            qsizetype mark = k;
            while (mark > 0 && closesQuote(tokenText(all[mark])))
                --mark;
            const bool spaced = next.start > all[k].end;
            if (endsSentence(tokenText(all[mark])) && spaced && startsSentence(tokenText(next))) {
                const bool abbreviation = tokenText(all[mark]) == u"." && mark > 0
                                          && all[mark - 1].end == all[mark].start
                                          && isAbbreviation(tokenText(all[mark - 1]));
                boundary = !abbreviation;
            }
        }
        if (boundary) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace Lede::Core
