// Never losing work: autosave and recovery, changes on disk, running the extraction again.
#include "edit/edits.h"
#include "io/sidecarfile.h"
#include "qtprinters.h"
#include "session/autosaver.h"
#include "session/diskwatcher.h"
#include "session/recentfiles.h"
#include "session/recoverystore.h"
#include "editor/annotationhighlighter.h"
#include "theme/annotationpalette.h"

#include <QStandardPaths>
#include "uitesthelpers.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Lede;
namespace LT = Lede::Test;
using Core::Status;

namespace {

QString firstSuggestion(const Core::AnnotationSet &set)
{
    for (const Core::Annotation &a : set.sorted())
        if (a.status == Status::Suggested && a.layer != Core::Layer::Zone)
            return a.id;
    return {};
}

} // namespace

TEST(Recovery, AutosavedWorkIsOfferedOnTheNextStart)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    QString accepted;
    {
        LT::Workbench bench;
        ASSERT_TRUE(bench.open(article));
        // Nothing to recover while nothing changed.
        EXPECT_FALSE(bench.window->autosaver()->autosaveNow());
        accepted = firstSuggestion(bench.annotations());
        bench.window->controller()->setStatus(accepted, Status::Accepted);
        ASSERT_TRUE(bench.window->autosaver()->autosaveNow());
        EXPECT_TRUE(bench.window->autosaver()->store().pendingFor(article).has_value());
        // A crash: the window goes away without closing, the recovery file stays.
        bench.window.release()->deleteLater();
    }
    LT::Workbench next;
    next.log->answers = {Ui::Notifier::Answer::Yes};
    ASSERT_TRUE(next.window->openArticle(article));
    ASSERT_EQ(next.log->questions, QStringList{QStringLiteral("Recover unsaved work?")});
    EXPECT_EQ(next.annotations().find(accepted)->status, Status::Accepted);
    EXPECT_TRUE(next.window->isWindowModified());
    // The first suggestions, read from the moment the article was, are not laid over it.
    const Core::AnnotationSet recovered = next.annotations();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !next.window->flow()->extraction()->isRunning(); }, 20000));
    QApplication::processEvents();
    EXPECT_EQ(next.annotations(), recovered);
    // Recovering is one undo step, and saving removes the recovery file.
    EXPECT_EQ(next.session()->undoStack()->count(), 1);
    ASSERT_TRUE(next.window->save());
    EXPECT_FALSE(next.window->autosaver()->store().pendingFor(article).has_value());
}

TEST(Recovery, DecliningDeletesTheRecoveryFile)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    Ui::RecoveryStore store;
    Core::Result<Core::ArticleDocument> document = Core::ArticleDocument::open(article);
    ASSERT_TRUE(document.ok());
    ASSERT_TRUE(store.write(*document).ok());
    LT::Workbench bench;
    bench.log->answers = {Ui::Notifier::Answer::No};
    ASSERT_TRUE(bench.open(article));
    EXPECT_EQ(bench.log->questions.size(), 1);
    EXPECT_FALSE(store.pendingFor(article).has_value());
    EXPECT_FALSE(bench.window->isWindowModified());
}

TEST(Recovery, RecoveryFilesLiveInTheApplicationDataFolder)
{
    const Ui::RecoveryStore store;
    const QString path = store.pathFor(QStringLiteral("/news/a/story.txt"));
    EXPECT_TRUE(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    EXPECT_NE(path, store.pathFor(QStringLiteral("/news/b/story.txt")));
}

TEST(DiskChanges, AnEditedArticleIsReloadedWithItsAnnotationsPlacedAgain)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(article));
    const QString id = firstSuggestion(bench.annotations());
    bench.window->controller()->setStatus(id, Status::Accepted);
    const QString words = bench.session()->text().mid(bench.annotations().find(id)->span.start,
                                                      bench.annotations().find(id)->span.length());

    // Another program puts a paragraph in front of the article.
    const QString prefix = QStringLiteral("Editor's note: updated with the minister's statement.\n\n");
    LT::writeArticle(dir, QStringLiteral("sample.txt"), prefix + LT::sampleText());
    bench.log->answers = {Ui::Notifier::Answer::Yes};
    bench.window->flow()->diskWatcher()->checkNow();
    ASSERT_EQ(bench.log->questions, QStringList{QStringLiteral("The article changed on disk")});

    EXPECT_TRUE(bench.session()->text().startsWith(prefix));
    const Core::Annotation *moved = bench.annotations().find(id);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->status, Status::Accepted); // the decision survived the reload
    EXPECT_EQ(bench.session()->text().mid(moved->span.start, moved->span.length()), words);
    EXPECT_TRUE(bench.window->isWindowModified());
    EXPECT_TRUE(bench.view()->toPlainText().startsWith(prefix.trimmed()));
}

TEST(DiskChanges, SavingDoesNotReportAChange)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(article));
    ASSERT_TRUE(bench.window->save());
    bench.window->flow()->diskWatcher()->checkNow();
    EXPECT_TRUE(bench.log->questions.isEmpty());
}

TEST(DiskChanges, ASidecarWrittenElsewhereCanBeReloaded)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(article));
    ASSERT_TRUE(bench.window->save());

    // Another Lede accepts a suggestion and saves.
    Core::Result<Core::ArticleDocument> other = Core::ArticleDocument::open(article);
    ASSERT_TRUE(other.ok());
    const QString id = firstSuggestion(other->annotations);
    Core::applyChanges(other->annotations, *Core::Edits::setStatus(other->annotations, id, Status::Accepted));
    ASSERT_TRUE(other->save().ok());

    bench.log->answers = {Ui::Notifier::Answer::Yes};
    bench.window->flow()->diskWatcher()->checkNow();
    ASSERT_EQ(bench.log->questions, QStringList{QStringLiteral("The annotations changed on disk")});
    EXPECT_EQ(bench.annotations().find(id)->status, Status::Accepted);
}

TEST(Extraction, RunningItAgainKeepsEveryDecision)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(article));
    const QString rejected = firstSuggestion(bench.annotations());
    bench.window->controller()->setStatus(rejected, Status::Rejected);
    const int before = bench.annotations().size();

    bench.window->flow()->runExtractionAgain();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bench.window->flow()->extraction()->isRunning(); }, 20000));
    QApplication::processEvents();
    const Core::Annotation *kept = bench.annotations().find(rejected);
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->status, Status::Rejected);
    EXPECT_EQ(bench.annotations().size(), before); // nothing new, nothing lost, nothing suggested twice
}

TEST(RecentFiles, MostRecentFirstWithoutDuplicates)
{
    QSettings().clear();
    Ui::RecentFiles::add(QStringLiteral("/a.txt"));
    Ui::RecentFiles::add(QStringLiteral("/b.txt"));
    Ui::RecentFiles::add(QStringLiteral("/a.txt"));
    EXPECT_EQ(Ui::RecentFiles::list(), (QStringList{QStringLiteral("/a.txt"), QStringLiteral("/b.txt")}));
    for (int i = 0; i < 20; ++i)
        Ui::RecentFiles::add(QStringLiteral("/%1.txt").arg(i));
    EXPECT_EQ(Ui::RecentFiles::list().size(), Ui::RecentFiles::Maximum);
}

TEST(Settings, ThemeAndHiddenLayersPersist)
{
    QTemporaryDir dir;
    {
        LT::Workbench bench;
        bench.window->applyTheme(QStringLiteral("Lede Dark"));
        bench.view()->highlighter()->setLayerHidden(Core::Layer::Hedge, true);
    }
    LT::Workbench again(true);
    EXPECT_EQ(again.view()->highlighter()->palette().name, QStringLiteral("Lede Dark"));
    EXPECT_TRUE(again.view()->highlighter()->hiddenLayers().contains(Core::Layer::Hedge));
    EXPECT_EQ(again.view()->palette().color(QPalette::Base), Ui::darkPalette().base);
}
