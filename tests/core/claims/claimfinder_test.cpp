#include "claimscoring.h"
#include "labelset.h"

#include "claims/claimfinder.h"
#include "extract/extractor.h"

#include "qtprinters.h"
#include "testpaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Lede;
using namespace Lede::Core;

namespace {

const Extractor &extractor()
{
    static const Extractor e;
    return e;
}

QList<Annotation> claimsOf(const QString &text)
{
    return ClaimFinder{}.find(text, extractor().extract(text));
}

/// The claim whose sentence starts with @p opening, or nullptr.
const Annotation *claimStarting(const QString &text, const QList<Annotation> &claims, const QString &opening)
{
    for (const Annotation &c : claims) {
        if (QStringView(text).mid(c.span.start).startsWith(opening))
            return &c;
    }
    return nullptr;
}

} // namespace

TEST(ClaimFinder, AnnotationsFollowTheConventions)
{
    const QString text = u"Fire in the harbour\n\nA fire destroyed 40 boats in Hamburg on Monday.\n"_qs;
    const QList<Annotation> claims = claimsOf(text);
    ASSERT_EQ(claims.size(), 1);
    const Annotation &c = claims[0];
    EXPECT_EQ(c.layer, Layer::Claim);
    EXPECT_EQ(c.label, u"NUMBER"_qs);
    EXPECT_EQ(text.mid(c.span.start, c.span.length()), u"A fire destroyed 40 boats in Hamburg on Monday."_qs);
    EXPECT_EQ(c.status, Status::Suggested);
    EXPECT_EQ(c.origin.rule, u"claim.number"_qs);
    EXPECT_EQ(c.origin.version, Extractor::version());
    EXPECT_EQ(c.id, ClaimFinder::claimId(c.label, c.span));
    EXPECT_TRUE(c.id.startsWith(u's') && c.id.size() == 11);
    EXPECT_EQ(c.attribute(u"holderKind"_qs), u"author"_qs);
    EXPECT_EQ(c.attribute(u"backing"_qs), u"none"_qs);
    const double score = c.attribute(u"checkworthiness"_qs).toDouble();
    EXPECT_GE(score, 0.5);
    EXPECT_LE(score, 1.0);
    EXPECT_EQ(c.attribute(u"checkworthiness"_qs).section(u'.', 1).size(), 2);
}

TEST(ClaimFinder, IdsHashKindAndSpan)
{
    EXPECT_EQ(ClaimFinder::claimId(u"EVENT"_qs, {10, 20}), ClaimFinder::claimId(u"EVENT"_qs, {10, 20}));
    EXPECT_NE(ClaimFinder::claimId(u"EVENT"_qs, {10, 20}), ClaimFinder::claimId(u"NUMBER"_qs, {10, 20}));
    EXPECT_NE(ClaimFinder::claimId(u"EVENT"_qs, {10, 20}), ClaimFinder::claimId(u"EVENT"_qs, {10, 21}));
}

TEST(ClaimFinder, HeadlinesQuestionsOpinionAndCallsToActionAreNotClaims)
{
    const QString text = u"Minister resigns after 20 years in office\n\n"
                         "The minister resigned on Friday after 20 years in office. Will anyone miss him? "
                         "It is a sad day and we should all be ashamed.\n\n"
                         "Sign up for our newsletter to get 10 stories every morning.\n"_qs;
    const QList<Annotation> claims = claimsOf(text);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_TRUE(claimStarting(text, claims, u"The minister resigned"_qs));
}

TEST(ClaimFinder, UnbackedAccusationInTheAuthorsVoiceIsFlagged)
{
    const QString text = u"Group wins contract\n\n"
                         "The Nordhafen Group, which has ties to organised crime, won the contract in May.\n\n"
                         "The firm allegedly bribed two officials.\n"_qs;
    const QList<Annotation> claims = claimsOf(text);
    const Annotation *own = claimStarting(text, claims, u"The Nordhafen Group"_qs);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->label, u"ACCUSATION"_qs);
    EXPECT_EQ(own->attribute(u"holderKind"_qs), u"author"_qs);
    EXPECT_EQ(own->attribute(u"backing"_qs), u"none"_qs);
    EXPECT_EQ(own->attribute(u"flag"_qs), u"unbacked-accusation"_qs);
    const Annotation *hedged = claimStarting(text, claims, u"The firm allegedly"_qs);
    ASSERT_TRUE(hedged);
    EXPECT_EQ(hedged->label, u"ACCUSATION"_qs);
    EXPECT_EQ(hedged->attribute(u"backing"_qs), u"hedged"_qs);
    EXPECT_TRUE(hedged->attribute(u"flag"_qs).isEmpty());
}

TEST(ClaimFinder, AccusersHoldTheirAccusations)
{
    const QString text = u"Row over contracts\n\n"
                         "Opposition leader Miriam Okafor accused the minister of lying to parliament about the cost.\n"_qs;
    const QList<Annotation> claims = claimsOf(text);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims[0].label, u"ACCUSATION"_qs);
    EXPECT_EQ(claims[0].attribute(u"holder"_qs), u"Miriam Okafor"_qs);
    EXPECT_EQ(claims[0].attribute(u"backing"_qs), u"named"_qs);
    EXPECT_TRUE(claims[0].attribute(u"flag"_qs).isEmpty());
    EXPECT_FALSE(claims[0].link(u"holder"_qs).isEmpty());
}

TEST(ClaimFinder, ModelWeightsDecide)
{
    // A model that finds every sentence check-worthy, and one that finds none.
    const QString text = u"Talks\n\nIt is a sad day.\n"_qs;
    const ExtractionResult found = extractor().extract(text);
    EXPECT_EQ(ClaimFinder(Claims::ClaimModel::parse(u"bias 5"_qs).value()).find(text, found).size(), 1);
    EXPECT_TRUE(ClaimFinder(Claims::ClaimModel::parse(u"bias -5\nnumber 20"_qs).value()).find(text, found).isEmpty());
    const QList<ScoredSentence> scored = ClaimFinder{}.score(text, found);
    ASSERT_EQ(scored.size(), 2);
    EXPECT_EQ(scored[0].skipped, u"zone HEADLINE"_qs);
    EXPECT_TRUE(scored[1].skipped.isEmpty());
    EXPECT_LT(scored[1].score, 0.5);
}

TEST(ClaimFinder, SampleArticleHoldersAndBacking)
{
    QFile file(Lede::Test::sourcePath(u"resources/samples/brenner-asylum.txt"_qs));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const ExtractionResult found = extractor().extract(text);
    const QList<Annotation> claims = ClaimFinder{}.find(text, found);

    // Nothing outside the body is a claim.
    for (const Annotation &zone : found.annotations) {
        if (zone.layer != Layer::Zone || zone.label == u"BODY")
            continue;
        for (const Annotation &c : claims)
            EXPECT_FALSE(zone.span.overlaps(c.span)) << zone.label.toStdString() << " " << c.span.start;
    }
    struct Expected {
        QString opening, holder, holderKind, backing;
    };
    const QList<Expected> expected = {
        {u"According to the Associated Press"_qs, u"Associated Press"_qs, u"source"_qs, u"outlet"_qs},
        {u"Reuters reported"_qs, u"Reuters"_qs, u"source"_qs, u"outlet"_qs},
        {u"Bavaria's premier reportedly"_qs, u"Bavaria's premier"_qs, u"quoted"_qs, u"hedged"_qs},
        {u"Okafor argued"_qs, u"Miriam Okafor"_qs, u"quoted"_qs, u"named"_qs},
        {u"A senior official"_qs, u"A senior official"_qs, u"quoted"_qs, u"anonymous"_qs},
        {u"The ministry has allegedly"_qs, u"Der Spiegel"_qs, u"source"_qs, u"outlet"_qs},
        {u"A Commission spokesperson"_qs, u"Marta Ruiz"_qs, u"quoted"_qs, u"named"_qs},
        {u"Critics say"_qs, u"Critics"_qs, u"quoted"_qs, u"anonymous"_qs},
        {u"The Bundestag is expected"_qs, u"author"_qs, u"author"_qs, u"none"_qs},
        {u"Interior Minister Olaf Brenner on Tuesday"_qs, u"Olaf Brenner"_qs, u"quoted"_qs, u"named"_qs},
    };
    for (const Expected &e : expected) {
        const Annotation *c = claimStarting(text, claims, e.opening);
        ASSERT_TRUE(c) << e.opening.toStdString();
        EXPECT_EQ(c->attribute(u"holder"_qs), e.holder) << e.opening.toStdString();
        EXPECT_EQ(c->attribute(u"holderKind"_qs), e.holderKind) << e.opening.toStdString();
        EXPECT_EQ(c->attribute(u"backing"_qs), e.backing) << e.opening.toStdString();
        if (e.holderKind == u"quoted") {
            EXPECT_FALSE(c->link(u"holder"_qs).isEmpty()) << e.opening.toStdString();
        }
    }
    EXPECT_EQ(claimStarting(text, claims, u"The ministry has allegedly"_qs)->label, u"ACCUSATION"_qs);
    EXPECT_FALSE(claimStarting(text, claims, u"Okafor argued"_qs)->link(u"quote"_qs).isEmpty());
    // Slogans and stances in quotes are not check-worthy; the sample has no unbacked accusation.
    EXPECT_FALSE(claimStarting(text, claims, u"That is chaos"_qs));
    EXPECT_FALSE(claimStarting(text, claims, u"“We are putting a lock"_qs));
    for (const Annotation &c : claims)
        EXPECT_TRUE(c.attribute(u"flag"_qs).isEmpty()) << c.span.start;
}

TEST(ClaimFinder, TuningLabelsStayAboveTheTarget)
{
    // A regression guard on the labels the weights were set on (the held-out figures come
    // from lede_claims_eval, see docs/claims.md).
    QString error;
    const auto texts = Lede::Test::readOwnSentences(Lede::Test::sourcePath(u"tests/data/claims/own-tuning.txt"_qs), u"tuning"_qs, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    Lede::Test::ClaimScores scores;
    for (const Lede::Test::LabelledText &t : texts)
        scores.add(Lede::Test::scoreClaims(t, claimsOf(t.text)));
    EXPECT_GE(scores.f1(), 0.9);
    EXPECT_GE(scores.holderAccuracy(), 0.9);
    EXPECT_GE(scores.backingAccuracy(), 0.85);
}
