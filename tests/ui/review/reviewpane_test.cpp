#include "review/articlestrip.h"
#include "review/reviewpane.h"
#include "review/sharebarchart.h"
#include "review/voicestablemodel.h"

#include <gtest/gtest.h>

#include "qtprinters.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Lede;
using namespace Lede::Core;

namespace {

/// Berg is quoted twice (6 words), critics once (4 words); one hedge, one loaded word.
struct Article {
    QString text = QStringLiteral("Berg said the plan was fair. “It works,” Berg said. “It is a stunt,” Critics "
                                  "claimed. It reportedly costs a shameless sum.");
    AnnotationSet set;
    QString q1, q2, q3, berg1, hedge, loaded;

    Span spanOf(const QString &what, int occurrence = 0) const
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(what, at + 1);
        return Span{int(at), int(at + what.size())};
    }
    QString add(Layer layer, const char *label, const QString &what, int occurrence = 0, QMap<QString, QString> links = {})
    {
        Annotation a;
        a.layer = layer;
        a.label = QString::fromLatin1(label);
        a.span = spanOf(what, occurrence);
        a.links = std::move(links);
        return set.add(a);
    }
    Article()
    {
        set.addEntity(Entity{QStringLiteral("E1"), QStringLiteral("Anna Berg"), QStringLiteral("PERSON"), {}, {}});
        const QMap<QString, QString> e1{{QStringLiteral("entity"), QStringLiteral("E1")}};
        berg1 = add(Layer::Entity, "PERSON", QStringLiteral("Berg"), 0, e1);
        const QString berg2 = add(Layer::Entity, "PERSON", QStringLiteral("Berg"), 1, e1);
        const QString critics = add(Layer::Source, "ANONYMOUS", QStringLiteral("Critics"));
        q1 = add(Layer::Quote, "INDIRECT", QStringLiteral("the plan was fair"), 0, {{QStringLiteral("speaker"), berg1}});
        q2 = add(Layer::Quote, "DIRECT", QStringLiteral("“It works,”"), 0, {{QStringLiteral("speaker"), berg2}});
        q3 = add(Layer::Quote, "DIRECT", QStringLiteral("“It is a stunt,”"), 0, {{QStringLiteral("speaker"), critics}});
        hedge = add(Layer::Hedge, "HEDGE", QStringLiteral("reportedly"));
        loaded = add(Layer::Loaded, "LOADED", QStringLiteral("shameless"));
    }
};

} // namespace

TEST(ReviewPaneTest, VoicesModelShowsTheFiguresAndPassesTheModelTester)
{
    Article article;
    Ui::ReviewPane pane;
    QAbstractItemModelTester tester(pane.voicesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.showReview(Review::reviewArticle(article.set, article.text));
    const Ui::VoicesTableModel *model = pane.voicesModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, Ui::VoicesTableModel::Speaker).data().toString(), QStringLiteral("Anna Berg"));
    EXPECT_EQ(model->index(0, Ui::VoicesTableModel::Words).data().toInt(), 6);
    EXPECT_EQ(model->index(0, Ui::VoicesTableModel::Share).data().toString(), QStringLiteral("60%"));
    EXPECT_EQ(model->index(1, Ui::VoicesTableModel::Quotes).data().toInt(), 1);
    EXPECT_EQ(pane.shareChart()->bars().size(), 2);
}

TEST(ReviewPaneTest, ClickingRowBarOrItemEmitsTheAnnotationIds)
{
    Article article;
    Ui::ReviewPane pane;
    pane.resize(700, 600);
    pane.showReview(Review::reviewArticle(article.set, article.text));
    pane.show();
    pane.tabs()->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &Ui::ReviewPane::annotationsActivated);

    QTableView *view = pane.voicesView();
    const QModelIndex first = view->model()->index(0, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    ASSERT_EQ(spy.count(), 1);
    QStringList ids = spy.takeFirst().at(0).toStringList();
    EXPECT_TRUE(ids.contains(article.q1));
    EXPECT_TRUE(ids.contains(article.q2));
    EXPECT_FALSE(ids.contains(article.q3));

    Ui::ShareBarChart *chart = pane.shareChart();
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(1).center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.takeFirst().at(0).toStringList().contains(article.q3));

    // The Sources tree is filled when its page is shown.
    EXPECT_EQ(pane.sourcesTree()->topLevelItemCount(), 0);
    pane.tabs()->setCurrentIndex(2);
    QTreeWidget *tree = pane.sourcesTree();
    const QList<QTreeWidgetItem *> hedges = tree->findItems(QStringLiteral("reportedly"), Qt::MatchStartsWith | Qt::MatchRecursive);
    ASSERT_EQ(hedges.size(), 1);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(hedges[0]).center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).toStringList(), QStringList{article.hedge});
}

TEST(ReviewPaneTest, FollowsEditsOnRefreshAndRequestsSideChanges)
{
    Article article;
    Ui::ReviewPane pane;
    pane.showReview(Review::reviewArticle(article.set, article.text));
    QSignalSpy sides(&pane, &Ui::ReviewPane::sideChangeRequested);
    Ui::VoicesTableModel *model = pane.voicesModel();
    EXPECT_TRUE(model->setData(model->index(0, Ui::VoicesTableModel::Side), QStringLiteral("government")));
    ASSERT_EQ(sides.count(), 1);
    EXPECT_EQ(sides[0].at(0).toString(), QStringLiteral("entity:E1"));
    EXPECT_EQ(sides[0].at(1).toString(), QStringLiteral("government"));

    // The owner applies the change, rejects a quote, and shows the review that follows.
    Review::setSpeakerSide(article.set, article.text, QStringLiteral("entity:E1"), QStringLiteral("government"));
    Annotation q3 = *article.set.find(article.q3);
    q3.status = Status::Rejected;
    article.set.replace(q3);
    pane.showReview(Review::reviewArticle(article.set, article.text));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, Ui::VoicesTableModel::Side).data().toString(), QStringLiteral("government"));
    EXPECT_EQ(model->index(0, Ui::VoicesTableModel::Share).data().toString(), QStringLiteral("100%"));
    EXPECT_EQ(pane.review().summary.speakers, 1);
}

TEST(ArticleStripTest, MarksSitWhereTheTextIsAndClicksSelectThem)
{
    Article article;
    Ui::ArticleStrip strip;
    strip.resize(16, 1000);
    strip.setMarks(Review::stripMarks(article.set, Review::computeVoices(article.set, article.text)), int(article.text.size()));
    ASSERT_EQ(strip.marks().size(), 5); // three quotes, a hedge, a loaded word
    QSignalSpy ids(&strip, &Ui::ArticleStrip::annotationsActivated);
    QSignalSpy positions(&strip, &Ui::ArticleStrip::positionActivated);
    const int hedgeY = int(double(article.spanOf(QStringLiteral("reportedly")).start) / article.text.size() * 1000);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(12, hedgeY + 1));
    ASSERT_EQ(ids.count(), 1);
    EXPECT_TRUE(ids[0].at(0).toStringList().contains(article.hedge));
    EXPECT_FALSE(ids[0].at(0).toStringList().contains(article.q1));
    ASSERT_EQ(positions.count(), 1);
    EXPECT_NEAR(positions[0].at(0).toInt(), article.spanOf(QStringLiteral("reportedly")).start, 2);

    // A mapper from the editor moves the marks.
    strip.setPositionMapper([](int) { return 0.5; });
    for (const auto &mark : strip.marks())
        EXPECT_EQ(strip.markRect(mark).top(), 500);
}
