#include "commands/cli.h"
#include "extract/extractor.h"
#include "review/review.h"
#include "review/reportwriter.h"

#include "reviewfixture.h"

#include <gtest/gtest.h>

#include "qtprinters.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Lede::Core;
using namespace Lede::Core::Review;
using Lede::Test::links;
using Lede::Test::ReviewFixture;

namespace {

/// What a parse of the report found: whether it is well-formed, and a few things in it.
struct ParsedReport {
    QString error;
    int svgs = 0;
    int tableRows = 0;    // <tr> in table bodies
    QString articleText;  // character data inside <div class="article">, paragraphs joined by "\n"
    QStringList cells;    // text of every <td>
};

ParsedReport parse(const QByteArray &html)
{
    ParsedReport parsed;
    QXmlStreamReader xml(html);
    int articleDepth = 0;
    bool inParagraph = false;
    int depth = 0;
    bool inBody = false;
    QString cell;
    int cellDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"svg")
                ++parsed.svgs;
            if (name == u"tbody")
                inBody = true;
            if (name == u"tr" && inBody)
                ++parsed.tableRows;
            if (name == u"td" && cellDepth == 0) {
                cellDepth = depth;
                cell.clear();
            }
            if (name == u"div" && xml.attributes().value(QStringLiteral("class")) == QLatin1String("article"))
                articleDepth = depth;
            if (name == u"p" && articleDepth) {
                if (!parsed.articleText.isEmpty())
                    parsed.articleText += u'\n';
                inParagraph = true;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"tbody")
                inBody = false;
            if (xml.name() == u"p")
                inParagraph = false;
            if (depth == cellDepth) {
                parsed.cells.append(cell.simplified());
                cellDepth = 0;
            }
            if (depth == articleDepth)
                articleDepth = 0;
            --depth;
        } else if (xml.isCharacters()) {
            if (articleDepth && inParagraph)
                parsed.articleText += xml.text();
            if (cellDepth)
                cell += xml.text();
        }
    }
    if (xml.hasError())
        parsed.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return parsed;
}

void expectSelfContained(const QByteArray &html)
{
    const QString text = QString::fromUtf8(html).toLower();
    EXPECT_FALSE(text.contains(QLatin1String("<script")));
    EXPECT_FALSE(text.contains(QLatin1String("http://")));
    EXPECT_FALSE(text.contains(QLatin1String("https://")));
    EXPECT_FALSE(text.contains(QLatin1String(" src=")));
    EXPECT_FALSE(text.contains(QLatin1String("@import")));
    EXPECT_FALSE(text.contains(QLatin1String("url(")));
    EXPECT_TRUE(text.contains(QLatin1String("@media print")));
}

} // namespace

TEST(ReportWriter, WellFormedSelfContainedAndFiguresAsComputed)
{
    // Crossing annotations (a quote running past a hedge's sentence), markup characters in
    // the text, and a rejected quote that must not show.
    ReviewFixture f(QStringLiteral("Ann said <b>tax & “spend”</b> works. “Allegedly it fails,” Bo insisted.\n\nEnd."));
    f.addEntity(QStringLiteral("E1"), QStringLiteral("Ann Lee"));
    f.addEntity(QStringLiteral("E2"), QStringLiteral("Bo Chan"));
    const QString ann = f.add(Layer::Entity, QStringLiteral("PERSON"), QStringLiteral("Ann"), 0, links({{"entity", "E1"}}));
    const QString bo = f.add(Layer::Entity, QStringLiteral("PERSON"), QStringLiteral("Bo"), 0, links({{"entity", "E2"}}));
    const QString said = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("said"));
    const QString insisted = f.add(Layer::Cue, QStringLiteral("SPEECH"), QStringLiteral("insisted"));
    f.add(Layer::Quote, QStringLiteral("INDIRECT"), QStringLiteral("<b>tax & “spend”</b> works"), 0,
          links({{"speaker", ann}, {"cue", said}}));
    f.add(Layer::Quote, QStringLiteral("DIRECT"), QStringLiteral("“Allegedly it fails,”"), 0,
          links({{"speaker", bo}, {"cue", insisted}}));
    f.add(Layer::Hedge, QStringLiteral("HEDGE"), QStringLiteral("works. “Allegedly"));
    const QString rejected = f.add(Layer::Quote, QStringLiteral("DIRECT"), QStringLiteral("End."));
    f.setStatus(rejected, Status::Rejected);
    setSpeakerSide(f.set(), f.text(), QStringLiteral("entity:E2"), QStringLiteral("opposition"));

    const QByteArray html = writeReport(Article{f.text(), QStringLiteral("/tmp/tax.txt")}, f.set());
    const ParsedReport parsed = parse(html);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    expectSelfContained(html);
    EXPECT_EQ(parsed.svgs, 3); // voices, sides, voice map
    // Escaped and complete: the article's text comes back character for character.
    EXPECT_EQ(parsed.articleText, QStringLiteral("Ann said <b>tax & “spend”</b> works. “Allegedly it fails,” Bo insisted.\nEnd."));

    // Ann: "<b>tax", "“spend”</b>", "works" = 3 ("&" holds no letter); Bo: "“Allegedly", "it",
    // "fails,”" = 3. The text (no zones, so all of it): 10 words in the first paragraph, 1 in
    // the second; 6 of 11 is 55%.
    const Summary s = reviewArticle(f.set(), f.text()).summary;
    EXPECT_EQ(s.quotedWords, 6);
    EXPECT_EQ(s.articleWords, 11);
    EXPECT_TRUE(html.contains("6 of 11 words in quotes"));
    EXPECT_TRUE(html.contains("<div class=\"figure\">55%</div>"));
    // One row per speaker, in share order (tie broken by name), with side and verbs.
    const qsizetype annRow = parsed.cells.indexOf(QStringLiteral("Ann Lee"));
    const qsizetype boRow = parsed.cells.indexOf(QStringLiteral("Bo Chan"));
    ASSERT_GE(annRow, 0);
    ASSERT_GT(boRow, annRow);
    EXPECT_EQ(parsed.cells.mid(boRow, 10),
              (QStringList{"Bo Chan", "opposition", "1", "3", "50%", "1", "0", "0", "insisted", "0 / 1"}));
    EXPECT_EQ(parsed.cells.mid(annRow, 10),
              (QStringList{"Ann Lee", "–", "1", "3", "50%", "0", "0", "1", "said", "1 / 0"}));
}

TEST(ReportWriter, SampleArticleReportParsesWithOneRowPerSpeaker)
{
    QFile file(Lede::Test::sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const ExtractionResult result = Extractor{}.extract(text);
    AnnotationSet set;
    for (const Entity &e : result.entities)
        set.addEntity(e);
    for (const Annotation &a : result.annotations)
        set.add(a);

    const QByteArray html = writeReport(Article{text, file.fileName()}, set);
    const ParsedReport parsed = parse(html);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    expectSelfContained(html);
    const ArticleReview review = reviewArticle(set, text);
    for (const SpeakerStats &speaker : review.voices.speakers)
        EXPECT_TRUE(parsed.cells.contains(speaker.name)) << speaker.name.toStdString();
    QString expectedText;
    for (QString line : text.split(u'\n')) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (!line.trimmed().isEmpty())
            expectedText += (expectedText.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    EXPECT_EQ(parsed.articleText, expectedText);
}

TEST(ReportCommand, WritesTheReportOfAnArticleWithoutSidecar)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString article = dir.filePath(QStringLiteral("brenner.txt"));
    ASSERT_TRUE(QFile::copy(Lede::Test::sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")), article));
    const QString output = dir.filePath(QStringLiteral("report.html"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const CommandLineOutcome outcome = runCommandLine({QStringLiteral("report"), article, QStringLiteral("-o"), output}, out, err);
    EXPECT_EQ(outcome.exitCode, 0) << errText.toStdString();
    EXPECT_TRUE(errText.contains(QLatin1String("unreviewed suggestions")));
    QFile written(output);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray html = written.readAll();
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(parse(html).error.isEmpty());

    QString outText2, errText2;
    QTextStream out2(&outText2), err2(&errText2);
    EXPECT_EQ(runCommandLine({QStringLiteral("report")}, out2, err2).exitCode, 2);
    EXPECT_EQ(runCommandLine({QStringLiteral("report"), dir.filePath(QStringLiteral("missing.txt"))}, out2, err2).exitCode, 1);
}
