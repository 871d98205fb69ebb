#include "expectations.h"
#include "import/markdownimporter.h"
#include "qtprinters.h"
#include "testpaths.h"
#include "text/articlereader.h"

#include <gtest/gtest.h>

using namespace Lede::Core;
using Lede::Test::sourcePath;

TEST(MarkdownImporter, OpinionPieceWithFrontMatter)
{
    const QString path = sourcePath(QStringLiteral("tests/data/import/opinion.md"));
    const auto imported = ArticleReader::import(path);
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(imported->format, QStringLiteral("markdown"));
    EXPECT_EQ(imported->importerVersion, QStringLiteral("markdown/1"));
    const auto expected = Lede::Test::readExpectations(sourcePath(QStringLiteral("tests/data/import/opinion.expected")));
    const auto score = Lede::Test::score(imported->article.text, imported->zones, expected);
    EXPECT_TRUE(score.problems.isEmpty()) << score.problems.join(u'\n').toStdString() << "\n--- text:\n"
                                          << imported->article.text.toStdString();
}

TEST(MarkdownImporter, HeadingsEmphasisQuotesAndLinks)
{
    const auto imported = MarkdownImporter::import(QStringLiteral(
        "# Flood warning\n\n**Rivers will peak on Sunday.**\n\nBy Ana Ruiz\n\nThe [agency](http://x.example) said _levels_ would rise.\n\n"
        "> \"Stay away from the banks,\" it said.\n"));
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->text, QStringLiteral("Flood warning\n\nRivers will peak on Sunday.\n\nBy Ana Ruiz\n\n"
                                             "The agency said levels would rise.\n\n\"Stay away from the banks,\" it said.\n"));
    QStringList labels;
    for (const Annotation &zone : imported->zones)
        labels.append(zone.label);
    EXPECT_EQ(labels, (QStringList{"HEADLINE", "STANDFIRST", "BYLINE", "BODY", "BLOCKQUOTE"}));
}

TEST(MarkdownImporter, CodeIsKeptVerbatimAndTablesReadByRow)
{
    const auto imported = MarkdownImporter::import(QStringLiteral(
        "Intro paragraph.\n\n```\nline one\n  line two\n```\n\n| Party | Seats |\n|---|---|\n| Greens | 12 |\n"));
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->text, QStringLiteral("Intro paragraph.\n\nline one\n  line two\n\nParty | Seats\n\nGreens | 12\n"));
}

TEST(MarkdownImporter, DeepNestingIsAClearError)
{
    const auto imported = MarkdownImporter::import(QString(5000, u'>') + QStringLiteral(" deep"));
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.errorMessage().contains(QStringLiteral("levels deep")));
}
