#include "model/merge.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core;

namespace {

Annotation make(const QString &id, Layer layer, const QString &label, Span span, Status status)
{
    Annotation a;
    a.id = id;
    a.layer = layer;
    a.label = label;
    a.span = span;
    a.status = status;
    if (status != Status::Added)
        a.origin = Origin{QStringLiteral("test"), QStringLiteral("1")};
    return a;
}

} // namespace

TEST(MergeExtraction, AnalystDecisionsWinAndRejectedStayRejected)
{
    AnnotationSet existing;
    existing.add(make(QStringLiteral("s1"), Layer::Entity, QStringLiteral("PERSON"), {0, 5}, Status::Rejected));
    existing.add(make(QStringLiteral("s2"), Layer::Entity, QStringLiteral("ORG"), {10, 15}, Status::Accepted));
    existing.add(make(QStringLiteral("h1"), Layer::Entity, QStringLiteral("ORG"), {20, 25}, Status::Added));
    existing.add(make(QStringLiteral("old"), Layer::Entity, QStringLiteral("GPE"), {30, 35}, Status::Suggested));

    ExtractionResult fresh;
    fresh.annotations.append(make(QStringLiteral("s1"), Layer::Entity, QStringLiteral("PERSON"), {0, 5}, Status::Suggested));
    // The analyst retyped this span by hand: the fresh PERSON must not come back.
    fresh.annotations.append(make(QStringLiteral("s9"), Layer::Entity, QStringLiteral("PERSON"), {20, 25}, Status::Suggested));
    fresh.annotations.append(make(QStringLiteral("s3"), Layer::Entity, QStringLiteral("DATE"), {40, 45}, Status::Suggested));
    Annotation quote = make(QStringLiteral("q1"), Layer::Quote, QStringLiteral("DIRECT"), {50, 80}, Status::Suggested);
    quote.links.insert(QString::fromLatin1(LinkRole::Speaker), QStringLiteral("s9"));
    fresh.annotations.append(quote);

    const AnnotationSet merged = mergeExtraction(existing, fresh);
    EXPECT_EQ(merged.find(QStringLiteral("s1"))->status, Status::Rejected);
    EXPECT_EQ(merged.find(QStringLiteral("s2"))->status, Status::Accepted);
    EXPECT_EQ(merged.find(QStringLiteral("h1"))->label, QStringLiteral("ORG"));
    EXPECT_EQ(merged.find(QStringLiteral("s9")), nullptr);
    EXPECT_EQ(merged.find(QStringLiteral("old")), nullptr) << "stale suggestions give way to fresh ones";
    EXPECT_NE(merged.find(QStringLiteral("s3")), nullptr);
    // The quote's speaker link now points to the analyst's annotation of that span.
    EXPECT_EQ(merged.find(QStringLiteral("q1"))->link(QStringLiteral("speaker")), QStringLiteral("h1"));
    EXPECT_EQ(merged.size(), 5);
}

TEST(MergeExtraction, SuggestionsThatDecisionsLinkToAreKept)
{
    AnnotationSet existing;
    existing.add(make(QStringLiteral("m1"), Layer::Entity, QStringLiteral("PERSON"), {0, 5}, Status::Suggested));
    Annotation quote = make(QStringLiteral("q1"), Layer::Quote, QStringLiteral("DIRECT"), {10, 30}, Status::Added);
    quote.links.insert(QString::fromLatin1(LinkRole::Speaker), QStringLiteral("m1"));
    existing.add(quote);
    const AnnotationSet merged = mergeExtraction(existing, ExtractionResult{});
    EXPECT_NE(merged.find(QStringLiteral("m1")), nullptr);
    EXPECT_NE(merged.find(QStringLiteral("q1")), nullptr);
}

TEST(MergeExtraction, RunningTwiceChangesNothing)
{
    ExtractionResult fresh;
    fresh.annotations.append(make(QStringLiteral("s1"), Layer::Entity, QStringLiteral("PERSON"), {0, 5}, Status::Suggested));
    fresh.entities.append(Entity{QStringLiteral("E1"), QStringLiteral("Olaf"), QStringLiteral("PERSON"), {}, {}});
    fresh.annotations[0].links.insert(QString::fromLatin1(LinkRole::Entity), QStringLiteral("E1"));
    const AnnotationSet once = mergeExtraction(AnnotationSet{}, fresh);
    const AnnotationSet twice = mergeExtraction(once, fresh);
    EXPECT_EQ(once, twice);
}
