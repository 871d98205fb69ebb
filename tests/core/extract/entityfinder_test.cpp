#include "pipelinehelper.h"
#include "qtprinters.h"

#include "extract/entityfinder.h"
#include "extract/mentiongrouper.h"

#include <gtest/gtest.h>

using namespace Lede::Core::Extraction;

namespace {

struct Found {
    QString text;
    QString type;
    QString title;
};

QList<Found> mentions(const QString &text, Document *out = nullptr)
{
    Document doc = Lede::Test::prepare(text);
    EntityFinder(Lexicon::instance()).run(doc);
    MentionGrouper(Lexicon::instance()).run(doc);
    QList<Found> found;
    for (const Mention &m : doc.mentions)
        found.append({doc.textOf(m.span).toString(), m.type, m.title});
    if (out)
        *out = doc;
    return found;
}

QString describe(const QList<Found> &found)
{
    QStringList parts;
    for (const Found &f : found)
        parts.append(f.type + u':' + f.text + (f.title.isEmpty() ? QString() : u'[' + f.title + u']'));
    return parts.join(QStringLiteral(", "));
}

} // namespace

TEST(EntityFinder, TitlesAreCutOffAndKept)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("It was Interior Minister Olaf Brenner who spoke."))),
              u"PERSON:Olaf Brenner[Interior Minister]");
}

TEST(EntityFinder, GazetteerPrefixSplitsFromPerson)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("Critics of U.S. President Donald Trump's policies met."))),
              u"GPE:U.S., PERSON:Donald Trump[President]");
}

TEST(EntityFinder, NoLeadingTheNoPossessive)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("He thanked the United Nations and Germany's envoy."))),
              u"ORG:United Nations, GPE:Germany");
}

TEST(EntityFinder, HyphenatedNationality)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("The Kenyan-backed force moved."))), u"NORP:Kenyan");
}

TEST(EntityFinder, OrganisationAndPlaceHeads)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("Staff of the Interior Ministry crossed the Hudson River."))),
              u"ORG:Interior Ministry, LOC:Hudson River");
}

TEST(EntityFinder, Dates)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("It opened on Tuesday, March 14, 2023 and closed last week."))),
              u"DATE:Tuesday, DATE:March 14, 2023, DATE:last week");
}

TEST(EntityFinder, SurnamePropagatesPersonType)
{
    EXPECT_EQ(describe(mentions(QStringLiteral("Miriam Okafor spoke first. Later Okafor left."))),
              u"PERSON:Miriam Okafor, PERSON:Okafor");
}

TEST(MentionGrouper, GroupsSurnamesAndCountryAliases)
{
    Document doc = Lede::Test::prepare(QStringLiteral(
        "Olaf Brenner met officials from the U.K. in Berlin. Brenner said Britain agreed."));
    EntityFinder(Lexicon::instance()).run(doc);
    const QList<Lede::Core::Entity> entities = MentionGrouper(Lexicon::instance()).run(doc);
    ASSERT_EQ(entities.size(), 3);
    EXPECT_EQ(entities[0].name, u"Olaf Brenner");
    EXPECT_EQ(entities[0].aliases, QStringList{"Brenner"});
    EXPECT_EQ(entities[1].name, u"United Kingdom");
    EXPECT_EQ(entities[1].aliases, (QStringList{"U.K.", "Britain"}));
    EXPECT_EQ(entities[0].id, entityId(QStringLiteral("PERSON"), QStringLiteral("Olaf Brenner")));
    EXPECT_TRUE(entities[0].id.startsWith(u'E'));
    EXPECT_EQ(entities[0].id.size(), 11);
}

TEST(EntityFinder, ListedNameJoinsAcrossConnector)
{
    // "for" after a word that heads no organisation ends a chunk, unless a listed name goes on.
    EXPECT_EQ(describe(mentions(QStringLiteral("Voters backed the far-right Alternative for Germany again."))),
              u"ORG:Alternative for Germany");
}

TEST(MentionGrouper, DropsGuessedAbstractNounAtQuoteStart)
{
    Document doc = Lede::Test::prepare(QStringLiteral(
        "Protesters held banners reading “Humanity has no border”. Sincerity matters to Trinity."));
    // As the tagger would guess them: one-word names at the start of a quote and a sentence.
    auto guess = [&](int token, const QString &type) {
        Mention m;
        m.first = token;
        m.last = token + 1;
        m.span = doc.spanOf(token, token + 1);
        m.type = type;
        m.rule = QStringLiteral("entity.model");
        doc.mentions.append(m);
    };
    for (int t = 0; t < doc.tokens.size(); ++t) {
        const QStringView w = doc.textOf(doc.tokens[t]);
        if (w == u"Humanity" || w == u"Sincerity")
            guess(t, QStringLiteral("GPE"));
        else if (w == u"Trinity")
            guess(t, QStringLiteral("ORG"));
    }
    const QList<Lede::Core::Entity> entities = MentionGrouper(Lexicon::instance()).run(doc);
    ASSERT_EQ(entities.size(), 1);
    EXPECT_EQ(entities[0].name, u"Trinity"); // inside a sentence: a name
}

TEST(MentionGrouper, TrimsLeadingFunctionWords)
{
    Document doc = Lede::Test::prepare(QStringLiteral("After a period of five weeks the Greens left in the 1990s."));
    // As the tagger might cut them: a preposition or an article taken into the name.
    auto guess = [&](QStringView firstWord, int length, const QString &type) {
        for (int t = 0; t < doc.tokens.size(); ++t) {
            if (doc.textOf(doc.tokens[t]) != firstWord)
                continue;
            Mention m;
            m.first = t;
            m.last = t + length;
            m.span = doc.spanOf(t, t + length);
            m.type = type;
            m.rule = QStringLiteral("entity.model");
            doc.mentions.append(m);
            return;
        }
    };
    guess(u"of", 3, QStringLiteral("DATE"));
    guess(u"the", 2, QStringLiteral("ORG"));
    guess(u"in", 3, QStringLiteral("DATE"));
    MentionGrouper(Lexicon::instance()).run(doc);
    QStringList spans;
    for (const Mention &m : std::as_const(doc.mentions))
        spans.append(doc.textOf(m.span).toString());
    EXPECT_EQ(spans, (QStringList{"five weeks", "Greens", "the 1990s"}));
}

TEST(MentionGrouper, ExtendsDatesOverTheirNounPhrase)
{
    Document doc = Lede::Test::prepare(QStringLiteral(
        "He played his 2010 season there, stayed about two years, rested six weeks each year and left in the 2011 draft."));
    // As the tagger might cut them: the head of the date without its determiner or number.
    auto guess = [&](QStringView firstWord, int length) {
        for (int t = 0; t < doc.tokens.size(); ++t) {
            if (doc.textOf(doc.tokens[t]) != firstWord)
                continue;
            Mention m;
            m.first = t;
            m.last = t + length;
            m.span = doc.spanOf(t, t + length);
            m.type = QStringLiteral("DATE");
            m.rule = QStringLiteral("entity.model");
            doc.mentions.append(m);
            return;
        }
    };
    guess(u"2010", 2);
    guess(u"two", 2);
    guess(u"weeks", 1);
    guess(u"year", 1);
    guess(u"2011", 1);
    MentionGrouper(Lexicon::instance()).run(doc);
    QStringList spans;
    for (const Mention &m : std::as_const(doc.mentions))
        spans.append(doc.textOf(m.span).toString());
    // A year alone takes no determiner: "the 2011 draft" is about the year 2011.
    EXPECT_EQ(spans, (QStringList{"his 2010 season", "about two years", "six weeks", "each year", "2011"}));
}

TEST(Lexicon, GivenNamesTellAGenderOnlyWhenTheyHaveOne)
{
    const Lexicon &lexicon = Lexicon::instance();
    EXPECT_EQ(lexicon.genderOf(u"Miriam"), NameGender::Female);
    EXPECT_EQ(lexicon.genderOf(u"OLAF"), NameGender::Male);
    EXPECT_EQ(lexicon.genderOf(u"Andrea"), NameGender::Unknown); // both, in different countries
    EXPECT_EQ(lexicon.genderOf(u"Lucía"), NameGender::Female); // listed as "Lucia"
    EXPECT_EQ(lexicon.genderOf(u"Ἱερώνυμος"), NameGender::Unknown); // no Latin letters: no lookup loops
    EXPECT_EQ(lexicon.genderOf(u"Brenner"), NameGender::Unknown);
}
