#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Lede::Core::Extraction {

/// Shape bits of a token.
enum TokenShape : quint16 {
    Word = 1 << 0,       // starts with a letter
    Number = 1 << 1,     // starts with a digit
    Capitalised = 1 << 2,
    AllCaps = 1 << 3,    // at least two letters, none lower case ("AP", "U.S.")
    Punct = 1 << 4,
    QuoteMark = 1 << 5,  // " “ ” ‘ ’ « » ' standing alone
    Hyphenated = 1 << 6,
    EndsWithPeriod = 1 << 7, // abbreviation or initial that kept its period ("Mr.", "J.", "U.S.")
    SentenceFinal = 1 << 8,  // . ! ? …
    Possessive = 1 << 9,     // the "'s" split from a name
    NoLower = 1 << 10,       // no lower-case letter ("AP", "G7", "U.S.")
};

/// A token: a half-open UTF-16 range plus its shape and its lexicon word id (-1: unknown).
struct Token {
    int start = 0;
    int end = 0;
    int word = -1;
    quint16 shape = 0;
    bool is(TokenShape s) const { return shape & s; }
};

/// A sentence: a range of tokens [first, last) within one line of one paragraph.
struct Sentence {
    int first = 0;
    int last = 0;
    int paragraph = 0;
};

/// Splits text into word, number, punctuation and quotation-mark tokens by scanning QChars.
///
/// Keeps "U.S.", "J.", "Mr.", "al-Qaeda", "80,000" and "don't" whole, splits the possessive
/// "'s" off a name. Linear in the text; no regular expressions.
class Tokenizer
{
public:
    /// @p abbreviations: lower-case words without their period after which a period belongs
    /// to the word ("mr", "gen").
    explicit Tokenizer(const QSet<QString> *abbreviations = nullptr)
        : m_abbreviations(abbreviations)
    {}

    QList<Token> tokenize(QStringView text, int offset = 0) const;

    /// Groups tokens into sentences. A line break always ends a sentence; so does . ! ? when
    /// the next token does not start in lower case. @p paragraphStarts: UTF-16 offsets where
    /// paragraphs start, ascending.
    static QList<Sentence> sentences(QStringView text, const QList<Token> &tokens,
                                     const QList<int> &paragraphStarts);

    static bool isQuoteChar(QChar c);
    static bool isOpeningQuote(QChar c) { return c == u'“' || c == u'‘' || c == u'«'; }
    static bool isClosingQuote(QChar c) { return c == u'”' || c == u'’' || c == u'»'; }

private:
    bool isAbbreviation(QStringView word) const;
    const QSet<QString> *m_abbreviations;
};

} // namespace Lede::Core::Extraction
