#include "edit/changeset.h"
#include "edit/edits.h"
#include "edit/navigation.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <random>

using namespace Lede::Core;

namespace {

//                          0         1         2         3         4         5
//                          0123456789012345678901234567890123456789012345678901234
const QString kText = QStringLiteral("Olaf Brenner said \"we act\". Brenner left. Okafor smiled.");

Annotation mention(const QString &id, Span span, const QString &entity, Status status = Status::Suggested)
{
    Annotation a;
    a.id = id;
    a.layer = Layer::Entity;
    a.label = QStringLiteral("PERSON");
    a.span = span;
    a.status = status;
    a.origin.rule = QStringLiteral("test");
    a.links.insert(QString::fromLatin1(LinkRole::Entity), entity);
    return a;
}

AnnotationSet sample()
{
    AnnotationSet set;
    set.addEntity({QStringLiteral("E1"), QStringLiteral("Olaf Brenner"), QStringLiteral("PERSON"), {}, {}});
    set.addEntity({QStringLiteral("E2"), QStringLiteral("Brenner"), QStringLiteral("PERSON"), {}, {QStringLiteral("Minister")}});
    set.addEntity({QStringLiteral("E3"), QStringLiteral("Okafor"), QStringLiteral("PERSON"), {}, {}});
    set.add(mention(QStringLiteral("m1"), {0, 12}, QStringLiteral("E1")));
    set.add(mention(QStringLiteral("m2"), {28, 35}, QStringLiteral("E2"), Status::Accepted));
    set.add(mention(QStringLiteral("m3"), {42, 48}, QStringLiteral("E3")));
    Annotation quote;
    quote.id = QStringLiteral("q1");
    quote.layer = Layer::Quote;
    quote.label = QStringLiteral("DIRECT");
    quote.span = {18, 26};
    set.add(quote);
    Annotation zone;
    zone.id = QStringLiteral("z1");
    zone.layer = Layer::Zone;
    zone.label = QStringLiteral("BODY");
    zone.span = {0, int(kText.size())};
    set.add(zone);
    return set;
}

/// Applies the change, checks that its inverse restores the set exactly, and applies it again.
void applyAndCheckUndo(AnnotationSet &set, const ChangeSet &change)
{
    const AnnotationSet original = set;
    ASSERT_TRUE(applyChanges(set, change));
    AnnotationSet undone = set;
    ASSERT_TRUE(applyChanges(undone, change.inverted()));
    EXPECT_EQ(undone.sorted(), original.sorted());
    EXPECT_EQ(undone.entities().size(), original.entities().size());
    for (const Entity &e : original.entities())
        EXPECT_EQ(*undone.findEntity(e.id), e);
}

} // namespace

TEST(Edits, AcceptAndRejectChangeOnlyTheStatus)
{
    AnnotationSet set = sample();
    auto change = Edits::setStatus(set, QStringLiteral("m1"), Status::Rejected);
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(set.find(QStringLiteral("m1"))->status, Status::Rejected);
    EXPECT_EQ(set.find(QStringLiteral("m1"))->span, (Span{0, 12}));
    EXPECT_FALSE(Edits::setStatus(set, QStringLiteral("nope"), Status::Accepted).ok());
}

TEST(Edits, ApplyingAChangeTwiceIsRefused)
{
    AnnotationSet set = sample();
    const auto change = Edits::setStatus(set, QStringLiteral("m1"), Status::Accepted);
    ASSERT_TRUE(applyChanges(set, *change));
    const AnnotationSet after = set;
    EXPECT_FALSE(applyChanges(set, *change));
    EXPECT_EQ(set, after);
}

TEST(Edits, TaggingAnEntityJoinsTheEntityOfTheSameName)
{
    AnnotationSet set = sample();
    // No ORG is named "left": the mention gets a new entity.
    auto change = Edits::tag(set, kText, {36, 40}, Layer::Entity, QStringLiteral("ORG"));
    ASSERT_TRUE(change.ok()) << change.errorMessage().toStdString();
    ASSERT_EQ(change->entities.size(), 1);
    applyAndCheckUndo(set, *change);
    const Annotation *added = set.find(change->annotations[0].after->id);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->status, Status::Added);
    EXPECT_TRUE(added->origin.byAnalyst());
    EXPECT_EQ(set.findEntity(added->link(QStringLiteral("entity")))->name, QStringLiteral("left"));
    // The same words in the same layer are not tagged twice: with the same label that is
    // refused, with another the annotation is relabelled.
    EXPECT_FALSE(Edits::tag(set, kText, {36, 40}, Layer::Entity, QStringLiteral("ORG")).ok());
    auto retyped = Edits::tag(set, kText, {36, 40}, Layer::Entity, QStringLiteral("PERSON"));
    ASSERT_TRUE(retyped.ok());
    EXPECT_EQ(retyped->annotations[0].before->id, added->id);
    EXPECT_EQ(retyped->annotations[0].after->label, QStringLiteral("PERSON"));

    auto person = Edits::tag(set, kText, {5, 12}, Layer::Entity, QStringLiteral("PERSON"));
    ASSERT_TRUE(person.ok());
    EXPECT_TRUE(person->entities.isEmpty());
    EXPECT_EQ(person->annotations[0].after->link(QStringLiteral("entity")), QStringLiteral("E2"));
    EXPECT_FALSE(Edits::tag(set, kText, {3, 3}, Layer::Hedge, QStringLiteral("HEDGE")).ok());
}

TEST(Edits, TaggingLeavesOutWhiteSpaceAndKeepsTheSuggestionOfTheSameWords)
{
    AnnotationSet set = sample();
    EXPECT_EQ(Edits::trimmed(kText, {12, 18}), (Span{13, 17}));
    EXPECT_TRUE(Edits::trimmed(kText, {12, 13}).isEmpty());
    // "Okafor " with its space: the suggestion of "Okafor" is accepted, not doubled.
    auto change = Edits::tag(set, kText, {42, 49}, Layer::Entity, QStringLiteral("PERSON"));
    ASSERT_TRUE(change.ok()) << change.errorMessage().toStdString();
    ASSERT_EQ(change->annotations.size(), 1);
    EXPECT_EQ(change->annotations[0].before->id, QStringLiteral("m3"));
    EXPECT_EQ(change->annotations[0].after->status, Status::Accepted);
    applyAndCheckUndo(set, *change);
    // A new tag ends at its last word; a selection of white space alone tags nothing.
    auto hedge = Edits::tag(set, kText, {35, 40}, Layer::Hedge, QStringLiteral("HEDGE"));
    ASSERT_TRUE(hedge.ok());
    EXPECT_EQ(hedge->annotations[0].after->span, (Span{36, 40}));
    EXPECT_FALSE(Edits::tag(set, kText, {12, 13}, Layer::Entity, QStringLiteral("DATE")).ok());
}

TEST(Edits, RelabellingAMentionMovesItToAnEntityOfTheNewType)
{
    AnnotationSet set = sample();
    auto change = Edits::relabel(set, QStringLiteral("m3"), QStringLiteral("ORG"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    const Annotation *m3 = set.find(QStringLiteral("m3"));
    EXPECT_EQ(m3->label, QStringLiteral("ORG"));
    EXPECT_EQ(m3->status, Status::Accepted);
    const Entity *entity = set.findEntity(m3->link(QStringLiteral("entity")));
    ASSERT_NE(entity, nullptr);
    EXPECT_EQ(entity->type, QStringLiteral("ORG"));
    EXPECT_EQ(entity->name, QStringLiteral("Okafor"));
}

TEST(Edits, ResizingByCharacterAndWord)
{
    // "Olaf Brenner said": grow the end of [0,4) "Olaf" by a word, then shrink by a char.
    EXPECT_EQ(Edits::resized(kText, {0, 4}, Edits::Edge::End, Edits::Step::Word, 1), (Span{0, 12}));
    EXPECT_EQ(Edits::resized(kText, {0, 12}, Edits::Edge::End, Edits::Step::Word, -1), (Span{0, 5}));
    EXPECT_EQ(Edits::resized(kText, {5, 12}, Edits::Edge::Start, Edits::Step::Word, -1), (Span{0, 12}));
    EXPECT_EQ(Edits::resized(kText, {0, 12}, Edits::Edge::End, Edits::Step::Character, -1), (Span{0, 11}));
    EXPECT_EQ(Edits::resized(kText, {0, 12}, Edits::Edge::Start, Edits::Step::Character, 1), (Span{1, 12}));
    // Never empty, never outside the text.
    EXPECT_EQ(Edits::resized(kText, {0, 1}, Edits::Edge::End, Edits::Step::Character, -1), (Span{0, 1}));
    EXPECT_EQ(Edits::resized(kText, {0, 4}, Edits::Edge::Start, Edits::Step::Character, -1), (Span{0, 4}));
    const int n = int(kText.size());
    EXPECT_EQ(Edits::resized(kText, {n - 2, n}, Edits::Edge::End, Edits::Step::Word, 1), (Span{n - 2, n}));

    AnnotationSet set = sample();
    auto change = Edits::resize(set, kText, QStringLiteral("m1"), Edits::Edge::Start, Edits::Step::Word, 1);
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(set.find(QStringLiteral("m1"))->span, (Span{4, 12}));
}

TEST(Edits, ResizingNeverSplitsASurrogatePair)
{
    const QString text = QStringLiteral("a \U0001F600 b");
    EXPECT_EQ(Edits::resized(text, {0, 2}, Edits::Edge::End, Edits::Step::Character, 1), (Span{0, 4}));
    EXPECT_EQ(Edits::resized(text, {0, 4}, Edits::Edge::End, Edits::Step::Character, -1), (Span{0, 2}));
}

TEST(Edits, LinkingASpeakerNeedsAMention)
{
    AnnotationSet set = sample();
    auto change = Edits::linkSpeaker(set, kText, QStringLiteral("q1"), QStringLiteral("m1"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(set.find(QStringLiteral("q1"))->link(QStringLiteral("speaker")), QStringLiteral("m1"));
    EXPECT_FALSE(Edits::linkSpeaker(set, kText, QStringLiteral("q1"), QStringLiteral("z1")).ok());
    auto unlink = Edits::linkSpeaker(set, kText, QStringLiteral("q1"), QString());
    ASSERT_TRUE(applyChanges(set, *unlink));
    EXPECT_FALSE(set.find(QStringLiteral("q1"))->links.contains(QStringLiteral("speaker")));
}

namespace {

/// A source annotation, anonymous or outlet, as the extractor or the R key tags one.
Annotation source(const QString &id, Span span, const QString &label)
{
    Annotation a;
    a.id = id;
    a.layer = Layer::Source;
    a.label = label;
    a.span = span;
    return a;
}

} // namespace

TEST(Edits, ASpeakerCanBeASourceAndTheSpeakerTextFollowsTheLink)
{
    const QString text = QStringLiteral("Critics said \"no\". The AP reported it. On Monday");
    AnnotationSet set;
    set.addEntity({QStringLiteral("E1"), QStringLiteral("AP"), QStringLiteral("ORG"), {}, {}});
    set.addEntity({QStringLiteral("E2"), QStringLiteral("Monday"), QStringLiteral("DATE"), {}, {}});
    set.add(source(QStringLiteral("s1"), {0, 7}, QStringLiteral("ANONYMOUS")));
    set.add(source(QStringLiteral("s2"), {19, 25}, QStringLiteral("OUTLET")));
    Annotation ap = mention(QStringLiteral("m1"), {23, 25}, QStringLiteral("E1"));
    ap.label = QStringLiteral("ORG");
    set.add(ap);
    Annotation monday = mention(QStringLiteral("m2"), {42, 48}, QStringLiteral("E2"));
    monday.label = QStringLiteral("DATE");
    set.add(monday);
    Annotation quote;
    quote.id = QStringLiteral("q1");
    quote.layer = Layer::Quote;
    quote.label = QStringLiteral("DIRECT");
    quote.span = {13, 17};
    quote.links.insert(QStringLiteral("speaker"), QStringLiteral("s1"));
    quote.attributes.insert(QStringLiteral("speakerText"), QStringLiteral("Critics"));
    set.add(quote);

    // Relinked to a mention: the words of the old speaker go.
    auto toMention = Edits::linkSpeaker(set, text, QStringLiteral("q1"), QStringLiteral("m1"));
    ASSERT_TRUE(toMention.ok()) << toMention.errorMessage().toStdString();
    applyAndCheckUndo(set, *toMention);
    EXPECT_EQ(set.find(QStringLiteral("q1"))->link(QStringLiteral("speaker")), QStringLiteral("m1"));
    EXPECT_FALSE(set.find(QStringLiteral("q1"))->attributes.contains(QStringLiteral("speakerText")));

    // Linked to a source: what the extractor writes, the link and the source's words.
    auto toOutlet = Edits::linkSpeaker(set, text, QStringLiteral("q1"), QStringLiteral("s2"));
    ASSERT_TRUE(toOutlet.ok()) << toOutlet.errorMessage().toStdString();
    applyAndCheckUndo(set, *toOutlet);
    EXPECT_EQ(toOutlet->annotations.size(), 1); // one annotation, one undo step
    EXPECT_EQ(set.find(QStringLiteral("q1"))->link(QStringLiteral("speaker")), QStringLiteral("s2"));
    EXPECT_EQ(set.find(QStringLiteral("q1"))->attribute(QStringLiteral("speakerText")), QStringLiteral("The AP"));
    ASSERT_TRUE(applyChanges(set, *Edits::linkSpeaker(set, text, QStringLiteral("q1"), QStringLiteral("s1"))));
    EXPECT_EQ(set.find(QStringLiteral("q1"))->attribute(QStringLiteral("speakerText")), QStringLiteral("Critics"));

    // No speaker: no speaker's words either.
    ASSERT_TRUE(applyChanges(set, *Edits::linkSpeaker(set, text, QStringLiteral("q1"), QString())));
    EXPECT_FALSE(set.find(QStringLiteral("q1"))->links.contains(QStringLiteral("speaker")));
    EXPECT_FALSE(set.find(QStringLiteral("q1"))->attributes.contains(QStringLiteral("speakerText")));

    // A date does not speak, nor a rejected source.
    const auto date = Edits::linkSpeaker(set, text, QStringLiteral("q1"), QStringLiteral("m2"));
    ASSERT_FALSE(date.ok());
    EXPECT_TRUE(date.errorMessage().contains(QStringLiteral("DATE"))) << date.errorMessage().toStdString();
    ASSERT_TRUE(applyChanges(set, *Edits::setStatus(set, QStringLiteral("s1"), Status::Rejected)));
    EXPECT_FALSE(Edits::linkSpeaker(set, text, QStringLiteral("q1"), QStringLiteral("s1")).ok());
}

TEST(Edits, OnlyPeopleOrganisationsPlacesGroupsAndSourcesSpeak)
{
    Annotation a = mention(QStringLiteral("m"), {0, 1}, QStringLiteral("E"));
    for (const char *label : {"PERSON", "ORG", "GPE", "NORP"}) {
        a.label = QString::fromLatin1(label);
        EXPECT_TRUE(Edits::canSpeak(a)) << label;
    }
    for (const char *label : {"LOC", "DATE"}) {
        a.label = QString::fromLatin1(label);
        EXPECT_FALSE(Edits::canSpeak(a)) << label;
    }
    EXPECT_TRUE(Edits::canSpeak(source(QStringLiteral("s"), {0, 1}, QStringLiteral("OUTLET"))));
    EXPECT_TRUE(Edits::canSpeak(source(QStringLiteral("s"), {0, 1}, QStringLiteral("ANONYMOUS"))));
    Annotation quote = source(QStringLiteral("q"), {0, 1}, QStringLiteral("DIRECT"));
    quote.layer = Layer::Quote;
    EXPECT_FALSE(Edits::canSpeak(quote));
    a.label = QStringLiteral("PERSON");
    a.status = Status::Rejected;
    EXPECT_FALSE(Edits::canSpeak(a));
}

TEST(Navigation, APickVisitsOnlyWhatTheFilterAccepts)
{
    AnnotationSet set = sample();
    Annotation okafor = *set.find(QStringLiteral("m3"));
    okafor.label = QStringLiteral("DATE"); // not a speaker
    set.replace(okafor);
    NavigationFilter filter;
    filter.only = &Edits::canSpeak;
    EXPECT_EQ(neighbour(set, QStringLiteral("q1"), 0, +1, filter), QStringLiteral("m2"));
    EXPECT_EQ(neighbour(set, QStringLiteral("m2"), 0, +1, filter), QStringLiteral("m1")); // wraps past the date
    EXPECT_EQ(neighbour(set, QStringLiteral("q1"), 0, -1, filter), QStringLiteral("m1"));
    EXPECT_EQ(neighbour(set, QStringLiteral("m1"), 0, -1, filter), QStringLiteral("m2"));
}

TEST(Edits, NotesAreAttributes)
{
    AnnotationSet set = sample();
    auto change = Edits::setAttribute(set, QStringLiteral("m2"), QStringLiteral("note"), QStringLiteral("check title"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(set.find(QStringLiteral("m2"))->attribute(QStringLiteral("note")), QStringLiteral("check title"));
}

TEST(Edits, MergingEntitiesMovesMentionsAliasesAndTitles)
{
    AnnotationSet set = sample();
    auto change = Edits::mergeEntities(set, QStringLiteral("E1"), QStringLiteral("E2"));
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_EQ(set.findEntity(QStringLiteral("E2")), nullptr);
    const Entity *kept = set.findEntity(QStringLiteral("E1"));
    EXPECT_EQ(kept->aliases, QStringList{QStringLiteral("Brenner")});
    EXPECT_EQ(kept->titles, QStringList{QStringLiteral("Minister")});
    EXPECT_EQ(set.mentionsOf(QStringLiteral("E1")).size(), 2);
    EXPECT_FALSE(Edits::mergeEntities(set, QStringLiteral("E1"), QStringLiteral("E1")).ok());
}

TEST(Edits, MergingEntitiesOfDifferentTypesIsRefusedUnlessTheyAreRetyped)
{
    AnnotationSet set = sample();
    set.addEntity({QStringLiteral("E4"), QStringLiteral("Berlin"), QStringLiteral("GPE"), {}, {}});
    Annotation berlin = mention(QStringLiteral("m4"), {50, 56}, QStringLiteral("E4"));
    berlin.label = QStringLiteral("GPE");
    set.add(berlin);

    const auto refused = Edits::mergeEntities(set, QStringLiteral("E1"), QStringLiteral("E4"));
    ASSERT_FALSE(refused.ok());
    for (const char *word : {"Berlin", "GPE", "Olaf Brenner", "PERSON"})
        EXPECT_TRUE(refused.errorMessage().contains(QString::fromLatin1(word))) << refused.errorMessage().toStdString();

    const auto retyped = Edits::mergeEntities(set, QStringLiteral("E1"), QStringLiteral("E4"), Edits::TypeMismatch::Retype);
    ASSERT_TRUE(retyped.ok()) << retyped.errorMessage().toStdString();
    applyAndCheckUndo(set, *retyped);
    EXPECT_EQ(set.findEntity(QStringLiteral("E4")), nullptr);
    const Annotation *moved = set.find(QStringLiteral("m4"));
    EXPECT_EQ(moved->link(QStringLiteral("entity")), QStringLiteral("E1"));
    EXPECT_EQ(moved->label, QStringLiteral("PERSON")); // a mention's type is its entity's
    EXPECT_EQ(moved->status, Status::Accepted);
    EXPECT_EQ(set.findEntity(QStringLiteral("E1"))->type, QStringLiteral("PERSON"));

    // Entities of one type merge without being asked, and keep their mentions' status.
    const auto same = Edits::mergeEntities(set, QStringLiteral("E1"), QStringLiteral("E3"));
    ASSERT_TRUE(same.ok());
    ASSERT_TRUE(applyChanges(set, *same));
    EXPECT_EQ(set.find(QStringLiteral("m3"))->status, Status::Suggested);
}

TEST(Edits, SplittingAMentionOutGivesItItsOwnEntity)
{
    AnnotationSet set = sample();
    ASSERT_TRUE(applyChanges(set, *Edits::mergeEntities(set, QStringLiteral("E1"), QStringLiteral("E2"))));
    auto change = Edits::splitMention(set, kText, QStringLiteral("m2"));
    ASSERT_TRUE(change.ok()) << change.errorMessage().toStdString();
    applyAndCheckUndo(set, *change);
    const QString entity = set.find(QStringLiteral("m2"))->link(QStringLiteral("entity"));
    EXPECT_NE(entity, QStringLiteral("E1"));
    EXPECT_EQ(set.findEntity(entity)->name, QStringLiteral("Brenner"));
    // Now alone in its entity: nothing left to split.
    EXPECT_FALSE(Edits::splitMention(set, kText, QStringLiteral("m2")).ok());
}

TEST(Edits, PlacingAnOrphanClearsItsOrphanState)
{
    AnnotationSet set = sample();
    Annotation orphan = *set.find(QStringLiteral("m3"));
    orphan.orphanedQuote = TextQuote{QStringLiteral("Okafour"), {}, {}};
    set.replace(orphan);
    auto change = Edits::placeOrphan(set, QStringLiteral("m3"), {42, 48});
    ASSERT_TRUE(change.ok());
    applyAndCheckUndo(set, *change);
    EXPECT_FALSE(set.find(QStringLiteral("m3"))->isOrphan());
}

TEST(ChangeSet, DifferenceTurnsOneSetIntoTheOther)
{
    const AnnotationSet from = sample();
    AnnotationSet to = from;
    to.remove(QStringLiteral("m3"));
    to.removeEntity(QStringLiteral("E3"));
    Annotation extra = mention(QStringLiteral("m9"), {5, 12}, QStringLiteral("E9"));
    to.add(extra);
    to.addEntity({QStringLiteral("E9"), QStringLiteral("Brenner"), QStringLiteral("PERSON"), {}, {}});
    Annotation changed = *to.find(QStringLiteral("m1"));
    changed.status = Status::Accepted;
    to.replace(changed);

    const ChangeSet change = difference(from, to);
    AnnotationSet applied = from;
    ASSERT_TRUE(applyChanges(applied, change));
    EXPECT_EQ(applied.sorted(), to.sorted());
    EXPECT_EQ(change.affectedRange(), (Span{0, 48}));
    ASSERT_TRUE(applyChanges(applied, change.inverted()));
    EXPECT_EQ(applied.sorted(), from.sorted());
}

TEST(ChangeSetTest, ManyRemovalsApplyAndUndoInOnePass)
{
    // Undoing the suggestions of a whole article removes thousands of annotations at once.
    AnnotationSet before = sample();
    AnnotationSet after = before;
    after.addEntity({QStringLiteral("E9"), QStringLiteral("Crowd"), QStringLiteral("ORG"), {}, {}});
    for (int i = 0; i < 3000; ++i)
        after.add(mention(QStringLiteral("x%1").arg(i), {i % 50, i % 50 + 3}, QStringLiteral("E9")));
    const ChangeSet added = difference(before, after);
    AnnotationSet applied = before;
    ASSERT_TRUE(applyChanges(applied, added));
    EXPECT_EQ(applied.sorted(), after.sorted());
    ASSERT_TRUE(applyChanges(applied, added.inverted()));
    EXPECT_EQ(applied.sorted(), before.sorted());
    EXPECT_EQ(applied.entities(), before.entities());
    EXPECT_EQ(applied.find(QStringLiteral("x7")), nullptr);
    ASSERT_NE(applied.find(QStringLiteral("m2")), nullptr);
    EXPECT_EQ(applied.find(QStringLiteral("m2"))->span, (Span{28, 35}));
    EXPECT_EQ(applied.overlapping(Span{0, 5}).size(), before.overlapping(Span{0, 5}).size()); // the index follows
}

TEST(Navigation, TabVisitsReviewableAnnotationsInOrderAndWraps)
{
    const AnnotationSet set = sample();
    EXPECT_EQ(neighbour(set, QString(), 0, +1), QStringLiteral("m1"));
    EXPECT_EQ(neighbour(set, QStringLiteral("m1"), 0, +1), QStringLiteral("q1"));
    EXPECT_EQ(neighbour(set, QStringLiteral("q1"), 0, +1), QStringLiteral("m2"));
    EXPECT_EQ(neighbour(set, QStringLiteral("m3"), 0, +1), QStringLiteral("m1"));
    EXPECT_EQ(neighbour(set, QStringLiteral("m1"), 0, -1), QStringLiteral("m3"));
    EXPECT_EQ(neighbour(set, QString(), 27, +1), QStringLiteral("m2"));
    EXPECT_EQ(neighbour(set, QString(), 27, -1), QStringLiteral("q1"));

    NavigationFilter unreviewed;
    unreviewed.unreviewedOnly = true;
    EXPECT_EQ(neighbour(set, QStringLiteral("q1"), 0, +1, unreviewed), QStringLiteral("m3")); // m2 is accepted
    NavigationFilter noQuotes;
    noQuotes.hiddenLayers.insert(Layer::Quote);
    EXPECT_EQ(neighbour(set, QStringLiteral("m1"), 0, +1, noQuotes), QStringLiteral("m2"));
}

TEST(Navigation, TabOnALongArticleAgreesWithTheOrderOfAllAnnotations)
{
    // Annotations spread over 400,000 characters, some nested, some far apart, with
    // rejected, accepted and zone annotations among them; neighbour() searches near the
    // current one first, and must still give the next and previous in document order.
    AnnotationSet set;
    std::mt19937 random(7);
    int position = 0;
    for (int i = 0; i < 4000; ++i) {
        position += (i % 500 == 0) ? 90000 : int(random() % 120); // a few long gaps
        position %= 400000;
        Annotation a = mention(QStringLiteral("a%1").arg(i), Span{position, position + 1 + int(random() % 40)},
                               QStringLiteral("E1"), random() % 4 == 0 ? Status::Accepted : Status::Suggested);
        if (random() % 10 == 0)
            a.status = Status::Rejected;
        if (random() % 15 == 0)
            a.layer = Layer::Zone;
        if (random() % 7 == 0)
            a.layer = Layer::Quote;
        set.add(a);
    }
    for (const bool unreviewedOnly : {false, true}) {
        NavigationFilter filter;
        filter.unreviewedOnly = unreviewedOnly;
        QList<Annotation> order;
        for (const Annotation &a : set.sorted())
            if (a.layer != Layer::Zone && a.isActive() && (!unreviewedOnly || a.status == Status::Suggested))
                order.append(a);
        ASSERT_GT(order.size(), 100);
        for (qsizetype i = 0; i < order.size(); i += 7) {
            const QString next = order[(i + 1) % order.size()].id;
            const QString previous = order[(i + order.size() - 1) % order.size()].id;
            EXPECT_EQ(neighbour(set, order[i].id, 0, +1, filter), next) << "after " << order[i].id.toStdString();
            EXPECT_EQ(neighbour(set, order[i].id, 0, -1, filter), previous) << "before " << order[i].id.toStdString();
        }
    }
}

TEST(Navigation, TheAnnotationAtASelectionIsTheInnermost)
{
    AnnotationSet set = sample();
    EXPECT_EQ(annotationAt(set, {3, 3}), QStringLiteral("m1"));
    EXPECT_EQ(annotationAt(set, {18, 26}), QStringLiteral("q1"));
    EXPECT_EQ(annotationAt(set, {13, 13}), QString()); // only the zone
    EXPECT_EQ(annotationAt(set, {3, 20}), QString());  // a selection across annotations
}

TEST(Navigation, ReviewCountsLeaveZonesOut)
{
    AnnotationSet set = sample();
    ReviewCounts counts = reviewCounts(set);
    EXPECT_EQ(counts.total(), 4);
    EXPECT_EQ(counts.reviewed(), 1);
    applyChanges(set, *Edits::setStatus(set, QStringLiteral("m1"), Status::Rejected));
    counts = reviewCounts(set);
    EXPECT_EQ(counts.reviewed(), 2);
    EXPECT_EQ(counts.rejected, 1);
}
