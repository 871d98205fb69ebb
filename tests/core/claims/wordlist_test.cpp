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
    EXPECT_EQ(texts(words), (QStringList{u"the"_qs, u"u.s."_qs, u"won't"_qs, u"pay"_qs, u"80,000"_qs,
                                         u"far-right"_qs, u"voters"_qs, u"3.5"_qs, u"euros"_qs}));
}

TEST(ClaimWords, SpansPointIntoTheText)
{
    const QString text = u"  Said: “no.”"_qs;
    const QList<Word> words = splitWords(text, 100);
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0].span, (Span{102, 106}));
    EXPECT_EQ(words[1].span, (Span{109, 111}));
}

TEST(ClaimWords, CommasAndPeriodsBetweenWordsSeparate)
{
    EXPECT_EQ(texts(splitWords(u"rain,wind.Then")), (QStringList{u"rain"_qs, u"wind"_qs, u"then"_qs}));
}

TEST(ClaimPhraseList, LongestPhraseWinsAndMatchesAreWholeWords)
{
    const PhraseList list({u"because"_qs, u"because of"_qs, u"led to"_qs});
    const QString text = u"Delays because of rain led to chaos; misled toddlers."_qs;
    const QList<Span> found = list.find(splitWords(text));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(text.mid(found[0].start, found[0].length()), u"because of"_qs);
    EXPECT_EQ(text.mid(found[1].start, found[1].length()), u"led to"_qs);
    EXPECT_TRUE(list.contains(u"because"_qs));
    EXPECT_FALSE(list.contains(u"led"_qs)); // only as part of "led to"
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
    EXPECT_TRUE(l.vagueHolders.contains(u"critics"_qs));
}
