#include "edit/textviewmap.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using Lede::Core::TextViewMap;

TEST(TextViewMap, WithoutCarriageReturnsItIsTheIdentity)
{
    const TextViewMap map(QStringLiteral("one\ntwo"));
    EXPECT_TRUE(map.isIdentity());
    EXPECT_EQ(map.viewText(), QStringLiteral("one\ntwo"));
    EXPECT_EQ(map.toView(5), 5);
    EXPECT_EQ(map.toArticle(5), 5);
}

TEST(TextViewMap, CrLfBecomesOneLineBreak)
{
    //                  0 1 2 3  4  5 6 7 8  9  10 11
    const QString text = QStringLiteral("one\r\ntwo\r\nab");
    const TextViewMap map(text);
    EXPECT_EQ(map.viewText(), QStringLiteral("one\ntwo\nab"));
    EXPECT_EQ(map.toView(0), 0);
    EXPECT_EQ(map.toView(5), 4);   // 't'
    EXPECT_EQ(map.toView(10), 8);  // 'a'
    EXPECT_EQ(map.toView(12), 10); // end
    EXPECT_EQ(map.toView(3), 3);   // the dropped '\r' maps onto the line break
    EXPECT_EQ(map.toArticle(4), 5);
    EXPECT_EQ(map.toArticle(8), 10);
    EXPECT_EQ(map.toArticle(10), 12);
    EXPECT_EQ(map.toArticle(3), 4); // the line break is the '\n'
    for (int view = 0; view <= map.viewText().size(); ++view)
        EXPECT_EQ(map.toView(map.toArticle(view)), view);
    for (int article : {0, 1, 2, 4, 5, 6, 7, 9, 10, 11}) // every character but the '\r's
        EXPECT_EQ(map.viewText()[map.toView(article)], text[article]) << article;
}

TEST(TextViewMap, LoneCarriageReturnIsALineBreakOfTheSameLength)
{
    const TextViewMap map(QStringLiteral("a\rb"));
    EXPECT_EQ(map.viewText(), QStringLiteral("a\nb"));
    EXPECT_EQ(map.toView(2), 2);
    EXPECT_EQ(map.toArticle(2), 2);
}
