#include "claims/sentencesplitter.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core;
using namespace Lede::Core::Claims;

namespace {

QStringList sentences(const QString &text)
{
    static const SentenceSplitter splitter;
    QStringList out;
    for (const Span s : splitter.split(text))
        out.append(text.mid(s.start, s.length()));
    return out;
}

} // namespace

TEST(ClaimSentences, SplitsAtFinalPunctuationBeforeACapital)
{
    EXPECT_EQ(sentences(QStringLiteral("It rained. Then it snowed! Why? Nobody knows.")),
              (QStringList{QStringLiteral("It rained."), QStringLiteral("Then it snowed!"), QStringLiteral("Why?"), QStringLiteral("Nobody knows.")}));
}

TEST(ClaimSentences, AbbreviationsAndInitialsDoNotEndASentence)
{
    EXPECT_EQ(sentences(QStringLiteral("Mr. Smith met Dr. J. Jones in the U.S. on Jan. 5. They talked.")),
              (QStringList{QStringLiteral("Mr. Smith met Dr. J. Jones in the U.S. on Jan. 5."), QStringLiteral("They talked.")}));
}

TEST(ClaimSentences, ClosingQuotesStayWithTheirSentence)
{
    EXPECT_EQ(sentences(QStringLiteral("“We are ready.” Brenner smiled. He said: “Go.” “Now,” she said.")),
              (QStringList{QStringLiteral("“We are ready.”"), QStringLiteral("Brenner smiled."), QStringLiteral("He said: “Go.”"),
                           QStringLiteral("“Now,” she said.")}));
}

TEST(ClaimSentences, LineBreaksAlwaysEndASentenceAndLowerCaseContinues)
{
    EXPECT_EQ(sentences(QStringLiteral("Headline without a stop\n\nThe rate was 3.5 p.c. higher. it went on\nEnd")),
              (QStringList{QStringLiteral("Headline without a stop"), QStringLiteral("The rate was 3.5 p.c. higher. it went on"),
                           QStringLiteral("End")}));
}

TEST(ClaimSentences, SpansAreTrimmed)
{
    static const SentenceSplitter splitter;
    const QList<Span> spans = splitter.split(QStringLiteral("  One.   Two.  "));
    EXPECT_EQ(spans, (QList<Span>{{2, 6}, {9, 13}}));
}
