#include "extract/samewords.h"

#include <gtest/gtest.h>

using namespace Lede::Core::Extraction;

// The ASCII path must agree with Qt's case-insensitive comparison, which it replaces.
TEST(SameWords, AgreeWithQtsCaseInsensitiveComparison)
{
    const std::initializer_list<QStringView> words = {u"said", u"Said", u"SAID", u"sa1d", u"@", u"`", u"[",
                               u"{", u"Ärzte", u"ärzte", u"ÄRZTE", u"straße", u"STRASSE",
                               u"Café", u"CAFÉ", u"cafe", u"", u"the", u"thé", u"a-b",
                               u"a\rb", u"a-B", u"ΣΟΦΙΑ", u"σοφια", u"İstanbul", u"istanbul"};
    for (const QStringView a : words)
        for (const QStringView b : words)
            EXPECT_EQ(sameWordIgnoringCase(a, b), a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0)
                << a.toString().toStdString() << " / " << b.toString().toStdString();
}

TEST(SameWords, NotLettersDifferingInTheCaseBit)
{
    // '@' and '`', '[' and '{' differ only in the bit that tells case apart among letters.
    EXPECT_FALSE(sameWordIgnoringCase(u"@", u"`"));
    EXPECT_FALSE(sameWordIgnoringCase(u"[x", u"{x"));
    EXPECT_TRUE(sameWordIgnoringCase(u"Reuters", u"reuters"));
    EXPECT_TRUE(isOneOfIgnoringCase(u"Told", {u"said", u"told"}));
    EXPECT_FALSE(isOneOfIgnoringCase(u"tolds", {u"said", u"told"}));
}
