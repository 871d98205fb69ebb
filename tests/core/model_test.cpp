#include "model/annotationset.h"
#include "model/article.h"
#include "model/stableid.h"
#include "qtprinters.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace Lede::Core;

namespace {

Annotation entity(const QString &id, int start, int end, const QString &label = QStringLiteral("PERSON"))
{
    Annotation a;
    a.id = id;
    a.layer = Layer::Entity;
    a.label = label;
    a.span = {start, end};
    return a;
}

} // namespace

TEST(Model, LayerAndStatusNamesRoundTrip)
{
    for (Layer layer : {Layer::Entity, Layer::Quote, Layer::Cue, Layer::Source, Layer::Hedge,
                        Layer::Loaded, Layer::Zone, Layer::Claim})
        EXPECT_EQ(layerFromName(layerName(layer)), layer);
    for (Status status : {Status::Suggested, Status::Accepted, Status::Rejected, Status::Added})
        EXPECT_EQ(statusFromName(statusName(status)), status);
    EXPECT_FALSE(layerFromName(QStringLiteral("Entity")).has_value());
    EXPECT_FALSE(statusFromName(QStringLiteral("")).has_value());
}

TEST(Model, FingerprintIsSha256OfUtf8)
{
    // sha256("abc")
    EXPECT_EQ(fingerprintOf(QStringLiteral("abc")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    Article article{QStringLiteral("é"), QString()};
    EXPECT_EQ(article.fingerprint(), fingerprintOf(QString::fromUtf8("\xc3\xa9")));
    EXPECT_NE(article.fingerprint(), fingerprintOf(QStringLiteral("e")));
}

TEST(AnnotationSet, AddFindRemoveReplace)
{
    AnnotationSet set;
    const QString id = set.add(entity(QStringLiteral("x"), 0, 5));
    EXPECT_EQ(id, QStringLiteral("x"));
    // A duplicate id is replaced by a fresh one rather than shadowing the first.
    const QString second = set.add(entity(QStringLiteral("x"), 6, 9));
    EXPECT_NE(second, QStringLiteral("x"));
    ASSERT_NE(set.find(second), nullptr);
    EXPECT_EQ(set.find(second)->span, (Span{6, 9}));

    Annotation changed = *set.find(id);
    changed.label = QStringLiteral("ORG");
    const auto previous = set.replace(changed);
    ASSERT_TRUE(previous.has_value());
    EXPECT_EQ(previous->label, QStringLiteral("PERSON"));
    EXPECT_EQ(set.find(id)->label, QStringLiteral("ORG"));

    const auto removed = set.remove(id);
    ASSERT_TRUE(removed.has_value());
    EXPECT_EQ(*removed, changed);
    EXPECT_EQ(set.find(id), nullptr);
    EXPECT_NE(set.find(second), nullptr);
    EXPECT_FALSE(set.remove(id).has_value());
}

TEST(AnnotationSet, PositionQueriesFollowEdits)
{
    AnnotationSet set;
    set.add(entity(QStringLiteral("a"), 0, 10));
    set.add(entity(QStringLiteral("b"), 2, 4));
    set.add(entity(QStringLiteral("c"), 12, 20));
    auto ids = [](const QList<const Annotation *> &list) {
        QStringList out;
        for (const Annotation *a : list)
            out.append(a->id);
        return out;
    };
    EXPECT_EQ(ids(set.at(3)), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(ids(set.at(10)), QStringList{});
    EXPECT_EQ(ids(set.overlapping({9, 13})), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));

    Annotation moved = *set.find(QStringLiteral("c"));
    moved.span = {3, 5};
    set.replace(moved);
    EXPECT_EQ(ids(set.at(3)), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    set.remove(QStringLiteral("a"));
    EXPECT_EQ(ids(set.at(3)), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
}

TEST(AnnotationSet, EntitiesAndMentions)
{
    AnnotationSet set;
    const QString e = set.addEntity(Entity{QString(), QStringLiteral("Olaf Brenner"), QStringLiteral("PERSON"),
                                           {QStringLiteral("Brenner")}, {QStringLiteral("Interior Minister")}});
    Annotation m1 = entity(QStringLiteral("m1"), 0, 12);
    m1.links.insert(QString::fromLatin1(LinkRole::Entity), e);
    Annotation m2 = entity(QStringLiteral("m2"), 40, 47);
    m2.links.insert(QString::fromLatin1(LinkRole::Entity), e);
    set.add(m1);
    set.add(m2);
    set.add(entity(QStringLiteral("m3"), 60, 65));
    ASSERT_NE(set.findEntity(e), nullptr);
    EXPECT_EQ(set.mentionsOf(e).size(), 2);
    EXPECT_EQ(set.findEntity(e)->aliases, QStringList{QStringLiteral("Brenner")});
}

TEST(AnnotationSet, SortedIsDocumentOrderWithLongerSpansFirst)
{
    AnnotationSet set;
    set.add(entity(QStringLiteral("inner"), 5, 8));
    set.add(entity(QStringLiteral("later"), 9, 10));
    set.add(entity(QStringLiteral("outer"), 5, 20));
    const QList<Annotation> sorted = set.sorted();
    ASSERT_EQ(sorted.size(), 3);
    EXPECT_EQ(sorted[0].id, QStringLiteral("outer"));
    EXPECT_EQ(sorted[1].id, QStringLiteral("inner"));
    EXPECT_EQ(sorted[2].id, QStringLiteral("later"));
}

TEST(StableId, IsThePrefixAndTenHexDigitsOfTheKeysSha1EveryTime)
{
    // The ids in sidecars written by earlier versions: the scheme must not change.
    auto legacy = [](QChar prefix, const QByteArray &key) {
        return prefix + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10));
    };
    const QList<QByteArray> keys = {"entity|PERSON|10|22", "claim|EVENT|0|140", QStringLiteral("PERSON|Ångström").toUtf8(), ""};
    for (int round = 0; round < 2; ++round) // the hasher is reused: a second round must agree
        for (const QByteArray &key : keys)
            EXPECT_EQ(stableId(u's', key), legacy(u's', key)) << key.constData();
    EXPECT_EQ(stableId(u'E', "PERSON|Olaf Brenner"), legacy(u'E', "PERSON|Olaf Brenner"));
    EXPECT_EQ(stableId(u's', "entity|PERSON|10|22").size(), 11);
}
