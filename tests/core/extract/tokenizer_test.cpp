#include "pipelinehelper.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core::Extraction;

namespace {

QStringList words(const QString &text)
{
    QStringList out;
    for (const Token &t : Lexicon::instance().tokenize(text))
        out.append(text.mid(t.start, t.end - t.start));
    return out;
}

} // namespace

TEST(Tokenizer, KeepsAbbreviationsInitialsAndNumbersWhole)
{
    EXPECT_EQ(words(QStringLiteral("U.S. Gen. J. R. Smith paid 80,000 in Washington D.C.")),
              (QStringList{"U.S.", "Gen.", "J.", "R.", "Smith", "paid", "80,000", "in", "Washington", "D.C."}));
}

TEST(Tokenizer, SplitsPossessiveButKeepsContractions)
{
    EXPECT_EQ(words(QStringLiteral("Brenner’s plan doesn't work")),
              (QStringList{"Brenner", "’s", "plan", "doesn't", "work"}));
}

TEST(Tokenizer, APluralPossessiveInsideANameIsNoQuotationMark)
{
    const QString text = QStringLiteral("The Hospital Employers' Federation met the ‘Greens’ today.");
    const QList<Token> tokens = Lexicon::instance().tokenize(text);
    ASSERT_EQ(tokens.size(), 12);
    EXPECT_TRUE(tokens[3].is(Possessive));
    EXPECT_FALSE(tokens[3].is(QuoteMark));
    // A closing mark before a lower-case word stays one.
    EXPECT_TRUE(tokens[9].is(QuoteMark));
}

TEST(Tokenizer, ALowerCasePluralPossessiveIsNoQuotationMarkWhereNoneIsOpen)
{
    const QList<Token> tokens = Lexicon::instance().tokenize(QStringLiteral("the regional suppliers' association said"));
    ASSERT_EQ(tokens.size(), 6);
    EXPECT_TRUE(tokens[3].is(Possessive));
    // An open mark makes it the closing one: "called them 'thugs' and".
    for (const QString &text : {QStringLiteral("He called them 'thugs' and left."), QStringLiteral("He called them ‘thugs’ and left.")}) {
        const QList<Token> quoted = Lexicon::instance().tokenize(text);
        ASSERT_EQ(quoted.size(), 9) << qPrintable(text);
        EXPECT_TRUE(quoted[5].is(QuoteMark)) << qPrintable(text);
    }
}

TEST(Tokenizer, QuotationMarksAreTokens)
{
    const QString text = QStringLiteral("“Yes,” she said.");
    const QList<Token> tokens = Lexicon::instance().tokenize(text);
    ASSERT_EQ(tokens.size(), 7);
    EXPECT_TRUE(tokens[0].is(QuoteMark));
    EXPECT_TRUE(tokens[3].is(QuoteMark));
    EXPECT_TRUE(tokens[6].is(SentenceFinal));
}

TEST(Tokenizer, SentencesIgnoreAbbreviationsAndKeepClosingQuotes)
{
    const QString text = QStringLiteral("Mr. Smith met Gen. Lee. “It went well.” Then they left.\n\nNew paragraph");
    const Document doc = Lede::Test::prepare(text);
    ASSERT_EQ(doc.sentences.size(), 4);
    EXPECT_EQ(doc.textOf(doc.sentences[0].first, doc.sentences[0].last), u"Mr. Smith met Gen. Lee.");
    EXPECT_EQ(doc.textOf(doc.sentences[1].first, doc.sentences[1].last), u"“It went well.”");
    EXPECT_EQ(doc.sentences[3].paragraph, 1);
}

TEST(Tokenizer, HandlesEmptyAndOddInput)
{
    EXPECT_TRUE(Lexicon::instance().tokenize(QString()).isEmpty());
    const QString odd = QStringLiteral("\u200b'\"“ 😀 ’s");
    const QList<Token> tokens = Lexicon::instance().tokenize(odd);
    for (const Token &t : tokens) {
        EXPECT_LE(0, t.start);
        EXPECT_LT(t.start, t.end);
        EXPECT_LE(t.end, odd.size());
    }
}
