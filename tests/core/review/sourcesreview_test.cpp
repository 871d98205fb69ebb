#include "review/review.h"

#include "reviewfixture.h"

#include <gtest/gtest.h>

#include "qtprinters.h"

using namespace Lede::Core;
using namespace Lede::Core::Review;
using Lede::Test::links;
using Lede::Test::ReviewFixture;

TEST(SourcesReview, OutletsStatementsHedgesAndAuthorStatements)
{
    ReviewFixture f(QStringLiteral("According to Reuters, prices rose. Prices reportedly fell, allegedly. "
                                   "Officials said so. Reuters is big."));
    f.addEntity(QStringLiteral("E2"), QStringLiteral("Reuters"), QStringLiteral("ORG"));
    const QString mention = f.add(Layer::Entity, QStringLiteral("ORG"), QStringLiteral("Reuters"), 0,
                                  links({{"entity", "E2"}}));
    const QString outlet = f.add(Layer::Source, QStringLiteral("OUTLET"), QStringLiteral("Reuters"), 0,
                                 links({{"entity", "E2"}, {"outlet", mention}}));
    const QString cue = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("According to"));
    const QString quote = f.add(Layer::Quote, QStringLiteral("INDIRECT"), QStringLiteral("prices rose"), 0,
                                links({{"outlet", mention}, {"speaker", mention}, {"cue", cue}}));
    const QString officials = f.add(Layer::Source, QStringLiteral("ANONYMOUS"), QStringLiteral("Officials"));
    const QString said = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("said"));
    const QString so = f.add(Layer::Quote, QStringLiteral("INDIRECT"), QStringLiteral("so"), 0,
                             links({{"speaker", officials}, {"cue", said}}));
    const QString h1 = f.add(Layer::Hedge, QStringLiteral("HEDGE"), QStringLiteral("reportedly"));
    const QString h2 = f.add(Layer::Hedge, QStringLiteral("HEDGE"), QStringLiteral("allegedly"));

    const SourceStats stats = computeSources(f.set(), f.text());
    ASSERT_EQ(stats.outlets.size(), 1);
    EXPECT_EQ(stats.outlets[0].name, QStringLiteral("Reuters"));
    EXPECT_EQ(stats.outlets[0].mentions, 1);
    EXPECT_EQ(stats.outlets[0].statements, 1);
    EXPECT_EQ(stats.outlets[0].ids, (QStringList{outlet, quote}));
    ASSERT_EQ(stats.anonymous.size(), 1);
    EXPECT_EQ(stats.anonymous[0].name, QStringLiteral("Officials"));
    EXPECT_EQ(stats.anonymous[0].statements, 1);
    EXPECT_EQ(stats.anonymous[0].ids, (QStringList{officials, so}));

    ASSERT_EQ(stats.hedges.size(), 2);
    EXPECT_EQ(stats.hedges[0].word, QStringLiteral("reportedly"));
    EXPECT_EQ(stats.hedges[0].sentenceText, QStringLiteral("Prices reportedly fell, allegedly."));
    EXPECT_EQ(stats.hedgedSentences, 1);

    ASSERT_EQ(stats.unattributed.size(), 2);
    EXPECT_EQ(stats.unattributed[0].text, QStringLiteral("Prices reportedly fell, allegedly."));
    EXPECT_EQ(stats.unattributed[0].hedgeIds, (QStringList{h1, h2}));
    EXPECT_EQ(stats.unattributed[0].zone, QStringLiteral("BODY"));
    // A mention of an outlet that no source annotation marks attributes nothing.
    EXPECT_EQ(stats.unattributed[1].text, QStringLiteral("Reuters is big."));
}

TEST(VoiceMapReview, LoadedWordsByVoiceAndHeadlineCallout)
{
    ReviewFixture f(QStringLiteral("Shameless plan\n\nThe shameless plan, “a disgraceful mess,” she said, is very costly.\n"));
    f.add(Layer::Zone, QStringLiteral("HEADLINE"), QStringLiteral("Shameless plan"));
    f.add(Layer::Zone, QStringLiteral("BODY"), QStringLiteral("The shameless plan, “a disgraceful mess,” she said, is very costly."));
    const QMap<QString, QString> author{{QStringLiteral("voice"), QStringLiteral("author")}};
    const QString headlineWord = f.add(Layer::Loaded, QStringLiteral("LOADED"), QStringLiteral("Shameless"), 0, {}, author);
    f.add(Layer::Loaded, QStringLiteral("LOADED"), QStringLiteral("shameless"), 0, {}, author);
    f.add(Layer::Loaded, QStringLiteral("INTENSIFIER"), QStringLiteral("very"), 0, {}, author);
    // No voice attribute: inside a direct quote, so quoted.
    f.add(Layer::Loaded, QStringLiteral("LOADED"), QStringLiteral("disgraceful"));
    f.add(Layer::Quote, QStringLiteral("DIRECT"), QStringLiteral("“a disgraceful mess,”"));

    const VoiceMap map = computeVoiceMap(f.set(), f.text());
    EXPECT_EQ(map.author, 3);
    EXPECT_EQ(map.quoted, 1);
    ASSERT_EQ(map.authorWords.size(), 2);
    EXPECT_EQ(map.authorWords[0].word, QStringLiteral("shameless"));
    EXPECT_EQ(map.authorWords[0].count, 2);
    EXPECT_EQ(map.authorWords[1].word, QStringLiteral("very"));
    EXPECT_EQ(map.authorWords[1].intensifiers, 1);
    EXPECT_EQ(map.quotedWords[0].word, QStringLiteral("disgraceful"));
    ASSERT_EQ(map.callouts.size(), 1);
    EXPECT_EQ(map.callouts[0].zone, QStringLiteral("HEADLINE"));
    EXPECT_EQ(map.callouts[0].loadedAuthor, 1);
    EXPECT_EQ(map.callouts[0].ids, QStringList{headlineWord});

    const Summary s = reviewArticle(f.set(), f.text()).summary;
    EXPECT_EQ(s.articleWords, 13);
    EXPECT_EQ(s.quotedWords, 3);
    EXPECT_EQ(s.loadedAuthor, 3);
    EXPECT_EQ(s.loadedQuoted, 1);
}
