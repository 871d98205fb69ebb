#include "import/articleformat.h"
#include "import/charsets.h"
#include "qtprinters.h"
#include "testpaths.h"
#include "text/articlereader.h"

#include <gtest/gtest.h>

using namespace Lede::Core;
using Lede::Test::sourcePath;

namespace {

struct Case {
    const char *file;
    const char *encoding; // what detection must find
    const char *start;    // how the decoded text starts
};

class EncodedText : public ::testing::TestWithParam<Case>
{
};

} // namespace

// Legacy encodings are recognised by uchardet and decoded by ICU.
TEST_P(EncodedText, IsDetectedAndDecoded)
{
    const Case c = GetParam();
    const auto imported = ArticleReader::import(sourcePath(QStringLiteral("tests/data/import/encodings/%1").arg(QLatin1String(c.file))));
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(imported->format, QStringLiteral("text"));
    EXPECT_EQ(imported->encoding.toLower(), QString::fromLatin1(c.encoding).toLower());
    EXPECT_TRUE(imported->article.text.startsWith(QString::fromUtf8(c.start))) << imported->article.text.toStdString();
    EXPECT_FALSE(imported->article.text.contains(QChar(0xFFFD)));
    EXPECT_FALSE(imported->isDerived());
}

INSTANTIATE_TEST_SUITE_P(
    Files, EncodedText,
    ::testing::Values(Case{"czech-iso-8859-2.txt", "ISO-8859-2", "Premier ministr oznámil v úterý"},
                      Case{"russian-windows-1251.txt", "windows-1251", "Правительство объявило"},
                      Case{"greek-iso-8859-7.txt", "ISO-8859-7", "Η κυβέρνηση ανακοίνωσε"},
                      Case{"japanese-shift_jis.txt", "Shift_JIS", "政府は火曜日"},
                      Case{"french-windows-1252.txt", "Windows-1252", "Le ministre a déclaré mardi que la réforme des retraites était « nécessaire » —"},
                      Case{"french-utf-16-bom.txt", "UTF-16LE", "Le ministre a déclaré"}));

TEST(Encodings, TheUserOverridesTheGuess)
{
    const QString path = sourcePath(QStringLiteral("tests/data/import/encodings/russian-windows-1251.txt"));
    const auto asKoi8 = ArticleReader::import(path, ImportOptions{QStringLiteral("KOI8-R"), {}});
    ASSERT_TRUE(asKoi8.ok());
    EXPECT_EQ(asKoi8->encoding, QStringLiteral("KOI8-R"));
    EXPECT_FALSE(asKoi8->article.text.startsWith(QStringLiteral("Правительство")));

    const auto bad = ArticleReader::import(path, ImportOptions{QStringLiteral("no-such-charset"), {}});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("not an encoding Lede knows")));
}

TEST(Encodings, NamesAreCanonical)
{
    EXPECT_TRUE(Charsets::isKnown(QStringLiteral("latin2")));
    EXPECT_EQ(Charsets::canonicalName(QStringLiteral("latin2")), QStringLiteral("ISO-8859-2"));
    EXPECT_FALSE(Charsets::isKnown(QStringLiteral("")));
    EXPECT_EQ(Charsets::declaredInHtml("<html><head><meta charset=\"koi8-r\">"), QStringLiteral("koi8-r"));
    EXPECT_EQ(Charsets::declaredInHtml("<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-2'>"),
              QStringLiteral("ISO-8859-2"));
    EXPECT_EQ(Charsets::declaredInHtml("<p>charset=utf-8</p>"), QString());
}

TEST(ArticleFormat, ContentAndNameDecide)
{
    EXPECT_EQ(detectFormat(QStringLiteral("a.txt"), "%PDF-1.7\n"), QStringLiteral("pdf"));
    EXPECT_EQ(detectFormat(QStringLiteral("a.htm"), "hello"), QStringLiteral("html"));
    EXPECT_EQ(detectFormat(QStringLiteral("a.markdown"), "# x"), QStringLiteral("markdown"));
    EXPECT_EQ(detectFormat(QStringLiteral("saved"), "<!-- saved from url -->\n<!DOCTYPE html><html>"), QStringLiteral("html"));
    EXPECT_EQ(detectFormat(QStringLiteral("a.txt"), "<b>not a page</b>"), QStringLiteral("text"));
    EXPECT_TRUE(isWebAddress(QStringLiteral("HTTPS://example.org/a")));
    EXPECT_FALSE(isWebAddress(QStringLiteral("file:///etc/passwd")));
}

TEST(ArticleReader, PdfWithoutTheReaderIsAClearError)
{
    // lede_core alone cannot read PDF; this test does not register lede_pdf.
    const auto imported = ArticleReader::importBytes("%PDF-1.4\n%%EOF\n", QStringLiteral("report.pdf"));
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.errorMessage().contains(QStringLiteral("built without the PDF reader")));
}
