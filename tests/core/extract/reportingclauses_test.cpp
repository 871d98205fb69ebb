#include "quoteshelper.h"

#include <gtest/gtest.h>

using Lede::Test::quotes;

// Kinds of report beyond "said" (directives, questions put, passives, what a court heard,
// headlines) and what ends a reporting clause (adverbs, the one told, documents).

TEST(Quotes, DirectivesReportWhatTheOneAddressedWasToldToDo)
{
    EXPECT_EQ(quotes(QStringLiteral("Councilwoman LaToya Breckenridge called on the city to do exactly that.")),
              QStringList{"INDIRECT the city to do exactly that | called | LaToya Breckenridge"});
    EXPECT_EQ(quotes(QStringLiteral("Jetvale said it had cancelled 340 flights and urged passengers not to travel to the airport.")),
              (QStringList{"INDIRECT it had cancelled 340 flights | said | Jetvale",
                           "INDIRECT passengers not to travel to the airport | urged | Jetvale"}));
    EXPECT_EQ(quotes(QStringLiteral("The Privacy Alliance said the scandal showed that the law was weak, and urged "
                                    "the Information Commissioner to impose the maximum fine.")).last(),
              "INDIRECT the Information Commissioner to impose the maximum fine | urged | Privacy Alliance");
    // No one addressed: passives, "asked not to be named", "asked questions to the minister".
    EXPECT_TRUE(quotes(QStringLiteral("Residents were urged to leave.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("She asked questions to the minister.")).isEmpty());
    EXPECT_EQ(quotes(QStringLiteral("A senior official, who asked not to be named, said the talks had failed.")),
              QStringList{"INDIRECT the talks had failed | said | A senior official"});
}

TEST(Quotes, UnnamedOfficeHoldersSpeak)
{
    EXPECT_EQ(quotes(QStringLiteral("The museum returns the heads as ministers warn the decision could set a precedent.")),
              QStringList{"INDIRECT the decision could set a precedent | warn | ministers"});
    EXPECT_EQ(quotes(QStringLiteral("Lawmakers said the budget was too small.")),
              QStringList{"INDIRECT the budget was too small | said | Lawmakers"});
}

TEST(Quotes, DowningStreetByItsNumberSpeaksAndIsSpokenOf)
{
    EXPECT_EQ(quotes(QStringLiteral("The claims were false, No 10 said.")),
              QStringList{"INDIRECT The claims were false | said | No 10"});
    EXPECT_EQ(quotes(QStringLiteral("Labour said No 10 knew about the party.")),
              QStringList{"INDIRECT No 10 knew about the party | said | Labour"});
    // Still a refusal: "said no to the plan".
    EXPECT_TRUE(quotes(QStringLiteral("Labour said no to the plan.")).isEmpty());
}

TEST(Quotes, QuestionsPutAreReported)
{
    EXPECT_EQ(quotes(QStringLiteral("Reporters demanded to know why the minister had resigned.")),
              QStringList{"INDIRECT why the minister had resigned | demanded to know | Reporters"});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez thanked the staff and questioned why the budget was cut.")),
              QStringList{"INDIRECT why the budget was cut | questioned | Maria Lopez"});
    // Questioning someone is no report.
    EXPECT_TRUE(quotes(QStringLiteral("Police questioned the driver about the crash.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("Police are questioning a man who was arrested.")).isEmpty());
}

TEST(Quotes, AnAdverbBetweenCommasAfterTheCue)
{
    EXPECT_EQ(quotes(QStringLiteral("James Whitcombe led the study. He cautioned, however, that the conditions might not "
                                    "reflect the trench.")),
              QStringList{"INDIRECT the conditions might not reflect the trench | cautioned | James Whitcombe"});
}

TEST(Quotes, FiguresClaimedDocumentsNamedAndDirectivesToDescribedPeople)
{
    // Expenses claimed are no statement; a figure is after a verb of speech ("claimed 40 people").
    EXPECT_EQ(quotes(QStringLiteral("Clare Ashdown claimed more than £48,000 in rent for a Westminster flat.")), QStringList{});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez claimed 40 people had died.")),
              QStringList{"INDIRECT 40 people had died | claimed | Maria Lopez"});
    // The document it was said in, with a time before its noun.
    EXPECT_EQ(quotes(QStringLiteral("The National Hurricane Center said in its 4 a.m. advisory that Delphine had weakened to a "
                                    "Category 2 storm.")),
              QStringList{"INDIRECT Delphine had weakened to a Category 2 storm | said | National Hurricane Center"});
    // Directives to people described by a relative clause, and with "put".
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez urged residents who had ignored evacuation orders to stay off the roads.")),
              QStringList{"INDIRECT residents who had ignored evacuation orders to stay off the roads | urged | Maria Lopez"});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez urged the owners to put it in writing.")),
              QStringList{"INDIRECT the owners to put it in writing | urged | Maria Lopez"});
    // The name after an owner's description ends the sentence.
    EXPECT_EQ(quotes(QStringLiteral("The takeover still requires approval from the league, according to Blackridge's managing "
                                    "partner, Tomasz Reiner.")),
              QStringList{"INDIRECT The takeover still requires approval from the league | according to | Tomasz Reiner"});
}

TEST(Quotes, AHeadlineReportsToo)
{
    // "..., campaigners say": how the headline frames a story is what the review weighs.
    EXPECT_EQ(quotes(QStringLiteral("Library closures “a betrayal of readers”, campaigners say\n\nThe council met on Monday.")).first(),
              "INDIRECT Library closures “a betrayal of readers” | say | campaigners");
}

TEST(Quotes, WhatACourtHeard)
{
    EXPECT_EQ(quotes(QStringLiteral("Geoffrey Tallis steered the work between 2016 and 2020, Southwark Crown Court heard.")),
              QStringList{"INDIRECT Geoffrey Tallis steered the work between 2016 and 2020 | heard | Southwark Crown Court"});
    EXPECT_EQ(quotes(QStringLiteral("The court heard that investigators seized documents from his home.")),
              QStringList{"INDIRECT investigators seized documents from his home | heard | The court"});
    EXPECT_TRUE(quotes(QStringLiteral("Residents heard explosions overnight.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("The jury heard evidence from 12 witnesses.")).isEmpty());
}

TEST(Quotes, APassivesWordsAreItsAgents)
{
    EXPECT_EQ(quotes(QStringLiteral("Plans to close seven libraries have been condemned as “a betrayal of readers” by campaigners, "
                                    "who will deliver a petition.")),
              QStringList{"PARTIAL “a betrayal of readers” | condemned | campaigners"});
    EXPECT_EQ(quotes(QStringLiteral("The plan was described as “reckless” by the opposition leader, Miriam Okafor.")),
              QStringList{"PARTIAL “reckless” | described | Miriam Okafor"});
    // Without an agent the subject is not the speaker.
    EXPECT_EQ(quotes(QStringLiteral("The plan was described as “reckless and cruel beyond belief”.")),
              QStringList{"SCARE “reckless and cruel beyond belief” |  | "});
    // Judgements quote words; alone they report nothing.
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez condemned the attack as “barbaric”.")),
              QStringList{"PARTIAL “barbaric” | condemned | Maria Lopez"});
    EXPECT_TRUE(quotes(QStringLiteral("Boats were turned away, which the United Nations has criticised.")).isEmpty());
}

TEST(Quotes, TheOneToldUnnamedASubjectAndItsVerbAndConcededWithoutAClause)
{
    // The one told, a name no list knows, before the clause.
    EXPECT_EQ(quotes(QStringLiteral("Two people familiar with the investigation told Newswire the attackers had used stolen "
                                    "credentials.")),
              QStringList{"INDIRECT the attackers had used stolen credentials | told | Two people familiar with the investigation"});
    // "conceded" with an adverbial and no clause reports nothing; the second verb does.
    EXPECT_EQ(quotes(QStringLiteral("Brent Halvorsen conceded shortly after midnight but said he would run again.")),
              QStringList{"INDIRECT he would run again | said | Brent Halvorsen"});
    // A subject and its verb are a statement: "said sales rose"; "said so" is not.
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said sales rose.")), QStringList{"INDIRECT sales rose | said | Maria Lopez"});
    EXPECT_TRUE(quotes(QStringLiteral("Maria Lopez said so too.")).isEmpty());
}

TEST(Quotes, ListedOutletsAfterTheAndWordsCalled)
{
    EXPECT_EQ(quotes(QStringLiteral("The Globe and Mail reported that strategists had doubts.")),
              QStringList{"INDIRECT strategists had doubts | reported | Globe and Mail"});
    EXPECT_EQ(quotes(QStringLiteral("Marc Leclair congratulated her in a post on X, calling her “a tireless voice for families.”")),
              QStringList{"PARTIAL “a tireless voice for families.” | calling | Marc Leclair"});
    // A term named is no quotation, and "calling for reform" no statement.
    EXPECT_EQ(quotes(QStringLiteral("Spang calls these cases “enlace”.")), QStringList{"SCARE “enlace” |  | "});
    EXPECT_TRUE(quotes(QStringLiteral("Protesters are calling for reform.")).isEmpty());
}

TEST(Quotes, CitedSourcesQuestionsPutToTheSubjectAndDenialsOfTheStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("The Financial Times reported earlier this month, citing two sources, that the fine would "
                                    "exceed 2 billion euros.")),
              QStringList{"INDIRECT the fine would exceed 2 billion euros | reported | Financial Times"});
    // A question put to the subject, and a denial of the statement, are no statements of their own.
    EXPECT_EQ(quotes(QStringLiteral("Lindqvist, asked whether she would consider breaking up the company, said all options "
                                    "remained on the table.")),
              QStringList{"INDIRECT all options remained on the table | said | Lindqvist"});
    EXPECT_EQ(quotes(QStringLiteral("Amnesty International said three protesters had been shot dead in Kano, a claim the police "
                                    "denied.")),
              QStringList{"INDIRECT three protesters had been shot dead in Kano | said | Amnesty International"});
    // "Ma." abbreviates Maria in Filipino names; it ends no sentence.
    EXPECT_EQ(quotes(QStringLiteral("“The damage is massive,” Governor Ma. Teresa Villaflor told AFP by telephone.")),
              QStringList{"DIRECT “The damage is massive,” | told | Ma. Teresa Villaflor"});
}

TEST(Quotes, AStatementAfterAQuestionAHearingAndAQuestionToALongName)
{
    // A statement of its own after a question is not the question's cue.
    EXPECT_EQ(quotes(QStringLiteral("“We paid for power,” Loretta Kimbrough said. “What exactly did we pay for?” She added that "
                                    "operators who failed should face fines.")).last(),
              "INDIRECT operators who failed should face fines | added | Loretta Kimbrough");
    EXPECT_EQ(quotes(QStringLiteral("The woman lay on the floor for nine hours before paramedics reached her, a coroner has "
                                    "heard.")),
              QStringList{"INDIRECT The woman lay on the floor for nine hours before paramedics reached her | heard | "});
    // The question after a long name addressed.
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez asked the Welsh Ambulance Services University NHS Trust why the call had not "
                                    "been upgraded.")),
              QStringList{"INDIRECT why the call had not been upgraded | asked | Maria Lopez"});
}

TEST(Quotes, AgentsNamedAfterADescriptionAndTextsLeakedToAnOutlet)
{
    EXPECT_EQ(quotes(QStringLiteral("The scheme was described as “a slow-motion expropriation” by the farmers' group Boerenfront.")),
              QStringList{"PARTIAL “a slow-motion expropriation” | described | the farmers' group Boerenfront"});
    // The memo speaks; the outlet it was leaked to only received it.
    EXPECT_EQ(quotes(QStringLiteral("According to a government memo leaked to NOS, officials expect 3,000 farms to close.")),
              QStringList{"INDIRECT officials expect 3,000 farms to close | According to | a government memo leaked to NOS"});
}

TEST(Quotes, HowSomethingWasToldEndsTheClause)
{
    EXPECT_EQ(quotes(QStringLiteral("At least 20 people were trapped, a local police official told Reuters by telephone.")),
              QStringList{"INDIRECT At least 20 people were trapped | told | a local police official"});
    EXPECT_EQ(quotes(QStringLiteral("The road was closed, a spokesperson said by email.")),
              QStringList{"INDIRECT The road was closed | said | a spokesperson"});
}

TEST(Quotes, SaidAfterAnArticleIsNoVerb)
{
    EXPECT_TRUE(quotes(QStringLiteral("The said participants were aged between 40 and 69 when they joined.")).isEmpty());
    // A number opening the sentence still speaks: "One said".
    EXPECT_EQ(quotes(QStringLiteral("Two residents spoke. One said the water was rising.")),
              QStringList{"INDIRECT the water was rising | said | One"});
}

TEST(Quotes, ASecondSpeakerAfterButEndsTheFirstStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Researchers say the findings could help shift workers, but experts caution the link "
                                    "may not be causal.")),
              (QStringList{"INDIRECT the findings could help shift workers | say | Researchers",
                           "INDIRECT the link may not be causal | caution | experts"}));
}

TEST(Quotes, ACourtRulingInAParticipleAndTheStudyThatFound)
{
    EXPECT_EQ(quotes(QStringLiteral("A federal appeals court on Tuesday blocked an Iowa law, ruling that the state had "
                                    "trampled on free speech.")),
              QStringList{"INDIRECT the state had trampled on free speech | ruling | A federal appeals court"});
    EXPECT_TRUE(quotes(QStringLiteral("He was ruling that country for years.")).isEmpty());
    EXPECT_EQ(quotes(QStringLiteral("The study followed 90,000 adults. It found that those who slept longer had a lower risk.")),
              QStringList{"INDIRECT those who slept longer had a lower risk | found | The study"});
}

TEST(Quotes, ThoseWhoHeardTheEvidenceDidNotGiveIt)
{
    // The coroner: AStatementAfterAQuestionAHearingAndAQuestionToALongName.
    EXPECT_EQ(quotes(QStringLiteral("Jurors heard that the defendant had fled the country.")),
              QStringList{"INDIRECT the defendant had fled the country | heard | "});
    EXPECT_EQ(quotes(QStringLiteral("The inquest heard that the call had not been upgraded.")),
              QStringList{"INDIRECT the call had not been upgraded | heard | The inquest"});
}

TEST(Quotes, TheOneToldAfterItsDescriptionAndNoFindingInARelativeClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Trade Minister Anna Weber told state broadcaster VTV that steelmakers had lost jobs.")),
              QStringList{"INDIRECT steelmakers had lost jobs | told | Anna Weber"});
    EXPECT_TRUE(quotes(QStringLiteral("The breach was spotted by a researcher, Tobias Wendt, who found a sample of the "
                                      "data advertised for sale on a forum.")).isEmpty());
}

TEST(Quotes, InAMoveAfterTheAttributionEndsTheStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Vietnam will impose duties on steel from Thailand, the trade ministry said on Tuesday, "
                                    "in a move Bangkok criticised.")),
              QStringList{"INDIRECT Vietnam will impose duties on steel from Thailand | said | the trade ministry"});
}

TEST(Quotes, AFindingReportedInsideAStatementStaysInIt)
{
    // The statement holds the finding whole; those who carried out the screening did not speak.
    const QStringList q = quotes(QStringLiteral("Olaf Brenner said screening carried out by local volunteers in May found "
                                                "that one in three children were malnourished."));
    ASSERT_FALSE(q.isEmpty());
    EXPECT_EQ(q.first(), "INDIRECT screening carried out by local volunteers in May found that one in three children were "
                         "malnourished | said | Olaf Brenner");
    for (const QString &quote : q)
        EXPECT_FALSE(quote.contains(u"| local volunteers")) << qPrintable(quote);
}

TEST(Quotes, ATitleCaseHeadlineEndsWithItsAttribution)
{
    EXPECT_EQ(quotes(QStringLiteral("Breach at Corvala Health Exposed Millions of Records, Company Says\n\nThe breach began "
                                    "in May.")),
              QStringList{"INDIRECT Breach at Corvala Health Exposed Millions of Records | Says | Company"});
    // Or opens with it.
    EXPECT_EQ(quotes(QStringLiteral("Prosecutor Says Solar Boss Hid Losses From Small Investors\n\nThe trial began in May.")),
              QStringList{"INDIRECT Solar Boss Hid Losses From Small Investors | Says | Prosecutor"});
    // Not a title that only contains the word.
    EXPECT_TRUE(quotes(QStringLiteral("What the Minister Says Matters\n\nThe breach began in May.")).isEmpty());
}

TEST(Quotes, WhatANationalityOrCountryDescribesAfterAccordingTo)
{
    EXPECT_EQ(quotes(QStringLiteral("Exports were worth $1.2 billion last year, according to Thai customs data.")),
              QStringList{"INDIRECT Exports were worth $1.2 billion last year | according to | Thai customs data"});
    EXPECT_EQ(quotes(QStringLiteral("Prices rose, according to Germany's statistics office.")),
              QStringList{"INDIRECT Prices rose | according to | Germany's statistics office"});
    // The name after a description with a nationality in it speaks.
    EXPECT_EQ(quotes(QStringLiteral("According to the Afghan team's coach, Alireza Mehraban, the girls played well.")),
              QStringList{"INDIRECT the girls played well | According to | Alireza Mehraban"});
}

TEST(Quotes, AReportOfTheSpeakersOwnConclusionIsNotCutToItsSubject)
{
    const QStringList q = quotes(QStringLiteral("In a statement, the club said it had reluctantly concluded that a change was "
                                                "needed."));
    ASSERT_FALSE(q.isEmpty());
    EXPECT_EQ(q.first(), "INDIRECT it had reluctantly concluded that a change was needed | said | the club");
}

TEST(Quotes, WhatWasNotSaidAndAForecastOfAThingReportNothing)
{
    EXPECT_TRUE(quotes(QStringLiteral("Police have not said whether the gun was loaded.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("The ministry did not immediately say how many had died.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("Only four of 27 economists had predicted the move; the rest expected no change.")).isEmpty());
    // A forecast of a clause is a statement.
    EXPECT_EQ(quotes(QStringLiteral("Economists predicted that the bank would hold rates.")),
              QStringList{"INDIRECT the bank would hold rates | predicted | Economists"});
}

TEST(Quotes, ADemandWithADayBetweenItAndItsClause)
{
    // A demand for a thing reports no statement, and does not end the statement it is in.
    EXPECT_TRUE(quotes(QStringLiteral("Lawmakers demand answers after rolling blackouts left 600,000 homes without power")).isEmpty());
    EXPECT_EQ(quotes(QStringLiteral("Whitcomb's office said in a statement that the governor had spoken with Arredondo and "
                                    "demanded a full accounting.")),
              QStringList{"INDIRECT the governor had spoken with Arredondo and demanded a full accounting | said | "
                          "Whitcomb's office"});
    EXPECT_EQ(quotes(QStringLiteral("The family of a man shot by an officer during a traffic stop demanded Thursday that the "
                                    "city release the footage.")),
              QStringList{"INDIRECT the city release the footage | demanded | The family"});
}

TEST(Quotes, QuotedByAnOutletAsSaying)
{
    EXPECT_EQ(quotes(QStringLiteral("The regional governor, Julio Torres, was quoted by the newspaper La Republica as saying "
                                    "he would ask Congress for help.")),
              QStringList{"INDIRECT he would ask Congress for help | quoted | Julio Torres"});
}

TEST(Quotes, RecordsThatShowItAfterTheStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("The city has paid more than $3 million since 2019 to settle lawsuits, court records show.")),
              QStringList{"INDIRECT The city has paid more than $3 million since 2019 to settle lawsuits | show | court records"});
    EXPECT_TRUE(quotes(QStringLiteral("The figures show a rise.")).isEmpty());
}

TEST(Quotes, AJokeAConfirmationBeforeAPronounAndANounAfterAPreposition)
{
    EXPECT_EQ(quotes(QStringLiteral("\"Tomorrow I rest,\" he joked.")).first(), "DIRECT \"Tomorrow I rest,\" | joked | he");
    EXPECT_EQ(quotes(QStringLiteral("The commissioner's office confirmed it had received the complaint.")),
              QStringList{"INDIRECT it had received the complaint | confirmed | The commissioner's office"});
    // "claims" in a job title is no verb.
    const QStringList claims = quotes(QStringLiteral("\"We had 11,000 claims by lunchtime,\" said Renee Gilchrist, head of "
                                                     "claims at Piedmont Mutual."));
    ASSERT_FALSE(claims.isEmpty());
    EXPECT_EQ(claims.first(), "DIRECT \"We had 11,000 claims by lunchtime,\" | said | Renee Gilchrist");
}

TEST(Quotes, AReportEndsWithItsSpeakerBeforeAClauseOfCircumstanceOrAfterHas)
{
    EXPECT_EQ(quotes(QStringLiteral("The executive hid losses from investors, prosecutors told a Frankfurt court on Tuesday "
                                    "as his fraud trial opened.")),
              QStringList{"INDIRECT The executive hid losses from investors | told | prosecutors"});
    EXPECT_EQ(quotes(QStringLiteral("The executive hid losses from investors, prosecutors told the court as his trial opened.")),
              QStringList{"INDIRECT The executive hid losses from investors | told | prosecutors"});
    EXPECT_EQ(quotes(QStringLiteral("The delay is leaving homes exposed to tidal surges, the head of the Environment Agency's "
                                    "northern region has warned.")),
              QStringList{"INDIRECT The delay is leaving homes exposed to tidal surges | warned | the head of the "
                          "Environment Agency's northern region"});
    EXPECT_EQ(quotes(QStringLiteral("The chipmaker posted a net loss of $312 million, the filing showed.")),
              QStringList{"INDIRECT The chipmaker posted a net loss of $312 million | showed | the filing"});
}

TEST(Quotes, ADutyOrWhatSomeoneMayDoIsNoStatement)
{
    EXPECT_TRUE(quotes(QStringLiteral("Under Chilean law, public officials must declare any business relationship with "
                                      "people seeking permits.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("She did not say whether she would testify before a legislative committee that has "
                                      "scheduled a hearing on the issue.")).isEmpty());
    // What someone must know is a statement, and so is "I must say".
    EXPECT_EQ(quotes(QStringLiteral("I must say the outcome is highly uncertain.")),
              QStringList{"INDIRECT the outcome is highly uncertain | say | I"});
}

TEST(Quotes, OutletsThatOnlySawTheDocumentsAreNoSource)
{
    EXPECT_EQ(quotes(QStringLiteral("Consultora won a permit, according to documents seen by Le Monde and Der Spiegel.")),
              QStringList{"INDIRECT Consultora won a permit | according to | documents seen by Le Monde and Der Spiegel"});
}

TEST(Quotes, AStatementInABlogPostEndsTheReport)
{
    EXPECT_EQ(quotes(QStringLiteral("The intrusion went undetected for three weeks, the company said in a blog post on Tuesday.")),
              QStringList{"INDIRECT The intrusion went undetected for three weeks | said | the company"});
}

TEST(Quotes, DataCompiledByAnOutletShowWhatTheyShow)
{
    EXPECT_EQ(quotes(QStringLiteral("Market pricing implies 40 basis points of easing, data compiled by Bloomberg show.")),
              QStringList{"INDIRECT Market pricing implies 40 basis points of easing | show | data compiled by Bloomberg"});
}

TEST(Quotes, ThatAfterTheOneToldAndWhereOpensTheReport)
{
    EXPECT_EQ(quotes(QStringLiteral("Okafor told reporters in London that the vote was rigged.")),
              QStringList{"INDIRECT the vote was rigged | told reporters | Okafor"});
    EXPECT_EQ(quotes(QStringLiteral("Finance Minister Ewa Dąbrowska welcomed the decision, telling reporters in Brussels that "
                                    "lower rates would \"support households.\"")),
              (QStringList{"INDIRECT lower rates would \"support households.\" | telling | Ewa Dąbrowska",
                           "PARTIAL \"support households.\" | telling | Ewa Dąbrowska"}));
    // A demonstrative "that" is no clause: "upon me telling him that, he offered".
    EXPECT_TRUE(quotes(QStringLiteral("So, upon me telling him that, he offered to pay my employees.")).isEmpty());
}

TEST(Quotes, ADescriptionAfterAnInvertedVerbSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("Budget cuts will hit schools, warns the union leader.")),
              QStringList{"INDIRECT Budget cuts will hit schools | warns | the union leader"});
    // Not an object: "promised stricter oversight of private operators".
    EXPECT_TRUE(quotes(QStringLiteral("The national lithium strategy, launched in 2023, promised stricter oversight of "
                                      "private operators.")).isEmpty());
}

TEST(Quotes, ADenialOfAChargeIsAStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez denied any wrongdoing.")),
              QStringList{"INDIRECT any wrongdoing | denied | Maria Lopez"});
    EXPECT_EQ(quotes(QStringLiteral("He has denied knowing about the accounting practices.")),
              QStringList{"INDIRECT knowing about the accounting practices | denied | He"});
    // Not what was refused: "was denied bail", "denied entry to".
    EXPECT_TRUE(quotes(QStringLiteral("She was denied bail.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("Border guards denied entry to the migrants.")).isEmpty());
}

TEST(ReportingClauses, WhatAStudyFoundAfterItAndANameBetweenCommas)
{
    EXPECT_EQ(quotes(QStringLiteral("Walkers saw greater benefits than those who strolled, the study found.")),
              QStringList{"INDIRECT Walkers saw greater benefits than those who strolled | found | the study"});
    EXPECT_EQ(quotes(QStringLiteral("The plan, Raman said, would fail.")),
              QStringList{"INDIRECT The plan, Raman said, would fail | said | Raman"});
    // Not a quote after the comma.
    EXPECT_EQ(quotes(QStringLiteral("Asked about it, Brenner said, “We will never agree to this plan.”")),
              QStringList{"DIRECT “We will never agree to this plan.” | said | Brenner"});
}

TEST(ReportingClauses, ATermMarketedOrKnownAsAndItsMeaningAreNoOnesWords)
{
    EXPECT_EQ(quotes(QStringLiteral("The target, Raman noted, has no basis; it came from a pedometer marketed as "
                                    "“manpo-kei,” meaning “10,000-step meter.”")),
              (QStringList{"INDIRECT The target, Raman noted, has no basis | noted | Raman", "SCARE “manpo-kei,” |  | ",
                           "SCARE “10,000-step meter.” |  | "}));
}

TEST(ReportingClauses, AParticipleAfterAPrepositionIsNoClausesVerb)
{
    EXPECT_EQ(quotes(QStringLiteral("The referee had found four minutes of added time.")), QStringList{});
    EXPECT_EQ(quotes(QStringLiteral("A poll found only a quarter of citizens favoured changing the flag.")),
              QStringList{"INDIRECT only a quarter of citizens favoured changing the flag | found | A poll"});
}

TEST(ReportingClauses, AQuestionAboutWhetherSomeoneUnderstoodIsNoReport)
{
    EXPECT_EQ(quotes(QStringLiteral("Nolan said the agency had concerns about whether users understood what they agreed to.")),
              QStringList{"INDIRECT the agency had concerns about whether users understood what they agreed to | said | Nolan"});
}

TEST(ReportingClauses, ASecondVerbAfterAnAskedPhraseSharesItsSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("Asked about the poll on Thursday, he dismissed it as “noise” and said his own "
                                    "canvassers were seeing a wave.")),
              (QStringList{"PARTIAL “noise” | dismissed | he", "INDIRECT his own canvassers were seeing a wave | said | he"}));
}

TEST(ReportingClauses, AParticipleAfterACommaReportsForThePersonTheSentenceOpensWith)
{
    EXPECT_EQ(quotes(QStringLiteral("A federal judge on Wednesday barred the county from using the system, ruling that "
                                    "residents were likely to succeed.")),
              QStringList{"INDIRECT residents were likely to succeed | ruling | A federal judge"});
    EXPECT_EQ(quotes(QStringLiteral("The mayor hit back, saying the figures were wrong.")),
              QStringList{"INDIRECT the figures were wrong | saying | The mayor"});
}

TEST(ReportingClauses, ADenialNamesItsSubjectAndADescribedBusinessSpeaks)
{
    EXPECT_EQ(quotes(QStringLiteral("The company denied carrying out the tests.")),
              QStringList{"INDIRECT carrying out the tests | denied | The company"});
    EXPECT_EQ(quotes(QStringLiteral("The court denied bail.")), QStringList{});
    EXPECT_EQ(quotes(QStringLiteral("One, the sportswear company Strata, said it was “aware of the decision” and would not "
                                    "comment further.")),
              (QStringList{"INDIRECT it was “aware of the decision” and would not comment further | said | Strata",
                           "PARTIAL “aware of the decision” | said | Strata"}));
    // Some of the critics are no business that speaks for all of them.
    EXPECT_EQ(quotes(QStringLiteral("Critics, including the campaign group Estuary Futures, argue that the defences shift the risk.")),
              QStringList{"INDIRECT the defences shift the risk | argue | Critics"});
}
