#include "review/review.h"

#include "reviewfixture.h"

#include <gtest/gtest.h>

#include "qtprinters.h"

using namespace Lede::Core;
using namespace Lede::Core::Review;
using Lede::Test::links;
using Lede::Test::ReviewFixture;

namespace {

// Berg: an indirect quote of 4 words ("the plan was fair") and a direct one of 2 ("“It
// works,”"), both with "said". Critics: one direct quote of 4 words with "claimed".
// A rejected partial quote and an orphaned direct quote must not count.
class VoicesTest : public ::testing::Test
{
protected:
    VoicesTest()
        : f(QStringLiteral("Berg said the plan was fair. “It works,” Berg said. “It is a stunt,” Critics "
                           "claimed. Nobody knows “this”."))
    {
        f.addEntity(QStringLiteral("E1"), QStringLiteral("Anna Berg"));
        berg1 = f.add(Layer::Entity, QStringLiteral("PERSON"), QStringLiteral("Berg"), 0, links({{"entity", "E1"}}));
        berg2 = f.add(Layer::Entity, QStringLiteral("PERSON"), QStringLiteral("Berg"), 1, links({{"entity", "E1"}}));
        critics = f.add(Layer::Source, QStringLiteral("ANONYMOUS"), QStringLiteral("Critics"));
        const QString said1 = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("said"), 0);
        const QString said2 = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("said"), 1);
        const QString claimed = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("claimed"));
        q1 = f.add(Layer::Quote, QStringLiteral("INDIRECT"), QStringLiteral("the plan was fair"), 0,
                   links({{"speaker", berg1}, {"cue", said1}}));
        q2 = f.add(Layer::Quote, QStringLiteral("DIRECT"), QStringLiteral("“It works,”"), 0,
                   links({{"speaker", berg2}, {"cue", said2}}));
        q3 = f.add(Layer::Quote, QStringLiteral("DIRECT"), QStringLiteral("“It is a stunt,”"), 0,
                   links({{"speaker", critics}, {"cue", claimed}}));
        const QString rejected = f.add(Layer::Quote, QStringLiteral("PARTIAL"), QStringLiteral("stunt"), 0,
                                       links({{"speaker", berg1}}));
        f.setStatus(rejected, Status::Rejected);
        Annotation orphan;
        orphan.layer = Layer::Quote;
        orphan.label = QStringLiteral("DIRECT");
        orphan.span = f.spanOf(QStringLiteral("Nobody knows"));
        orphan.links = links({{"speaker", berg1}});
        orphan.orphanedQuote = TextQuote{QStringLiteral("gone"), {}, {}};
        f.set().add(orphan);
        scare = f.add(Layer::Quote, QStringLiteral("SCARE"), QStringLiteral("“this”"));
    }

    ReviewFixture f;
    QString berg1, berg2, critics, q1, q2, q3, scare;
};

} // namespace

TEST_F(VoicesTest, CountsQuotesWordsAndVerbsPerSpeaker)
{
    const VoiceStats voices = computeVoices(f.set(), f.text());
    ASSERT_EQ(voices.speakers.size(), 2);
    const SpeakerStats &berg = voices.speakers[0];
    EXPECT_EQ(berg.key, QStringLiteral("entity:E1"));
    EXPECT_EQ(berg.kind, SpeakerKind::Entity);
    EXPECT_EQ(berg.name, QStringLiteral("Anna Berg"));
    EXPECT_EQ(berg.quotes, 2);
    EXPECT_EQ(berg.direct, 1);
    EXPECT_EQ(berg.partial, 0);
    EXPECT_EQ(berg.indirect, 1);
    EXPECT_EQ(berg.words, 6);
    EXPECT_DOUBLE_EQ(berg.share, 0.6);
    ASSERT_EQ(berg.verbs.size(), 1);
    EXPECT_EQ(berg.verbs[0].verb, QStringLiteral("said"));
    EXPECT_EQ(berg.verbs[0].count, 2);
    EXPECT_EQ(berg.neutralCues, 2);
    EXPECT_EQ(berg.loadedCues, 0);
    EXPECT_EQ(berg.quoteIds, (QStringList{q1, q2}));
    EXPECT_EQ(berg.speakerMentionIds, (QStringList{berg1, berg2}));
    EXPECT_EQ(berg.colour, 0);

    const SpeakerStats &crit = voices.speakers[1];
    EXPECT_EQ(crit.key, QStringLiteral("text:critics"));
    EXPECT_EQ(crit.kind, SpeakerKind::Unnamed);
    EXPECT_EQ(crit.words, 4);
    EXPECT_DOUBLE_EQ(crit.share, 0.4);
    EXPECT_EQ(crit.loadedCues, 1);
    EXPECT_EQ(crit.verbs[0].tone, VerbTone::Loaded);
    EXPECT_EQ(crit.colour, 1);
    EXPECT_EQ(voices.totalWords, 10);
}

TEST_F(VoicesTest, UnattributedQuotesComeLastWithoutAColour)
{
    f.add(Layer::Quote, QStringLiteral("PARTIAL"), QStringLiteral("Nobody knows"));
    const VoiceStats voices = computeVoices(f.set(), f.text());
    ASSERT_EQ(voices.speakers.size(), 3);
    EXPECT_EQ(voices.speakers.last().kind, SpeakerKind::Unattributed);
    EXPECT_EQ(voices.speakers.last().words, 2);
    EXPECT_EQ(voices.speakers.last().colour, -1);
    EXPECT_EQ(voices.totalWords, 12);
}

TEST_F(VoicesTest, FollowsAnEditImmediately)
{
    Annotation q = *f.set().find(q3);
    q.status = Status::Rejected;
    f.set().replace(q);
    const VoiceStats voices = computeVoices(f.set(), f.text());
    ASSERT_EQ(voices.speakers.size(), 1);
    EXPECT_DOUBLE_EQ(voices.speakers[0].share, 1.0);
}

TEST_F(VoicesTest, SideIsStoredOnEveryMentionAndUndoable)
{
    const QList<Annotation> previous = setSpeakerSide(f.set(), f.text(), QStringLiteral("entity:E1"),
                                                      QStringLiteral("government"));
    ASSERT_EQ(previous.size(), 2);
    EXPECT_EQ(f.set().find(berg1)->attribute(QString::fromLatin1(SideAttribute)), QStringLiteral("government"));
    EXPECT_EQ(f.set().find(berg2)->attribute(QString::fromLatin1(SideAttribute)), QStringLiteral("government"));
    setSpeakerSide(f.set(), f.text(), QStringLiteral("text:critics"), QStringLiteral("opposition"));
    EXPECT_EQ(f.set().find(critics)->attribute(QString::fromLatin1(SideAttribute)), QStringLiteral("opposition"));

    const VoiceStats voices = computeVoices(f.set(), f.text());
    EXPECT_EQ(voices.speakers[0].side, QStringLiteral("government"));
    ASSERT_EQ(voices.sides.size(), 2);
    EXPECT_EQ(voices.sides[0].side, QStringLiteral("government"));
    EXPECT_EQ(voices.sides[0].words, 6);
    EXPECT_DOUBLE_EQ(voices.sides[0].share, 0.6);
    EXPECT_EQ(voices.sides[1].side, QStringLiteral("opposition"));
    EXPECT_EQ(voices.sides[1].quotes, 1);

    for (const Annotation &old : previous)
        f.set().replace(old);
    EXPECT_EQ(computeVoices(f.set(), f.text()).speakers[0].side, QString());
    // Setting the same side again changes nothing.
    EXPECT_TRUE(setSpeakerSide(f.set(), f.text(), QStringLiteral("text:critics"), QStringLiteral("opposition")).isEmpty());
}

TEST_F(VoicesTest, SummaryAndStripMarks)
{
    const ArticleReview review = reviewArticle(f.set(), f.text());
    const Summary &s = review.summary;
    // "Berg said the plan was fair." 6 + "“It works,” Berg said." 4 + "“It is a stunt,” Critics
    // claimed." 6 + "Nobody knows “this”." 3
    EXPECT_EQ(s.articleWords, 19);
    EXPECT_EQ(s.quotedWords, 10);
    EXPECT_DOUBLE_EQ(s.quotedShare, 10.0 / 19.0);
    EXPECT_EQ(s.quotes, 3);
    EXPECT_EQ(s.direct, 2);
    EXPECT_EQ(s.indirect, 1);
    EXPECT_EQ(s.speakers, 2);
    EXPECT_EQ(s.anonymousSources, 1);
    EXPECT_EQ(s.neutralCues, 2);
    EXPECT_EQ(s.loadedCues, 1);
    EXPECT_EQ(s.unattributedStatements, 1); // "Nobody knows “this”.": a scare quote is the author's
    EXPECT_EQ(review.voiceMap.scareQuoteIds, QStringList{scare});

    const QList<StripMark> marks = stripMarks(f.set(), review.voices);
    ASSERT_EQ(marks.size(), 3);
    EXPECT_EQ(marks[0].id, q1);
    EXPECT_EQ(marks[0].colour, 0);
    EXPECT_EQ(marks[2].id, q3);
    EXPECT_EQ(marks[2].colour, 1);
}
