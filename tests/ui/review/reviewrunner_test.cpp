// The review runner: results match a review computed in place, edits made while a review
// runs are folded into one more run, and a result for a replaced article is never shown.
#include "review/reviewrunner.h"

#include <gtest/gtest.h>

#include "qtprinters.h"

#include <QTest>

using namespace Lede;
using namespace Lede::Core;

namespace {

/// An article of `quotes` sentences, each a direct quote of the same anonymous speaker.
struct QuotedArticle {
    QString text;
    AnnotationSet set;

    explicit QuotedArticle(int quotes, const QString &name = QStringLiteral("Officials"))
    {
        for (int i = 0; i < quotes; ++i) {
            const int speakerAt = int(text.size());
            text += name + QStringLiteral(" said: ");
            const int quoteAt = int(text.size());
            text += QStringLiteral("“We will win round %1.” ").arg(i);
            Annotation speaker;
            speaker.layer = Layer::Source;
            speaker.label = QStringLiteral("ANONYMOUS");
            speaker.span = Span{speakerAt, speakerAt + int(name.size())};
            const QString speakerId = set.add(speaker);
            Annotation quote;
            quote.layer = Layer::Quote;
            quote.label = QStringLiteral("DIRECT");
            quote.span = Span{quoteAt, int(text.size()) - 1};
            quote.links.insert(QStringLiteral("speaker"), speakerId);
            set.add(quote);
        }
    }
};

/// Every result the runner delivers, in order.
struct Deliveries {
    QList<Ui::ReviewRunner::Result> results;
    explicit Deliveries(Ui::ReviewRunner &runner)
    {
        QObject::connect(&runner, &Ui::ReviewRunner::ready, &runner,
                         [this](const Ui::ReviewRunner::Result &r) { results.append(r); });
    }
};

} // namespace

TEST(ReviewRunnerTest, DeliversTheSameReviewAsOneComputedInPlace)
{
    QuotedArticle article(3);
    Ui::ReviewRunner runner;
    Deliveries delivered(runner);
    runner.setSource(&article.set, &article.text);
    runner.request();
    EXPECT_TRUE(runner.isBusy());
    EXPECT_TRUE(delivered.results.isEmpty()); // nothing before the edits pause
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner.isBusy(); }, 10000));
    ASSERT_EQ(delivered.results.size(), 1);
    const Review::ArticleReview expected = Review::reviewArticle(article.set, article.text);
    const Ui::ReviewRunner::Result &got = delivered.results.first();
    EXPECT_EQ(got.review.summary.quotes, 3);
    EXPECT_EQ(got.review.summary.quotedWords, expected.summary.quotedWords);
    ASSERT_EQ(got.review.voices.speakers.size(), 1);
    EXPECT_EQ(got.review.voices.speakers[0].quoteIds, expected.voices.speakers[0].quoteIds);
    EXPECT_EQ(got.marks.size(), 3);
    EXPECT_EQ(got.textLength, int(article.text.size()));
}

TEST(ReviewRunnerTest, EditsDuringAReviewAreFoldedIntoOneMoreRunOverTheNewestAnnotations)
{
    QuotedArticle article(2000); // long enough that the edits land while the first run works
    Ui::ReviewRunner runner;
    Deliveries delivered(runner);
    runner.setSource(&article.set, &article.text);
    runner.request();
    QTest::qWait(Ui::ReviewRunner::PauseMs + 100); // the first run starts after the pause
    // Five edits: reject one quote after another, asking for a review after each.
    for (int i = 0; i < 5; ++i) {
        Annotation quote = article.set.annotations()[2 * i + 1];
        ASSERT_EQ(quote.layer, Layer::Quote);
        quote.status = Status::Rejected;
        article.set.replace(quote);
        runner.request();
    }
    runner.waitUntilIdle();
    EXPECT_FALSE(runner.isBusy());
    ASSERT_GE(delivered.results.size(), 1);
    EXPECT_LE(delivered.results.size(), 2); // the first run, then one for all five edits
    EXPECT_EQ(delivered.results.last().review.summary.quotes, 2000 - 5);
}

TEST(ReviewRunnerTest, AResultForAReplacedArticleIsDropped)
{
    QuotedArticle first(20000); // long enough to be still under review when it is replaced
    QuotedArticle second(1, QStringLiteral("Critics"));
    Ui::ReviewRunner runner;
    Deliveries delivered(runner);
    runner.setSource(&first.set, &first.text);
    runner.request();
    QTest::qWait(Ui::ReviewRunner::PauseMs + 20); // the first review has started
    ASSERT_TRUE(runner.isBusy());
    runner.setSource(&second.set, &second.text);
    runner.request();
    runner.waitUntilIdle();
    ASSERT_EQ(delivered.results.size(), 1);
    EXPECT_EQ(delivered.results.first().review.summary.quotes, 1);

    // No source: requests are ignored.
    runner.setSource(nullptr, nullptr);
    runner.request();
    EXPECT_FALSE(runner.isBusy());
}
