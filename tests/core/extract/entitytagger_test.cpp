#include "pipelinehelper.h"
#include "qtprinters.h"

#include "extract/entityfinder.h"
#include "extract/entitymodel.h"
#include "extract/entitytagger.h"

#include <gtest/gtest.h>

using namespace Lede::Core::Extraction;

namespace {

/// Runs rules and tagger; "TYPE:text[title]" per mention.
QString tagged(const QString &text)
{
    Document doc = Lede::Test::prepare(text);
    EntityFinder(Lexicon::instance()).run(doc);
    EntityTagger(Lexicon::instance(), EntityTagger::bundledModel()).run(doc);
    QStringList parts;
    for (const Mention &m : doc.mentions)
        parts.append(m.type + u':' + doc.textOf(m.span) + (m.title.isEmpty() ? QString() : u'[' + m.title + u']'));
    return parts.join(QStringLiteral(", "));
}

} // namespace

TEST(EntityModel, WriteAndLoadRoundTrip)
{
    std::unordered_map<quint64, EntityModel::Row> rows;
    EntityModel::Row row{};
    row[size_t(Bio::beginTag(0))] = 2.5f;
    rows.emplace(0x1234abcdull, row);
    std::vector<float> transitions(Bio::kTags * Bio::kTags, 0.f);
    transitions[1] = -0.5f;
    EntityModel model;
    ASSERT_TRUE(model.load(EntityModel::write({EntityFeatures::wordKey(u"of")}, transitions, rows)));
    float scores[Bio::kTags];
    model.score({0x1234abcdull, 0x999ull}, scores);
    EXPECT_FLOAT_EQ(scores[Bio::beginTag(0)], 2.5f);
    EXPECT_FLOAT_EQ(scores[0], 0.f);
    EXPECT_FLOAT_EQ(model.transitions()[1], -0.5f);
}

TEST(EntityModel, RejectsWhatIsNotAModel)
{
    EntityModel model;
    EXPECT_FALSE(model.load("not a model\n"));
    EXPECT_FALSE(model.load("lede-entity-tagger 1\nfeatures 1\nzz 99:1\n"));
    EXPECT_TRUE(model.isEmpty());
}

TEST(EntityModel, ViterbiNeverStartsANameInside)
{
    // Emissions that prefer I-PERSON everywhere: the decoder must begin with B-PERSON.
    constexpr int K = Bio::kTags;
    std::vector<float> emission(3 * K, 0.f);
    for (int i = 0; i < 3; ++i)
        emission[size_t(i * K + Bio::insideTag(0))] = 5.f;
    emission[size_t(Bio::beginTag(0))] = 1.f;
    const std::vector<float> transitions(K * K, 0.f);
    int tags[3];
    viterbi(emission.data(), 3, transitions.data(), tags);
    EXPECT_EQ(tags[0], Bio::beginTag(0));
    EXPECT_EQ(tags[1], Bio::insideTag(0));
    EXPECT_EQ(tags[2], Bio::insideTag(0));
}

TEST(EntityTagger, BundledModelIsLoaded)
{
    EXPECT_FALSE(EntityTagger::bundledModel().isEmpty());
}

TEST(EntityTagger, FindsPersonsPlacesAndDatesWithConventions)
{
    const QString found = tagged(QStringLiteral(
        "Interior Minister Olaf Brenner told reporters in Berlin on Tuesday that the plan would fail."));
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Olaf Brenner[Interior Minister]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("GPE:Berlin"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("DATE:Tuesday"))) << qPrintable(found);
}

TEST(EntityTagger, KeepsNationalitiesAndOutletsFromTheRules)
{
    const QString found = tagged(QStringLiteral("The German government said so, Reuters reported."));
    EXPECT_TRUE(found.contains(QStringLiteral("NORP:German"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Reuters"))) << qPrintable(found);
}

TEST(EntityTagger, LowerCaseWordsOutsideNamesAreNeverTagged)
{
    Document doc = Lede::Test::prepare(QStringLiteral("quickly running around without stopping"));
    EntityFinder(Lexicon::instance()).run(doc);
    EXPECT_TRUE(EntityTagger::candidateRuns(doc, EntityTagger::bundledModel()).empty());
}

namespace {

/// The text of each run, joined by " | ".
QString runTexts(const Document &doc, const std::vector<std::pair<int, int>> &runs)
{
    QStringList parts;
    for (const auto &[first, last] : runs)
        parts.append(doc.textOf(first, last).toString());
    return parts.join(QStringLiteral(" | "));
}

} // namespace

TEST(EntityTagger, TaggedRunsLeaveOutTheGlueAtTheirEdgesButNotInsideNames)
{
    Document doc = Lede::Test::prepare(
        QStringLiteral("She said that the Bank of England and the Treasury agreed, and that the plan was good."));
    EntityFinder(Lexicon::instance()).run(doc);
    const EntityModel &model = EntityTagger::bundledModel();
    const auto candidates = EntityTagger::candidateRuns(doc, model);
    const auto tagged = EntityTagger::taggedRuns(doc, model, Lexicon::instance());
    // The candidates start with the glue ("that the Bank ..."): otherwise this test shows nothing.
    ASSERT_TRUE(runTexts(doc, candidates).contains(QStringLiteral("the Bank of England")))
        << qPrintable(runTexts(doc, candidates));

    EXPECT_TRUE(runTexts(doc, tagged).contains(QStringLiteral("Bank of England and the Treasury")))
        << qPrintable(runTexts(doc, tagged));
    for (const auto &[first, last] : tagged) {
        EXPECT_TRUE(EntityTagger::mayEdgeName(doc.tokens[first], Lexicon::instance())) << qPrintable(runTexts(doc, tagged));
        EXPECT_TRUE(EntityTagger::mayEdgeName(doc.tokens[last - 1], Lexicon::instance())) << qPrintable(runTexts(doc, tagged));
    }
    EXPECT_LT(tagged.size(), candidates.size()); // runs of glue alone ("and that the") are gone
}

TEST(EntityTagger, TaggedRunsWithADateWordKeepTheirEdges)
{
    Document doc = Lede::Test::prepare(QStringLiteral("It rained for the whole of last week and the week before."));
    EntityFinder(Lexicon::instance()).run(doc);
    const EntityModel &model = EntityTagger::bundledModel();
    const auto candidates = EntityTagger::candidateRuns(doc, model);
    const auto tagged = EntityTagger::taggedRuns(doc, model, Lexicon::instance());
    for (const auto &run : candidates) {
        const QString text = doc.textOf(run.first, run.second).toString();
        if (text.contains(QStringLiteral("week"))) {
            EXPECT_NE(std::find(tagged.begin(), tagged.end(), run), tagged.end()) << qPrintable(text);
        }
    }
}

TEST(EntityTagger, FunctionWordsAndPunctuationNeverEdgeAName)
{
    Document doc = Lede::Test::prepare(QStringLiteral("the , of Bank 1990 today"));
    const Lexicon &lexicon = Lexicon::instance();
    QStringList edges;
    for (const Token &t : doc.tokens)
        if (EntityTagger::mayEdgeName(t, lexicon))
            edges.append(doc.textOf(t).toString());
    EXPECT_EQ(edges.join(u' '), QStringLiteral("Bank 1990 today"));
}

TEST(EntityTagger, KeepsTheRulesNameOfASpeakerRightAfterAQuote)
{
    // The model has never seen the name; its place between the quote and "said" tells.
    const QString found = tagged(QStringLiteral("“We can improve,” team member Rodaba Noori said."));
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Rodaba Noori"))) << qPrintable(found);
    const QString told = tagged(QStringLiteral("“We can improve,” Rodaba Noori told reporters, “and we will.”"));
    EXPECT_TRUE(told.contains(QStringLiteral("PERSON:Rodaba Noori"))) << qPrintable(told);
}

TEST(EntityTagger, KeepsTheNameAfterAnInvertedSpeechVerbAndTitlesWithoutAPeriod)
{
    // The model took "Priyanka Halvorsen" for a work (OTHER); a work does not speak.
    const QString inverted = tagged(QStringLiteral("“We will keep fighting,” said Priyanka Halvorsen, the party's health spokeswoman."));
    EXPECT_TRUE(inverted.contains(QStringLiteral("PERSON:Priyanka Halvorsen"))) << qPrintable(inverted);
    const QString doctor = tagged(QStringLiteral("Dr Miriam Achebe-Lindgren, a senior lecturer in sociology, said the fee rise was bad."));
    EXPECT_TRUE(doctor.contains(QStringLiteral("PERSON:Miriam Achebe-Lindgren[Dr]"))) << qPrintable(doctor);
}

TEST(EntityTagger, APossessiveInsideAnOrganisationsName)
{
    const QString office = tagged(QStringLiteral("A wildfire forced hundreds from their homes, the Josephine County Sheriff's Office said."));
    EXPECT_TRUE(office.contains(QStringLiteral("ORG:Josephine County Sheriff's Office"))) << qPrintable(office);
    const QString federation = tagged(QStringLiteral("The Valmoran Hospital Employers' Federation said it was disappointed."));
    EXPECT_TRUE(federation.contains(QStringLiteral("ORG:Valmoran Hospital Employers' Federation"))) << qPrintable(federation);
    // A place or a person owns a name of its own.
    const QString britain = tagged(QStringLiteral("Britain's Foreign Office said the talks failed."));
    EXPECT_TRUE(britain.contains(QStringLiteral("ORG:Foreign Office"))) << qPrintable(britain);
    const QString merkel = tagged(QStringLiteral("Angela Merkel's Democratic Union said the talks failed."));
    EXPECT_TRUE(merkel.contains(QStringLiteral("PERSON:Angela Merkel"))) << qPrintable(merkel);
}

TEST(EntityTagger, ANameFoundElsewhereIsTheSameNameWhereItRecursAndTheTextSaysWhatItIs)
{
    const QString found = tagged(QStringLiteral("Nordhavn Appliances recalls 1.8 million air fryers\n\n"
                                                "Danish home appliance maker Nordhavn Appliances is recalling its fryers."));
    EXPECT_EQ(found.count(QStringLiteral("ORG:Nordhavn Appliances")), 2) << qPrintable(found);
}

TEST(EntityTagger, TheCapitalsThatOpenADatelineNameAPlace)
{
    const QString found = tagged(QStringLiteral("Wildfire forces evacuations\n\nCEDAR FLATS, Ore. (AP) — A wildfire forced hundreds from their homes."));
    EXPECT_TRUE(found.contains(QStringLiteral("GPE:CEDAR FLATS"))) << qPrintable(found);
}

TEST(EntityTagger, ANameEndingLikeABusinessIsAnOrganisation)
{
    const QString found = tagged(QStringLiteral("“It is a disaster,” said Tomasz Reiner, chief economist at Halvorsen Capital in London."));
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Halvorsen Capital"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Tomasz Reiner"))) << qPrintable(found);
}

TEST(EntityTagger, RemitsJoinedByAndBelongToTheTitle)
{
    const QString found = tagged(QStringLiteral("Health and Social Care Secretary Wes Streeting said the strike was unjustified. "
                                                "Culture, Media and Sport Secretary Lisa Nandy told MPs the BBC would survive. "
                                                "Prime Minister Keir Starmer and Defence Secretary John Healey met troops. "
                                                "Talks between Britain and Foreign Minister Jean Dupont ended."));
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Wes Streeting[Health and Social Care Secretary]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Lisa Nandy[Culture, Media and Sport Secretary]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Keir Starmer[Prime Minister]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:John Healey[Defence Secretary]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Jean Dupont[Foreign Minister]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("Britain"))) << qPrintable(found);
    // A person before "and" is no remit: "Macron and Foreign Minister".
    const QString parties = tagged(QStringLiteral("Emmanuel Macron arrived. Talks between Macron and Foreign Minister "
                                                  "Jean Dupont ended."));
    EXPECT_TRUE(parties.contains(QStringLiteral("PERSON:Jean Dupont[Foreign Minister]"))) << qPrintable(parties);
    EXPECT_TRUE(parties.contains(QStringLiteral("PERSON:Macron,"))) << qPrintable(parties);
    for (const char *remit : {"Health", "Culture", "Media"})
        EXPECT_FALSE(found.contains(QLatin1String(":") + QLatin1String(remit) + QLatin1String(","))
                     || found.endsWith(QLatin1String(":") + QLatin1String(remit))) << remit << ": " << qPrintable(found);
}

TEST(EntityTagger, ATitleDoesNotReachIntoTheLineBefore)
{
    const QString found = tagged(QStringLiteral("Ines Varga\n\nDame Ines Margit Varga DBE (born 1950) was a British-Hungarian engineer."));
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Ines Margit Varga[Dame]"))) << qPrintable(found);
}

TEST(EntityTagger, StormsTownsOfSaintsLibrariesAndPapersAreNoPersons)
{
    const QString found = tagged(QStringLiteral("Typhoon Tomasa hit the coast near Santa Rosalia on Monday. "
                                                "By Karen Doyle, Courier staff. Talvora Minerals said the Millbrook Public "
                                                "Library would close."));
    EXPECT_TRUE(found.contains(QStringLiteral("GPE:Santa Rosalia"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Talvora Minerals"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Millbrook Public Library"))) << qPrintable(found);
    for (const char *notPerson : {"PERSON:Typhoon", "PERSON:Courier", "PERSON:Santa", "PERSON:Talvora", "PERSON:Millbrook"})
        EXPECT_FALSE(found.contains(QLatin1String(notPerson))) << notPerson << ": " << qPrintable(found);
}

TEST(EntityTagger, AGeneralHospitalIsNoGeneral)
{
    // "General" is a title before a name ("General Mark Milley"), not inside a hospital's.
    const QString found = tagged(QStringLiteral("Porters at Calderbrook General Hospital walked out on Monday. "
                                                "She was taken to Brackenford Royal Infirmary."));
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Calderbrook General Hospital"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Brackenford Royal Infirmary"))) << qPrintable(found);
    EXPECT_FALSE(found.contains(QStringLiteral("PERSON"))) << qPrintable(found);
}

TEST(EntityTagger, LongOrganisationNamesAreNotCutAtTheirConnectors)
{
    const QString found = tagged(QStringLiteral("The Confederation of Lindmark Industry and Employers said the law was clear. "
                                                "The Brussels-based Climate Action Network for Northern Europe called it a signal. "
                                                "The opposition Progress and Enterprise Party called it a suicide note."));
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Confederation of Lindmark Industry and Employers"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Climate Action Network for Northern Europe"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("ORG:Progress and Enterprise Party"))) << qPrintable(found);
    const QString commission = tagged(QStringLiteral("The Independent Electoral and Boundaries Commission declared that the president had won."));
    EXPECT_TRUE(commission.contains(QStringLiteral("ORG:Independent Electoral and Boundaries Commission"))) << qPrintable(commission);
    const QString ministry = tagged(QStringLiteral("Nine miners were killed, the country's Ministry of Mines and Energy said. "
                                                   "The Federal Office for Competition and Consumer Protection said so."));
    EXPECT_TRUE(ministry.contains(QStringLiteral("ORG:Ministry of Mines and Energy"))) << qPrintable(ministry);
    EXPECT_TRUE(ministry.contains(QStringLiteral("ORG:Federal Office for Competition and Consumer Protection"))) << qPrintable(ministry);
    const QString barclays = tagged(QStringLiteral("The Bank of England and Barclays said rates would rise."));
    EXPECT_FALSE(barclays.contains(QStringLiteral("England and Barclays"))) << qPrintable(barclays);
    // Two names joined by "and" stay two.
    const QString two = tagged(QStringLiteral("Researchers at the University of California and Columbia University said so."));
    EXPECT_FALSE(two.contains(QStringLiteral("University of California and Columbia"))) << qPrintable(two);
}

TEST(EntityTagger, RegionalAdjectivesAndRuleDates)
{
    const QString found = tagged(QStringLiteral(
        "Kenyan Transport Secretary Daniel Otieno said the line would open in 2027. The landlocked East African "
        "economies had grown over the past fortnight and would grow again tomorrow."));
    EXPECT_TRUE(found.contains(QStringLiteral("PERSON:Daniel Otieno[Kenyan Transport Secretary]"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("NORP:East African"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("DATE:the past fortnight"))) << qPrintable(found);
    EXPECT_TRUE(found.contains(QStringLiteral("DATE:tomorrow"))) << qPrintable(found);
}

TEST(EntityTagger, TownsOfTheGeoNamesListArePlacesWhereTheModelFoundNoName)
{
    const QString found = tagged(QStringLiteral("Flooding hit Kisumu and Eldoret overnight. "
                                                "Protests spread from Mashhad to Tabriz and Shiraz, and residents of Sanandaj said the internet was cut."));
    for (const char *town : {"Kisumu", "Eldoret", "Shiraz", "Sanandaj"})
        EXPECT_TRUE(found.contains(u"GPE:" + QString::fromLatin1(town))) << town << ' ' << qPrintable(found);
    EXPECT_FALSE(found.contains(QStringLiteral("PERSON:Sanandaj"))) << qPrintable(found);
    // A town's name is a surname where the text names a person so ("Brock Holt"), and stays
    // part of a longer name.
    const QString holt = tagged(QStringLiteral("Brock Holt signed with the Rangers. Later that year Holt moved to Texas."));
    EXPECT_FALSE(holt.contains(QStringLiteral("GPE:Holt"))) << qPrintable(holt);
    const QString club = tagged(QStringLiteral("He scored twice for Kisumu Allstars on Sunday."));
    EXPECT_FALSE(club.contains(QStringLiteral("GPE:Kisumu,"))) << qPrintable(club);
    EXPECT_FALSE(club.endsWith(QStringLiteral("GPE:Kisumu"))) << qPrintable(club);
    const QString play = tagged(QStringLiteral("She starred in Shaw's Pygmalion in Shiraz."));
    EXPECT_FALSE(play.contains(QStringLiteral("GPE:Shaw"))) << qPrintable(play);
}

TEST(EntityTagger, ADescriptionThatOpensTheSentenceAndLongerTitles)
{
    const QString carmaker = tagged(QStringLiteral("KRESHOV (Reuters) - Carmaker Veltrano Motori will close its plant, the company said."));
    EXPECT_TRUE(carmaker.contains(QStringLiteral("ORG:Veltrano Motori"))) << qPrintable(carmaker);
    const QString chief = tagged(QStringLiteral("“This is hard,” Chief Executive Federica Lanzoni-Adeyemi told analysts."));
    EXPECT_TRUE(chief.contains(QStringLiteral("PERSON:Federica Lanzoni-Adeyemi[Chief Executive]"))) << qPrintable(chief);
}

TEST(EntityTagger, AmpersandsGivenNamesOfPlacesAndStreets)
{
    // An ampersand joins a firm's name; not authors cited, crossings or credits.
    const QString firm = tagged(QStringLiteral("Analysts at Koenig & Sachs wrote that the setback removes half its value."));
    EXPECT_TRUE(firm.contains(QStringLiteral("ORG:Koenig & Sachs"))) << qPrintable(firm);
    const QString cited = tagged(QStringLiteral("Practice improves attention (Dye & Bavelier, 2010)."));
    EXPECT_FALSE(cited.contains(u'&')) << qPrintable(cited);
    const QString crossing = tagged(QStringLiteral("Take the train east to Tempe & Mesa."));
    EXPECT_FALSE(crossing.contains(u'&')) << qPrintable(crossing);
    // A given name that is also a place's, before a surname, is a person.
    const QString pike = tagged(QStringLiteral("The deal needs approval, according to the managing partner, Jordan Pike."));
    EXPECT_TRUE(pike.contains(QStringLiteral("PERSON:Jordan Pike"))) << qPrintable(pike);
    // "Lane" heads a street, unless a given name comes before it.
    const QString ground = tagged(QStringLiteral("Her family has held season tickets at Fenwick Lane since the 1950s."));
    EXPECT_TRUE(ground.contains(QStringLiteral("LOC:Fenwick Lane"))) << qPrintable(ground);
    const QString lois = tagged(QStringLiteral("Lois Lane told reporters she was fine."));
    EXPECT_FALSE(lois.contains(QStringLiteral("LOC:"))) << qPrintable(lois);
}

TEST(EntityTagger, AGivenNameThatIsAlsoAWordAfterADescription)
{
    const QString dawn = tagged(QStringLiteral("His neighbour, 67-year-old retiree Dawn Pickering, told ABC News she had left."));
    EXPECT_TRUE(dawn.contains(QStringLiteral("PERSON:Dawn Pickering"))) << qPrintable(dawn);
}

TEST(EntityTagger, TheAcronymInBracketsSpellsTheWholeName)
{
    const QString council = tagged(QStringLiteral("The National Disaster Risk Reduction and Management Council (NDRRMC) said "
                                                  "11 people had died."));
    EXPECT_TRUE(council.contains(QStringLiteral("ORG:National Disaster Risk Reduction and Management Council")))
        << qPrintable(council);
    const QString union_ = tagged(QStringLiteral("The University and College Union (UCU) said jobs would go."));
    EXPECT_TRUE(union_.contains(QStringLiteral("ORG:University and College Union"))) << qPrintable(union_);
    // Initials that do not spell it join nothing.
    const QString two = tagged(QStringLiteral("Officials from Kenya and Uganda (EAC) met on Monday."));
    EXPECT_FALSE(two.contains(QStringLiteral("Kenya and Uganda"))) << qPrintable(two);
}

TEST(EntityTagger, AMinistrysRemitListedWithCommasIsPartOfItsName)
{
    const QString housing = tagged(QStringLiteral("A spokesperson for the Ministry of Housing, Communities and Local "
                                                  "Government said the government had acted."));
    EXPECT_TRUE(housing.contains(QStringLiteral("ORG:Ministry of Housing, Communities and Local Government")))
        << qPrintable(housing);
    const QString culture = tagged(QStringLiteral("The Department for Digital, Culture, Media and Sport said it was aware."));
    EXPECT_TRUE(culture.contains(QStringLiteral("ORG:Department for Digital, Culture, Media and Sport"))) << qPrintable(culture);
    // Places, people and names of their own listed after a ministry are not its remit.
    const QString places = tagged(QStringLiteral("The Ministry of Defence, Britain and France said the talks failed."));
    EXPECT_TRUE(places.contains(QStringLiteral("ORG:Ministry of Defence"))) << qPrintable(places);
    EXPECT_TRUE(places.contains(QStringLiteral("GPE:France"))) << qPrintable(places);
    const QString firms = tagged(QStringLiteral("The Ministry of Defence, Lockheed Martin and BAE Systems signed the deal."));
    EXPECT_TRUE(firms.contains(QStringLiteral("ORG:BAE Systems"))) << qPrintable(firms);
}

TEST(EntityTagger, OneNameAfterASpeechVerbWithAnAgeIsAPersonAndAnOrdinalsNameIsNot)
{
    const QString age = tagged(QStringLiteral("“We heard people calling for help,” said Nurhayati, 38, a vegetable seller."));
    EXPECT_TRUE(age.contains(QStringLiteral("PERSON:Nurhayati"))) << qPrintable(age);
    const QString court = tagged(QStringLiteral("A spokesman for the 8th Circuit said the court does not comment."));
    EXPECT_FALSE(court.contains(QStringLiteral("PERSON:Circuit"))) << qPrintable(court);
}

TEST(EntityTagger, AGivenNameOfTheLongListsOpensAPersonsNameAtASentenceStart)
{
    const QString pratt = tagged(QStringLiteral("Residents packed the chambers.\n\n"
                                                "Dolores Pratt, who has lived here, said she supported the bond."));
    EXPECT_TRUE(pratt.contains(QStringLiteral("PERSON:Dolores Pratt"))) << qPrintable(pratt);
}

TEST(EntityTagger, APersonDescribedByAnAgeWinsOverAWorkTheModelSaw)
{
    // After a paragraph of quoted signs the model takes the name for a work's (OTHER).
    const QString pratt = tagged(QStringLiteral("Some held signs reading \"clean water\".\n\n"
                                                "Dolores Pratt, 71, said she supported the bond."));
    EXPECT_TRUE(pratt.contains(QStringLiteral("PERSON:Dolores Pratt"))) << qPrintable(pratt);
}

TEST(EntityTagger, AUtilityJoinedByAndAndAGeneralsCompanyAreOrganisations)
{
    const QString utility = tagged(QStringLiteral("Officials said power had been cut, and Pacific Gas and Electric said "
                                                  "it could be several days."));
    EXPECT_TRUE(utility.contains(QStringLiteral("ORG:Pacific Gas and Electric"))) << qPrintable(utility);
    const QString gm = tagged(QStringLiteral("General Motors said it would cut jobs."));
    EXPECT_TRUE(gm.contains(QStringLiteral("ORG:General Motors"))) << qPrintable(gm);
    // A listed name is not joined to the next word: "Google and Power".
    const QString listed = tagged(QStringLiteral("Google and Power said nothing."));
    EXPECT_FALSE(listed.contains(QStringLiteral("Google and Power"))) << qPrintable(listed);
}

TEST(EntityTagger, ANameDescribedAsAnOrganisationRightAfterItIsOne)
{
    const QString body = tagged(QStringLiteral("Swissenergy, the industry body representing power producers, acknowledged the risk."));
    EXPECT_TRUE(body.contains(QStringLiteral("ORG:Swissenergy"))) << qPrintable(body);
    const QString firm = tagged(QStringLiteral("Kestrel, a privately held company with headquarters in Leeds, said it had fixed the error."));
    EXPECT_TRUE(firm.contains(QStringLiteral("ORG:Kestrel"))) << qPrintable(firm);
    // Not a body of people, nor an owner's founder.
    const QString men = tagged(QStringLiteral("WHEREAS, a body of men calling themselves the National Congress are now in session."));
    EXPECT_FALSE(men.contains(QStringLiteral("ORG:WHEREAS"))) << qPrintable(men);
    const QString media = tagged(QStringLiteral("Velmora, the media company that owns the paper, declined to comment."));
    EXPECT_TRUE(media.contains(QStringLiteral("ORG:Velmora"))) << qPrintable(media);
    const QString consortium = tagged(QStringLiteral("The report was published by the Glacier Monitoring Consortium."));
    EXPECT_TRUE(consortium.contains(QStringLiteral("ORG:Glacier Monitoring Consortium"))) << qPrintable(consortium);
}
