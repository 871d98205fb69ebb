#include "expectations.h"
#include "import/htmlimporter.h"
#include "qtprinters.h"
#include "testpaths.h"
#include "text/articlereader.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace Lede::Core;
using Lede::Test::sourcePath;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString zoneText(const ImportedText &imported, const QString &label)
{
    for (const Annotation &z : imported.zones)
        if (z.label == label)
            return imported.text.mid(z.span.start, z.span.length());
    return {};
}

class TestPage : public ::testing::TestWithParam<const char *>
{
};

} // namespace

// Each test page mimics a common layout; its .expected file lists the blocks the article is
// made of and the page furniture that must stay out.
TEST_P(TestPage, GivesTheArticleAndItsZonesWithoutBoilerplate)
{
    const QString page = sourcePath(QStringLiteral("tests/data/import/%1").arg(QLatin1String(GetParam())));
    const auto imported = ArticleReader::import(page);
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(imported->format, QStringLiteral("html"));
    EXPECT_EQ(imported->importerVersion, HtmlImporter::version());

    const auto expected = Lede::Test::readExpectations(page.left(page.lastIndexOf(u'.')) + QStringLiteral(".expected"));
    ASSERT_FALSE(expected.blocks.isEmpty());
    const auto score = Lede::Test::score(imported->article.text, imported->zones, expected);
    std::cout << "[ measure  ] " << GetParam() << ": body text lost " << score.lostChars << '/' << score.bodyChars
              << " chars (" << score.lostPercent() << "%), boilerplate leaked " << score.leakedChars << '/'
              << score.boilerplateChars << " chars (" << score.leakedPercent() << "%)\n";
    EXPECT_TRUE(score.problems.isEmpty()) << score.problems.join(u'\n').toStdString() << "\n--- text:\n"
                                          << imported->article.text.toStdString();
    for (const Annotation &zone : imported->zones) {
        EXPECT_EQ(zone.layer, Layer::Zone);
        EXPECT_EQ(zone.status, Status::Suggested);
        EXPECT_EQ(zone.origin.rule, QStringLiteral("import.html"));
        EXPECT_TRUE(zone.id.startsWith(u'i'));
    }
}

INSTANTIATE_TEST_SUITE_P(Pages, TestPage,
                         ::testing::Values("news-cms.html", "blog-jsonld.html", "photo-caption.html", "amp-story.html",
                                           "regional-table-layout.html"));

TEST(HtmlImporter, ImportsTheSamePageToTheSameTextAndIds)
{
    const QByteArray bytes = readBytes(sourcePath(QStringLiteral("tests/data/import/news-cms.html")));
    const auto a = HtmlImporter::import(bytes);
    const auto b = HtmlImporter::import(bytes);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->text, b->text);
    EXPECT_EQ(a->zones, b->zones);
}

TEST(HtmlImporter, ReadsTheDeclaredEncodingAndTheUsersOverride)
{
    const QByteArray bytes = readBytes(sourcePath(QStringLiteral("tests/data/import/photo-caption.html")));
    const auto declared = HtmlImporter::import(bytes);
    ASSERT_TRUE(declared.ok());
    EXPECT_EQ(declared->encoding, QStringLiteral("Windows-1252"));
    EXPECT_TRUE(declared->text.contains(QStringLiteral("“We have never seen anything like this summer,”")));

    // The user says otherwise, and is obeyed: the curly quotes become other characters.
    const auto overridden = HtmlImporter::import(bytes, QStringLiteral("ISO-8859-7"));
    ASSERT_TRUE(overridden.ok());
    EXPECT_EQ(overridden->encoding, QStringLiteral("ISO-8859-7"));
    EXPECT_FALSE(overridden->text.contains(QStringLiteral("“We have")));

    const auto unknown = HtmlImporter::import(bytes, QStringLiteral("klingon-8"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("'klingon-8' is not an encoding")));
}

TEST(HtmlImporter, CharacterReferencesAndLineBreaks)
{
    const auto imported = HtmlImporter::import(
        "<html><body><article><h1>Caf&eacute; &amp; Bar</h1>"
        "<p>First line long enough to count as a paragraph of the article.<br>Second&nbsp;line &#8212; &#x2019;</p>"
        "</article></body></html>");
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(zoneText(*imported, QStringLiteral("HEADLINE")), QStringLiteral("Café & Bar"));
    EXPECT_EQ(zoneText(*imported, QStringLiteral("BODY")),
              QStringLiteral("First line long enough to count as a paragraph of the article.\nSecond\u00A0line — ’"));
}

TEST(HtmlImporter, PageWithoutTextGivesAClearError)
{
    const auto scriptOnly = HtmlImporter::import(
        "<html><head><script>document.body.innerHTML = '<p>Hidden article</p>'</script></head><body></body></html>");
    ASSERT_FALSE(scriptOnly.ok());
    EXPECT_TRUE(scriptOnly.errorMessage().contains(QStringLiteral("no article text was found")));
}

TEST(HtmlImporter, JsonLdArticleBodyStandsInForAScriptDrawnPage)
{
    const auto imported = HtmlImporter::import(
        R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam opens",)"
        R"("articleBody":"The new dam opened on Monday after nine years of building work.\nIt supplies two cities."}</script>)"
        R"(</head><body><div id="app">Loading…</div></body></html>)");
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(imported->text, QStringLiteral("Dam opens\n\nThe new dam opened on Monday after nine years of building "
                                             "work.\n\nIt supplies two cities.\n"));
}

TEST(HtmlImporter, HostileNestingAndSizeAreBounded)
{
    // Far deeper than any page: the importer stops descending, and still answers.
    QByteArray deep = "<html><body><article><h1>Deep</h1><p>A paragraph that is long enough to be the article body.</p>";
    for (int i = 0; i < 3000; ++i)
        deep += "<div>";
    deep += "lost in the depths";
    const auto nested = HtmlImporter::import(deep);
    ASSERT_TRUE(nested.ok()) << nested.errorMessage().toStdString();
    EXPECT_TRUE(nested->text.contains(QStringLiteral("long enough to be the article body")));
    EXPECT_FALSE(nested->text.contains(QStringLiteral("lost in the depths")));

    // Deeper still, and parsing alone would take minutes: refused before parsing.
    QByteArray deeper = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deeper += "<span>";
    const auto refused = HtmlImporter::import(deeper);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("levels deep")));

    const QByteArray huge(HtmlImporter::MaximumBytes + 1, 'a');
    const auto tooLarge = HtmlImporter::import(huge);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_TRUE(tooLarge.errorMessage().contains(QStringLiteral("MB")));
}

TEST(HtmlImporter, NothingIsFetchedOrRun)
{
    // Links to remote resources stay markup: their addresses never reach the text, and the
    // importer has no network code to fetch them with (lede_core does not link Qt Network).
    const auto imported = HtmlImporter::import(
        "<html><body><img src='http://127.0.0.1:1/x.png' onerror='alert(1)'><iframe src='http://127.0.0.1:1/'>frame</iframe>"
        "<article><p>Only this paragraph is the article, and it is long enough.</p></article>"
        "<script>alert('run')</script></body></html>");
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->text, QStringLiteral("Only this paragraph is the article, and it is long enough.\n"));
}
