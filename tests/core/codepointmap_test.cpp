#include "text/codepointmap.h"

#include <gtest/gtest.h>

using namespace Lede::Core;

TEST(CodePointMap, BmpTextIsIdentity)
{
    // Combining marks and CR LF are separate code points and separate UTF-16 units alike.
    const QString text = QStringLiteral("Cafe\u0301\r\nnaïve");
    const CodePointMap map(text);
    EXPECT_TRUE(map.isIdentity());
    for (int i = 0; i <= text.size(); ++i) {
        EXPECT_EQ(map.toCodePoint(i), i);
        EXPECT_EQ(map.toUtf16(i), i);
    }
    EXPECT_EQ(map.codePointLength(), text.size());
}

TEST(CodePointMap, EmojiCountAsOneCodePoint)
{
    // "a😀b🇩🇪c": 😀 is one code point, the flag two (two regional indicators), each a pair.
    const QString text = QString::fromUtf8("a\xF0\x9F\x98\x80" "b\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA" "c");
    ASSERT_EQ(text.size(), 9);
    const CodePointMap map(text);
    EXPECT_FALSE(map.isIdentity());
    EXPECT_EQ(map.codePointLength(), 6);
    const QList<int> utf16{0, 1, 3, 4, 6, 8, 9};
    const QList<int> codePoints{0, 1, 2, 3, 4, 5, 6};
    for (int i = 0; i < utf16.size(); ++i) {
        EXPECT_EQ(map.toCodePoint(utf16[i]), codePoints[i]) << "utf16 " << utf16[i];
        EXPECT_EQ(map.toUtf16(codePoints[i]), utf16[i]) << "code point " << codePoints[i];
    }
    // Inside a pair: the code point of that pair.
    EXPECT_EQ(map.toCodePoint(2), 1);
}

TEST(CodePointMap, AgreesWithUcs4Conversion)
{
    const QString text = QString::fromUtf8("\xF0\x9D\x90\x80 x \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD yé\xF0\x90\x8D\x88");
    const CodePointMap map(text);
    const QList<uint> ucs4 = text.toUcs4();
    EXPECT_EQ(map.codePointLength(), ucs4.size());
    for (int cp = 0; cp <= ucs4.size(); ++cp) {
        const int u = map.toUtf16(cp);
        EXPECT_EQ(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), cp), text.left(u));
        EXPECT_EQ(map.toCodePoint(u), cp);
    }
}

TEST(CodePointMap, LoneSurrogateCountsAsOneUnit)
{
    QString text = QStringLiteral("ab");
    text.insert(1, QChar(0xD800)); // a broken pair from a bad decoder
    const CodePointMap map(text);
    EXPECT_TRUE(map.isIdentity());
    EXPECT_EQ(map.codePointLength(), 3);
}
