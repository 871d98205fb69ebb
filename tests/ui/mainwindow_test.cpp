#include "edit/navigation.h"
#include "io/sidecarfile.h"
#include "qtprinters.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QUndoStack>

using namespace Lede;
namespace LT = Lede::Test;

TEST(MainWindow, OpensTheSampleHighlightedAndSaves)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(article));
    Ui::ArticleView *view = bench.view();
    EXPECT_TRUE(view->isReadOnly());
    EXPECT_TRUE(view->toPlainText().startsWith(QStringLiteral("Brenner defends asylum overhaul")));
    EXPECT_TRUE(bench.window->windowTitle().startsWith(QStringLiteral("sample.txt")));

    const Core::Annotation *person = bench.find(Core::Layer::Entity, QStringLiteral("PERSON"));
    ASSERT_NE(person, nullptr);
    EXPECT_NE(LT::formatAt(view, person->span.start).background().style(), Qt::NoBrush);

    bench.key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(QFile::exists(Core::SidecarFile::pathFor(article)));
    EXPECT_TRUE(bench.log->warnings.isEmpty()) << bench.log->warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(MainWindow, ACorruptSidecarIsReportedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString article = LT::copySample(dir);
    QFile sidecar(Core::SidecarFile::pathFor(article));
    ASSERT_TRUE(sidecar.open(QIODevice::WriteOnly));
    sidecar.write("{ broken");
    sidecar.close();

    LT::Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(article));
    ASSERT_EQ(bench.log->warnings.size(), 1);
    EXPECT_TRUE(bench.log->warnings.first().contains(QStringLiteral("could not be read")));
    EXPECT_FALSE(bench.window->document()->sidecarProblem.isEmpty());
    // No suggestions replace the unreadable work, and saving refuses.
    EXPECT_FALSE(bench.window->flow()->extraction()->isRunning());
    EXPECT_TRUE(bench.annotations().isEmpty());
    EXPECT_FALSE(bench.window->save());
    EXPECT_EQ(bench.log->warnings.size(), 2);
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    EXPECT_EQ(sidecar.readAll(), QByteArray("{ broken"));
}

TEST(MainWindow, AnUnreadableArticleIsReportedInWords)
{
    LT::Workbench bench;
    EXPECT_FALSE(bench.window->openArticle(QStringLiteral("/nonexistent/story.txt")));
    ASSERT_EQ(bench.log->warnings.size(), 1);
    EXPECT_TRUE(bench.log->warnings.first().startsWith(QStringLiteral("Cannot open the article")));
    EXPECT_FALSE(bench.window->document().has_value());
}

TEST(MainWindow, EveryAltKeyOpensOneThing)
{
    // A letter underlined twice (a menu and an inspector field, say) makes Qt run neither.
    LT::Workbench bench;
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
            if (text[i + 1] != u'&') {
                owners[text[i + 1].toLower()].append(text);
                return;
            }
        }
    };
    for (QAction *menu : bench.window->menuBar()->actions())
        note(menu->text());
    for (const QLabel *label : bench.window->findChildren<QLabel *>())
        if (label->buddy())
            note(label->text());
    for (const QAbstractButton *button : bench.window->findChildren<QAbstractButton *>())
        note(button->text());
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        EXPECT_EQ(it.value().size(), 1) << "Alt+" << it.key().toLatin1() << ": " << it.value().join(u", ").toStdString();
    EXPECT_TRUE(owners.contains(u't'));
    EXPECT_TRUE(owners.contains(u'v'));
}

TEST(MainWindow, TheOpeningMessageCountsWhatThereIsToReview)
{
    // Zones are structure, not suggestions to review: the message agrees with the progress.
    QTemporaryDir dir;
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(LT::copySample(dir)));
    const Core::ReviewCounts counts = Core::reviewCounts(bench.annotations());
    ASSERT_GT(counts.suggested, 100);
    ASSERT_LT(counts.suggested, bench.annotations().size());
    EXPECT_EQ(bench.window->statusBar()->currentMessage(),
              QStringLiteral("%1 suggestions to review").arg(counts.suggested));
}

TEST(MainWindow, UndoAndRedoSayWhatTheyChanged)
{
    QTemporaryDir dir;
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(LT::copySample(dir)));
    bench.key(Qt::Key_Tab);
    bench.key(Qt::Key_Return);
    const QString done = bench.session()->undoStack()->undoText();
    ASSERT_FALSE(done.isEmpty());
    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bench.window->statusBar()->currentMessage(), QStringLiteral("Undone: ") + done);
    bench.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(bench.window->statusBar()->currentMessage(), QStringLiteral("Redone: ") + done);
}

TEST(MainWindow, TheCurrentAnnotationIsKeptClearOfTheViewsEdges)
{
    // Stepping through the sample in a short window: wherever the view can scroll, the
    // current annotation is never in the top or bottom fifth of it.
    QTemporaryDir dir;
    LT::Workbench bench;
    bench.window->resize(1000, 520);
    ASSERT_TRUE(bench.open(LT::copySample(dir)));
    Ui::ArticleView *view = bench.view();
    QScrollBar *bar = view->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    const int edge = view->viewport()->height() / 5;
    int checked = 0;
    for (int step = 0; step < 150; ++step) {
        bench.key(Qt::Key_Tab);
        if (bar->value() == bar->minimum() || bar->value() == bar->maximum())
            continue; // the article's first and last lines cannot come to the middle
        const QRect at = view->cursorRect();
        EXPECT_GE(at.top(), edge) << "step " << step;
        EXPECT_LE(at.bottom(), view->viewport()->height() - edge) << "step " << step;
        ++checked;
    }
    EXPECT_GT(checked, 50);
}
