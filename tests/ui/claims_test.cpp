// Claims in the workbench: the margin bars, the Claims panel, corrections by key and in the
// Inspector with undo and redo, the review pane's unbacked accusations, saving and reopening.
#include "editor/annotationhighlighter.h"
#include "io/sidecarfile.h"
#include "panels/claimsmodel.h"
#include "panels/inspector.h"
#include "panels/legend.h"
#include "panels/panels.h"
#include "qtprinters.h"
#include "review/reviewpane.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Lede;
namespace LT = Lede::Test;
using Core::Layer;
using Core::Status;

namespace {

const QString kPlan = QStringLiteral("The plan, which the cabinet approved last week");

class Claims : public ::testing::Test
{
protected:
    void SetUp() override
    {
        article = LT::copySample(dir);
        ASSERT_TRUE(bench.open(article));
        panel = bench.window->findChild<Ui::ClaimsPanel *>();
        inspector = bench.window->findChild<Ui::Inspector *>();
        review = bench.window->findChild<Ui::ReviewPane *>();
        ASSERT_TRUE(panel && inspector && review);
        bench.view()->setFocus();
    }

    /// The claim whose sentence starts with `opening`.
    QString claimStarting(const QString &opening) const
    {
        const int at = int(bench.session()->text().indexOf(opening));
        for (const Core::Annotation &a : bench.annotations().annotations())
            if (a.layer == Layer::Claim && a.span.start == at)
                return a.id;
        ADD_FAILURE() << "no claim starts with " << opening.toStdString();
        return {};
    }
    const Core::Annotation &claim(const QString &id) const { return *bench.annotations().find(id); }
    int activeClaims() const
    {
        int n = 0;
        for (const Core::Annotation &a : bench.annotations().annotations())
            n += a.layer == Layer::Claim && a.isActive();
        return n;
    }
    /// The panel's cell in the row shown at `proxyRow` (in the panel's sorted order).
    QString cell(int proxyRow, int column) const { return panel->proxy()->index(proxyRow, column).data().toString(); }
    QString idAtRow(int proxyRow) const { return panel->proxy()->index(proxyRow, 0).data(Ui::IdRowModel::IdRole).toString(); }
    void pickLabel(const QString &label)
    {
        const int index = inspector->labelBox()->findText(label);
        ASSERT_GE(index, 0);
        inspector->labelBox()->setCurrentIndex(index);
        Q_EMIT inspector->labelBox()->activated(index);
    }
    void pickBacking(const QString &backing)
    {
        const int index = inspector->backingBox()->findData(backing);
        ASSERT_GE(index, 0);
        inspector->backingBox()->setCurrentIndex(index);
        Q_EMIT inspector->backingBox()->activated(index);
    }
    /// The first group of the Sources page, as the analyst sees it once the review caught up.
    QTreeWidgetItem *unbackedGroup() const
    {
        bench.waitForReview();
        review->tabs()->setCurrentWidget(review->sourcesTree());
        return review->sourcesTree()->topLevelItem(0);
    }
    int unbackedAccusations() const
    {
        bench.waitForReview();
        return review->review().summary.unbackedAccusations;
    }
    void undo() { bench.key(Qt::Key_Z, Qt::ControlModifier); }
    void redo() { bench.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    QTemporaryDir dir;
    QString article;
    LT::Workbench bench;
    Ui::ClaimsPanel *panel = nullptr;
    Ui::Inspector *inspector = nullptr;
    Ui::ReviewPane *review = nullptr;
};

} // namespace

TEST_F(Claims, ThePanelListsEveryClaimWithItsHolderAndBacking)
{
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_GT(activeClaims(), 10);
    EXPECT_EQ(panel->model()->rowCount(), activeClaims());
    const QString plan = claimStarting(kPlan);
    const int row = panel->model()->rowOf(plan);
    ASSERT_GE(row, 0);
    const auto at = [&](int column) { return panel->model()->index(row, column).data().toString(); };
    EXPECT_EQ(at(Ui::ClaimsModel::Kind), QStringLiteral("prediction"));
    EXPECT_EQ(at(Ui::ClaimsModel::Holder), QStringLiteral("author"));
    EXPECT_EQ(at(Ui::ClaimsModel::Backing), QStringLiteral("none"));
    EXPECT_EQ(at(Ui::ClaimsModel::Status), QStringLiteral("suggested"));
    EXPECT_TRUE(at(Ui::ClaimsModel::Flag).isEmpty());
    EXPECT_TRUE(at(Ui::ClaimsModel::Text).startsWith(kPlan));
    EXPECT_EQ(at(Ui::ClaimsModel::Checkworthiness), claim(plan).attribute(QStringLiteral("checkworthiness")));
    // The Associated Press claim rests on an outlet.
    const int ap = panel->model()->rowOf(claimStarting(QStringLiteral("According to the Associated Press")));
    ASSERT_GE(ap, 0);
    EXPECT_EQ(panel->model()->index(ap, Ui::ClaimsModel::Backing).data().toString(), QStringLiteral("outlet"));

    // With no unbacked accusation in the sample, the default order is the article's.
    for (int r = 1; r < panel->proxy()->rowCount(); ++r)
        EXPECT_LT(claim(idAtRow(r - 1)).span.start, claim(idAtRow(r)).span.start);
}

TEST_F(Claims, AnUnbackedAccusationSortsFirstAndLeadsTheReview)
{
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    EXPECT_EQ(inspector->labelBox()->currentText(), QStringLiteral("PREDICTION"));
    EXPECT_TRUE(inspector->backingBox()->isVisibleTo(inspector));
    ASSERT_EQ(unbackedGroup()->text(0), QStringLiteral("Unbacked accusations in the author's voice"));
    EXPECT_EQ(unbackedGroup()->text(1), QStringLiteral("0"));

    pickLabel(QStringLiteral("ACCUSATION"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("flag")), QStringLiteral("unbacked-accusation"));
    EXPECT_EQ(idAtRow(0), plan);
    EXPECT_EQ(cell(0, Ui::ClaimsModel::Flag), QStringLiteral("unbacked accusation"));
    EXPECT_TRUE(inspector->claimInfo()->text().contains(QStringLiteral("Unbacked accusation")));

    // The review pane lists it first under Sources, and its item selects the claim.
    EXPECT_EQ(unbackedAccusations(), 1);
    ASSERT_EQ(unbackedGroup()->childCount(), 1);
    EXPECT_EQ(unbackedGroup()->text(1), QStringLiteral("1"));
    QTreeWidgetItem *item = unbackedGroup()->child(0);
    EXPECT_TRUE(item->text(0).startsWith(kPlan));
    bench.window->controller()->setCurrent(QString());
    bench.window->findChild<QDockWidget *>(QStringLiteral("ReviewDock"))->raise();
    review->tabs()->setCurrentWidget(review->sourcesTree());
    QApplication::processEvents();
    QTreeWidget *tree = review->sourcesTree();
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    EXPECT_EQ(bench.window->controller()->currentId(), plan);
    EXPECT_EQ(bench.view()->selectionSpan(), claim(plan).span);

    // A hedge as backing lifts the flag; undo brings it back, redo lifts it again.
    pickBacking(QStringLiteral("hedged"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("backing")), QStringLiteral("hedged"));
    EXPECT_FALSE(claim(plan).attributes.contains(QStringLiteral("flag")));
    EXPECT_NE(idAtRow(0), plan);
    EXPECT_EQ(unbackedAccusations(), 0);
    undo();
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("backing")), QStringLiteral("none"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("flag")), QStringLiteral("unbacked-accusation"));
    EXPECT_EQ(inspector->backingBox()->currentData().toString(), QStringLiteral("none"));
    undo();
    EXPECT_EQ(claim(plan).label, QStringLiteral("PREDICTION"));
    EXPECT_FALSE(claim(plan).attributes.contains(QStringLiteral("flag")));
    EXPECT_EQ(claim(plan).status, Status::Suggested);
    redo();
    redo();
    EXPECT_EQ(claim(plan).label, QStringLiteral("ACCUSATION"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("backing")), QStringLiteral("hedged"));
}

TEST_F(Claims, TheHolderIsTypedOrPickedInTheInspector)
{
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    pickLabel(QStringLiteral("ACCUSATION"));
    ASSERT_EQ(inspector->holderBox()->currentText(), QStringLiteral("author"));

    QLineEdit *typed = inspector->holderBox()->lineEdit();
    typed->setFocus();
    typed->selectAll();
    QTest::keyClicks(typed, QStringLiteral("a ministry insider"));
    QTest::keyClick(typed, Qt::Key_Return);
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("holder")), QStringLiteral("a ministry insider"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("holderKind")), QStringLiteral("quoted"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("backing")), QStringLiteral("named"));
    EXPECT_FALSE(claim(plan).attributes.contains(QStringLiteral("flag")));
    EXPECT_EQ(panel->model()->index(panel->model()->rowOf(plan), Ui::ClaimsModel::Holder).data().toString(),
              QStringLiteral("a ministry insider"));

    // Only who can speak holds a claim: a date tagged by hand is an entity, but not offered.
    const int words = int(bench.session()->text().indexOf(QStringLiteral("news conference")));
    ASSERT_GE(words, 0);
    bench.view()->selectSpan({words, words + 15});
    bench.key(Qt::Key_D);
    ASSERT_TRUE(std::any_of(bench.annotations().entities().cbegin(), bench.annotations().entities().cend(),
                            [](const Core::Entity &e) { return e.type == QStringLiteral("DATE"); }));
    bench.window->controller()->setCurrent(plan);
    EXPECT_EQ(inspector->holderBox()->findText(QStringLiteral("(DATE)"), Qt::MatchEndsWith), -1);
    EXPECT_GE(inspector->holderBox()->findText(QStringLiteral("(GPE)"), Qt::MatchEndsWith), 0);
    const int okafor = inspector->holderBox()->findText(QStringLiteral("Miriam Okafor (PERSON)"));
    ASSERT_GE(okafor, 0);
    inspector->holderBox()->setCurrentIndex(okafor);
    Q_EMIT inspector->holderBox()->activated(okafor);
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("holder")), QStringLiteral("Miriam Okafor"));
    const Core::Annotation *mention = bench.annotations().find(claim(plan).link(QStringLiteral("holder")));
    ASSERT_NE(mention, nullptr);
    EXPECT_EQ(mention->layer, Layer::Entity);

    const int author = inspector->holderBox()->findText(QStringLiteral("author"));
    inspector->holderBox()->setCurrentIndex(author);
    Q_EMIT inspector->holderBox()->activated(author);
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("holderKind")), QStringLiteral("author"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("backing")), QStringLiteral("none"));
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("flag")), QStringLiteral("unbacked-accusation"));
    undo();
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("holder")), QStringLiteral("Miriam Okafor"));
}

TEST_F(Claims, SPicksTheHolderFromAMentionLikeASpeaker)
{
    const QString claimId = claimStarting(QStringLiteral("Okafor argued that the real bottleneck"));
    bench.window->controller()->setCurrent(claimId);
    bench.key(Qt::Key_S);
    bench.key(Qt::Key_Backtab, Qt::ShiftModifier); // the mention before the claim
    const Core::Annotation *mention = bench.current();
    ASSERT_NE(mention, nullptr);
    ASSERT_EQ(mention->layer, Layer::Entity);
    const QString mentionId = mention->id;
    bench.key(Qt::Key_Return);
    EXPECT_EQ(claim(claimId).link(QStringLiteral("holder")), mentionId);
    EXPECT_EQ(bench.window->controller()->currentId(), claimId);
}

TEST_F(Claims, EnterAcceptsDeleteRejectsAndAltArrowsResizeAClaim)
{
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    const Core::Span span = claim(plan).span;
    bench.key(Qt::Key_Return);
    EXPECT_EQ(claim(plan).status, Status::Accepted);
    EXPECT_EQ(panel->model()->index(panel->model()->rowOf(plan), Ui::ClaimsModel::Status).data().toString(),
              QStringLiteral("accepted"));
    undo();
    EXPECT_EQ(claim(plan).status, Status::Suggested);

    const int rows = panel->model()->rowCount();
    bench.window->controller()->setCurrent(plan);
    bench.key(Qt::Key_Delete);
    EXPECT_EQ(claim(plan).status, Status::Rejected);
    EXPECT_EQ(panel->model()->rowCount(), rows - 1); // rejected claims leave the panel
    EXPECT_LT(panel->model()->rowOf(plan), 0);
    undo();
    EXPECT_EQ(panel->model()->rowCount(), rows);

    bench.window->controller()->setCurrent(plan);
    bench.key(Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(claim(plan).span, (Core::Span{span.start, span.end - 1}));
    bench.key(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(claim(plan).span, (Core::Span{span.start - 1, span.end - 1}));
    bench.key(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(claim(plan).span, (Core::Span{span.start, span.end - 1}));
    bench.key(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier); // a word earlier
    EXPECT_LT(claim(plan).span.start, span.start - 1);
    EXPECT_GE(panel->model()->rowOf(plan), 0); // still listed
    undo(); // consecutive resizes are one step
    EXPECT_EQ(claim(plan).span, span);
}

TEST_F(Claims, TheClaimKeyTagsASelectionAndCyclesKinds)
{
    const QString words = QStringLiteral("Police said the demonstration was peaceful.");
    const int at = int(bench.session()->text().indexOf(words));
    const Core::Span span{at, at + int(words.size())};
    // Whether or not the stage found it, a claim over exactly these words is made by hand here.
    for (const Core::Annotation *a : bench.annotations().overlapping(span))
        if (a->layer == Layer::Claim && a->span == span)
            bench.window->controller()->setStatus(a->id, Status::Rejected);
    const int rows = panel->model()->rowCount();
    bench.view()->selectSpan(span);
    bench.key(Qt::Key_A);
    const Core::Annotation *made = bench.current();
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->layer, Layer::Claim);
    EXPECT_EQ(made->label, QStringLiteral("EVENT"));
    EXPECT_EQ(made->status, Status::Added);
    EXPECT_EQ(made->attribute(QStringLiteral("holder")), QStringLiteral("author"));
    EXPECT_EQ(panel->model()->rowCount(), rows + 1);
    const QString id = made->id;
    bench.key(Qt::Key_A);
    EXPECT_EQ(claim(id).label, QStringLiteral("NUMBER"));

    // The key is in the Tag menu and the legend.
    bool inMenu = false;
    for (QAction *menu : bench.window->menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                inMenu = inMenu || (a->text() == QStringLiteral("Cl&aim") && a->shortcut() == QKeySequence(Qt::Key_A));
    EXPECT_TRUE(inMenu);
    bool inLegend = false;
    for (QLabel *label : bench.window->findChild<Ui::Legend *>()->findChildren<QLabel *>())
        inLegend = inLegend || label->text() == QStringLiteral("<kbd>A</kbd>");
    EXPECT_TRUE(inLegend);
}

TEST_F(Claims, TheClaimKeyGivesASuggestedClaimTheNextKind)
{
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    bench.key(Qt::Key_A); // the next kind after PREDICTION, wrapping around
    EXPECT_EQ(claim(plan).label, QStringLiteral("EVENT"));
    EXPECT_EQ(claim(plan).status, Status::Accepted);
    EXPECT_EQ(bench.window->controller()->currentId(), plan);
    EXPECT_TRUE(bench.view()->hasFocus());
    for (const char *kind : {"NUMBER", "COMPARISON", "CAUSE", "ACCUSATION"}) {
        bench.key(Qt::Key_A);
        EXPECT_EQ(claim(plan).label, QString::fromLatin1(kind));
    }
    EXPECT_EQ(claim(plan).attribute(QStringLiteral("flag")), QStringLiteral("unbacked-accusation"));
}

TEST_F(Claims, TheMarginDrawsABarPerClaimAndAClickSelectsIt)
{
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    QApplication::processEvents();
    QList<Ui::ArticleView::ClaimSegment> segments = bench.view()->claimSegments();
    ASSERT_FALSE(segments.isEmpty());
    QSet<QString> ids;
    for (const auto &s : segments) {
        EXPECT_EQ(claim(s.id).layer, Layer::Claim);
        EXPECT_GT(s.rect.height(), 0);
        EXPECT_TRUE(bench.view()->claimMargin()->rect().contains(QPoint(s.rect.center().x(), 0)));
        ids.insert(s.id);
    }
    EXPECT_EQ(ids.size(), segments.size()); // one segment per claim
    ASSERT_TRUE(ids.contains(plan));
    const auto segmentOf = [&](const QString &id) {
        for (const auto &s : bench.view()->claimSegments())
            if (s.id == id)
                return s;
        return Ui::ArticleView::ClaimSegment{};
    };
    EXPECT_TRUE(segmentOf(plan).current);
    EXPECT_TRUE(segmentOf(plan).style.dashed); // a suggestion

    // Claims are not drawn in the text: a word inside one has no underline.
    const int inside = int(bench.session()->text().indexOf(QStringLiteral("processing centres")));
    EXPECT_EQ(LT::formatAt(bench.view(), bench.view()->viewMap().toView(inside)).underlineStyle(), QTextCharFormat::NoUnderline);

    // Clicking another claim's bar selects that claim.
    QString other;
    for (const auto &s : segments)
        if (s.id != plan)
            other = s.id;
    ASSERT_FALSE(other.isEmpty());
    QTest::mouseClick(bench.view()->claimMargin(), Qt::LeftButton, {}, segmentOf(other).rect.center());
    EXPECT_EQ(bench.window->controller()->currentId(), other);
    EXPECT_EQ(bench.view()->selectionSpan(), claim(other).span);
    EXPECT_TRUE(segmentOf(other).current);

    // Accepted: a solid bar; an unbacked accusation: the warning colour.
    bench.key(Qt::Key_Return);
    EXPECT_FALSE(segmentOf(other).style.dashed);
    bench.window->controller()->setCurrent(plan);
    pickLabel(QStringLiteral("ACCUSATION"));
    EXPECT_EQ(segmentOf(plan).style.colour, bench.view()->highlighter()->palette().warning);
    EXPECT_NE(segmentOf(other).style.colour, bench.view()->highlighter()->palette().warning);

    // The legend's Claims switch hides and shows the margin.
    QCheckBox *claimsBox = nullptr;
    for (QCheckBox *box : bench.window->findChild<Ui::Legend *>()->findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("Claims"))
            claimsBox = box;
    ASSERT_NE(claimsBox, nullptr);
    claimsBox->click();
    EXPECT_TRUE(bench.view()->claimSegments().isEmpty());
    claimsBox->click();
    EXPECT_FALSE(bench.view()->claimSegments().isEmpty());
}

TEST_F(Claims, PickingARowSelectsTheClaimInTheEditor)
{
    const QString ap = claimStarting(QStringLiteral("According to the Associated Press"));
    const int row = panel->model()->rowOf(ap);
    ASSERT_GE(row, 0);
    panel->view()->setCurrentIndex(panel->proxy()->mapFromSource(panel->model()->index(row, 0)));
    EXPECT_EQ(bench.window->controller()->currentId(), ap);
    EXPECT_EQ(bench.view()->selectionSpan(), claim(ap).span);
    // And the panel follows the editor.
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    EXPECT_EQ(panel->currentId(), plan);
}

TEST_F(Claims, ClaimCorrectionsAreSavedAndComeBack)
{
    const QString plan = claimStarting(kPlan);
    bench.window->controller()->setCurrent(plan);
    pickLabel(QStringLiteral("ACCUSATION"));
    pickBacking(QStringLiteral("anonymous"));
    pickBacking(QStringLiteral("none"));
    bench.view()->setFocus();
    bench.key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(bench.window->isWindowModified());
    EXPECT_TRUE(bench.log->warnings.isEmpty());
    QFile sidecar(Core::SidecarFile::pathFor(article));
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    EXPECT_TRUE(sidecar.readAll().contains("unbacked-accusation"));

    LT::Workbench again;
    ASSERT_TRUE(again.open(article));
    const Core::Annotation *reopened = again.annotations().find(plan);
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->label, QStringLiteral("ACCUSATION"));
    EXPECT_EQ(reopened->status, Status::Accepted);
    EXPECT_EQ(reopened->attribute(QStringLiteral("backing")), QStringLiteral("none"));
    EXPECT_EQ(reopened->attribute(QStringLiteral("flag")), QStringLiteral("unbacked-accusation"));
    auto *panelAgain = again.window->findChild<Ui::ClaimsPanel *>();
    EXPECT_EQ(panelAgain->proxy()->index(0, 0).data(Ui::IdRowModel::IdRole).toString(), plan);
    auto *reviewAgain = again.window->findChild<Ui::ReviewPane *>();
    reviewAgain->tabs()->setCurrentWidget(reviewAgain->sourcesTree());
    EXPECT_EQ(reviewAgain->sourcesTree()->topLevelItem(0)->childCount(), 1);
}
