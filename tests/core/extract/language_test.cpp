#include "pipelinehelper.h"
#include "qtprinters.h"

#include "extract/attribution.h"
#include "extract/entityfinder.h"
#include "extract/extractor.h"
#include "extract/languagefinder.h"
#include "extract/mentiongrouper.h"
#include "extract/quotefinder.h"

#include <gtest/gtest.h>

using namespace Lede::Core::Extraction;

namespace {

QStringList hits(const QString &text)
{
    Document doc = Lede::Test::prepare(text);
    const Lexicon &lexicon = Lexicon::instance();
    EntityFinder(lexicon).run(doc);
    Attribution(lexicon).markDescribedOutlets(doc); // before grouping, as the extractor does
    MentionGrouper(lexicon).run(doc);
    QuoteFinder(lexicon).run(doc);
    Attribution(lexicon).run(doc);
    LanguageFinder(lexicon).run(doc);
    QStringList out;
    for (const LexicalHit &h : doc.hits)
        out.append(h.label + u' ' + doc.textOf(h.span) + (h.quote >= 0 ? QStringLiteral(" (quoted)") : QString()));
    return out;
}

} // namespace

TEST(LanguageFinder, HedgesIncludingPhrases)
{
    EXPECT_EQ(hits(QStringLiteral("The ministry reportedly agreed. He is believed to have left.")),
              (QStringList{"HEDGE reportedly", "HEDGE is believed to"}));
}

TEST(LanguageFinder, LoadedWordVoice)
{
    EXPECT_EQ(hits(QStringLiteral("The regime fell. “This regime is brutal,” Miriam Okafor said.")),
              (QStringList{"LOADED regime", "LOADED regime (quoted)", "LOADED brutal (quoted)"}));
}

TEST(LanguageFinder, OutletAndAnonymousSources)
{
    EXPECT_EQ(hits(QStringLiteral("Reuters reported that the talks failed. Officials said the deal was dead.")),
              (QStringList{"OUTLET Reuters", "ANONYMOUS Officials"}));
}

TEST(LanguageFinder, AnAcronymAfterADescriptionOfAnOutletIsOne)
{
    EXPECT_EQ(hits(QStringLiteral("The service confirmed it had invited both parties, the state broadcaster VRT reported.")),
              (QStringList{"OUTLET VRT"}));
    EXPECT_EQ(hits(QStringLiteral("The local television station KDRV reported that two homes had burned.")),
              (QStringList{"OUTLET KDRV"}));
    EXPECT_TRUE(hits(QStringLiteral("Officers at the police station ABQ said the road was closed.")).isEmpty());
}

TEST(LanguageFinder, GroupsOfPeopleDescribedButUnnamed)
{
    EXPECT_EQ(hits(QStringLiteral("The vote was close. Families affected by the breach said they had not been told.")),
              (QStringList{"ANONYMOUS Families affected by the breach"}));
    EXPECT_EQ(hits(QStringLiteral("The vote was close. Several senior clinicians at the trust said they had raised concerns.")),
              (QStringList{"ANONYMOUS Several senior clinicians at the trust"}));
    EXPECT_EQ(hits(QStringLiteral("The vote was close. Two data protection specialists who examined the files said patients could be identified.")),
              (QStringList{"ANONYMOUS Two data protection specialists who examined the files"}));
}

TEST(LanguageFinder, OneOfThemAndSomeAreUnnamedSources)
{
    EXPECT_EQ(hits(QStringLiteral("Residents gathered on the bridge. Some said the sky glowed orange for an hour. "
                                  "One of them said a state inspector had recommended repairs.")),
              (QStringList{"ANONYMOUS Some", "ANONYMOUS One of them"}));
}

TEST(LanguageFinder, OutletsTheTextDescribes)
{
    EXPECT_EQ(hits(QStringLiteral("The vote was close. Public broadcaster LRK reported that 23 lawmakers had received threats.")),
              (QStringList{"OUTLET LRK"}));
    EXPECT_EQ(hits(QStringLiteral("The vote was close. “I share the anger,” Anna Berg said in an interview with the state broadcaster ORT.")),
              (QStringList{"OUTLET ORT"}));
    EXPECT_EQ(hits(QStringLiteral("The vote was close. According to the newspaper Correo Ostrano, the government is drawing up plans.")),
              (QStringList{"OUTLET Correo Ostrano"}));
}

TEST(LanguageFinder, ANameAfterADescriptionOrBeginningWithAnOutletIsOne)
{
    EXPECT_EQ(hits(QStringLiteral("The vote was close. “The panel refused,” Anna Farrow told the Swedish daily Nordposten.")),
              (QStringList{"OUTLET Nordposten"}));
}

TEST(LanguageFinder, TheSundayCourierIsANewspaperNotADate)
{
    EXPECT_EQ(hits(QStringLiteral("The vote was close. The Sunday Courier reported that several crew members had complained.")),
              (QStringList{"OUTLET Sunday Courier"}));
}

TEST(LanguageFinder, AnOutletTheTextDoesNotNameIsOneToo)
{
    EXPECT_EQ(hits(QStringLiteral("Tessalian state television reported that the minister had invited his counterpart.")),
              (QStringList{"OUTLET Tessalian state television"}));
    EXPECT_EQ(hits(QStringLiteral("Mayor Anna Berg told local radio that some homes had received warnings late.")),
              (QStringList{"OUTLET local radio"}));
    EXPECT_EQ(hits(QStringLiteral("Asked about the protest, Clara Mbatha told the BBC’s Today programme: “I support the right to protest.”")),
              (QStringList{"OUTLET BBC"}));
    // Those who only hear it are no outlet.
    EXPECT_TRUE(hits(QStringLiteral("Mayor Anna Berg told the residents that the homes were safe.")).isEmpty());
}

TEST(LanguageFinder, PeopleLeftUnnamedAreAnonymousSources)
{
    EXPECT_EQ(hits(QStringLiteral("Economists have warned that the dispute could spread.")),
              (QStringList{"ANONYMOUS Economists"}));
    EXPECT_EQ(hits(QStringLiteral("Some students said they were frustrated by the occupation.")),
              (QStringList{"ANONYMOUS Some students"}));
    EXPECT_EQ(hits(QStringLiteral("Anti-corruption campaigners welcomed the sentence but warned that the problem ran deeper.")),
              (QStringList{"ANONYMOUS Anti-corruption campaigners"}));
    // The conjunction before the group is no part of it.
    EXPECT_EQ(hits(QStringLiteral("If wikiHow volunteers think our site is going in the wrong direction, they will leave.")),
              (QStringList{"ANONYMOUS wikiHow volunteers"}));
}

TEST(Sources, AgencyInDatelineIsAnOutlet)
{
    const QString text = QStringLiteral("Protesters clash with police\n\nNAIROBI, June 3 (Reuters) —\n\n"
                                        "Police fired tear gas on Monday at protesters.\n");
    const Lede::Core::ExtractionResult r = Lede::Core::Extractor().extract(text);
    bool found = false;
    for (const Lede::Core::Annotation &a : r.annotations)
        found = found || (a.layer == Lede::Core::Layer::Source && a.label == u"OUTLET"
                          && text.mid(a.span.start, a.span.length()) == u"Reuters");
    EXPECT_TRUE(found);
}

TEST(LanguageFinder, SupposedToIsADutyNotADoubt)
{
    EXPECT_TRUE(hits(QStringLiteral("The courts are supposed to hold the government to account.")).isEmpty());
    EXPECT_EQ(hits(QStringLiteral("The supposed benefits never came.")), QStringList{"HEDGE supposed"});
}

TEST(Sources, CitedWithoutAVerbOrUnnamedAfterAccordingTo)
{
    EXPECT_EQ(hits(QStringLiteral("The drills will continue, the paper said, citing unnamed government sources.")),
              (QStringList{"ANONYMOUS unnamed government sources"}));
    EXPECT_EQ(hits(QStringLiteral("“We are not afraid,” said Naomi Vance in an interview with the BBC.")),
              (QStringList{"OUTLET BBC"}));
    EXPECT_EQ(hits(QStringLiteral("The talks will resume, according to a person briefed on the negotiations.")),
              (QStringList{"ANONYMOUS a person briefed on the negotiations"}));
    // Anonymity is how a source spoke, not a source of its own.
    EXPECT_EQ(hits(QStringLiteral("A senior official, who spoke on condition of anonymity, said the talks failed.")),
              (QStringList{"ANONYMOUS A senior official"}));
}

TEST(LanguageFinder, ExpectationsAndLikelihoodAreHedges)
{
    EXPECT_EQ(hits(QStringLiteral("The bank is likely to cut rates. The Treasury is expected to publish forecasts.")),
              (QStringList{"HEDGE is likely", "HEDGE is expected to"}));
}

TEST(Sources, ANationalityDescribesACitedSourceAndAnotherVerbsSourceIsNotThisOnes)
{
    EXPECT_EQ(hits(QStringLiteral("The paper said the fleet had grown, citing Western defence officials.")),
              (QStringList{"ANONYMOUS Western defence officials"}));
    EXPECT_EQ(hits(QStringLiteral("One Western diplomat in Beijing said negotiators appeared to believe that Washington would back down.")),
              (QStringList{"ANONYMOUS One Western diplomat in Beijing", "HEDGE appeared to"}));
}

TEST(Sources, ASubjectWhoSpokeOnConditionOfAnonymityIsAnAnonymousSource)
{
    EXPECT_EQ(hits(QStringLiteral("Two current employees, who spoke on condition of anonymity because they feared for "
                                  "their jobs, said the audit had been shelved.")),
              (QStringList{"ANONYMOUS Two current employees"}));
}
