// A long article in the workbench: its opening suggested first, then the whole article
// replacing or merging with it, pages highlighted on demand, saves and reloads in between.
#include "editor/annotationhighlighter.h"
#include "panels/panels.h"
#include "panels/quotesmodel.h"
#include "qtprinters.h"
#include "session/diskwatcher.h"
#include "uitesthelpers.h"

#include <QUndoStack>

using namespace Lede;
namespace LT = Lede::Test;
using Core::Layer;
using Core::Status;

namespace {

/// An article long enough to be previewed: the sample, repeated to about 1 MB, so that the
/// whole article takes several times longer to read than its opening even on a loaded
/// machine, and the tests can act in between.
QString longArticle()
{
    QString text;
    while (text.size() < 1024 * 1024)
        text += LT::sampleText() + QStringLiteral("\n\n");
    return text;
}

/// Waits for the opening's suggestions; true when the whole article is still being read.
bool waitForTheOpening(const LT::Workbench &bench)
{
    return QTest::qWaitFor([&] { return !bench.annotations().isEmpty(); }, 20000)
           && bench.window->flow()->extraction()->isRunning();
}

/// Waits until the whole article's suggestions are in and shown.
bool waitForTheWhole(const LT::Workbench &bench)
{
    const bool done = QTest::qWaitFor([&] { return !bench.window->flow()->extraction()->isRunning(); }, 60000);
    QApplication::processEvents();
    return done;
}

/// How many annotations start at or after an offset: those of the rest of the article.
int annotationsFrom(const LT::Workbench &bench, qsizetype offset)
{
    int n = 0;
    for (const Core::Annotation &a : bench.annotations().annotations())
        n += a.span.start >= offset;
    return n;
}

/// Makes the current annotation the first person at or after an offset and presses a key on
/// it (Enter accepts, Delete rejects); returns its span, empty when there is none.
Core::Span decideOnFirstPerson(LT::Workbench &bench, int from, Qt::Key key)
{
    const Core::Annotation *person = bench.find(Layer::Entity, QStringLiteral("PERSON"), from);
    if (!person)
        return {};
    const Core::Span span = person->span;
    bench.window->controller()->setCurrent(person->id);
    bench.key(key);
    return span;
}

} // namespace

TEST(WorkbenchLargeArticle, APageScrolledToAheadOfTheBackgroundPassIsHighlightedWhenDrawn)
{
    // 1 MB: highlighted in slices from the event loop rather than at once.
    QTemporaryDir dir;
    const QString text = longArticle();
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(LT::writeArticle(dir, QStringLiteral("long.txt"), text)));
    Ui::ArticleView *view = bench.view();
    Ui::AnnotationHighlighter *highlighter = view->highlighter();

    // Start a pass from the top (one slice runs now), then jump to the end before the
    // event loop can run another slice.
    highlighter->rehighlightInBackground(0);
    ASSERT_TRUE(highlighter->isHighlighting());
    view->moveCursor(QTextCursor::End);
    // A person on the last page, its block as the pass left it (not reached: no formats).
    const int pageStart = view->cursorForPosition(QPoint(10, 10)).block().position();
    const Core::Annotation *person = bench.find(Layer::Entity, QStringLiteral("PERSON"), pageStart);
    ASSERT_NE(person, nullptr);
    view->document()->findBlock(person->span.start).layout()->clearFormats();
    ASSERT_EQ(LT::formatAt(view, person->span.start).background().style(), Qt::NoBrush);

    view->viewport()->repaint();
    EXPECT_TRUE(highlighter->isHighlighting()); // the pass has not reached the end
    EXPECT_NE(LT::formatAt(view, person->span.start).background().style(), Qt::NoBrush);

    // The pass finishes in the background and leaves every block highlighted.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !highlighter->isHighlighting(); }, 20000));
    const int middle = int(text.indexOf(QStringLiteral("Miriam Okafor"), text.size() / 2));
    EXPECT_NE(LT::formatAt(view, middle).background().style(), Qt::NoBrush);
}


TEST(WorkbenchLargeArticle, TheBackgroundPassClearsPagesWhoseAnnotationsAreGone)
{
    // The pass leaves alone blocks with neither formats nor annotations; a block that lost
    // its annotations still has formats, and must lose them too.
    QTemporaryDir dir;
    const QString text = longArticle();
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(LT::writeArticle(dir, QStringLiteral("long.txt"), text)));
    Ui::ArticleView *view = bench.view();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->highlighter()->isHighlighting(); }, 20000));
    const int middle = int(text.indexOf(QStringLiteral("Miriam Okafor"), text.size() / 2));
    ASSERT_NE(LT::formatAt(view, middle).background().style(), Qt::NoBrush);

    // Only the opening's annotations are left, as after undoing the rest of the article.
    Core::AnnotationSet opening;
    for (const Core::Entity &e : bench.annotations().entities())
        opening.addEntity(e);
    for (const Core::Annotation &a : bench.annotations().annotations())
        if (a.span.end <= 32 * 1024)
            opening.add(a);
    bench.session()->adoptSuggestions(opening);
    ASSERT_TRUE(view->highlighter()->isHighlighting());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->highlighter()->isHighlighting(); }, 20000));

    EXPECT_EQ(LT::formatAt(view, middle).background().style(), Qt::NoBrush);
    const Core::Annotation *first = bench.find(Layer::Entity, QStringLiteral("PERSON"));
    ASSERT_NE(first, nullptr);
    EXPECT_NE(LT::formatAt(view, first->span.start).background().style(), Qt::NoBrush);
}

TEST(WorkbenchLargeArticle, ItsOpeningIsSuggestedFirstThenTheWholeReplacesIt)
{
    QTemporaryDir dir;
    const QString text = longArticle();
    const qsizetype opening = Ui::ExtractionRunner::previewLength(text);
    ASSERT_LT(opening, text.size());
    LT::Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(LT::writeArticle(dir, QStringLiteral("long.txt"), text)));

    // The opening's suggestions arrive while the whole article is still being read.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bench.annotations().isEmpty(); }, 20000));
    EXPECT_TRUE(bench.window->flow()->extraction()->isRunning());
    for (const Core::Annotation &a : bench.annotations().annotations())
        ASSERT_LE(a.span.end, opening);

    ASSERT_TRUE(waitForTheWhole(bench));
    EXPECT_GT(annotationsFrom(bench, opening), 1000);
    EXPECT_EQ(bench.session()->undoStack()->count(), 0); // nothing to undo: no one edited
}

TEST(WorkbenchLargeArticle, ADecisionTakenOnTheOpeningSurvivesTheWholeArticleArriving)
{
    QTemporaryDir dir;
    const QString text = longArticle();
    LT::Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(LT::writeArticle(dir, QStringLiteral("long.txt"), text)));
    ASSERT_TRUE(waitForTheOpening(bench));

    // Accept the first person and reject the second, before the rest arrives.
    const Core::Span accepted = decideOnFirstPerson(bench, 0, Qt::Key_Return);
    ASSERT_FALSE(accepted.isEmpty());
    const Core::Span rejected = decideOnFirstPerson(bench, accepted.end, Qt::Key_Delete);
    ASSERT_FALSE(rejected.isEmpty());

    ASSERT_TRUE(waitForTheWhole(bench));
    const auto statusAt = [&](Core::Span span) {
        QList<Status> statuses;
        for (const Core::Annotation &a : bench.annotations().annotations())
            if (a.layer == Layer::Entity && a.span == span)
                statuses.append(a.status);
        return statuses;
    };
    EXPECT_EQ(statusAt(accepted), QList<Status>{Status::Accepted});
    EXPECT_EQ(statusAt(rejected), QList<Status>{Status::Rejected});
    EXPECT_GT(annotationsFrom(bench, Ui::ExtractionRunner::previewLength(text)), 1000);
    // The Quotes panel lists every active quote, before and after the step is undone (it
    // reloads rather than following thousands of row changes one by one).
    const auto activeQuotes = [&] {
        int n = 0;
        for (const Core::Annotation &a : bench.annotations().annotations())
            n += a.layer == Layer::Quote && a.isActive();
        return n;
    };
    Ui::QuotesModel *quotes = bench.window->findChild<Ui::QuotesPanel *>()->model();
    EXPECT_EQ(quotes->rowCount(), activeQuotes());
    const int quotesOfTheWhole = activeQuotes();
    // The rest arrived as one step; undoing it leaves the two decisions.
    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(statusAt(accepted), QList<Status>{Status::Accepted});
    EXPECT_EQ(statusAt(rejected), QList<Status>{Status::Rejected});
    EXPECT_EQ(quotes->rowCount(), activeQuotes());
    EXPECT_LT(activeQuotes(), quotesOfTheWhole / 5); // the opening's alone
}

TEST(WorkbenchLargeArticle, SavingWhileOnlyTheOpeningIsSuggestedLeavesTheRestUnsaved)
{
    QTemporaryDir dir;
    LT::Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(LT::writeArticle(dir, QStringLiteral("long.txt"), longArticle())));
    ASSERT_TRUE(waitForTheOpening(bench));
    bench.view()->setFocus();
    bench.key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(bench.session()->isDirty());

    // The rest arrives after the save: it is not in the sidecar, so closing must ask.
    ASSERT_TRUE(waitForTheWhole(bench));
    EXPECT_GT(bench.annotations().size(), 5000);
    EXPECT_TRUE(bench.session()->isDirty());
}

TEST(WorkbenchLargeArticle, AnnotationsReloadedWhileTheRestIsReadAreKept)
{
    QTemporaryDir dir;
    const QString text = longArticle();
    LT::Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(LT::writeArticle(dir, QStringLiteral("long.txt"), text)));
    ASSERT_TRUE(waitForTheOpening(bench));

    // A decision, then the article is read again from disk (unchanged), keeping the
    // annotations but starting a fresh undo history.
    const Core::Span accepted = decideOnFirstPerson(bench, 0, Qt::Key_Return);
    ASSERT_FALSE(accepted.isEmpty());
    ASSERT_TRUE(bench.session()->reloadArticleKeepingAnnotations());
    ASSERT_EQ(bench.session()->undoStack()->count(), 0);

    ASSERT_TRUE(waitForTheWhole(bench));
    int acceptedThere = 0;
    for (const Core::Annotation &a : bench.annotations().annotations())
        acceptedThere += a.layer == Layer::Entity && a.span == accepted && a.status == Status::Accepted;
    EXPECT_EQ(acceptedThere, 1);
    EXPECT_GT(annotationsFrom(bench, Ui::ExtractionRunner::previewLength(text)), 1000); // merged in, not dropped
}

TEST(WorkbenchLargeArticle, AnArticleChangedOnDiskWhileTheRestIsReadIsReadAgain)
{
    QTemporaryDir dir;
    const QString text = longArticle();
    const QString path = LT::writeArticle(dir, QStringLiteral("long.txt"), text);
    LT::Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(path));
    ASSERT_TRUE(waitForTheOpening(bench));

    // Another program puts a note in front; the analyst reloads.
    const QString note = QStringLiteral("Editor's note: corrected on Friday.\n\n");
    LT::writeArticle(dir, QStringLiteral("long.txt"), note + text);
    bench.log->answers = {Ui::Notifier::Answer::Yes};
    bench.window->flow()->diskWatcher()->checkNow();
    ASSERT_TRUE(bench.session()->text().startsWith(note));

    // The rest of the new text gets its suggestions all the same.
    ASSERT_TRUE(waitForTheWhole(bench));
    EXPECT_GT(annotationsFrom(bench, Ui::ExtractionRunner::previewLength(text) + note.size()), 1000);
}
