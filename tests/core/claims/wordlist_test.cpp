#include "claims/claimfeatures.h"
#include "claims/wordlist.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core;
using namespace Lede::Core::Claims;

namespace {

QStringList texts(const QList<Word> &words)
{
    QStringList out;
    for (const Word &w : words)
        out.append(w.text);
    return out;
}

} // namespace

TEST(ClaimWords, KeepsContractionsFiguresAndAbbreviationsWhole)
{
    const QList<Word> words = splitWords(u"The U.S. won’t pay 80,000 far-right voters 3.5 euros.");
    EXPECT_EQ(texts(words), (QStringList{QStringLiteral("the"), QStringLiteral("u.s."), QStringLiteral("won't"), QStringLiteral("pay"), QStringLiteral("80,000"),
                                         QStringLiteral("far-right"), QStringLiteral("voters"), QStringLiteral("3.5"), QStringLiteral("euros")}));
}

TEST(ClaimWords, SpansPointIntoTheText)
{
    const QString text = QStringLiteral("  Said: “no.”");
    const QList<Word> words = splitWords(text, 100);
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0].span, (Span{102, 106}));
    EXPECT_EQ(words[1].span, (Span{109, 111}));
}

TEST(ClaimWords, CommasAndPeriodsBetweenWordsSeparate)
{
    EXPECT_EQ(texts(splitWords(u"rain,wind.Then")), (QStringList{QStringLiteral("rain"), QStringLiteral("wind"), QStringLiteral("then")}));
}

TEST(ClaimWords, WordsOfAFoldedTextMatchTheCopiedOnesAndShareItsCharacters)
{
    const QString text = QStringLiteral("Intro. The U.S. won’t pay 80,000 Ärzte in MÜNCHEN 3.5 euros.");
    const QString folded = foldedForWords(text);
    ASSERT_EQ(folded.size(), text.size());
    const int from = 7; // the second sentence, as the claim stage passes one
    const QStringView sentence = QStringView(text).mid(from);
    const QList<Word> copied = splitWords(sentence, from);
    const QList<Word> shared = splitWordsOf(sentence, from, folded);
    EXPECT_EQ(texts(shared), texts(copied));
    ASSERT_EQ(shared.size(), copied.size());
    for (qsizetype i = 0; i < shared.size(); ++i) {
        EXPECT_EQ(shared[i].span, copied[i].span);
        // A view of the folded text at the word's own place, not a copy.
        EXPECT_EQ(shared[i].text.constData(), folded.constData() + shared[i].span.start);
    }
}

TEST(ClaimPhraseList, LongestPhraseWinsAndMatchesAreWholeWords)
{
    const PhraseList list({QStringLiteral("because"), QStringLiteral("because of"), QStringLiteral("led to")});
    const QString text = QStringLiteral("Delays because of rain led to chaos; misled toddlers.");
    const QList<Span> found = list.find(splitWords(text));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(text.mid(found[0].start, found[0].length()), QStringLiteral("because of"));
    EXPECT_EQ(text.mid(found[1].start, found[1].length()), QStringLiteral("led to"));
    EXPECT_TRUE(list.contains(QStringLiteral("because")));
    EXPECT_FALSE(list.contains(QStringLiteral("led"))); // only as part of "led to"
    EXPECT_TRUE(list.matchesStart(splitWords(u"Because it rained")));
    EXPECT_FALSE(list.matchesStart(splitWords(u"It rained because")));
}

TEST(ClaimLexicon, EveryBuiltInListIsCompiledIn)
{
    const ClaimLexicon &l = ClaimLexicon::instance();
    for (const PhraseList *list : {&l.accusation, &l.prediction, &l.cause, &l.comparison, &l.opinion,
                                   &l.pastVerbs, &l.numberWords, &l.vagueHolders, &l.notClaims,
                                   &l.accusingVerbs})
        EXPECT_FALSE(list->isEmpty());
    EXPECT_TRUE(l.accusation.matches(splitWords(u"He was charged with fraud")));
    EXPECT_TRUE(l.vagueHolders.contains(QStringLiteral("critics")));
}
