#include "review/reportingverbs.h"
#include "review/textmeasure.h"

#include <gtest/gtest.h>

#include <random>

#include "qtprinters.h"

using namespace Lede::Core;
using namespace Lede::Core::Review;

TEST(ReviewWords, CountsRunsHoldingALetterOrDigit)
{
    EXPECT_EQ(countWords(u"“We are not closing the door,”"), 6);
    EXPECT_EQ(countWords(u"more than 80,000 pending — so-called"), 5);
    EXPECT_EQ(countWords(u"  — \n “ ” "), 0);
    EXPECT_EQ(countWords(u""), 0);
}

TEST(ReviewRanges, MergesOverlapsAndIntersects)
{
    RangeSet set({Span{10, 20}, Span{0, 5}, Span{15, 30}, Span{30, 32}});
    EXPECT_EQ(set.ranges(), (QList<Span>{{0, 5}, {10, 32}}));
    const RangeSet other({Span{3, 12}, Span{31, 40}});
    EXPECT_EQ(set.intersected(other).ranges(), (QList<Span>{{3, 5}, {10, 12}, {31, 32}}));
    EXPECT_TRUE(set.overlaps(Span{4, 6}));
    EXPECT_FALSE(set.overlaps(Span{5, 10}));
}

TEST(ReviewRanges, CountsNestedSpansOnce)
{
    const QString text = QStringLiteral("He said the measures were “proportionate and humane”.");
    const int outer = int(text.indexOf(u"the measures"));
    const int inner = int(text.indexOf(u"“proportionate"));
    const RangeSet set({Span{outer, int(text.size()) - 1}, Span{inner, int(text.size()) - 1}});
    EXPECT_EQ(set.words(text), 6);
}

TEST(ReviewSentences, BreaksAtFinalMarksBeforeCapitalsAndAtLineEnds)
{
    const QString text = QStringLiteral("“That is not order.” Police said it was 80.5 per cent. the end\nNew line? Yes");
    const QList<Span> sentences = sentencesIn(text, Span{0, int(text.size())});
    QStringList texts;
    for (const Span s : sentences)
        texts.append(text.mid(s.start, s.length()));
    EXPECT_EQ(texts, (QStringList{QStringLiteral("“That is not order.”"),
                                  QStringLiteral("Police said it was 80.5 per cent. the end"),
                                  QStringLiteral("New line?"), QStringLiteral("Yes")}));
}

TEST(ReportingVerbsTest, ClassifiesByWholeCueThenFirstWords)
{
    const ReportingVerbs verbs = ReportingVerbs::parse(QStringLiteral(
        "# comment\nsaid neutral\ntold neutral\naccording to neutral\nclaimed loaded casts doubt\n"
        "pointed out loaded settled fact\n"));
    EXPECT_EQ(verbs.size(), 5);
    EXPECT_EQ(verbs.classify(QStringLiteral("told reporters")).tone, VerbTone::Neutral);
    EXPECT_EQ(verbs.classify(QStringLiteral("According  to")).tone, VerbTone::Neutral);
    EXPECT_EQ(verbs.classify(QStringLiteral("Pointed out that")).tone, VerbTone::Loaded);
    EXPECT_EQ(verbs.classify(QStringLiteral("claimed")).why, QStringLiteral("casts doubt"));
    EXPECT_EQ(verbs.classify(QStringLiteral("whispered")).tone, VerbTone::Other);
    EXPECT_EQ(verbs.classify(QString()).tone, VerbTone::Other);
}

TEST(ReportingVerbsTest, BundledListLoadsAndSeparatesSaidFromClaimed)
{
    const ReportingVerbs &verbs = ReportingVerbs::bundled();
    EXPECT_GT(verbs.size(), 50);
    EXPECT_EQ(verbs.classify(QStringLiteral("said")).tone, VerbTone::Neutral);
    for (const char *loaded : {"claimed", "admitted", "insisted", "denied", "conceded"})
        EXPECT_EQ(verbs.classify(QString::fromLatin1(loaded)).tone, VerbTone::Loaded) << loaded;
}

TEST(TextMeasure, RangeSetMergesSpansAddedInAnyOrderLikeAFreshSort)
{
    // Against the obvious answer: mark every covered position, read the runs back.
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        RangeSet set;
        std::vector<bool> covered(120, false);
        for (int i = 0; i < 12; ++i) {
            const int start = int(random() % 100);
            const Span span{start, start + int(random() % 20)};
            set.add(span);
            for (int p = span.start; p < span.end; ++p)
                covered[std::size_t(p)] = true;
        }
        QList<Span> expected;
        for (int p = 0; p < 120; ++p) {
            if (!covered[std::size_t(p)])
                continue;
            // Ranges that touch are one range, as when added.
            if (!expected.isEmpty() && expected.last().end == p)
                ++expected.last().end;
            else
                expected.append(Span{p, p + 1});
        }
        ASSERT_EQ(set.ranges(), expected) << "round " << round;
    }
}
