#include "editor/articleview.h"
#include "io/sidecarfile.h"
#include "qtprinters.h"
#include "testpaths.h"
#include "window/mainwindow.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QTextBlock>
#include <QTextLayout>

using namespace Lede;

namespace {

QString copySample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.txt"));
    EXPECT_TRUE(QFile::copy(Test::sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")), path));
    return path;
}

/// The character format the highlighter gave the text at a document position.
QTextCharFormat formatAt(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (range.start <= offset && offset < range.start + range.length)
            return range.format;
    return {};
}

} // namespace

TEST(MainWindow, OpensTheSampleHighlightedAndSaves)
{
    QTemporaryDir dir;
    const QString article = copySample(dir);
    Ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openArticle(article));
    auto *view = window.findChild<Ui::ArticleView *>();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isReadOnly());
    EXPECT_TRUE(view->toPlainText().startsWith(QStringLiteral("Brenner defends asylum overhaul")));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("sample.txt")));

    // Some person mention is highlighted with a background.
    const auto &annotations = window.document()->annotations;
    const Core::Annotation *person = nullptr;
    for (const Core::Annotation &a : annotations.annotations())
        if (a.layer == Core::Layer::Entity && a.label == QLatin1String("PERSON")) {
            person = &a;
            break;
        }
    ASSERT_NE(person, nullptr);
    EXPECT_NE(formatAt(view, person->span.start).background().style(), Qt::NoBrush);

    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(QFile::exists(Core::SidecarFile::pathFor(article)));
}

TEST(MainWindow, ACorruptSidecarIsReportedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString article = copySample(dir);
    QFile sidecar(Core::SidecarFile::pathFor(article));
    ASSERT_TRUE(sidecar.open(QIODevice::WriteOnly));
    sidecar.write("{ broken");
    sidecar.close();

    Ui::MainWindow window;
    // The warning is a modal box: answer it as the user would.
    QTimer::singleShot(0, &window, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    ASSERT_TRUE(window.openArticle(article));
    EXPECT_FALSE(window.document()->sidecarProblem.isEmpty());
    QTimer::singleShot(0, &window, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    EXPECT_FALSE(window.save());
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    EXPECT_EQ(sidecar.readAll(), QByteArray("{ broken"));
}
