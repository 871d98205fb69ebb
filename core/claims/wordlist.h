#pragma once

#include "model/span.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <utility>
#include <vector>

namespace Lede::Core::Claims {

/// A word of a sentence, lower-cased, with its place in the article (UTF-16 units).
struct Word {
    QString text; // lower case; curly apostrophes folded to '
    Span span;
    quint64 key = 0; // wordKey(text), computed once so that every list lookup skips hashing
};

/// The hash the word lists look words up by (of the lower-case text).
quint64 wordKey(QStringView lowerCaseText);

/// Splits a stretch of text into words: runs of letters and digits, keeping inner
/// apostrophes, hyphens, periods and commas between digits ("won't", "far-right", "80,000",
/// "U.S."). Everything else separates words.
QList<Word> splitWords(QStringView text, int offset = 0);

/// @p text in lower case, one UTF-16 unit for each (simple case mapping, curly apostrophes
/// folded to '), so that a word's characters sit at the word's own positions.
QString foldedForWords(QStringView text);
/// splitWords() whose words are views of @p folded, foldedForWords() of the whole text that
/// @p offset counts from, instead of copies: no allocation per word, which made up much of
/// the claim stage's time. The words must not outlive @p folded.
QList<Word> splitWordsOf(QStringView text, int offset, const QString &folded);

/// A list of words and phrases ("accused", "charged with") matched on whole words.
///
/// Lists live in resources/claims/*.txt: one entry per line, '#' starts a comment. Matching is
/// case-insensitive. Lookup is by the first word, so a list of any size costs one hash lookup
/// per word of the sentence.
class PhraseList
{
public:
    PhraseList() = default;
    explicit PhraseList(const QStringList &entries);

    /// Reads ":/claims/<name>.txt". A missing resource gives an empty list: a build mistake
    /// that the claim tests catch (every list is exercised there).
    static PhraseList fromResource(const QString &name);

    bool isEmpty() const { return m_phrases.empty(); }
    /// Where the list's phrases occur among @p words, as spans of the text; longest phrase
    /// first at each position, non-overlapping.
    QList<Span> find(const QList<Word> &words) const;
    bool matches(const QList<Word> &words) const { return !find(words).isEmpty(); }
    /// True when @p words starts with one of the phrases.
    bool matchesStart(const QList<Word> &words) const;
    /// Whether @p word (lower case) is a one-word entry.
    bool contains(const QString &word) const { return containsKey(wordKey(word)); }
    bool contains(const Word &word) const { return containsKey(word.key); }

private:
    int matchAt(const QList<Word> &words, int at) const; // words matched at @p at, or 0
    bool containsKey(quint64 key) const;
    /// Whether a word with @p key may start a phrase: a bit per key, so that most words of a
    /// sentence are turned away without a table lookup.
    bool mayStart(quint64 key) const { return m_firstWordFilter[(key >> 6) & 15] & (quint64(1) << (key & 63)); }

    /// The phrases starting with the word of @p key, longest first; empty when none.
    std::pair<const std::vector<quint64> *, const std::vector<quint64> *> phrasesStartingWith(quint64 key) const;

    // Phrases as the keys of their words, grouped by first word, longest first in each group;
    // an open-addressing table (key 0 = empty, at most half full) finds a group without the
    // pointer chasing of a node-based map.
    struct Group {
        quint64 key = 0;
        quint32 first = 0; // into m_phrases
        quint32 count = 0;
    };
    std::vector<Group> m_groups;
    std::vector<std::vector<quint64>> m_phrases;
    std::array<quint64, 16> m_firstWordFilter{};
};

} // namespace Lede::Core::Claims
