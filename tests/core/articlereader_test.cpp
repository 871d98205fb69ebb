#include "text/articlereader.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Lede::Core;

namespace {

const QString kText = QString::fromUtf8("“Préface” — 😀 naïve\r\nline two");

QByteArray withBom(QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(kText);
}

} // namespace

TEST(DecodeText, ByteOrderMarksDecideAndAreDropped)
{
    for (auto [encoding, kind] : {std::pair{QStringConverter::Utf8, TextEncoding::Utf8WithBom},
                                  std::pair{QStringConverter::Utf16LE, TextEncoding::Utf16LE},
                                  std::pair{QStringConverter::Utf16BE, TextEncoding::Utf16BE},
                                  std::pair{QStringConverter::Utf32LE, TextEncoding::Utf32LE},
                                  std::pair{QStringConverter::Utf32BE, TextEncoding::Utf32BE}}) {
        const auto decoded = decodeText(withBom(encoding));
        ASSERT_TRUE(decoded.ok()) << decoded.errorMessage().toStdString();
        EXPECT_EQ(decoded->text, kText);
        EXPECT_EQ(decoded->encoding, kind);
    }
}

TEST(DecodeText, PlainUtf8)
{
    const auto decoded = decodeText(kText.toUtf8());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->text, kText);
    EXPECT_EQ(decoded->encoding, TextEncoding::Utf8);
}

TEST(DecodeText, InvalidUtf8FallsBackToWindows1252)
{
    // “Café” – €5 in Windows-1252
    const QByteArray bytes("\x93" "Caf\xe9\x94 \x96 \x80" "5");
    const auto decoded = decodeText(bytes);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(decoded->text, QString::fromUtf8("“Café” – €5"));
}

TEST(DecodeText, BinaryIsRefused)
{
    const auto decoded = decodeText(QByteArray("PK\x03\x04\x00\x00", 6));
    ASSERT_FALSE(decoded.ok());
    EXPECT_TRUE(decoded.errorMessage().contains(QStringLiteral("not a text file")));
}

TEST(DecodeText, BrokenUtf16IsAnError)
{
    QByteArray bytes("\xFF\xFE" "a\0", 4);
    bytes.append("\x00\xDC" "b\0", 4); // a low surrogate with no high one before it
    EXPECT_FALSE(decodeText(bytes).ok());
}

TEST(ArticleReader, ReadsAndNamesTheSource)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(withBom(QStringConverter::Utf8));
    file.close();
    const auto article = ArticleReader::read(path);
    ASSERT_TRUE(article.ok());
    EXPECT_EQ(article->text, kText);
    EXPECT_EQ(article->sourcePath, path);
}

TEST(ArticleReader, ClearErrors)
{
    QTemporaryDir dir;
    const auto missing = ArticleReader::read(dir.filePath(QStringLiteral("nope.txt")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().endsWith(QStringLiteral("no such file")));

    const auto folder = ArticleReader::read(dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.errorMessage().contains(QStringLiteral("folder")));

    const QString locked = dir.filePath(QStringLiteral("locked.txt"));
    QFile file(locked);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("text");
    file.close();
    file.setPermissions(QFileDevice::Permissions());
    if (!QFile(locked).open(QIODevice::ReadOnly)) { // root can read anything
        const auto unreadable = ArticleReader::read(locked);
        ASSERT_FALSE(unreadable.ok());
        EXPECT_TRUE(unreadable.errorMessage().contains(QStringLiteral("cannot be read")));
    }
}
