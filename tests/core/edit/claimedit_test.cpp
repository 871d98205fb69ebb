// Corrections of claims: kind, holder and backing, each an invertible change that keeps the
// unbacked-accusation flag consistent.
#include "edit/changeset.h"
#include "edit/edits.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core;

namespace {

//                                     0         1         2         3         4         5         6
//                                     0123456789012345678901234567890123456789012345678901234567890123
const QString kText = QStringLiteral("The firm bribed officials. Reuters said Okafor lied. Okafor won.");

const QString kHolder = QStringLiteral("holder");
const QString kHolderKind = QStringLiteral("holderKind");
const QString kBacking = QStringLiteral("backing");
const QString kFlag = QStringLiteral("flag");

AnnotationSet sample()
{
    AnnotationSet set;
    set.addEntity({QStringLiteral("E1"), QStringLiteral("Miriam Okafor"), QStringLiteral("PERSON"), {}, {}});
    set.addEntity({QStringLiteral("E2"), QStringLiteral("Reuters"), QStringLiteral("ORG"), {}, {}});
    Annotation okafor;
    okafor.id = QStringLiteral("m1");
    okafor.layer = Layer::Entity;
    okafor.label = QStringLiteral("PERSON");
    okafor.span = {53, 59};
    okafor.links.insert(QStringLiteral("entity"), QStringLiteral("E1"));
    set.add(okafor);
    Annotation reuters = okafor;
    reuters.id = QStringLiteral("m2");
    reuters.label = QStringLiteral("ORG");
    reuters.span = {27, 34};
    reuters.links.insert(QStringLiteral("entity"), QStringLiteral("E2"));
    set.add(reuters);
    Annotation outlet;
    outlet.id = QStringLiteral("src1");
    outlet.layer = Layer::Source;
    outlet.label = QStringLiteral("OUTLET");
    outlet.span = {27, 34};
    set.add(outlet);
    Annotation claim;
    claim.id = QStringLiteral("s1");
    claim.layer = Layer::Claim;
    claim.label = QStringLiteral("EVENT");
    claim.span = {0, 26};
    claim.origin.rule = QStringLiteral("claim.event");
    claim.attributes = {{kHolder, QStringLiteral("author")}, {kHolderKind, QStringLiteral("author")},
                        {kBacking, QStringLiteral("none")}, {QStringLiteral("checkworthiness"), QStringLiteral("0.71")}};
    set.add(claim);
    return set;
}

void applyAndCheckUndo(AnnotationSet &set, const ChangeSet &change)
{
    const AnnotationSet original = set;
    ASSERT_TRUE(applyChanges(set, change));
    AnnotationSet undone = set;
    ASSERT_TRUE(applyChanges(undone, change.inverted()));
    EXPECT_EQ(undone.sorted(), original.sorted());
}

const Annotation &claimIn(const AnnotationSet &set)
{
    return *set.find(QStringLiteral("s1"));
}

} // namespace

TEST(ClaimEdits, RelabellingToAccusationFlagsAnAuthorsUnbackedClaimAndBack)
{
    AnnotationSet set = sample();
    auto change = Edits::relabel(set, QStringLiteral("s1"), QStringLiteral("ACCUSATION"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).label, QStringLiteral("ACCUSATION"));
    EXPECT_EQ(claimIn(set).attribute(kFlag), QStringLiteral("unbacked-accusation"));
    EXPECT_EQ(claimIn(set).status, Status::Accepted); // a relabelled suggestion is decided

    change = Edits::relabel(set, QStringLiteral("s1"), QStringLiteral("CAUSE"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_FALSE(claimIn(set).attributes.contains(kFlag));
}

TEST(ClaimEdits, ChangingTheBackingRecomputesTheFlag)
{
    AnnotationSet set = sample();
    applyAndCheckUndo(set, *Edits::relabel(set, QStringLiteral("s1"), QStringLiteral("ACCUSATION")));
    auto change = Edits::setClaimBacking(set, QStringLiteral("s1"), QStringLiteral("hedged"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).attribute(kBacking), QStringLiteral("hedged"));
    EXPECT_FALSE(claimIn(set).attributes.contains(kFlag));
    // The generic attribute edit keeps the flag consistent too.
    change = Edits::setAttribute(set, QStringLiteral("s1"), kBacking, QStringLiteral("none"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).attribute(kFlag), QStringLiteral("unbacked-accusation"));

    EXPECT_FALSE(Edits::setClaimBacking(set, QStringLiteral("s1"), QStringLiteral("rumour")).ok());
    EXPECT_FALSE(Edits::setClaimBacking(set, QStringLiteral("m1"), QStringLiteral("none")).ok());
    EXPECT_TRUE(Edits::setClaimBacking(set, QStringLiteral("s1"), QStringLiteral("none"))->isEmpty());
}

TEST(ClaimEdits, PickingAMentionAsHolderNamesItsEntityAndUnflags)
{
    AnnotationSet set = sample();
    applyAndCheckUndo(set, *Edits::relabel(set, QStringLiteral("s1"), QStringLiteral("ACCUSATION")));
    auto change = Edits::setClaimHolder(set, kText, QStringLiteral("s1"), QString(), QStringLiteral("m1"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    const Annotation &c = claimIn(set);
    EXPECT_EQ(c.attribute(kHolder), QStringLiteral("Miriam Okafor"));
    EXPECT_EQ(c.attribute(kHolderKind), QStringLiteral("quoted"));
    EXPECT_EQ(c.attribute(kBacking), QStringLiteral("named"));
    EXPECT_EQ(c.link(QStringLiteral("holder")), QStringLiteral("m1"));
    EXPECT_FALSE(c.attributes.contains(kFlag));

    // A mention inside an outlet source speaks as that source, backed by the outlet.
    change = Edits::setClaimHolder(set, kText, QStringLiteral("s1"), QString(), QStringLiteral("m2"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).attribute(kHolder), QStringLiteral("Reuters"));
    EXPECT_EQ(claimIn(set).attribute(kHolderKind), QStringLiteral("source"));
    EXPECT_EQ(claimIn(set).attribute(kBacking), QStringLiteral("outlet"));

    // Back to the author: the link goes, and an outlet in the text still backs the claim.
    change = Edits::setClaimHolder(set, kText, QStringLiteral("s1"), QStringLiteral("author"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).attribute(kHolderKind), QStringLiteral("author"));
    EXPECT_FALSE(claimIn(set).links.contains(QStringLiteral("holder")));
    EXPECT_EQ(claimIn(set).attribute(kBacking), QStringLiteral("outlet"));
    EXPECT_FALSE(claimIn(set).attributes.contains(kFlag));
    applyAndCheckUndo(set, *Edits::setClaimBacking(set, QStringLiteral("s1"), QStringLiteral("none")));
    EXPECT_EQ(claimIn(set).attribute(kFlag), QStringLiteral("unbacked-accusation"));
}

TEST(ClaimEdits, ATypedHolderIsKeptAsText)
{
    AnnotationSet set = sample();
    auto change = Edits::setClaimHolder(set, kText, QStringLiteral("s1"), QStringLiteral("a former employee"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).attribute(kHolder), QStringLiteral("a former employee"));
    EXPECT_EQ(claimIn(set).attribute(kHolderKind), QStringLiteral("quoted"));
    EXPECT_EQ(claimIn(set).attribute(kBacking), QStringLiteral("named"));
    EXPECT_EQ(claimIn(set).status, Status::Accepted);

    EXPECT_FALSE(Edits::setClaimHolder(set, kText, QStringLiteral("m1"), QStringLiteral("x")).ok());
    EXPECT_FALSE(Edits::setClaimHolder(set, kText, QStringLiteral("s1"), QString(), QStringLiteral("s1")).ok());
}

TEST(ClaimEdits, TaggingAClaimByHandStartsWithTheAuthor)
{
    AnnotationSet set = sample();
    auto change = Edits::tag(set, kText, {35, 52}, Layer::Claim, QStringLiteral("ACCUSATION"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    const Annotation &added = *change->annotations.last().after;
    EXPECT_EQ(added.status, Status::Added);
    EXPECT_EQ(added.attribute(kHolderKind), QStringLiteral("author"));
    EXPECT_EQ(added.attribute(kBacking), QStringLiteral("none"));
    EXPECT_EQ(added.attribute(kFlag), QStringLiteral("unbacked-accusation"));
    // Already a claim: the same kind is refused, another relabels it.
    EXPECT_FALSE(Edits::tag(set, kText, {35, 52}, Layer::Claim, QStringLiteral("ACCUSATION")).ok());
    auto relabelled = Edits::tag(set, kText, {35, 52}, Layer::Claim, QStringLiteral("EVENT"));
    ASSERT_TRUE(relabelled.ok());
    ASSERT_EQ(relabelled->annotations.size(), 1);
    EXPECT_EQ(relabelled->annotations[0].after->id, added.id);
    EXPECT_EQ(relabelled->annotations[0].after->label, QStringLiteral("EVENT"));
}

TEST(ClaimEdits, ResizingAClaimKeepsItsAttributes)
{
    AnnotationSet set = sample();
    auto change = Edits::resize(set, kText, QStringLiteral("s1"), Edits::Edge::End, Edits::Step::Word, -1);
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(claimIn(set).span, (Span{0, 16}));
    EXPECT_EQ(claimIn(set).attribute(kHolder), QStringLiteral("author"));
}
