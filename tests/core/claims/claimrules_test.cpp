// The unbacked-accusation rule and how a claim's holder, backing and flag change together.
#include "claims/claimrules.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core;
using namespace Lede::Core::Claims;

namespace {

Annotation claim(const QString &kind, const QString &holderKind, const QString &backing, const QString &holder = {})
{
    Annotation a;
    a.id = QStringLiteral("s1");
    a.layer = Layer::Claim;
    a.label = kind;
    a.span = {0, 10};
    a.attributes.insert(QStringLiteral("holder"), holder.isEmpty() ? holderKind : holder);
    a.attributes.insert(QStringLiteral("holderKind"), holderKind);
    a.attributes.insert(QStringLiteral("backing"), backing);
    return a;
}

QString flagOf(const Annotation &a)
{
    return a.attribute(QStringLiteral("flag"));
}

} // namespace

TEST(ClaimRules, OnlyAnAccusationByTheAuthorWithNoBackingIsFlagged)
{
    EXPECT_TRUE(isUnbackedAccusation(QStringLiteral("ACCUSATION"), QStringLiteral("author"), QStringLiteral("none")));
    EXPECT_FALSE(isUnbackedAccusation(QStringLiteral("EVENT"), QStringLiteral("author"), QStringLiteral("none")));
    EXPECT_FALSE(isUnbackedAccusation(QStringLiteral("ACCUSATION"), QStringLiteral("quoted"), QStringLiteral("none")));
    EXPECT_FALSE(isUnbackedAccusation(QStringLiteral("ACCUSATION"), QStringLiteral("source"), QStringLiteral("none")));
    for (const QString &backing : backings()) {
        if (backing != u"none") {
            EXPECT_FALSE(isUnbackedAccusation(QStringLiteral("ACCUSATION"), QStringLiteral("author"), backing)) << backing.toStdString();
        }
    }
    // Only claims: another layer with the same attributes is never flagged.
    Annotation notAClaim = claim(QStringLiteral("ACCUSATION"), QStringLiteral("author"), QStringLiteral("none"));
    notAClaim.layer = Layer::Quote;
    EXPECT_FALSE(isUnbackedAccusation(notAClaim));
    EXPECT_EQ(withFlag(notAClaim), notAClaim);
}

TEST(ClaimRules, WithFlagSetsAndRemovesTheFlag)
{
    const Annotation flagged = withFlag(claim(QStringLiteral("ACCUSATION"), QStringLiteral("author"), QStringLiteral("none")));
    EXPECT_EQ(flagOf(flagged), QStringLiteral("unbacked-accusation"));
    Annotation hedged = flagged;
    hedged.attributes.insert(QStringLiteral("backing"), QStringLiteral("hedged"));
    EXPECT_TRUE(withFlag(hedged).attributes.value(QStringLiteral("flag")).isNull());
    EXPECT_FALSE(withFlag(hedged).attributes.contains(QStringLiteral("flag")));
    // A stale flag on a claim that is not an accusation goes.
    Annotation stale = claim(QStringLiteral("EVENT"), QStringLiteral("author"), QStringLiteral("none"));
    stale.attributes.insert(QStringLiteral("flag"), QStringLiteral("unbacked-accusation"));
    EXPECT_FALSE(withFlag(stale).attributes.contains(QStringLiteral("flag")));
}

TEST(ClaimRules, BackingFollowsTheHolderUnlessTheTextGivesIt)
{
    // Outlet and hedged come from the text and stay whoever holds the claim.
    EXPECT_EQ(backingForHolder(QStringLiteral("outlet"), QStringLiteral("author")), QStringLiteral("outlet"));
    EXPECT_EQ(backingForHolder(QStringLiteral("hedged"), QStringLiteral("quoted")), QStringLiteral("hedged"));
    // The author has no backing of their own.
    EXPECT_EQ(backingForHolder(QStringLiteral("named"), QStringLiteral("author")), QStringLiteral("none"));
    EXPECT_EQ(backingForHolder(QStringLiteral("anonymous"), QStringLiteral("author")), QStringLiteral("none"));
    // Someone else is named, unless already anonymous.
    EXPECT_EQ(backingForHolder(QStringLiteral("none"), QStringLiteral("quoted")), QStringLiteral("named"));
    EXPECT_EQ(backingForHolder(QStringLiteral("anonymous"), QStringLiteral("source")), QStringLiteral("anonymous"));
    EXPECT_EQ(backingForHolder(QString(), QStringLiteral("quoted")), QStringLiteral("named"));
}

TEST(ClaimRules, GivingAnAccusationToTheAuthorFlagsItAndToSomeoneElseUnflagsIt)
{
    Annotation quoted = claim(QStringLiteral("ACCUSATION"), QStringLiteral("quoted"), QStringLiteral("named"), QStringLiteral("Okafor"));
    quoted.links.insert(QStringLiteral("holder"), QStringLiteral("m1"));

    const Annotation byAuthor = withHolder(quoted, HolderChoice{QStringLiteral("author"), {}, {}, {}});
    EXPECT_EQ(byAuthor.attribute(QStringLiteral("holder")), QStringLiteral("author"));
    EXPECT_EQ(byAuthor.attribute(QStringLiteral("holderKind")), QStringLiteral("author"));
    EXPECT_EQ(byAuthor.attribute(QStringLiteral("backing")), QStringLiteral("none"));
    EXPECT_FALSE(byAuthor.links.contains(QStringLiteral("holder")));
    EXPECT_EQ(flagOf(byAuthor), QStringLiteral("unbacked-accusation"));
    // An empty name is the author too.
    EXPECT_EQ(withHolder(quoted, HolderChoice{}), byAuthor);

    const Annotation typed = withHolder(byAuthor, HolderChoice{QStringLiteral("  Der   Spiegel "), {}, {}, {}});
    EXPECT_EQ(typed.attribute(QStringLiteral("holder")), QStringLiteral("Der Spiegel"));
    EXPECT_EQ(typed.attribute(QStringLiteral("holderKind")), QStringLiteral("quoted"));
    EXPECT_EQ(typed.attribute(QStringLiteral("backing")), QStringLiteral("named"));
    EXPECT_TRUE(flagOf(typed).isEmpty());

    const Annotation outlet = withHolder(byAuthor, HolderChoice{QStringLiteral("Reuters"), QStringLiteral("source"),
                                                                 QStringLiteral("src1"), QStringLiteral("outlet")});
    EXPECT_EQ(outlet.attribute(QStringLiteral("holderKind")), QStringLiteral("source"));
    EXPECT_EQ(outlet.attribute(QStringLiteral("backing")), QStringLiteral("outlet"));
    EXPECT_EQ(outlet.link(QStringLiteral("holder")), QStringLiteral("src1"));

    // A hedge in the text beats an anonymous holder; an outlet beats the hedge.
    Annotation hedged = byAuthor;
    hedged.attributes.insert(QStringLiteral("backing"), QStringLiteral("hedged"));
    EXPECT_EQ(withHolder(hedged, HolderChoice{QStringLiteral("critics"), QStringLiteral("source"), {}, QStringLiteral("anonymous")})
                  .attribute(QStringLiteral("backing")),
              QStringLiteral("hedged"));
    EXPECT_EQ(withHolder(hedged, HolderChoice{QStringLiteral("AP"), QStringLiteral("source"), {}, QStringLiteral("outlet")})
                  .attribute(QStringLiteral("backing")),
              QStringLiteral("outlet"));
}

TEST(ClaimRules, WithBackingRecomputesTheFlag)
{
    const Annotation a = claim(QStringLiteral("ACCUSATION"), QStringLiteral("author"), QStringLiteral("hedged"));
    EXPECT_EQ(flagOf(withBacking(a, QStringLiteral("none"))), QStringLiteral("unbacked-accusation"));
    EXPECT_TRUE(flagOf(withBacking(withBacking(a, QStringLiteral("none")), QStringLiteral("outlet"))).isEmpty());
}

TEST(ClaimRules, AHandMadeClaimIsTheAuthorsWithNoBacking)
{
    Annotation a;
    a.layer = Layer::Claim;
    a.label = QStringLiteral("EVENT");
    const Annotation made = handMade(a);
    EXPECT_EQ(made.attribute(QStringLiteral("holder")), QStringLiteral("author"));
    EXPECT_EQ(made.attribute(QStringLiteral("holderKind")), QStringLiteral("author"));
    EXPECT_EQ(made.attribute(QStringLiteral("backing")), QStringLiteral("none"));
    EXPECT_FALSE(made.attributes.contains(QStringLiteral("flag")));
    a.label = QStringLiteral("ACCUSATION");
    EXPECT_EQ(flagOf(handMade(a)), QStringLiteral("unbacked-accusation"));
}
