#include "pipelinehelper.h"
#include "qtprinters.h"

#include "testpaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Lede::Core::Extraction;

namespace {

QStringList zones(const Document &doc)
{
    QStringList out;
    for (const Paragraph &p : doc.paragraphs)
        out.append(p.zone);
    return out;
}

} // namespace

TEST(Zoner, LabelsHeadBodyCaptionCreditAndBoilerplate)
{
    const QString text = QStringLiteral(
        "Minister under fire\n\nA short standfirst about the row.\n\nPARIS, May 2 (AFP) —\n\n"
        "By Ann Lee\n\nThe minister spoke on Monday. She said it was fine.\n\n"
        "The minister at the podium.\n\nJOHN SMITH/AFP/Getty Images\n\n"
        "Sign up for our newsletter.");
    const Document doc = Lede::Test::prepare(text);
    EXPECT_EQ(zones(doc), (QStringList{"HEADLINE", "STANDFIRST", "DATELINE", "BYLINE", "BODY",
                                       "CAPTION", "CREDIT", "BOILERPLATE"}));
}

TEST(Zoner, InlineCreditAndDateline)
{
    const QString text = QStringLiteral("Title line\n\nBERLIN (Reuters) — The talks failed on Monday.\n\n"
                                        "The hall in Berlin. Image: United States Navy.");
    const Document doc = Lede::Test::prepare(text);
    ASSERT_EQ(doc.paragraphs.size(), 3);
    EXPECT_EQ(doc.paragraphs[1].subZoneLabel, u"DATELINE");
    EXPECT_EQ(doc.textOf(doc.paragraphs[1].subZone), u"BERLIN (Reuters) —");
    EXPECT_EQ(doc.paragraphs[2].zone, u"CAPTION");
    EXPECT_EQ(doc.textOf(doc.paragraphs[2].subZone), u"Image: United States Navy.");
}

TEST(Zoner, AnInlineDatelineWithAStatesAbbreviation)
{
    const QString text = QStringLiteral("Wildfire forces evacuations\n\nCEDAR FLATS, Ore. (AP) — A wildfire forced hundreds from their homes.");
    const Document doc = Lede::Test::prepare(text);
    ASSERT_EQ(doc.paragraphs.size(), 2);
    EXPECT_EQ(doc.paragraphs[1].subZoneLabel, u"DATELINE");
    EXPECT_EQ(doc.textOf(doc.paragraphs[1].subZone), u"CEDAR FLATS, Ore. (AP) —");
}

TEST(Zoner, SampleArticle)
{
    QFile f(Lede::Test::sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const Document doc = Lede::Test::prepare(text);
    const QStringList z = zones(doc);
    EXPECT_EQ(z.first(), u"HEADLINE");
    EXPECT_EQ(z.mid(1, 3), (QStringList{"STANDFIRST", "DATELINE", "BYLINE"}));
    EXPECT_EQ(z.mid(z.size() - 4), (QStringList{"CAPTION", "CREDIT", "BOILERPLATE", "BOILERPLATE"}));
}

TEST(Zoner, MixedCaseCreditStandfirstBeforeABodyDatelineAndReportingCredits)
{
    const QString text = QStringLiteral(
        "Protest spreads to second city\n\nThe government accuses the students of plotting a coup.\n\n"
        "BELGRADE, Sept. 3 (AP) — The protest leader spoke on Monday.\n\n"
        "A volunteer carries a child to safety on Saturday.\n\nCarlos Macedo/Reuters\n\n"
        "The rallies continued into the night.\n\n"
        "(Reporting by Clara Voss in Berlin; Editing by Mark Heinrich)");
    const Document doc = Lede::Test::prepare(text);
    EXPECT_EQ(zones(doc), (QStringList{"HEADLINE", "STANDFIRST", "BODY", "CAPTION", "CREDIT", "BODY",
                                       "BOILERPLATE"}));
}

TEST(Zoner, CaptionWithItsCreditOnTheNextLine)
{
    const QString text = QStringLiteral("Title line\n\nNAIROBI (AP) — The bank held its rate on Tuesday.\n\n"
                                        "A trader counts notes in Nairobi on Tuesday.\nBRIAN INGANGA/AP\n\n"
                                        "The shilling has stabilised.");
    const Document doc = Lede::Test::prepare(text);
    ASSERT_EQ(doc.paragraphs.size(), 4);
    EXPECT_EQ(doc.paragraphs[2].zone, u"CAPTION");
    EXPECT_EQ(doc.paragraphs[2].subZoneLabel, u"CREDIT");
    EXPECT_EQ(doc.textOf(doc.paragraphs[2].subZone), u"BRIAN INGANGA/AP");
    EXPECT_EQ(doc.paragraphs[3].zone, u"BODY");
}

TEST(Zoner, AnInlineDatelineEndsTheSentenceItOpens)
{
    const QString text = QStringLiteral("Title line\n\nLONDON (Reuters) — Older adults walked more. They slept well.");
    const Document doc = Lede::Test::prepare(text);
    ASSERT_EQ(doc.sentences.size(), 4);
    EXPECT_EQ(doc.textOf(doc.spanOf(doc.sentences[1].first, doc.sentences[1].last)), u"LONDON (Reuters) —");
    EXPECT_EQ(doc.textOf(doc.spanOf(doc.sentences[2].first, doc.sentences[2].last)), u"Older adults walked more.");
}

TEST(Zoner, AJournalistsJobIsABylineAndAnAbbreviatedDateADateline)
{
    // The Guardian's header: no "By", and the date line in three-letter abbreviations.
    const QString text = QStringLiteral(
        "Museum returns bronze heads\n\nMinisters warn the decision could set a precedent.\n\n"
        "Isobel Fairhurst, Arts Correspondent\n\nThu 12 Jun 2025 18.05 BST\n\n"
        "The museum said on Thursday that it would return the heads.\n\n"
        "Jan Novak, the curator, said the talks took two years.");
    const Document doc = Lede::Test::prepare(text);
    EXPECT_EQ(zones(doc), (QStringList{"HEADLINE", "STANDFIRST", "BYLINE", "DATELINE", "BODY", "BODY"}));
}
