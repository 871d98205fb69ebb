#include "quoteshelper.h"

#include <gtest/gtest.h>

using Lede::Test::quotes;

// Unnamed speakers (unnamedspeakers.cpp): "officials", "a senior official who asked not to be
// named", people described by what they do or where they are.

TEST(Quotes, UnnamedSpeakerAroundTheCueOfADirectQuote)
{
    EXPECT_EQ(quotes(QStringLiteral("“I don't know what happened,” the driver said.")),
              QStringList{"DIRECT “I don't know what happened,” | said | the driver"});
    EXPECT_EQ(quotes(QStringLiteral("“It was dark,” said the driver.")),
              QStringList{"DIRECT “It was dark,” | said | the driver"});
    // The one told does not speak.
    EXPECT_EQ(quotes(QStringLiteral("“It was dark,” the driver told police.")),
              QStringList{"DIRECT “It was dark,” | told | the driver"});
}

TEST(Quotes, UnnamedSourceWithWhatDescribesIt)
{
    EXPECT_EQ(quotes(QStringLiteral("Sources close to the talks said a deal was near.")),
              QStringList{"INDIRECT a deal was near | said | Sources close to the talks"});
    EXPECT_EQ(quotes(QStringLiteral("A person familiar with the talks said a deal was near.")),
              QStringList{"INDIRECT a deal was near | said | A person familiar with the talks"});
    EXPECT_EQ(quotes(QStringLiteral("A senior official who asked not to be named said the plan was dead.")),
              QStringList{"INDIRECT the plan was dead | said | A senior official who asked not to be named"});
}

TEST(Quotes, AnUnnamedSourceInAPlaceIsNotThePlace)
{
    EXPECT_EQ(quotes(QStringLiteral("A senior diplomat in Nairobi said the talks had stalled.")),
              QStringList{"INDIRECT the talks had stalled | said | A senior diplomat in Nairobi"});
}

TEST(Quotes, AnUnnamedSubjectRightBeforeTheQuoteSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("The driver said: “I saw nothing.”")),
              QStringList{"DIRECT “I saw nothing.” | said | The driver"});
    // The quote inside a quote is the supervisor's, not the asker's.
    const QStringList nested = quotes(QStringLiteral(
        "“When I asked for photos, my supervisor said, ‘That is not how we do things here,’” Ann Lee recalled."));
    ASSERT_EQ(nested.size(), 2);
    EXPECT_EQ(nested[1], QStringLiteral("DIRECT ‘That is not how we do things here,’ | said | my supervisor"));
}

TEST(Quotes, TheUnnamedHeadARelativeClauseDescribesAndOneOfThem)
{
    EXPECT_EQ(quotes(QStringLiteral("Two diplomats who attended the talks as observers said the mood was tense.")),
              QStringList{"INDIRECT the mood was tense | said | Two diplomats who attended the talks as observers"});
    EXPECT_EQ(quotes(QStringLiteral("One of them said the talks would resume.")),
              QStringList{"INDIRECT the talks would resume | said | One of them"});
}

TEST(Quotes, PeopleUnnamedWhereTheirEmployerIsNamed)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Analysts at Skagerrak Securities estimated the cost at 40 million euros.")),
              QStringList{"INDIRECT the cost at 40 million euros | estimated | Analysts at Skagerrak Securities"});
}

TEST(Quotes, AnUnnamedSpokeswomanForANamedFirmAndADescriptionBeforeTheName)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A spokeswoman for Nordvik Mining said the mine would reopen.")),
              QStringList{"INDIRECT the mine would reopen | said | A spokeswoman for Nordvik Mining"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The sprinter's coach, Lars-Erik Fofanah, described the ruling as a tragedy "
                                    "and told reporters he would keep working with her.")),
              QStringList{"INDIRECT he would keep working with her | told reporters | Lars-Erik Fofanah"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. “I will fight on,” said the 400m hurdler Freya Adeyemi.")),
              QStringList{"DIRECT “I will fight on,” | said | Freya Adeyemi"});
}

TEST(Quotes, UnnamedPeopleDescribedByAPhraseThatEndsInAName)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Holidaymakers stranded in Spain and Portugal said airlines had cancelled their flights.")),
              QStringList{"INDIRECT airlines had cancelled their flights | said | Holidaymakers stranded in Spain and Portugal"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. But two survivors interviewed by the daily Eleftheros Logos said the coastguard had been alerted.")),
              QStringList{"INDIRECT the coastguard had been alerted | said | two survivors interviewed by the daily Eleftheros Logos"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. In Nsenga, descendants of the royal household said they had followed the vote.")),
              QStringList{"INDIRECT they had followed the vote | said | descendants of the royal household"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A spokeswoman for Prairie Mercy Hospital in Lewistown, where the infant is being treated, "
                                    "said the girl was stable.")),
              QStringList{"INDIRECT the girl was stable | said | A spokeswoman for Prairie Mercy Hospital in Lewistown"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. In Kreshov, workers leaving the morning shift said they had learned of the closure.")),
              QStringList{"INDIRECT they had learned of the closure | said | workers leaving the morning shift"});
    // A verb of its own is no participle that describes them.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Protesters blocked the road and said they would stay.")),
              QStringList{"INDIRECT they would stay | said | Protesters"});
}

TEST(Quotes, UnnamedPeopleDescribedAtLength)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Two firefighters who spoke on condition of anonymity because they were not "
                                    "authorized to talk to reporters said crews had been short-staffed.")),
              QStringList{"INDIRECT crews had been short-staffed | said | Two firefighters who spoke on condition of anonymity because "
                          "they were not authorized to talk to reporters"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A member of staff at the prison, who did not want to be named, said CCTV "
                                    "cameras covering that section of the fence had not worked.")),
              QStringList{"INDIRECT CCTV cameras covering that section of the fence had not worked | said | A member of staff at the prison"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. One former cabinet minister, speaking on condition of anonymity, said: "
                                    "“Tobias was careless.”")),
              QStringList{"DIRECT “Tobias was careless.” | said | One former cabinet minister"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Allies of Wrenfield said he had been hung out to dry.")),
              QStringList{"INDIRECT he had been hung out to dry | said | Allies of Wrenfield"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Surhan lies on a fault, and seismologists have long warned that the "
                                    "provinces were overdue for a quake.")),
              QStringList{"INDIRECT the provinces were overdue for a quake | warned | seismologists"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The Brennholt family foundation, which controls 22% of the shares, said it "
                                    "would review the offer.")),
              QStringList{"INDIRECT it would review the offer | said | The Brennholt family foundation"});
    // A participle after a comma reports for the speaker of the clause before it.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. More than 1,100 people were injured, authority spokesman Farhad Qaderi told "
                                    "reporters in the provincial capital, adding that the toll was certain to rise.")).last(),
              "INDIRECT the toll was certain to rise | adding | Farhad Qaderi");
}

TEST(Quotes, UnnamedPeopleByTheirTrade)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Two shipping agents said loading had slowed to a crawl.")),
              QStringList{"INDIRECT loading had slowed to a crawl | said | Two shipping agents"});
}

TEST(Quotes, UnnamedByARelativeClauseAndAModifierInIng)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A developer who asked not to be named said several deals would be "
                                    "shelved.")),
              QStringList{"INDIRECT several deals would be shelved | said | A developer who asked not to be named"});
    EXPECT_EQ(quotes(QStringLiteral("Traffic was backed up for 30 kilometres, the ANWB motoring association said.")),
              QStringList{"INDIRECT Traffic was backed up for 30 kilometres | said | the ANWB motoring association"});
}

TEST(Quotes, AnUnnamedPersonWithALongRelativeClauseAndAPlaceWithItsState)
{
    EXPECT_EQ(quotes(QStringLiteral("A firefighter who has worked the area for more than a decade said crews were "
                                    "stretched thin.")),
              QStringList{"INDIRECT crews were stretched thin | said | A firefighter who has worked the area for more than a decade"});
    EXPECT_EQ(quotes(QStringLiteral("The company, based in Austin, Texas, said in a filing that a third party had gained "
                                    "access.")),
              QStringList{"INDIRECT a third party had gained access | said | The company"});
}

TEST(Quotes, PeopleAParticipleDescribesAndAParticipleAfterAVerbOfNoSpeech)
{
    EXPECT_EQ(quotes(QStringLiteral("Most operations will go ahead, but patients already facing long waits say they fear "
                                    "fresh delays.")).last(),
              "INDIRECT they fear fresh delays | say | patients already facing long waits");
    EXPECT_EQ(quotes(QStringLiteral("Another neighbor, Tamika Rowe, gave a similar account to KMTV, saying she never saw the "
                                    "driver move.")),
              QStringList{"INDIRECT she never saw the driver move | saying | Tamika Rowe"});
}
