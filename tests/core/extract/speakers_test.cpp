#include "quoteshelper.h"

#include <gtest/gtest.h>

using Lede::Test::quotes;

// Who speaks: pronouns and descriptions (pronouns.cpp) and names in apposition
// (attributionspeakers.cpp); unnamed sources are in unnamedspeakers_test.cpp. The suite keeps
// the name of quotes_test.cpp, where these tests began.

TEST(Quotes, PronounSpeakerResolvesToLatestPerson)
{
    const QStringList q = quotes(QStringLiteral("Miriam Okafor was angry. “This is wrong,” she said."));
    EXPECT_EQ(q, QStringList{"DIRECT “This is wrong,” | said | Miriam Okafor"});
}

TEST(Quotes, PronounSpeakerIsTheOneWhoSpokeLastUnlessSomeoneWasNamedSince)
{
    // "Little Harwood" stands for any name read as a person, named before the statement.
    EXPECT_EQ(quotes(QStringLiteral("Councillor Ravi Sethi, who represents Anna Weber, said he would vote against it. "
                                    "“The numbers might work,” he said.")),
              (QStringList{"INDIRECT he would vote against it | said | Ravi Sethi",
                           "DIRECT “The numbers might work,” | said | Ravi Sethi"}));
    // An unnamed speaker goes on too, and names the pronoun.
    EXPECT_EQ(quotes(QStringLiteral("Brenner blamed Anna Weber.\n\nA spokesperson in Geneva said the agency was alarmed.\n\n"
                                    "“Both parties have obligations,” she said.")),
              (QStringList{"INDIRECT the agency was alarmed | said | A spokesperson in Geneva",
                           "DIRECT “Both parties have obligations,” | said | A spokesperson in Geneva"}));
    // Someone named after the statement is the one meant.
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner said the plan was ready. Then Anna Weber stood up. “It is not,” she said.")),
              (QStringList{"INDIRECT the plan was ready | said | Olaf Brenner",
                           "DIRECT “It is not,” | said | Anna Weber"}));
    // "his mother" is no "he".
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner left early. His mother said the school was cold. “I hated it,” he said.")),
              (QStringList{"INDIRECT the school was cold | said | His mother",
                           "DIRECT “I hated it,” | said | Olaf Brenner"}));
}

TEST(Quotes, InvertedVerbWithSpeakerAfterIt)
{
    EXPECT_EQ(quotes(QStringLiteral("The plan will fail badly, said Miriam Okafor.")),
              QStringList{"INDIRECT The plan will fail badly | said | Miriam Okafor"});
    EXPECT_EQ(quotes(QStringLiteral("Institutional recipients, said Miriam Okafor, are required to exhibit them.")),
              QStringList{"INDIRECT Institutional recipients, said Miriam Okafor, are required to exhibit them | said | Miriam Okafor"});
    // No name after the verb: no attribution.
    EXPECT_TRUE(quotes(QStringLiteral("In the end, said the old map, the road turns north.")).isEmpty());
}

TEST(Quotes, NameAfterADescriptionSpeaksRatherThanTheDescription)
{
    EXPECT_EQ(quotes(QStringLiteral("“The situation is under control,” said police spokesman Jan Kowalski.")),
              QStringList{"DIRECT “The situation is under control,” | said | Jan Kowalski"});
}

TEST(Quotes, SubjectBeforeAnAppositiveSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("The minister, who spoke on condition of anonymity, said the talks had stalled.")),
              QStringList{"INDIRECT the talks had stalled | said | The minister"});
    EXPECT_EQ(quotes(QStringLiteral("The report, published by a charity on Monday, said the abuses were systematic.")),
              QStringList{"INDIRECT the abuses were systematic | said | The report"});
    EXPECT_TRUE(quotes(QStringLiteral("Instead, as the judges found, said words carry no weight.")).isEmpty());
}

TEST(Quotes, AppositiveNameSpeaksForItsDescription)
{
    EXPECT_EQ(quotes(QStringLiteral("The minister's spokeswoman, Maria Lopez, said the decision was final.")),
              QStringList{"INDIRECT the decision was final | said | Maria Lopez"});
}

TEST(Quotes, SheAndHeSkipPersonsOfTheOtherGender)
{
    EXPECT_EQ(quotes(QStringLiteral("Miriam Okafor left early. Olaf Brenner stayed. “It is a disaster,” she said.")),
              QStringList{"DIRECT “It is a disaster,” | said | Miriam Okafor"});
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner left early. Miriam Okafor stayed. “It is a disaster,” he said.")),
              QStringList{"DIRECT “It is a disaster,” | said | Olaf Brenner"});
    // A name that tells no gender may be either.
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner left early. Andrea Rossi stayed. “It is a disaster,” she said.")),
              QStringList{"DIRECT “It is a disaster,” | said | Andrea Rossi"});
}

TEST(Quotes, SpeakerAfterTheStatementAtTheEndOfTheSentence)
{
    EXPECT_EQ(quotes(QStringLiteral("The reforms have done little for the poor, the activists claim.")),
              QStringList{"INDIRECT The reforms have done little for the poor | claim | the activists"});
}

TEST(Quotes, AgeAndDescriptionBetweenNameAndVerb)
{
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez, 45, a teacher, said the water rose faster than anyone expected.")),
              QStringList{"INDIRECT the water rose faster than anyone expected | said | Maria Lopez"});
}

TEST(Quotes, TitledNameInAnAppositiveAndTheOneToldInThePlural)
{
    EXPECT_EQ(quotes(QStringLiteral("“The numbers are alarming,” the lead author, Dr. Hannah Cole, said in an interview.")),
              QStringList{"DIRECT “The numbers are alarming,” | said | Hannah Cole"});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez told jurors the case was about greed.")),
              QStringList{"INDIRECT the case was about greed | told | Maria Lopez"});
}

TEST(Quotes, TheOneARelativeClauseIsAboutSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("Police interviewed a neighbour, Gloria Pettit, who said she saw a pickup truck.")),
              QStringList{"INDIRECT she saw a pickup truck | said | Gloria Pettit"});
}

TEST(Quotes, AnOrganisationSpeaksRatherThanThePlaceItIsIn)
{
    EXPECT_EQ(quotes(QStringLiteral("The Defence Ministry in Berlin said its forces had hit military targets.")),
              QStringList{"INDIRECT its forces had hit military targets | said | Defence Ministry"});
}

TEST(Quotes, AnOwnersNameBeforeTheSpeakerAfterTheStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Twenty aircraft crossed the line on Monday, Taiwan's Central News Agency reported.")),
              QStringList{"INDIRECT Twenty aircraft crossed the line on Monday | reported | Central News Agency"});
}

TEST(Quotes, SpeakersFromAFreshBatteryOfParliamentCourtAndClimateStories)
{
    // A party before the speaker's title describes the speaker.
    EXPECT_EQ(quotes(QStringLiteral("“We will vote against it,” said Conservative finance critic Daniel Okafor.")),
              QStringList{"DIRECT “We will vote against it,” | said | Daniel Okafor"});
    // A participle clause before the subject that introduces a quote.
    EXPECT_EQ(quotes(QStringLiteral("Asked whether he would support the budget, Daniel Okafor was blunt: “Not a chance.”")),
              QStringList{"DIRECT “Not a chance.” |  | Daniel Okafor"});
    // An appositive name with where it is from.
    EXPECT_EQ(quotes(QStringLiteral("One of the plaintiffs, Sheriff Dolores Whitfield of Hampden County, said in an interview "
                                    "that she respected the court.")),
              QStringList{"INDIRECT she respected the court | said | Dolores Whitfield"});
    // An unnamed speaker "for" someone, over a possessive and a noun that is also a verb.
    EXPECT_EQ(quotes(QStringLiteral("A spokesperson for the state attorney general's office said in an email that the office was pleased.")),
              QStringList{"INDIRECT the office was pleased | said | A spokesperson for the state attorney general's office"});
    // A participle after a verb that reports nothing takes the sentence's subject.
    EXPECT_EQ(quotes(QStringLiteral("Finance Minister Sylvie Tremblay took a different tack, saying Quebec had been shortchanged.")),
              QStringList{"INDIRECT Quebec had been shortchanged | saying | Sylvie Tremblay"});
    // "which said": the noun phrase the relative clause is about.
    EXPECT_EQ(quotes(QStringLiteral("The rules were welcomed by environmental groups, which said they should spur governments to act.")),
              QStringList{"INDIRECT they should spur governments to act | said | environmental groups"});
}

TEST(Quotes, ADescriptionOfAPersonIsThePersonNamedJustBefore)
{
    // "Kwame Osei, a 41-year-old crane operator," is a name by its description.
    EXPECT_EQ(quotes(QStringLiteral("Kwame Osei, a 41-year-old crane operator, said he was tired.\n\n"
                                    "“You finish at midnight,” the father of three said.")),
              (QStringList{"INDIRECT he was tired | said | Kwame Osei",
                           "DIRECT “You finish at midnight,” | said | Kwame Osei"}));
    EXPECT_EQ(quotes(QStringLiteral("Councillor Gillian Marsh was unmoved. “It floods,” the retired teacher said.")),
              QStringList{"DIRECT “It floods,” | said | Gillian Marsh"});
    // "the family" and "the petition" speak for no one person.
    EXPECT_EQ(quotes(QStringLiteral("Camille Vasseur was at home. The family said a funeral will be held on Friday.")),
              QStringList{"INDIRECT a funeral will be held on Friday | said | The family"});
    // Without anyone named before, the description stays.
    EXPECT_EQ(quotes(QStringLiteral("“It is hard,” the father of two said.")),
              QStringList{"DIRECT “It is hard,” | said | the father of two"});
}

TEST(Quotes, ANameWithAnAgeBeforeWho)
{
    EXPECT_EQ(quotes(QStringLiteral("The court heard from the maintenance worker, Erik Lindahl, 34, who testified that he had noticed the cracks.")),
              QStringList{"INDIRECT he had noticed the cracks | testified | Erik Lindahl"});
}

TEST(Quotes, APronounForOnePersonIsNotSeveral)
{
    EXPECT_EQ(quotes(QStringLiteral("Judge Mariam Haddad lost her son. The authorities said he had suffered a heart attack. "
                                    "“They gave us back his body,” she said.")),
              (QStringList{"INDIRECT he had suffered a heart attack | said | The authorities",
                           "DIRECT “They gave us back his body,” | said | Mariam Haddad"}));
}

TEST(Quotes, AStatementReachesToTheEndOfTheSentenceThatNamesItsSpeaker)
{
    // A firm in the speaker's description is no new person for "He".
    EXPECT_EQ(quotes(QStringLiteral("“This is a bank buying credibility,” said Tomasz Reiner, chief economist at Anna Weber "
                                    "in London. He said the hike would help.")),
              (QStringList{"DIRECT “This is a bank buying credibility,” | said | Tomasz Reiner",
                           "INDIRECT the hike would help | said | Tomasz Reiner"}));
}

TEST(Quotes, ATitleDescribesThePersonNamedWithItAndTheyTheGroupThatSpoke)
{
    EXPECT_EQ(quotes(QStringLiteral("Governor Anneliese Varga raised rates. Finance Minister Olaf Brenner criticised it. "
                                    "“We had no choice,” the governor said.")),
              QStringList{"DIRECT “We had no choice,” | said | Anneliese Varga"});
    EXPECT_EQ(quotes(QStringLiteral("Executives at two companies said they were reviewing plans. "
                                    "The order had created uncertainty, they said.")),
              (QStringList{"INDIRECT they were reviewing plans | said | Executives at two companies",
                           "INDIRECT The order had created uncertainty | said | Executives at two companies"}));
}

TEST(Quotes, TheNameBetweenCommasAfterADescriptionSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("The appeal is expected to be heard later this year, Calvaria's state news agency, CNA, reported.")),
              QStringList{"INDIRECT The appeal is expected to be heard later this year | reported | CNA"});
    EXPECT_EQ(quotes(QStringLiteral("The energy company that operates the dam, Hidroeléctrica do Norte, said in a statement that the structure was safe.")),
              QStringList{"INDIRECT the structure was safe | said | Hidroeléctrica do Norte"});
    EXPECT_EQ(quotes(QStringLiteral("One of them, a retired engineer who gave his name only as Zoltan, said the minister had been sacrificed.")),
              QStringList{"INDIRECT the minister had been sacrificed | said | Zoltan"});
    EXPECT_EQ(quotes(QStringLiteral("The head of the authority, Colonel Amara Lindqvist-Obi, said at a press conference in the capital that the river had risen.")),
              QStringList{"INDIRECT the river had risen | said | Amara Lindqvist-Obi"});
    EXPECT_EQ(quotes(QStringLiteral("At least seven people have died, the National Civil Protection Authority said in its latest update on Sunday evening.")),
              QStringList{"INDIRECT At least seven people have died | said | National Civil Protection Authority"});
}

TEST(Quotes, ADescriptionOfAnOrganisationIsTheOneNamedBefore)
{
    EXPECT_EQ(quotes(QStringLiteral("The verdict came on Monday. Anna Berg was sentenced by the Special Criminal Court. "
                                    "The court said it would take medical reports into account.")),
              QStringList{"INDIRECT it would take medical reports into account | said | Special Criminal Court"});
    EXPECT_EQ(quotes(QStringLiteral("Danish appliance maker Nordhavn Appliances is recalling its fryers. "
                                    "The European Commission welcomed the move. The company said the fault was found.")),
              QStringList{"INDIRECT the fault was found | said | Nordhavn Appliances"});
    // "the party" after the party spoke; not "the court" after a ministry.
    EXPECT_EQ(quotes(QStringLiteral("The Calvarian Alliance denied that the trial had been fair. "
                                    "In a statement, the party said the prosecution was revenge.")),
              (QStringList{"INDIRECT the trial had been fair | denied | Calvarian Alliance",
                           "INDIRECT the prosecution was revenge | said | Calvarian Alliance"}));
    EXPECT_EQ(quotes(QStringLiteral("The Interior Ministry said the plan was legal. The court said the plan was not.")),
              (QStringList{"INDIRECT the plan was legal | said | Interior Ministry", "INDIRECT the plan was not | said | The court"}));
}

TEST(Quotes, WhoWasToldAndWhoOnlySawTheDocument)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Karolina Berg, a mother of three, told Reuters her fryer had started smoking in January.")),
              QStringList{"INDIRECT her fryer had started smoking in January | told | Karolina Berg"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Volunteers were handing out blankets, a spokeswoman told The Associated Press.")),
              QStringList{"INDIRECT Volunteers were handing out blankets | told | a spokeswoman"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The two countries will share data, according to a copy of the text seen by Reuters.")),
              QStringList{"INDIRECT The two countries will share data | according to | a copy of the text seen by Reuters"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. According to the student newspaper, the Halbrook Herald, 2,000 students had signed.")),
              QStringList{"INDIRECT 2,000 students had signed | According to | Halbrook Herald"});
}

TEST(Quotes, AStatementInsideAnotherIsNoNewSpeakerForAPronoun)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Miriam Okafor, a lecturer, said many staff feared the rise would hurt.\n\n"
                                    "“I teach a lot of students,” she said.")),
              (QStringList{"INDIRECT many staff feared the rise would hurt | said | Miriam Okafor",
                           "INDIRECT the rise would hurt | feared | many staff",
                           "DIRECT “I teach a lot of students,” | said | Miriam Okafor"}));
}

TEST(Quotes, TheNounAPersonWasDescribedWithReferstoThem)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The university’s vice-chancellor, Professor Aldous Brennan, said the fee was needed. "
                                    "The vice-chancellor said the bursaries would grow.")),
              (QStringList{"INDIRECT the fee was needed | said | Aldous Brennan",
                           "INDIRECT the bursaries would grow | said | Aldous Brennan"}));
    // The noun of a phrase after the name is no description of it.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A spokesman, Jesper Thorsager, denied that the company had delayed the recall. "
                                    "The company said the targets were unchanged.")),
              (QStringList{"INDIRECT the company had delayed the recall | denied | Jesper Thorsager",
                           "INDIRECT the targets were unchanged | said | The company"}));
}

TEST(Quotes, TheCompanyIsTheBusinessThatSpokeLastNotAnInstitution)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Nordhavn Appliances said the fryers were unsafe. "
                                    "The European Consumer Rights Bureau said the recall came late. "
                                    "Shares in Halvorsen Capital fell. The company said its targets were unchanged.")),
              (QStringList{"INDIRECT the fryers were unsafe | said | Nordhavn Appliances",
                           "INDIRECT the recall came late | said | European Consumer Rights Bureau",
                           "INDIRECT its targets were unchanged | said | Nordhavn Appliances"}));
}

TEST(Quotes, PronounsAndDescriptionsFindThePersonTheyDescribe)
{
    // An office that spoke last is no "she".
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Priya Cole, an economist, said the bank risked overdoing it. "
                                    "Output shrank by 0.3% in the fourth quarter, according to the national statistics office.\n\n"
                                    "She said higher rates would do little.")),
              (QStringList{"INDIRECT the bank risked overdoing it | said | Priya Cole",
                           "INDIRECT Output shrank by 0.3% in the fourth quarter | according to | the national statistics office",
                           "INDIRECT higher rates would do little | said | Priya Cole"}));
    // "Gov." is the governor.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Gov. Rosalind Pettigrew visited the site. The governor said two crew members died.")),
              QStringList{"INDIRECT two crew members died | said | Rosalind Pettigrew"});
    // "the actor" is the one the text called an actor, not the solicitor named since.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The Bafta-winning actor Julian Idowu has sued the paper. "
                                    "His solicitor, Fenella Okonjo, spoke briefly. The actor said he was grateful for the support.")),
              QStringList{"INDIRECT he was grateful for the support | said | Julian Idowu"});
    // A noun is no verb: "has launched a libel claim ..., accusing".
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The actor Julian Idowu has launched a libel claim against the publisher, "
                                    "accusing the newspaper of publishing “false and deeply damaging” allegations.")),
              QStringList{"PARTIAL “false and deeply damaging” | accusing | Julian Idowu"});
}

TEST(Quotes, LongSubjectsAndAdverbialsBetweenSpeakerVerbAndClause)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Firefighters let the cars burn out, said Brannock County Fire Chief Everett Sokolowski.")),
              QStringList{"INDIRECT Firefighters let the cars burn out | said | Everett Sokolowski"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Two people familiar with the investigation, who were not authorized to discuss it, "
                                    "told The Associated Press that the railroad had been warned.")),
              QStringList{"INDIRECT the railroad had been warned | told | Two people familiar with the investigation"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Two people who worked on the drama, speaking on condition of anonymity, "
                                    "told Variety that the atmosphere had been tense.")),
              QStringList{"INDIRECT the atmosphere had been tense | told | Two people who worked on the drama"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Olaf Brenner raised the rate, his fourth increase in a row, "
                                    "and said he stood ready to tighten policy further.")),
              QStringList{"INDIRECT he stood ready to tighten policy further | said | Olaf Brenner"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. One of the dissenters, Deputy Governor Tariq Obuya, has said publicly that the bank should pause.")),
              QStringList{"INDIRECT the bank should pause | said | Tariq Obuya"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Climate researchers at the University of Belvira said in a study published last month "
                                    "that droughts had become more likely.")),
              QStringList{"INDIRECT droughts had become more likely | said | Climate researchers at the University of Belvira"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The prime minister, who made the law her campaign's centerpiece, later told "
                                    "reporters that the country could not keep exporting oil.")),
              QStringList{"INDIRECT the country could not keep exporting oil | told reporters | The prime minister"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A person close to the board said at least two directors wanted a review.")),
              QStringList{"INDIRECT at least two directors wanted a review | said | A person close to the board"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The act passed 88-85 with four abstentions, the speaker of parliament, "
                                    "Henrikke Solvang, announced shortly after 7 a.m.")),
              QStringList{"INDIRECT The act passed 88-85 with four abstentions | announced | Henrikke Solvang"});
}

TEST(Quotes, NamesAfterDescriptionsAcronymsAndLongAppositives)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. “These objects were taken by force,” said the museum's director, Dr Hannelore Achebe-Winslow.")),
              QStringList{"DIRECT “These objects were taken by force,” | said | Hannelore Achebe-Winslow"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Tembara's minister of culture and heritage, Adaeze Okonkwo-Baptiste, called the decision "
                                    "“historic” and said her government would build a museum.")).last(),
              "INDIRECT her government would build a museum | said | Adaeze Okonkwo-Baptiste");
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. UK Airspace Navigation Services (UKANS), which manages the country's airspace, "
                                    "said the problem had been fixed.")),
              QStringList{"INDIRECT the problem had been fixed | said | UK Airspace Navigation Services"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Dr. Lena Marchetti, a toxicologist at Miami Valley State University who reviewed "
                                    "the city's test results at the Courier's request, said the levels were safe.")),
              QStringList{"INDIRECT the levels were safe | said | Lena Marchetti"});
    // A description that opens the sentence speaks through a participle after its verb.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The coastguard rejected that account, saying in a statement that its vessels "
                                    "had reached the area.")),
              QStringList{"INDIRECT its vessels had reached the area | saying | The coastguard"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. More than 300 residents came after the city disclosed last week that its water "
                                    "was contaminated.")),
              QStringList{"INDIRECT its water was contaminated | disclosed | the city"});
}

TEST(Quotes, ReportedQuestionsAndDirectivesOfAnyDescribedSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Shadow justice secretary Ifeoma Garside called the escape “a national "
                                    "embarrassment” and asked how many more prisoners would have to walk out.")).last(),
              "INDIRECT how many more prisoners would have to walk out | asked | Ifeoma Garside");
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The regulator asked the bank to explain why customers were not told.")),
              QStringList{"INDIRECT the bank to explain why customers were not told | asked | The regulator"});
}

TEST(Quotes, PoliceForcesAndTheOfficersOfThemSpeak)
{
    // A force the model does not know is an organisation; its officer, named before it, speaks.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Thames Valley Police said the road was closed.")),
              QStringList{"INDIRECT the road was closed | said | Thames Valley Police"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Inspector Paul Greaves of Kent Police said the case sent a clear message.")),
              QStringList{"INDIRECT the case sent a clear message | said | Paul Greaves"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Detective Inspector Paul Greaves of the City of London Police said "
                                    "outside court that the case sent a clear message.")),
              QStringList{"INDIRECT the case sent a clear message | said | Paul Greaves"});
}

TEST(Quotes, ADocumentIsNoSheAndMembersOfParliamentAreUnnamedSources)
{
    EXPECT_EQ(quotes(QStringLiteral("Maria Ashdown, the housing minister, claimed £48,000 in rent, according to expense records "
                                    "obtained by the Westminster Courier.\n\n“I have followed the rules,” she said.")).last(),
              "DIRECT “I have followed the rules,” | said | Maria Ashdown");
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Two Conservative MPs, speaking on condition of anonymity, said colleagues "
                                    "were furious.")),
              QStringList{"INDIRECT colleagues were furious | said | Two Conservative MPs"});
}

TEST(Quotes, ASourceWithinAnOrganisationAndANameTheTaggerDidNotType)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A source within the RFS, who was not authorised to speak publicly, said "
                                    "the agency had been short of aircraft.")),
              QStringList{"INDIRECT the agency had been short of aircraft | said | A source within the RFS"});
    // A name the tagger did not type goes on speaking as "he".
    EXPECT_EQ(quotes(QStringLiteral("Her husband, Curtis, told the Associated Press he had no intention of leaving. “This is "
                                    "home,” he said.")).last(),
              "DIRECT “This is home,” | said | Curtis");
}

TEST(Quotes, APersonDescribedBeforeTheNameBetweenCommas)
{
    // "Dawn" is also a word; the description before it makes it a given name.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. His neighbour, 67-year-old retiree Dawn Pickering, told ABC News she had "
                                    "packed her car.")),
              QStringList{"INDIRECT she had packed her car | told | Dawn Pickering"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Another speaker, retired pastor Dale Kittredge, urged the board to go "
                                    "further.")),
              QStringList{"INDIRECT the board to go further | urged | Dale Kittredge"});
    // A possessive inside the reported clause: "said her party's finish was".
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Joanne Mercier said her party's finish was disappointing.")),
              QStringList{"INDIRECT her party's finish was disappointing | said | Joanne Mercier"});
}

TEST(Quotes, ThePersonADescriptionOpensWithAndBodiesDescribedInFull)
{
    // The person a description opens with speaks for a second verb.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Conservative candidate Brent Halvorsen conceded shortly after midnight "
                                    "but said the result was unfair.")),
              QStringList{"INDIRECT the result was unfair | said | Brent Halvorsen"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Residents' association chairperson Lerato Dube accused the council of "
                                    "“criminal negligence” and urged residents to keep protests peaceful.")).last(),
              "INDIRECT residents to keep protests peaceful | urged | Lerato Dube");
    // A body's full description, "and" included.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The provincial department of water and sanitation said it had "
                                    "dispatched 20 tankers.")),
              QStringList{"INDIRECT it had dispatched 20 tankers | said | The provincial department of water and sanitation"});
    // A passive's agent described by a person noun.
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Klaus Rehfeldt was described as “the most stubborn hawk” by one former "
                                    "colleague.")),
              QStringList{"PARTIAL “the most stubborn hawk” | described | one former colleague"});
    // No one speaks: "no serious injuries reported".
    EXPECT_TRUE(quotes(QStringLiteral("Strong aftershock rattles Te Manuka, no serious injuries reported\n\nThe quake struck "
                                      "at noon.")).isEmpty());
}

TEST(Quotes, LowerCaseOwners)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. The sheriff's office said two people had been arrested.")),
              QStringList{"INDIRECT two people had been arrested | said | The sheriff's office"});
}

TEST(Quotes, WhatAnOutletSawSpeaksAndTheOutletCarriesIt)
{
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. Documents reviewed by Reuters show that nine plants had not "
                                    "filed reports.")),
              QStringList{"INDIRECT nine plants had not filed reports | show | Documents reviewed by Reuters"});
    EXPECT_EQ(quotes(QStringLiteral("The vote was close. A report obtained by the Guardian says the plan failed.")),
              QStringList{"INDIRECT the plan failed | says | A report obtained by the Guardian"});
}

TEST(Quotes, ThePersonBeforeWhereTheyWorkBetweenCommas)
{
    EXPECT_EQ(quotes(QStringLiteral("Dr Amara Osei-Bonsu, of the University of Northbrook, who led the study, said the "
                                    "results were reassuring.")),
              QStringList{"INDIRECT the results were reassuring | said | Amara Osei-Bonsu"});
}

TEST(Quotes, TheCompanyIsTheBusinessItsStatementOpensWith)
{
    EXPECT_EQ(quotes(QStringLiteral("Halvorsen Group has agreed to buy US snack maker Brightwell Brands for $8.6bn, "
                                    "the company said on Thursday.")),
              QStringList{"INDIRECT Halvorsen Group has agreed to buy US snack maker Brightwell Brands for $8.6bn | "
                          "said | Halvorsen Group"});
}

TEST(Quotes, ADescriptionWithAModifierIsTheOrganisationNamedWithBoth)
{
    EXPECT_EQ(quotes(QStringLiteral("Renewal led with 31 per cent, according to the Czech Statistical Office. The Christian "
                                    "Democrats said their leaders would meet on Sunday. Turnout was 68 per cent, the "
                                    "statistical office said.")),
              (QStringList{"INDIRECT Renewal led with 31 per cent | according to | Czech Statistical Office",
                           "INDIRECT their leaders would meet on Sunday | said | Christian Democrats",
                           "INDIRECT Turnout was 68 per cent | said | Czech Statistical Office"}));
}

TEST(Quotes, AQuoteGoesOnFromTheLatestSpeakerEvenInIndirectSpeech)
{
    // Pryor spoke after Tolley: his words go on, not hers.
    EXPECT_EQ(quotes(QStringLiteral("\"I am a pensioner on a fixed income,\" said Maureen Tolley. Another resident, Gavin "
                                    "Pryor, said he would rather pay more. \"They already shut two. What's next?\"")),
              (QStringList{"DIRECT \"I am a pensioner on a fixed income,\" | said | Maureen Tolley",
                           "INDIRECT he would rather pay more | said | Gavin Pryor",
                           "DIRECT \"They already shut two. What's next?\" | said | Gavin Pryor"}));
    // A sentence quoted alone after indirect speech is the same speaker's.
    EXPECT_EQ(quotes(QStringLiteral("Professor Graham Whitlow said the team had been surprised by the effect. "
                                    "“We went in expecting nothing at all.”")),
              (QStringList{"INDIRECT the team had been surprised by the effect | said | Graham Whitlow",
                           "DIRECT “We went in expecting nothing at all.” | said | Graham Whitlow"}));
    // Not a term in marks, and not the report inside the report.
    EXPECT_EQ(quotes(QStringLiteral("Colette Heald noted the findings show pollution reduction is also important. "
                                    "\"A cleanup would improve yields.\"")),
              (QStringList{"INDIRECT the findings show pollution reduction is also important | noted | Colette Heald",
                           "INDIRECT pollution reduction is also important | show | the findings",
                           "DIRECT \"A cleanup would improve yields.\" | noted | Colette Heald"}));
}

TEST(Quotes, TheMinisterAnOwnersTitleNamesAndTheSubjectAfterAnOpeningPhrase)
{
    EXPECT_EQ(quotes(QStringLiteral("Thailand's Commerce Minister Anna Weber rejected the findings, saying the "
                                    "investigation had relied on old data.")),
              QStringList{"INDIRECT the investigation had relied on old data | saying | Anna Weber"});
    EXPECT_EQ(quotes(QStringLiteral("In an interview, Corvala's chief executive, Melissa Ortlieb, apologized to patients "
                                    "and acknowledged that the company had taken too long.")),
              QStringList{"INDIRECT the company had taken too long | acknowledged | Melissa Ortlieb"});
}

TEST(Quotes, ItOpeningTheSentenceSharesItsSecondVerb)
{
    EXPECT_EQ(quotes(QStringLiteral("In a statement, the club said it regretted the delay. It thanked the staff for "
                                    "their work and confirmed that the coach would take charge.")),
              (QStringList{"INDIRECT it regretted the delay | said | the club",
                           "INDIRECT the coach would take charge | confirmed | the club"}));
}

TEST(Quotes, TheOneWhoCalledItSoSpeaksTheVerbJoinedToIt)
{
    EXPECT_EQ(quotes(QStringLiteral("Vietnam will impose duties on steel, the trade ministry said on Tuesday, in a move "
                                    "Bangkok called \"unjustified\" and said it would appeal to the World Trade Organization.")),
              (QStringList{"INDIRECT Vietnam will impose duties on steel | said | the trade ministry",
                           "PARTIAL \"unjustified\" | called | Bangkok",
                           "INDIRECT it would appeal to the World Trade Organization | said | Bangkok"}));
}

TEST(Quotes, APartialQuoteAfterASecondVerbTakesThatVerb)
{
    EXPECT_EQ(quotes(QStringLiteral("Dana Reyes said talks had collapsed, and accused ministers of \"washing their hands\" of "
                                    "the dispute.")),
              (QStringList{"INDIRECT talks had collapsed | said | Dana Reyes",
                           "PARTIAL \"washing their hands\" | accused | Dana Reyes"}));
}

TEST(Quotes, APlaceAtTheEndOfTheSubjectIsWhereTheSpeakerIsFrom)
{
    EXPECT_EQ(quotes(QStringLiteral("The mayor of a small farming town in southwestern Idaho denied on Tuesday that she had "
                                    "seen the results.")),
              QStringList{"INDIRECT she had seen the results | denied | The mayor"});
    EXPECT_EQ(quotes(QStringLiteral("A council representing Atacameño communities near the salt flat warned that it would "
                                    "challenge any deal in court.")),
              QStringList{"INDIRECT it would challenge any deal in court | warned | A council"});
    // "Officials in Kyiv" stay as they were: unnamed people and where they are.
    EXPECT_EQ(quotes(QStringLiteral("Officials in Kyiv said the talks had stalled.")),
              QStringList{"INDIRECT the talks had stalled | said | Officials in Kyiv"});
}

TEST(Quotes, AParticipleAfterAQuotedEndingSpeaksForTheSameSpeaker)
{
    EXPECT_EQ(quotes(QStringLiteral("Benali said he would not enter coalition talks “until the dust settles,” adding that "
                                    "his voters wanted rent controls.")),
              (QStringList{"INDIRECT he would not enter coalition talks “until the dust settles,” | said | Benali",
                           "PARTIAL “until the dust settles,” | said | Benali",
                           "INDIRECT his voters wanted rent controls | adding | Benali"}));
}

TEST(Quotes, RecordsThatShowItAreNoPersonNamedBeforeThem)
{
    EXPECT_EQ(quotes(QStringLiteral("The payments went to a firm that advised Rodrigo Lagos, the records show.")),
              QStringList{"INDIRECT The payments went to a firm that advised Rodrigo Lagos | show | the records"});
}

TEST(Quotes, PraiseQuotesWordsAndRecallingReportsThem)
{
    EXPECT_EQ(quotes(QStringLiteral("Inspectors praised its \"calm, nurturing atmosphere\" and strong results in reading.")),
              QStringList{"PARTIAL \"calm, nurturing atmosphere\" | praised | Inspectors"});
    EXPECT_EQ(quotes(QStringLiteral("Miriam Okafor left in 2019. “Seventeen rejections,” she recalls.")),
              QStringList{"DIRECT “Seventeen rejections,” | recalls | Miriam Okafor"});
    // A recall of cars reports nothing.
    EXPECT_TRUE(quotes(QStringLiteral("Toyota recalls a million cars over faulty brakes.")).isEmpty());
}

TEST(Quotes, APartialQuoteAfterAnAppositiveIsTheSubjects)
{
    EXPECT_EQ(quotes(QStringLiteral("The jury president, Danish actress Karen Holm, called the film \"a miracle of patience\" "
                                    "and said the decision had been unanimous.")),
              (QStringList{"PARTIAL \"a miracle of patience\" | called | Karen Holm",
                           "INDIRECT the decision had been unanimous | said | Karen Holm"}));
}

TEST(Quotes, TheHeadOfAGroupOrAFirmSomewhereSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("The head of a patients' group in northern England said the report confirmed their fears.")),
              QStringList{"INDIRECT the report confirmed their fears | said | The head"});
    EXPECT_EQ(quotes(QStringLiteral("In February, a payments start-up in Cork disclosed that a server had exposed records.")),
              QStringList{"INDIRECT a server had exposed records | disclosed | a payments start-up"});
}

TEST(Quotes, TheSubjectOfATrailingReportIsNoDescriptionOfTheNameBeforeIt)
{
    EXPECT_EQ(quotes(QStringLiteral("Harwick City rejected a third offer for striker Youssef Benali, the club said.")),
              QStringList{"INDIRECT Harwick City rejected a third offer for striker Youssef Benali | said | the club"});
}

TEST(Quotes, TheHeadOfTheSentenceDoesNotTakeALaterSubjectsReport)
{
    EXPECT_EQ(quotes(QStringLiteral("The family of the victim hired a lawyer and officials said the inquiry would reopen.")),
              QStringList{"INDIRECT the inquiry would reopen | said | officials"});
}

TEST(Quotes, ANameAfterTheDescriptionAfterAnInvertedVerbSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("“We will appeal,” said the director, Hannelore Achebe-Winslow.")),
              QStringList{"DIRECT “We will appeal,” | said | Hannelore Achebe-Winslow"});
}

TEST(Quotes, WhoeverLetsSomeoneKnowSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("Nakamura let the board know that he would resign.")),
              QStringList{"INDIRECT he would resign | know | Nakamura"});
    EXPECT_EQ(quotes(QStringLiteral("The minister let reporters know she was unhappy.")),
              QStringList{"INDIRECT she was unhappy | know | The minister"});
    // Not "let us" as a description.
    EXPECT_EQ(quotes(QStringLiteral("The samples will let us see whether there are new genes.")),
              QStringList{"INDIRECT whether there are new genes | see | us"});
}

TEST(Quotes, TheTitledPersonMentionedLastSpeaksForTheTitle)
{
    // Delaney was named with the title after Hollis, but Hollis was mentioned last.
    const QStringList q = quotes(QStringLiteral(
        "Brentwood manager Steve Hollis was pleased. Ashford manager Mark Delaney was not.\n\n"
        "Hollis confirmed Moran would start.\n\n“He deserves it,” the manager said."));
    ASSERT_FALSE(q.isEmpty());
    EXPECT_EQ(q.last(), u"DIRECT “He deserves it,” | said | Hollis");
}

TEST(Quotes, HowSomeoneSpokeBeforeAColonIntroducesTheirQuote)
{
    EXPECT_EQ(quotes(QStringLiteral("At his press conference he was blunt: “We were second best for an hour.”")),
              QStringList{"DIRECT “We were second best for an hour.” |  | he"});
}

TEST(Quotes, PeopleOnAStreetDescribedWithTwoModifiersSpeak)
{
    EXPECT_EQ(quotes(QStringLiteral("Neighbors on the quiet, tree-lined street said they were shaken by the attack.")),
              QStringList{"INDIRECT they were shaken by the attack | said | Neighbors"});
}

TEST(Quotes, SheIsNotAHusbandNorAGroupOfCritics)
{
    const QStringList q = quotes(QStringLiteral(
        "Margaret Ellery pours tea. When her husband, Tom, died in 1979, the service let her stay on. "
        "She says the men who ran it “didn't quite know what to do with me.”\n\n"
        "Critics have called her memoir a “quiet masterpiece.”\n\n"
        "“I only wrote it because my granddaughter nagged me,” she says."));
    ASSERT_EQ(q.size(), 4);
    EXPECT_TRUE(q[0].endsWith(u"| says | Margaret Ellery")) << qPrintable(q[0]);
    EXPECT_TRUE(q[3].endsWith(u"| says | Margaret Ellery")) << qPrintable(q[3]);
}

TEST(Quotes, TheMinisterIsNoPrimeMinister)
{
    const QStringList q = quotes(QStringLiteral(
        "Foreign Minister Retno Wirasakti demanded an explanation. Prime Minister Daniel Harcourt "
        "declined to comment.\n\nThe minister said Indonesia had not yet decided."));
    ASSERT_FALSE(q.isEmpty());
    EXPECT_EQ(q.last(), u"INDIRECT Indonesia had not yet decided | said | Retno Wirasakti");
}

TEST(Quotes, ThePeopleAreTheyAndThatPersonIsTheOneJustDescribed)
{
    EXPECT_EQ(quotes(QStringLiteral("An agreement could come next week, the people said. Talks could still fall apart, they cautioned.")),
              (QStringList{"INDIRECT An agreement could come next week | said | the people",
                           "INDIRECT Talks could still fall apart | cautioned | the people"}));
    EXPECT_EQ(quotes(QStringLiteral("A second person familiar with the matter said Halden had lined up financing. "
                                    "That person said the talks had begun in August.")),
              (QStringList{"INDIRECT Halden had lined up financing | said | A second person familiar with the matter",
                           "INDIRECT the talks had begun in August | said | A second person familiar with the matter"}));
}

TEST(Quotes, WhoIssuedAStatementSayingSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("Harcourt's office later issued a statement saying the two leaders had held a call.")),
              QStringList{"INDIRECT the two leaders had held a call | saying | Harcourt's office"});
}

TEST(Quotes, APersonNamedInAnAppositiveWithWhereTheyWorkSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("A second witness, forensic collision investigator Sergeant Ravi Chandra of Avon and "
                                    "Somerset Police, said the damage was consistent with a collision.")),
              QStringList{"INDIRECT the damage was consistent with a collision | said | Ravi Chandra"});
}

TEST(Quotes, ThePeopleAreThoseJustDescribed)
{
    EXPECT_EQ(quotes(QStringLiteral("Halden is in talks to buy Norvik, according to people familiar with the matter.\n\n"
                                    "A deal could come next week, the people said. Talks could still fall apart, they cautioned.")),
              (QStringList{"INDIRECT Halden is in talks to buy Norvik | according to | people familiar with the matter",
                           "INDIRECT A deal could come next week | said | people familiar with the matter",
                           "INDIRECT Talks could still fall apart | cautioned | people familiar with the matter"}));
}

TEST(Quotes, OneNameAfterAnInvertedVerbEndingTheSentenceSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("“I cannot support it in its current form,” said Pugh.")),
              QStringList{"DIRECT “I cannot support it in its current form,” | said | Pugh"});
}

TEST(Quotes, ARelativeClauseEndingInATitleBeforeTheVerb)
{
    EXPECT_EQ(quotes(QStringLiteral("Her producer, Dele Martins, who also worked on her 2018 breakthrough “Small Hours”, "
                                    "said the sessions were unlike anything he had experienced.")),
              (QStringList{"SCARE “Small Hours” |  | ",
                           "INDIRECT the sessions were unlike anything he had experienced | said | Dele Martins"}));
}

TEST(Quotes, ThePersonNamedWithTheNounWinsOverTheLastDescriptionWithIt)
{
    const QStringList q = quotes(QStringLiteral(
        "A federal judge on Wednesday barred the county from using the system, ruling that residents were likely to succeed. "
        "U.S. District Judge Sandra Whitfield granted the injunction.\n\n"
        "In a 42-page opinion, the judge wrote that the county had offered no limits."));
    ASSERT_FALSE(q.isEmpty());
    EXPECT_EQ(q.last(), u"INDIRECT the county had offered no limits | wrote | Sandra Whitfield");
}

TEST(Quotes, TheEndOfAClauseIsNoCommaBetweenModifiers)
{
    EXPECT_EQ(quotes(QStringLiteral("Neighbors on the street cheered, the mayor said.")),
              QStringList{"INDIRECT Neighbors on the street cheered | said | the mayor"});
}
