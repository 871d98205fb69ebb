// The File menu's ways in and out, driven through the real menus: Open, Open Recent, drag and
// drop, Open URL, Export in every format, Export Report and Print Report to PDF. File dialogs
// are answered by the recording notifier.
#include "exchange/exportformats.h"
#include "httpserver.h"
#include "pdfimporter.h"
#include "io/articledocument.h"
#include "report/reportprinter.h"
#include "uitesthelpers.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Lede;
using namespace Lede::Test;

namespace {

QString withoutAccelerator(QString text)
{
    return text.remove(u'&');
}

QMenu *fileMenu(Ui::MainWindow *window)
{
    for (QAction *action : window->menuBar()->actions())
        if (withoutAccelerator(action->text()) == QLatin1String("File"))
            return action->menu();
    return nullptr;
}

/// The action of a menu whose text (without its accelerator) starts with `text`.
QAction *actionIn(QMenu *menu, const QString &text)
{
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions())
        if (withoutAccelerator(action->text()).startsWith(text))
            return action;
    return nullptr;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(FileActions, OpenAsksForAFileAndOpensIt)
{
    QTemporaryDir dir;
    const QString path = copySample(dir);
    Workbench bench;
    bench.log->replies = {path};
    QAction *open = actionIn(fileMenu(bench.window.get()), QStringLiteral("Open…"));
    ASSERT_NE(open, nullptr);
    open->trigger();
    EXPECT_EQ(bench.log->prompts, QStringList{QStringLiteral("Open article")});
    ASSERT_TRUE(bench.session()->hasDocument());
    EXPECT_EQ(bench.session()->articlePath(), path);

    // Backing out of the dialog changes nothing.
    open->trigger();
    EXPECT_EQ(bench.session()->articlePath(), path);
}

TEST(FileActions, RecentFilesListTheLastOpenedFirstAndReopenThem)
{
    QTemporaryDir dir;
    const QString first = writeArticle(dir, QStringLiteral("first.txt"), QStringLiteral("Olaf Brenner said the plan would fail.\n"));
    const QString second = writeArticle(dir, QStringLiteral("second.txt"), QStringLiteral("Amara Okafor said it would work.\n"));
    {
        Workbench bench;
        ASSERT_TRUE(bench.open(first));
        ASSERT_TRUE(bench.open(second));
    }
    // A new window (as after a restart) still knows them, most recent first.
    Workbench bench(/*keepSettings=*/true);
    QAction *recent = actionIn(fileMenu(bench.window.get()), QStringLiteral("Open Recent"));
    ASSERT_NE(recent, nullptr);
    QMenu *menu = recent->menu();
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isEnabled());
    ASSERT_GE(menu->actions().size(), 2);
    EXPECT_EQ(withoutAccelerator(menu->actions()[0]->text()), QStringLiteral("1 second.txt"));
    EXPECT_EQ(withoutAccelerator(menu->actions()[1]->text()), QStringLiteral("2 first.txt"));
    EXPECT_EQ(menu->actions()[1]->toolTip(), first);

    menu->actions()[1]->trigger();
    ASSERT_TRUE(bench.session()->hasDocument());
    EXPECT_EQ(bench.session()->articlePath(), first);
    // Reopening moves it to the top.
    EXPECT_EQ(withoutAccelerator(menu->actions()[0]->text()), QStringLiteral("1 first.txt"));
}

TEST(FileActions, DroppingAFileOpensIt)
{
    QTemporaryDir dir;
    const QString path = copySample(dir);
    Workbench bench;

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(bench.window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(bench.window.get(), &drop);
    ASSERT_TRUE(bench.session()->hasDocument());
    EXPECT_EQ(bench.session()->articlePath(), path);

    // Anything but a local file is refused at the door.
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://news.example/story"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(bench.window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST(FileActions, OpenUrlDownloadsThePageAndOpensTheSavedCopy)
{
    HttpServer server;
    server.responses["/politics/brenner"] = Response{
        "200 OK", "text/html; charset=utf-8",
        "<html><body><article><h1>Brenner defends asylum plan</h1>"
        "<p>Interior Minister Olaf Brenner said on Tuesday that the plan would cut waiting times.</p>"
        "</article></body></html>",
        {}};
    server.startAndWait();
    QTemporaryDir dir;
    Workbench bench;
    bench.log->replies = {server.url("/politics/brenner"), dir.path()};
    QAction *openUrl = actionIn(fileMenu(bench.window.get()), QStringLiteral("Open URL…"));
    ASSERT_NE(openUrl, nullptr);
    openUrl->trigger();
    EXPECT_EQ(bench.log->prompts, (QStringList{QStringLiteral("Open URL"), QStringLiteral("Save a copy of the page in")}));

    const QString saved = dir.filePath(QStringLiteral("brenner.html"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return bench.session()->hasDocument(); }, 20000)) << bench.log->warnings.join(u'\n').toStdString();
    EXPECT_EQ(bench.session()->articlePath(), saved);
    EXPECT_TRUE(bench.session()->text().startsWith(QStringLiteral("Brenner defends asylum plan")));
    EXPECT_TRUE(bench.log->warnings.isEmpty());
}

TEST(FileActions, OpenUrlReportsAFailedDownloadInWords)
{
    HttpServer server;
    server.startAndWait();
    QTemporaryDir dir;
    Workbench bench;
    bench.log->replies = {server.url("/gone"), dir.path()};
    actionIn(fileMenu(bench.window.get()), QStringLiteral("Open URL…"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bench.log->warnings.isEmpty(); }, 20000));
    EXPECT_TRUE(bench.log->warnings.first().contains(QStringLiteral("404"))) << bench.log->warnings.first().toStdString();
    EXPECT_FALSE(bench.session()->hasDocument());
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(FileActions, ExportMenuWritesEveryFormatAsTheCoreDoes)
{
    QTemporaryDir dir;
    Workbench bench;
    ASSERT_TRUE(bench.open(copySample(dir)));
    QAction *exportEntry = actionIn(fileMenu(bench.window.get()), QStringLiteral("Export"));
    ASSERT_NE(exportEntry, nullptr);
    ASSERT_NE(exportEntry->menu(), nullptr);
    QMenu *exportMenu = exportEntry->menu();
    ASSERT_EQ(exportMenu->actions().size(), Core::exportFormats().size());

    for (const Core::ExportFormat &format : Core::exportFormats()) {
        SCOPED_TRACE(format.id.toStdString());
        QAction *action = actionIn(exportMenu, format.name);
        ASSERT_NE(action, nullptr);
        const QString path = dir.filePath(QStringLiteral("menu/out.") + format.extension);
        QDir().mkpath(dir.filePath(QStringLiteral("menu")));
        bench.log->replies = {path};
        action->trigger();
        EXPECT_TRUE(bench.log->warnings.isEmpty()) << bench.log->warnings.join(u'\n').toStdString();

        // What the menu wrote is byte for byte what the core's exporter writes.
        const QString reference = dir.filePath(QStringLiteral("core/out.") + format.extension);
        QDir().mkpath(dir.filePath(QStringLiteral("core")));
        ASSERT_TRUE(Core::exportDocument(bench.session()->document(), format.id, reference).ok());
        const QStringList written = Core::exportPaths(format, path);
        const QStringList expected = Core::exportPaths(format, reference);
        ASSERT_EQ(written.size(), expected.size());
        for (int i = 0; i < written.size(); ++i) {
            EXPECT_FALSE(contents(written[i]).isEmpty()) << written[i].toStdString();
            EXPECT_EQ(contents(written[i]), contents(expected[i])) << written[i].toStdString();
        }
    }
}

TEST(FileActions, ExportToAnUnwritablePlaceIsReported)
{
    QTemporaryDir dir;
    Workbench bench;
    ASSERT_TRUE(bench.open(copySample(dir)));
    bench.log->replies = {dir.filePath(QStringLiteral("no/such/folder/out.jsonl"))};
    actionIn(actionIn(fileMenu(bench.window.get()), QStringLiteral("Export"))->menu(), Core::findExportFormat(QStringLiteral("jsonl"))->name)
        ->trigger();
    ASSERT_EQ(bench.log->warnings.size(), 1);
    EXPECT_TRUE(bench.log->warnings.first().startsWith(QStringLiteral("Not exported: "))) << bench.log->warnings.first().toStdString();
}

TEST(FileActions, ExportReportWritesTheSelfContainedReport)
{
    QTemporaryDir dir;
    Workbench bench;
    ASSERT_TRUE(bench.open(copySample(dir)));
    const QString path = dir.filePath(QStringLiteral("sample.report.html"));
    bench.log->replies = {path};
    actionIn(fileMenu(bench.window.get()), QStringLiteral("Export Report…"))->trigger();
    const QByteArray html = contents(path);
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>")) << html.left(40).toStdString();
    EXPECT_TRUE(html.contains("<svg"));
    EXPECT_TRUE(html.contains("Olaf Brenner"));
}

TEST(FileActions, PrintReportWritesAPdfWithTheReportsTextAndCharts)
{
    QTemporaryDir dir;
    Workbench bench;
    ASSERT_TRUE(bench.open(copySample(dir)));
    const QString path = dir.filePath(QStringLiteral("sample.report.pdf"));
    bench.log->replies = {path};
    QAction *print = actionIn(fileMenu(bench.window.get()), QStringLiteral("Print Report to PDF…"));
    ASSERT_NE(print, nullptr);
    EXPECT_EQ(print->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    print->trigger();
    EXPECT_TRUE(bench.log->warnings.isEmpty()) << bench.log->warnings.join(u'\n').toStdString();
    const QByteArray pdf = contents(path);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.contains("/Subtype /Image")) << "the charts should be in the PDF as pictures";

    // Read back with Lede's own PDF importer: the report's headings and speakers are text.
    Pdf::registerImporter();
    const auto read = Core::ArticleDocument::open(path);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    const QString text = read->article.text;
    EXPECT_TRUE(text.contains(QStringLiteral("Voices"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sources")));
    EXPECT_TRUE(text.contains(QStringLiteral("Olaf Brenner")));
    EXPECT_TRUE(text.contains(QStringLiteral("Miriam Okafor")));
}

TEST(FileActions, ChartsBecomePicturesForPrinting)
{
    QTextDocument document;
    const QString html = Ui::inlineChartsAsImages(
        QStringLiteral("<p>before</p><svg width=\"100\" height=\"20\" viewBox=\"0 0 100 20\"><rect x=\"0\" y=\"0\" "
                       "width=\"50\" height=\"20\" fill=\"#ff0000\"/></svg><p>after</p>"),
        &document);
    EXPECT_EQ(html, QStringLiteral("<p>before</p><div><img src=\"lede-chart:1\" width=\"100\" height=\"20\"></div><p>after</p>"));
    const QImage chart = document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("lede-chart:1"))).value<QImage>();
    ASSERT_FALSE(chart.isNull());
    EXPECT_EQ(chart.pixelColor(10, 10), QColor(0xff, 0, 0));
    EXPECT_EQ(chart.pixelColor(190, 10), QColor(Qt::white));
}

TEST(FileActions, ReopenWithEncodingFixesAWrongGuessAndRemembersIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zagreb.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // "Šef stranke Ivan Horvat rekao je da će ožujak biti težak." in ISO-8859-2.
        file.write("\xa9" "ef stranke Ivan Horvat rekao je da \xe6" "e o\xbe" "ujak biti te\xbe" "ak.\n");
    }
    const QString text = QStringLiteral("Šef stranke Ivan Horvat rekao je da će ožujak biti težak.\n");
    {
        Workbench bench;
        ASSERT_TRUE(bench.window->openArticle(path));
        QAction *entry = actionIn(fileMenu(bench.window.get()), QStringLiteral("Reopen with Encoding"));
        ASSERT_NE(entry, nullptr);
        ASSERT_TRUE(entry->menu()->isEnabled());
        QAction *latin2 = actionIn(entry->menu(), QStringLiteral("ISO-8859-2"));
        ASSERT_NE(latin2, nullptr);
        latin2->trigger();
        EXPECT_EQ(bench.session()->text(), text);
        EXPECT_EQ(bench.view()->toPlainText(), text);
        EXPECT_TRUE(latin2->isChecked());
        EXPECT_TRUE(bench.session()->isDirty()) << "the choice is saved with the annotations";
        ASSERT_TRUE(bench.window->save());
    }
    // The next opening reads it the same way without being told.
    Workbench bench;
    ASSERT_TRUE(bench.window->openArticle(path));
    EXPECT_EQ(bench.session()->text(), text);
    QMenu *encodings = actionIn(fileMenu(bench.window.get()), QStringLiteral("Reopen with Encoding"))->menu();
    EXPECT_TRUE(actionIn(encodings, QStringLiteral("ISO-8859-2"))->isChecked());

    // Back to guessing: the remembered choice is dropped.
    actionIn(encodings, QStringLiteral("Detect Automatically"))->trigger();
    EXPECT_TRUE(bench.session()->document().chosenEncoding.isEmpty());
    EXPECT_TRUE(actionIn(encodings, QStringLiteral("Detect Automatically"))->isChecked());
}

namespace {

/// The text of the first zone of a label among the session's annotations.
QString zoneText(const Workbench &bench, const QString &label)
{
    const Core::Annotation *zone = bench.find(Core::Layer::Zone, label);
    return zone ? bench.session()->text().mid(zone->span.start, zone->span.end - zone->span.start) : QString();
}

} // namespace

TEST(FileActions, OpensAWebPageMarkdownAndAPdfWithTheirStructure)
{
    QTemporaryDir dir;
    Workbench bench;

    // A saved news page: its headline and byline become zones, its cookie banner is gone.
    const QString page = dir.filePath(QStringLiteral("news-cms.html"));
    ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("tests/data/import/news-cms.html")), page));
    ASSERT_TRUE(bench.open(page)) << bench.log->warnings.join(u'\n').toStdString();
    EXPECT_EQ(bench.session()->document().format, QStringLiteral("html"));
    EXPECT_EQ(bench.view()->toPlainText(), bench.session()->text());
    EXPECT_EQ(zoneText(bench, QStringLiteral("HEADLINE")), QStringLiteral("Minister defends asylum plan as critics warn of legal challenge"));
    EXPECT_EQ(zoneText(bench, QStringLiteral("BYLINE")), QStringLiteral("By Anna Keller, Political Correspondent"));
    EXPECT_FALSE(bench.session()->text().contains(QStringLiteral("We use cookies")));
    EXPECT_NE(bench.find(Core::Layer::Entity, QStringLiteral("PERSON")), nullptr) << "the derived text is extracted like any other";

    // Markdown.
    const QString markdown = dir.filePath(QStringLiteral("opinion.md"));
    ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("tests/data/import/opinion.md")), markdown));
    ASSERT_TRUE(bench.open(markdown));
    EXPECT_EQ(bench.session()->document().format, QStringLiteral("markdown"));
    EXPECT_EQ(zoneText(bench, QStringLiteral("HEADLINE")), QStringLiteral("The case for slower news"));
    EXPECT_FALSE(bench.session()->text().contains(u'#'));

    // A PDF, written here: the headline and body come back as text in reading order.
    const QString pdf = dir.filePath(QStringLiteral("tram.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont headline(QStringLiteral("DejaVu Sans"), 20, QFont::Bold);
        painter.setFont(headline);
        painter.drawText(QPointF(50, 80), QStringLiteral("Council approves new tram line"));
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 11));
        painter.drawText(QPointF(50, 120), QStringLiteral("The city council voted on Tuesday to build a new tram line,"));
        painter.drawText(QPointF(50, 135), QStringLiteral("the mayor, Lena Vogt, told reporters after the vote."));
    }
    Pdf::registerImporter();
    ASSERT_TRUE(bench.open(pdf)) << bench.log->warnings.join(u'\n').toStdString();
    EXPECT_EQ(bench.session()->document().format, QStringLiteral("pdf"));
    EXPECT_TRUE(bench.session()->text().startsWith(QStringLiteral("Council approves new tram line"))) << bench.session()->text().toStdString();
    EXPECT_TRUE(bench.session()->text().contains(QStringLiteral("the mayor, Lena Vogt, told reporters")));
    // A PDF is not read in an encoding the analyst could pick.
    EXPECT_FALSE(actionIn(fileMenu(bench.window.get()), QStringLiteral("Reopen with Encoding"))->menu()->isEnabled());
}
