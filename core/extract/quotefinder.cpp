#include "extract/quotefinder.h"

#include <algorithm>

namespace Lede::Core::Extraction {

namespace {

constexpr int kMaxDepth = 4;

enum class Family { Double, Single };

struct Open {
    int token;
    Family family;
    bool straight;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Whether the first quotation mark of a paragraph is a closing double one: a ” or a straight
// " after a word or punctuation and before a space, punctuation or the paragraph's end.
bool closesFirst(const Document &doc, const Paragraph &p)
{
    for (int t = p.firstToken; t < p.lastToken; ++t) {
        const Token &tok = doc.tokens[t];
        if (!tok.is(QuoteMark))
            continue;
        const QChar c = doc.text[tok.start];
        if (c == u'”')
            return true;
        if (c != u'"' || t == p.firstToken)
            return false;
        const QChar before = doc.text[tok.start - 1];
        const QChar after = tok.end < doc.text.size() ? doc.text[tok.end] : QChar(u' ');
        return !before.isSpace() && (after.isSpace() || after.isPunct());
    }
    return false;
}

} // namespace

QList<QuoteFinder::Pair> QuoteFinder::pairMarks(const Document &doc) const
{
    QList<Pair> pairs;
    const QStringView text = doc.text;
    QList<Open> stack;
    for (int pi = 0; pi < doc.paragraphs.size(); ++pi) {
        const Paragraph &p = doc.paragraphs[pi];
        // A quote left open continues only if this paragraph opens with a mark.
        bool continued = false;
        if (!stack.isEmpty()) {
            const bool opensWithMark = p.firstToken < p.lastToken
                && doc.tokens[p.firstToken].is(QuoteMark)
                && !Tokenizer::isClosingQuote(text[doc.tokens[p.firstToken].start]);
            if (opensWithMark && stack.first().family == Family::Double) {
                stack.resize(1);
                continued = true;
            } else if (stack.first().family == Family::Double && closesFirst(doc, p)) {
                // A line break inside a quote: the paragraph's first mark closes it
                // ("... felt good out there.\n\nWe could've scored early.\" After ...").
                stack.resize(1);
            } else {
                stack.clear();
            }
        }
        for (int t = p.firstToken; t < p.lastToken; ++t) {
            const Token &tok = doc.tokens[t];
            if (!tok.is(QuoteMark))
                continue;
            if (continued && t == p.firstToken)
                continue; // the reopening mark of a continued quote
            const QChar c = text[tok.start];
            const QChar before = tok.start > 0 ? text[tok.start - 1] : QChar(u' ');
            const QChar after = tok.end < text.size() ? text[tok.end] : QChar(u' ');
            const bool spaceBefore = before.isSpace() || before == u'(' || before == u'—'
                || before == u'[' || Tokenizer::isQuoteChar(before);
            bool open = false, close = false;
            Family family = Family::Double;
            bool straight = false;
            switch (c.unicode()) {
            case u'“': case u'«': case u'„':
                open = true;
                break;
            case u'”': case u'»':
                close = true;
                break;
            case u'‘':
                open = true;
                family = Family::Single;
                break;
            case u'’':
                close = true;
                family = Family::Single;
                break;
            case u'"':
            {
                straight = true;
                // A straight mark closes an open double quote, else it opens one, unless it
                // is shaped like a closing mark (after a word, before a space): then it is a
                // stray mark ("When a young girl," the family moved) that would put every
                // later pair of the paragraph out of step.
                open = true;
                for (const Open &o : std::as_const(stack))
                    if (o.family == Family::Double)
                        open = false;
                close = !open;
                const bool closingShape = !spaceBefore && (after.isSpace() || after.isPunct());
                if (open && closingShape)
                    open = false;
                break;
            }
            case u'\'':
                straight = true;
                family = Family::Single;
                if (spaceBefore && isWordChar(after))
                    open = true;
                else if (!spaceBefore)
                    close = true;
                break;
            default:
                break;
            }
            if (open) {
                if (stack.size() < kMaxDepth)
                    stack.append({t, family, straight});
                continue;
            }
            if (!close)
                continue;
            // Find the innermost open mark of the same family.
            int k = int(stack.size()) - 1;
            while (k >= 0 && stack[k].family != family)
                --k;
            if (k < 0)
                continue; // an apostrophe or a stray mark
            pairs.append({stack[k].token, t, k});
            stack.resize(k);
        }
    }
    return pairs;
}

void QuoteFinder::classify(Document &doc, const Pair &pair) const
{
    QuoteFound q;
    q.span = {doc.tokens[pair.open].start, doc.tokens[pair.close].end};
    q.firstToken = pair.open + 1;
    q.lastToken = pair.close;
    q.paragraph = doc.paragraphOf(pair.open);
    q.openEnded = doc.paragraphOf(pair.close) != q.paragraph;
    int words = 0;
    bool sentenceInside = false;
    bool commaInside = false; // only a comma closes it: "“The Long Rally,” which premieres"
    bool capitalisedWords = true;
    for (int t = q.firstToken; t < q.lastToken; ++t) {
        const Token &tok = doc.tokens[t];
        if (tok.is(Word) || tok.is(Number)) {
            ++words;
            if (tok.is(Word) && !tok.is(Capitalised) && !(m_lexicon.flags(tok.word) & NameConnector))
                capitalisedWords = false;
        }
        if (tok.is(SentenceFinal))
            sentenceInside = true;
        else if (t == q.lastToken - 1 && doc.text[tok.start] == u',')
            commaInside = true;
    }
    // A comma before the closing mark ends a quoted clause ("“We will stay,” she said"), not a
    // title the sentence goes on after ("a documentary, “The Long Rally,” which premieres").
    const int after = pair.close + 1;
    // "the slogan, “Fix It First,” appears on": any word in lower case but a pronoun.
    bool sentenceGoesOn = after < doc.tokens.size() && doc.tokens[after].is(Word)
        && ((m_lexicon.flags(doc.tokens[after].word) & CommonWord) || !doc.tokens[after].is(Capitalised))
        && !(m_lexicon.flags(doc.tokens[after].word) & PronounWord);
    for (int t = after; sentenceGoesOn && t < doc.tokens.size() && t < after + 4; ++t)
        sentenceGoesOn = !(m_lexicon.flags(doc.tokens[t].word) & SpeechVerb); // "“Come Home,” the mayor said"
    const bool titleWithComma = commaInside && capitalisedWords && sentenceGoesOn;
    sentenceInside = sentenceInside || (commaInside && !titleWithComma);
    if (words == 0)
        return;
    // What precedes the opening mark decides between a quote that starts a clause and one
    // embedded in the author's sentence.
    bool clauseStart = pair.open == doc.paragraphs[q.paragraph].firstToken;
    if (!clauseStart) {
        const QChar prev = doc.text[doc.tokens[pair.open - 1].start];
        clauseStart = prev == u':' || prev == u',' || doc.tokens[pair.open - 1].is(SentenceFinal)
            || doc.tokens[pair.open - 1].is(QuoteMark) || prev == u'(' || prev == u'—';
    }
    const bool soCalled = pair.open > 0 && doc.textOf(doc.tokens[pair.open - 1]).compare(u"so-called", Qt::CaseInsensitive) == 0;
    if (pair.depth > 0) {
        q.label = words <= 4 ? QStringLiteral("SCARE") : QStringLiteral("DIRECT");
        q.rule = QStringLiteral("quote.nested");
    } else if (soCalled || (capitalisedWords && words <= 6 && !sentenceInside)) {
        q.label = QStringLiteral("SCARE");
        q.rule = soCalled ? QStringLiteral("quote.socalled") : QStringLiteral("quote.title");
    } else if (clauseStart && (sentenceInside || words >= 4)) {
        q.label = QStringLiteral("DIRECT");
        q.rule = QStringLiteral("quote.direct");
    } else {
        q.label = QStringLiteral("PARTIAL");
        q.rule = QStringLiteral("quote.partial");
    }
    doc.quotes.append(q);
}

void QuoteFinder::run(Document &doc) const
{
    QList<Pair> pairs = pairMarks(doc);
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.open < b.open; });
    for (const Pair &p : std::as_const(pairs))
        classify(doc, p);
}

} // namespace Lede::Core::Extraction
