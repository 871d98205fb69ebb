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
    EXPECT_EQ(sentences(u"It rained. Then it snowed! Why? Nobody knows."_qs),
              (QStringList{u"It rained."_qs, u"Then it snowed!"_qs, u"Why?"_qs, u"Nobody knows."_qs}));
}

TEST(ClaimSentences, AbbreviationsAndInitialsDoNotEndASentence)
{
    EXPECT_EQ(sentences(u"Mr. Smith met Dr. J. Jones in the U.S. on Jan. 5. They talked."_qs),
              (QStringList{u"Mr. Smith met Dr. J. Jones in the U.S. on Jan. 5."_qs, u"They talked."_qs}));
}

TEST(ClaimSentences, ClosingQuotesStayWithTheirSentence)
{
    EXPECT_EQ(sentences(u"“We are ready.” Brenner smiled. He said: “Go.” “Now,” she said."_qs),
              (QStringList{u"“We are ready.”"_qs, u"Brenner smiled."_qs, u"He said: “Go.”"_qs,
                           u"“Now,” she said."_qs}));
}

TEST(ClaimSentences, LineBreaksAlwaysEndASentenceAndLowerCaseContinues)
{
    EXPECT_EQ(sentences(u"Headline without a stop\n\nThe rate was 3.5 p.c. higher. it went on\nEnd"_qs),
              (QStringList{u"Headline without a stop"_qs, u"The rate was 3.5 p.c. higher. it went on"_qs,
                           u"End"_qs}));
}

TEST(ClaimSentences, SpansAreTrimmed)
{
    static const SentenceSplitter splitter;
    const QList<Span> spans = splitter.split(u"  One.   Two.  "_qs);
    EXPECT_EQ(spans, (QList<Span>{{2, 6}, {9, 13}}));
}
