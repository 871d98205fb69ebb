#include "quoteshelper.h"

#include <gtest/gtest.h>

using Lede::Test::quotes;

// Quotes, their cues and where reported speech begins and ends. Who speaks (pronouns,
// descriptions, appositive names, unnamed sources) is in speakers_test.cpp; kinds of report
// beyond "said" (directives, questions, passives, courts, headlines) and what ends a reporting
// clause are in reportingclauses_test.cpp.

TEST(Quotes, DirectQuoteWithTrailingAttribution)
{
    EXPECT_EQ(quotes(QStringLiteral("“We are not closing the door,” Olaf Brenner said.")),
              QStringList{"DIRECT “We are not closing the door,” | said | Olaf Brenner"});
}

TEST(Quotes, StraightMarksAndInvertedAttribution)
{
    EXPECT_EQ(quotes(QStringLiteral("\"It will fail badly,\" said Miriam Okafor.")),
              QStringList{"DIRECT \"It will fail badly,\" | said | Miriam Okafor"});
}

TEST(Quotes, QuoteRunningOverTwoParagraphsKeepsSpeaker)
{
    const QStringList q = quotes(QStringLiteral(
        "“This is a regime of suspicion,” Miriam Okafor said. “It treats every person as a suspect.\n\n"
        "“The minister knows it.”"));
    ASSERT_EQ(q.size(), 2);
    EXPECT_TRUE(q[1].startsWith(u"DIRECT “It treats every person as a suspect.\n\n“The minister knows it.”"));
    EXPECT_TRUE(q[1].endsWith(u"| Miriam Okafor"));
}

TEST(Quotes, IndirectSpeechWithThatClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner told reporters that the plan would fail.")),
              QStringList{"INDIRECT the plan would fail | told reporters | Olaf Brenner"});
}

TEST(Quotes, AccordingToOutlet)
{
    EXPECT_EQ(quotes(QStringLiteral("According to the Associated Press, three states refused.")),
              QStringList{"INDIRECT three states refused | According to | Associated Press"});
}

TEST(Quotes, PartialQuoteInsideReportedSpeech)
{
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner said the measures were “proportionate and humane”.")),
              (QStringList{"INDIRECT the measures were “proportionate and humane” | said | Olaf Brenner",
                           "PARTIAL “proportionate and humane” | said | Olaf Brenner"}));
}

TEST(Quotes, SecondHalfOfASplitQuoteSharesTheCue)
{
    // Said with the same verb; a quote in the next paragraph is a new statement and has none.
    EXPECT_EQ(quotes(QStringLiteral("“We will appeal,” Miriam Okafor said. “The ruling is wrong.”\n\n"
                                    "“And we will win.”")),
              (QStringList{"DIRECT “We will appeal,” | said | Miriam Okafor",
                           "DIRECT “The ruling is wrong.” | said | Miriam Okafor",
                           "DIRECT “And we will win.” |  | Miriam Okafor"}));
}

TEST(Quotes, ScareQuotes)
{
    EXPECT_EQ(quotes(QStringLiteral("The so-called “safe country” list grew.")),
              QStringList{"SCARE “safe country” |  | "});
    EXPECT_EQ(quotes(QStringLiteral("The “reform” passed on a quiet day.")),
              QStringList{"SCARE “reform” |  | "});
}

TEST(Quotes, NestedQuote)
{
    const QStringList q = quotes(QStringLiteral("“They called it ‘a plan’ and it was not,” Miriam Okafor said."));
    ASSERT_EQ(q.size(), 2);
    EXPECT_TRUE(q[0].startsWith(u"DIRECT “They called it"));
    EXPECT_EQ(q[1], u"SCARE ‘a plan’ |  | ");
}

TEST(Quotes, ApostrophesAreNotQuotes)
{
    EXPECT_TRUE(quotes(QStringLiteral("The players’ union isn’t happy with Brenner’s plan.")).isEmpty());
}

TEST(Quotes, ThoughtVerbsReportOnlyBeforeAClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Well, I don't think the court needs to reach that question.")),
              QStringList{"INDIRECT the court needs to reach that question | think | I"});
    EXPECT_EQ(quotes(QStringLiteral("In two experiments we find that the effect disappears.")),
              QStringList{"INDIRECT the effect disappears | find | we"});
    EXPECT_TRUE(quotes(QStringLiteral("We found the keys under the old mat.")).isEmpty());
}

TEST(Quotes, CommonNounSubjectBeforeThatClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Past studies establish that diversity improves critical thinking.")),
              QStringList{"INDIRECT diversity improves critical thinking | establish | Past studies"});
}

TEST(Quotes, StrayClosingShapedStraightMarkIsSkipped)
{
    EXPECT_EQ(quotes(QStringLiteral("When a young girl,\" the family moved south. \"It was wonderful there\", "
                                    "Jeanne Moreau said.")),
              QStringList{"DIRECT \"It was wonderful there\" | said | Jeanne Moreau"});
}

TEST(Quotes, ThatClauseWithoutReachableSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("It is no exaggeration to say that the series is more than a brand.")),
              QStringList{"INDIRECT the series is more than a brand | say | "});
    EXPECT_EQ(quotes(QStringLiteral("The bones were longer, suggesting that the posture had changed.")),
              QStringList{"INDIRECT the posture had changed | suggesting | "});
    EXPECT_TRUE(quotes(QStringLiteral("Her aim was to say goodbye to the team.")).isEmpty());
}

TEST(Quotes, SubjectBeforeAParenthesis)
{
    EXPECT_EQ(quotes(QStringLiteral("Besides these types, Kurt Spang (1983) noted that a pause follows the line.")),
              QStringList{"INDIRECT a pause follows the line | noted | Kurt Spang"});
}

TEST(Quotes, ParentheticalCue)
{
    // What is said stands on both sides of the attribution; the span holds both parts.
    EXPECT_EQ(quotes(QStringLiteral("And that new cause of action, I say, is very new.")),
              QStringList{"INDIRECT And that new cause of action, I say, is very new | say | I"});
    EXPECT_EQ(quotes(QStringLiteral("That factor, I think, is telling me to look at a use.")),
              QStringList{"INDIRECT That factor, I think, is telling me to look at a use | think | I"});
}

TEST(Quotes, SayWithCommonNounSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("On the merits, the states say the Act does not allow it.")),
              QStringList{"INDIRECT the Act does not allow it | say | the states"});
}

TEST(Quotes, JoinedVerbSharesTheSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("Miriam Okafor said the Greens would table amendments but warned that "
                                    "a defeat was likely.")),
              (QStringList{"INDIRECT the Greens would table amendments | said | Miriam Okafor",
                           "INDIRECT a defeat was likely | warned | Miriam Okafor"}));
}

TEST(Quotes, WroteNeedsAClause)
{
    EXPECT_TRUE(quotes(QStringLiteral("Antonin Dvorak wrote his most famous symphony in New York.")).isEmpty());
    EXPECT_EQ(quotes(QStringLiteral("Antonin Dvorak wrote that the country had its own music.")),
              QStringList{"INDIRECT the country had its own music | wrote | Antonin Dvorak"});
}

TEST(Quotes, BeliefVerbBeforeIt)
{
    EXPECT_EQ(quotes(QStringLiteral("You can study them. I think it is a combination of the beauty.")),
              QStringList{"INDIRECT it is a combination of the beauty | think | I"});
    EXPECT_TRUE(quotes(QStringLiteral("Olaf Brenner said it twice in the old hall.")).isEmpty());
}

TEST(Quotes, PronounAndVerbOpenAClause)
{
    EXPECT_EQ(quotes(QStringLiteral("After the exchange of fire, Miriam Okafor stated it would attack any loudspeakers.")),
              QStringList{"INDIRECT it would attack any loudspeakers | stated | Miriam Okafor"});
    EXPECT_EQ(quotes(QStringLiteral("At school, a teacher mistakenly thought it was a bomb.")),
              QStringList{"INDIRECT it was a bomb | thought | a teacher"});
}

TEST(Quotes, AccordingToClosingTheSentence)
{
    EXPECT_EQ(quotes(QStringLiteral("This year the city expects about six million visitors according to the event website.")),
              QStringList{"INDIRECT This year the city expects about six million visitors | according to | the event website"});
    // From the last comma, and the source stops before a parenthesis.
    EXPECT_EQ(quotes(QStringLiteral("The site grew fast, which makes it the tenth most popular site according to Quantcast (full data online).")),
              QStringList{"INDIRECT which makes it the tenth most popular site | according to | Quantcast"});
    // After a participle it says how, not who: "weighted according to age".
    EXPECT_TRUE(quotes(QStringLiteral("All the analyses were weighted according to the age of the respondents.")).isEmpty());
}

TEST(Quotes, NumberOpensTheReportedClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Miriam Okafor said 500 institutions received the invitation.")),
              QStringList{"INDIRECT 500 institutions received the invitation | said | Miriam Okafor"});
}

TEST(Quotes, BeliefVerbTakesAnyClauseAndTrails)
{
    EXPECT_EQ(quotes(QStringLiteral("It is very beautiful I think.")),
              QStringList{"INDIRECT It is very beautiful | think | I"});
    EXPECT_EQ(quotes(QStringLiteral("And we don't think the court must decide this question.")),
              QStringList{"INDIRECT the court must decide this question | think | we"});
    EXPECT_TRUE(quotes(QStringLiteral("We think about the court all the time.")).isEmpty());
}

TEST(Quotes, LineBreakInsideAQuoteClosedInTheNextParagraph)
{
    const QStringList q = quotes(QStringLiteral(
        "Miriam Okafor said, \"In the first half it felt good out there.\n\n"
        "We could have scored two goals early.\" After the match the coach left."));
    ASSERT_EQ(q.size(), 1);
    EXPECT_TRUE(q[0].startsWith(u"DIRECT \"In the first half"));
    EXPECT_TRUE(q[0].endsWith(u"two goals early.\" | said | Miriam Okafor"));
    // A paragraph whose first mark opens a quote does not continue the open one.
    const QStringList r = quotes(QStringLiteral(
        "Miriam Okafor said, \"In the first half it felt good out there.\n\n"
        "The coach called it \"a disaster for everyone involved\" later."));
    for (const QString &s : r)
        EXPECT_FALSE(s.contains(u"felt good out there.\n\n"));
}

TEST(Quotes, VerbOfEvidenceBeforeAClauseWithoutThat)
{
    EXPECT_EQ(quotes(QStringLiteral("A recent poll found only a quarter of citizens favoured changing the flag.")),
              QStringList{"INDIRECT only a quarter of citizens favoured changing the flag | found | A recent poll"});
    EXPECT_EQ(quotes(QStringLiteral("At school, a teacher mistakenly thought the clock resembled a bomb.")),
              QStringList{"INDIRECT the clock resembled a bomb | thought | a teacher"});
    // The inner report is the one attributed, as GUM marks it.
    EXPECT_EQ(quotes(QStringLiteral("Heald noted the findings show pollution reduction is also important.")),
              QStringList{"INDIRECT pollution reduction is also important | show | the findings"});
}

TEST(Quotes, VerbOfEvidenceBeforeAnObjectReportsNothing)
{
    EXPECT_TRUE(quotes(QStringLiteral("The inspectors found the keys in the car.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("The surgeons discovered a method which is still in use today.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("The scans showed a more horizontally oriented femur.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("The visitors saw attendance levels reach a peak when it exhibited the collection.")).isEmpty());
}

TEST(Quotes, TheOneToldIsNotPartOfTheReport)
{
    EXPECT_EQ(quotes(QStringLiteral("Residents told Reuters they had heard explosions overnight.")),
              QStringList{"INDIRECT they had heard explosions overnight | told | Residents"});
}

TEST(Quotes, ParticipleAfterACommaReportsForTheSameSpeaker)
{
    EXPECT_EQ(quotes(QStringLiteral("The mayor insisted that the budget was balanced, adding that no services would be cut.")),
              (QStringList{"INDIRECT the budget was balanced | insisted | The mayor",
                           "INDIRECT no services would be cut | adding | The mayor"}));
}

TEST(Quotes, SecondVerbSharesTheSubjectThatOpensTheSentence)
{
    EXPECT_EQ(quotes(QStringLiteral("Opposition leader Tomas Berg called the vote “a farce” and said his party would boycott the session.")),
              (QStringList{"PARTIAL “a farce” | called | Tomas Berg",
                           "INDIRECT his party would boycott the session | said | Tomas Berg"}));
}

TEST(Quotes, AnAdverbialAfterTheCueIsNotPartOfTheReport)
{
    EXPECT_EQ(quotes(QStringLiteral("The plant will close in June, the company said on Monday.")),
              QStringList{"INDIRECT The plant will close in June | said | the company"});
    EXPECT_EQ(quotes(QStringLiteral("The talks had stalled, Maria Lopez said in a statement.")),
              QStringList{"INDIRECT The talks had stalled | said | Maria Lopez"});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said on Monday the talks could collapse.")),
              QStringList{"INDIRECT the talks could collapse | said | Maria Lopez"});
}

TEST(Quotes, ApproximateFigureOpensTheReport)
{
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said about 3,000 people had gathered outside parliament.")),
              QStringList{"INDIRECT about 3,000 people had gathered outside parliament | said | Maria Lopez"});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said at least 12 people had died.")),
              QStringList{"INDIRECT at least 12 people had died | said | Maria Lopez"});
    EXPECT_TRUE(quotes(QStringLiteral("Maria Lopez said nothing about the budget at all.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("Maria Lopez spoke at length and said about the budget only this.")).isEmpty());
}

TEST(Quotes, ParticipleSharesTheSpeakerOfADirectQuoteOrTheSentencesSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("“We protest,” Maria Lopez said, adding that the city would appeal.")),
              (QStringList{"DIRECT “We protest,” | said | Maria Lopez",
                           "INDIRECT the city would appeal | adding | Maria Lopez"}));
    EXPECT_EQ(quotes(QStringLiteral("The council denied the claims, saying maintenance had been carried out on schedule.")),
              QStringList{"INDIRECT maintenance had been carried out on schedule | saying | The council"});
}

TEST(Quotes, CourtsRuleAndHoldOnlyBeforeAClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Judge Helen Park ruled that the jury could hear the recordings.")),
              QStringList{"INDIRECT the jury could hear the recordings | ruled | Helen Park"});
    EXPECT_TRUE(quotes(QStringLiteral("The court held a hearing on Monday.")).isEmpty());
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez pointed out that the funding had been requested.")),
              QStringList{"INDIRECT the funding had been requested | pointed out | Maria Lopez"});
    EXPECT_TRUE(quotes(QStringLiteral("Maria Lopez pointed out the features to visitors.")).isEmpty());
}

TEST(Quotes, ThatAfterAnAdverbialOrAStatementPhrase)
{
    EXPECT_EQ(quotes(QStringLiteral("The company announced last month that it would cut 2,000 jobs.")),
              QStringList{"INDIRECT it would cut 2,000 jobs | announced | The company"});
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said in a filing with the Securities and Exchange Commission that it would recall 40,000 trucks.")),
              QStringList{"INDIRECT it would recall 40,000 trucks | said | Maria Lopez"});
    EXPECT_EQ(quotes(QStringLiteral("The lawyer confirmed in an email that his client would testify.")),
              QStringList{"INDIRECT his client would testify | confirmed | The lawyer"});
    EXPECT_EQ(quotes(QStringLiteral("The judge wrote in a 12-page order that the recordings had been lawfully obtained.")),
              QStringList{"INDIRECT the recordings had been lawfully obtained | wrote | The judge"});
}

TEST(Quotes, ASecondVerbOfTheSpeakerEndsTheReport)
{
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said in a statement that the city stands ready to help and called on both sides to return to talks.")),
              (QStringList{"INDIRECT the city stands ready to help | said | Maria Lopez",
                           "INDIRECT both sides to return to talks | called | Maria Lopez"}));
}

TEST(Quotes, PartialQuotesOfAnUnnamedCallerOrOfTheSentencesSubject)
{
    EXPECT_EQ(quotes(QStringLiteral("The protest leader on Monday called riot police “thugs in uniform” after the clashes.")),
              QStringList{"PARTIAL “thugs in uniform” | called | The protest leader"});
    EXPECT_EQ(quotes(QStringLiteral("Minister Ivica Dačić hit back, describing the organisers as “terror-linked extremists” again.")),
              QStringList{"PARTIAL “terror-linked extremists” | describing | Ivica Dačić"});
}

TEST(Quotes, ASentenceEndingInAColonOrADashIntroducesItsSubjectsQuote)
{
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner was blunt: “We will not pay.”")),
              QStringList{"DIRECT “We will not pay.” |  | Olaf Brenner"});
    EXPECT_EQ(quotes(QStringLiteral("The mayor put it simply — “We are out of money.”")),
              QStringList{"DIRECT “We are out of money.” |  | The mayor"});
    // The name in the subject's appositive speaks, also when the quote opens the next paragraph.
    EXPECT_EQ(quotes(QStringLiteral("The secretary general of the conference, Nunzio Galantino, was "
                                    "scathing:\n\n“We face a dangerous sentence.”")),
              QStringList{"DIRECT “We face a dangerous sentence.” |  | Nunzio Galantino"});
    // A sentence that opens with anything else introduces no speaker.
    EXPECT_EQ(quotes(QStringLiteral("In Berlin, the mood was grim: “We are out of money.”")),
              QStringList{"DIRECT “We are out of money.” |  | "});
    EXPECT_EQ(quotes(QStringLiteral("The reason is simple: “We are out of money.”")),
              QStringList{"DIRECT “We are out of money.” |  | "});
}

TEST(Quotes, AnOutletWithItsArticleAfterTheStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Chinese warships were monitoring the situation, the BBC reported.")),
              QStringList{"INDIRECT Chinese warships were monitoring the situation | reported | BBC"});
}

TEST(Quotes, NoOpensAClauseWhenAVerbFollows)
{
    EXPECT_EQ(quotes(QStringLiteral("A senior official said no final decision had been made.")),
              QStringList{"INDIRECT no final decision had been made | said | A senior official"});
    EXPECT_EQ(quotes(QStringLiteral("The minister said no to the plan.")), QStringList{});
}

TEST(Quotes, TheReportEndsBeforeAClauseOfCircumstanceOrAPhraseAfterTheCue)
{
    EXPECT_EQ(quotes(QStringLiteral("Fighting killed at least four workers, local officials said on Saturday, as talks stalled.")),
              QStringList{"INDIRECT Fighting killed at least four workers | said | local officials"});
    EXPECT_EQ(quotes(QStringLiteral("The association held, Anna Halvorsen said, although it weakened slightly.")),
              QStringList{"INDIRECT The association held | said | Anna Halvorsen"});
    EXPECT_EQ(quotes(QStringLiteral("Net sales rose 2% to $4.1 billion, the company said in a filing with the Securities and Exchange Commission.")),
              QStringList{"INDIRECT Net sales rose 2% to $4.1 billion | said | the company"});
}

TEST(Quotes, AQuestionEndsItsSentenceBeforeItsAttribution)
{
    EXPECT_EQ(quotes(QStringLiteral("“Why wouldn't you?” Grace Okafor, a home health aide, said in an interview.")),
              QStringList{"DIRECT “Why wouldn't you?” | said | Grace Okafor"});
}

TEST(Quotes, AnAdverbAndAYearBetweenTheSpeakerAndThat)
{
    EXPECT_EQ(quotes(QStringLiteral("The local paper first reported in 2022 that two of the projects had stalled.")),
              QStringList{"INDIRECT two of the projects had stalled | reported | The local paper"});
}

TEST(Quotes, ATitleWithACommaBeforeItsClosingMarkIsNoQuote)
{
    EXPECT_EQ(quotes(QStringLiteral("She starred in a film, “The Long Rally,” which premieres next month.")),
              QStringList{"SCARE “The Long Rally,” |  | "});
    EXPECT_EQ(quotes(QStringLiteral("“Come Home,” the mayor said.")), QStringList{"DIRECT “Come Home,” | said | the mayor"});
}

TEST(Quotes, TheOneToldBetweenAnUnnamedSpeakersCueAndTheQuote)
{
    EXPECT_EQ(quotes(QStringLiteral("She remembers a surgeon telling her, “You should think about what comes next.”")),
              QStringList{"DIRECT “You should think about what comes next.” | telling | a surgeon"});
}

TEST(Quotes, AVerbThatAlsoTakesAnObjectReportsOnlyAClause)
{
    EXPECT_EQ(quotes(QStringLiteral("Priya Raman, who left the trust in 2021, confirmed the email's authenticity.")), QStringList{});
    EXPECT_EQ(quotes(QStringLiteral("Judge Ann Lee denied a defence motion to allow Dunlevy to remain free on bond.")), QStringList{});
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner confirmed the talks had collapsed.")),
              QStringList{"INDIRECT the talks had collapsed | confirmed | Olaf Brenner"});
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner announced 500 jobs would go.")),
              QStringList{"INDIRECT 500 jobs would go | announced | Olaf Brenner"});
}

TEST(Quotes, AReportedClauseOpeningWithAPartialQuoteOrHoldingARelativeThat)
{
    const QStringList partial = quotes(QStringLiteral("Senator Mark Hale said “tens of thousands” of ballots remained uncounted."));
    EXPECT_EQ(partial, (QStringList{"PARTIAL “tens of thousands” | said | Mark Hale",
                                    "INDIRECT “tens of thousands” of ballots remained uncounted | said | Mark Hale"}));
    // The clause began at "it could"; "states that" is a noun and a relative pronoun.
    EXPECT_EQ(quotes(QStringLiteral("Legal scholars said it could embolden states that have passed limits.")),
              QStringList{"INDIRECT it could embolden states that have passed limits | said | Legal scholars"});
}

TEST(Quotes, ArguingACaseIsNoStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Rachel Dunmore, a lawyer with the American Civil Liberties Union who argued the case, "
                                    "called the ruling “a landmark for privacy.”")),
              QStringList{"PARTIAL “a landmark for privacy.” | called | Rachel Dunmore"});
}

TEST(Quotes, HerOpensAClauseWhenAVerbFollows)
{
    EXPECT_EQ(quotes(QStringLiteral("The union leader, Denise Okafor, said her members were being disciplined.")),
              QStringList{"INDIRECT her members were being disciplined | said | Denise Okafor"});
}

TEST(Quotes, BrandingAndVowingReport)
{
    EXPECT_EQ(quotes(QStringLiteral("The mayor branded the protesters “thugs in uniform” on Monday.")),
              QStringList{"PARTIAL “thugs in uniform” | branded | The mayor"});
    EXPECT_EQ(quotes(QStringLiteral("The minister said the budget was sound, vowing that no services would be cut.")),
              (QStringList{"INDIRECT the budget was sound | said | The minister",
                           "INDIRECT no services would be cut | vowing | The minister"}));
}

TEST(Quotes, AVerbWithTheOneToldOrAnAdverbBeforeThat)
{
    EXPECT_EQ(quotes(QStringLiteral("Tobias Renner defended the decision, telling a packed news conference that the country could not afford it.")),
              QStringList{"INDIRECT the country could not afford it | telling | Tobias Renner"});
    EXPECT_EQ(quotes(QStringLiteral("Judge Annelise Hartmann interrupted twice, warning Morelli that he was out of order.")),
              QStringList{"INDIRECT he was out of order | warning | Annelise Hartmann"});
    EXPECT_EQ(quotes(QStringLiteral("Colonel Arvid Petrosyan declined to give a figure, saying only that several soldiers had been wounded.")),
              QStringList{"INDIRECT several soldiers had been wounded | saying | Arvid Petrosyan"});
    // The one told in the passive is no object: one statement.
    EXPECT_EQ(quotes(QStringLiteral("Benedikt Ruhanga said the ministry had been told in January that the plant was failing.")),
              QStringList{"INDIRECT the ministry had been told in January that the plant was failing | said | Benedikt Ruhanga"});
    // A relative "that" after a prepositional phrase, and an adjective, report nothing.
    EXPECT_TRUE(quotes(QStringLiteral("Students reported a preference for games that involve problem solving.")).isEmpty());
    EXPECT_TRUE(quotes(QStringLiteral("We start from the widely agreed premise that testing should be routine.")).isEmpty());
}

TEST(Quotes, ReportedSpeechThatIsOnlyAPartialQuoteIsOneStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("A spokesman for the ministry declined to comment, saying only that “all options are being examined”.")),
              QStringList{"PARTIAL “all options are being examined” | saying | A spokesman"});
}

TEST(Quotes, AReportedQuestion)
{
    EXPECT_EQ(quotes(QStringLiteral("Under cross-examination, Judge Anna Morelli asked Lindahl whether he had any training.")),
              QStringList{"INDIRECT he had any training | asked | Anna Morelli"});
    // A reporter from an outlet asks; the outlet does not.
    EXPECT_EQ(quotes(QStringLiteral("A reporter from Kyodo asked whether the government had consulted the fund.")),
              QStringList{"INDIRECT the government had consulted the fund | asked | A reporter from Kyodo"});
}

TEST(Quotes, AVerbBeforeAColonIntroducesANewSpeaker)
{
    // Without a name for the one who asks, the minister does not go on speaking.
    EXPECT_EQ(quotes(QStringLiteral("“We will cut subsidies,” Tobias Renner said. One, from the channel Canal 9, asked: "
                                    "“What do you say to a taxi driver?”")),
              (QStringList{"DIRECT “We will cut subsidies,” | said | Tobias Renner",
                           "DIRECT “What do you say to a taxi driver?” | asked | "}));
    // "..., adding:" reports for the sentence's subject.
    EXPECT_EQ(quotes(QStringLiteral("Felix Andersson called the findings “a reason for optimism,” adding: “Our habits can change.”")),
              (QStringList{"PARTIAL “a reason for optimism,” | called | Felix Andersson",
                           "DIRECT “Our habits can change.” | adding | Felix Andersson"}));
}

TEST(Quotes, ThePartsAroundAParentheticalAttributionAndTheOneToldAfterTheStatement)
{
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner spoke. The rest, he said, would go towards paying down debt.")),
              QStringList{"INDIRECT The rest, he said, would go towards paying down debt | said | Olaf Brenner"});
    EXPECT_EQ(quotes(QStringLiteral("The bridge was unsafe for weeks, a prosecutor told the regional court on Monday.")),
              QStringList{"INDIRECT The bridge was unsafe for weeks | told | a prosecutor"});
}

TEST(Quotes, TheAuthorsWordsAfterAReportedClauseAreNotPartOfIt)
{
    // A relative clause with a statement of its own, and an appositive about the claim.
    EXPECT_EQ(quotes(QStringLiteral("Olaf Brenner said the plan would “restore order”, which critics called an attempt to outflank the far right.")),
              (QStringList{"INDIRECT the plan would “restore order” | said | Olaf Brenner",
                           "PARTIAL “restore order” | said | Olaf Brenner"}));
    EXPECT_EQ(quotes(QStringLiteral("Kwame Osei said two colleagues were moved to night work as punishment, a claim the company denied.")),
              QStringList{"INDIRECT two colleagues were moved to night work as punishment | said | Kwame Osei"});
}

TEST(Quotes, TheOneToldMayTakeAPhraseAndHoldsNoCue)
{
    EXPECT_EQ(quotes(QStringLiteral("Martin Oyelaran told analysts on a conference call that the company was not retreating.")),
              QStringList{"INDIRECT the company was not retreating | told | Martin Oyelaran"});
    EXPECT_EQ(quotes(QStringLiteral("The authorities told the family he had suffered a heart attack.")),
              QStringList{"INDIRECT he had suffered a heart attack | told | The authorities"});
}

TEST(Quotes, MoreWaysAnAttributionEndsItsSentence)
{
    EXPECT_EQ(quotes(QStringLiteral("Power had been restored to a third of households, Reuters reported, citing the cooperative.")),
              QStringList{"INDIRECT Power had been restored to a third of households | reported | Reuters"});
    EXPECT_EQ(quotes(QStringLiteral("Security forces tortured dozens of people, a human rights group said in a report published on Wednesday.")),
              QStringList{"INDIRECT Security forces tortured dozens of people | said | a human rights group"});
    EXPECT_EQ(quotes(QStringLiteral("“They asked me the same question a hundred times,” he was quoted as saying.")),
              QStringList{"DIRECT “They asked me the same question a hundred times,” | was quoted as saying | he"});
}

TEST(Quotes, ARelativeClauseAfterAnAppositiveIsAboutTheName)
{
    EXPECT_EQ(quotes(QStringLiteral("Her caution was echoed by the Research Trust, a charity, which said that the findings were encouraging.")),
              QStringList{"INDIRECT the findings were encouraging | said | Research Trust"});
}

TEST(Quotes, ASourceCitedOrAPlatformBeforeThat)
{
    EXPECT_EQ(quotes(QStringLiteral("Bloomberg reported last week, citing people close to the government, that the premier had urged a delay.")),
              QStringList{"INDIRECT the premier had urged a delay | reported | Bloomberg"});
    EXPECT_EQ(quotes(QStringLiteral("Marcus Delaney told a fans’ forum on Thursday night that the team would stay.")),
              QStringList{"INDIRECT the team would stay | told | Marcus Delaney"});
    EXPECT_EQ(quotes(QStringLiteral("One woman wrote on Facebook that the outage had left her without alerts.")),
              QStringList{"INDIRECT the outage had left her without alerts | wrote | One woman"});
}

TEST(Quotes, WhatWasNotShownAndANameGivenAreNoStatements)
{
    EXPECT_EQ(quotes(QStringLiteral("Commissioner Margarethe Lindholm said the company had failed to show that the app, called Wren, was safe.")),
              QStringList{"INDIRECT the company had failed to show that the app, called Wren, was safe | said | Margarethe Lindholm"});
}

TEST(Quotes, AnAdverbialOfTimeBeforeAClauseWithoutThat)
{
    EXPECT_EQ(quotes(QStringLiteral("The company said on Thursday it was not changing its financial targets.")),
              QStringList{"INDIRECT it was not changing its financial targets | said | The company"});
    EXPECT_EQ(quotes(QStringLiteral("Protesters said on Tuesday night they had enough food to stay.")),
              QStringList{"INDIRECT they had enough food to stay | said | Protesters"});
    // An object with "a" is no statement unless a verb follows it.
    EXPECT_TRUE(quotes(QStringLiteral("Indonesia has maintained a policy of turning away boats of migrants which reach its waters.")).isEmpty());
    EXPECT_EQ(quotes(QStringLiteral("Union officials said a second hospital would join the strike.")),
              QStringList{"INDIRECT a second hospital would join the strike | said | Union officials"});
}

TEST(Quotes, AStatementBeforeItsCueAndWhatFollowsTheCue)
{
    // A phrase of place, or a participle clause of the subject, after the cue ends the report.
    EXPECT_EQ(quotes(QStringLiteral("Rescuers pulled 87 survivors from the water, a coastguard spokesman told reporters in the port of Agia Thekla.")),
              QStringList{"INDIRECT Rescuers pulled 87 survivors from the water | told reporters | a coastguard spokesman"});
    EXPECT_EQ(quotes(QStringLiteral("Carmaker Veltrano Motori will close the plant, cutting 3,800 jobs, the company said on Tuesday, "
                                    "blaming weak demand.")),
              QStringList{"INDIRECT Carmaker Veltrano Motori will close the plant, cutting 3,800 jobs | said | the company"});
    // Not a figure after the cue.
    EXPECT_EQ(quotes(QStringLiteral("Maria Lopez said at the hospital that 12 people had died.")),
              QStringList{"INDIRECT 12 people had died | said | Maria Lopez"});
    // The owners before a plural possessive belong to the subject.
    EXPECT_EQ(quotes(QStringLiteral("Jobs depend on the plant, the regional suppliers' association said.")),
              QStringList{"INDIRECT Jobs depend on the plant | said | the regional suppliers' association"});
    EXPECT_EQ(quotes(QStringLiteral("The state nurses’ association said its members were tired.")),
              QStringList{"INDIRECT its members were tired | said | The state nurses’ association"});
}

TEST(Quotes, WhatATradeCallsAThingAndASloganAreNoStatements)
{
    EXPECT_EQ(quotes(QStringLiteral("It cited the dry offshore gusts that forecasters call “Diablo winds.”")),
              QStringList{"SCARE “Diablo winds.” |  | "});
    EXPECT_EQ(quotes(QStringLiteral("Ashdown's campaign slogan, “Fix It First,” appears on hundreds of lawn signs.")),
              QStringList{"SCARE “Fix It First,” |  | "});
    // But what someone calls a thing is theirs.
    EXPECT_EQ(quotes(QStringLiteral("Thailand faces duties, in a move Bangkok called “unjustified”.")),
              QStringList{"PARTIAL “unjustified” | called | Bangkok"});
}

TEST(Quotes, FiringBackIsAnswering)
{
    EXPECT_EQ(quotes(QStringLiteral("Kowalczyk fired back that her rival was peddling fairy tales.")),
              QStringList{"INDIRECT her rival was peddling fairy tales | fired back | Kowalczyk"});
}
