// Files made by other tools: what maps is imported, what does not is reported where it is.
#include "exchange/bratimporter.h"
#include "exchange/w3cimporter.h"
#include "exchangehelpers.h"
#include "qtprinters.h"

using namespace Lede::Core;
using namespace Lede::Test;

namespace {

Article article(const QString &text)
{
    return Article{text, QStringLiteral("/tmp/story.txt")};
}

QStringList problemsOf(const ImportResult &r)
{
    QStringList out;
    for (const ImportProblem &p : r.problems)
        out.append(p.toString());
    return out;
}

const Annotation *findByText(const ImportResult &r, const QString &text, const QString &articleText)
{
    for (const Annotation &a : r.annotations.annotations())
        if (articleText.mid(a.span.start, a.span.length()) == text)
            return &a;
    return nullptr;
}

} // namespace

TEST(BratImport, ForeignFileWithEventsEquivGroupsAndUnmappableLines)
{
    const QString text = QStringLiteral("Ann Lee said the plan works.\r\nLee left. Berlin 🎉 agreed.");
    const QString ann = QStringLiteral(
        "T1\tPerson 0 7\tAnn Lee\n"
        "T2\tSPEECH 8 12\tsaid\n"
        "T3\tQuote 13 27\tthe plan works\n"
        "T4\tPerson 29 32\tLee\n"
        "T5\tLocation 39 45\tBerlin\n"
        "T6\tWidget 0 3\tAnn\n"
        "T7\tPerson 48 54\tagreed\n"
        "T8\tGPE 39 45\tBerlim\n"
        "E1\tSPEECH:T2 Speaker:T1 Quote:T3\n"
        "*\tEquiv T1 T4\n"
        "A1\tStatus T5 accepted\n"
        "N1\tReference T1 Wikipedia:123\tAnn Lee\n"
        "#1\tAnnotatorNotes T3\tcheck the wording\n"
        "R1\tSpeaker Arg1:T3 Arg2:T9\n");
    // The .txt as brat saw it: LF line ends; offsets count the emoji as one character.
    QString txt = text;
    txt.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const ImportResult r = BratImporter::import(ann, txt, article(text), QStringLiteral("story.ann"));

    const QStringList problems = problemsOf(r);
    ASSERT_EQ(problems.size(), 4) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("story.ann:6: T6: type 'Widget'"))) << problems[0].toStdString();
    EXPECT_TRUE(problems[1].startsWith(QStringLiteral("story.ann:8: T8: the text \"Berlim\" does not match"))) << problems[1].toStdString();
    EXPECT_TRUE(problems[2].startsWith(QStringLiteral("story.ann:12: N1: normalisations"))) << problems[2].toStdString();
    EXPECT_TRUE(problems[3].startsWith(QStringLiteral("story.ann:14: R1 names T9"))) << problems[3].toStdString();

    EXPECT_EQ(r.annotations.size(), 6);
    const Annotation *speaker = findByText(r, QStringLiteral("Ann Lee"), text);
    const Annotation *cue = findByText(r, QStringLiteral("said"), text);
    const Annotation *quote = findByText(r, QStringLiteral("the plan works"), text);
    const Annotation *lee = findByText(r, QStringLiteral("Lee"), text);
    const Annotation *berlin = findByText(r, QStringLiteral("Berlin"), text);
    const Annotation *agreed = findByText(r, QStringLiteral("agreed"), text);
    ASSERT_TRUE(speaker && cue && quote && lee && berlin && agreed);
    EXPECT_EQ(lee->span.start, 30) << "after CR LF, one UTF-16 unit more than brat counts";
    EXPECT_EQ(agreed->span.start, 50) << "after the emoji, one more again";
    EXPECT_EQ(speaker->layer, Layer::Entity);
    EXPECT_EQ(speaker->label, QStringLiteral("PERSON"));
    EXPECT_EQ(berlin->label, QStringLiteral("LOC"));
    EXPECT_EQ(berlin->status, Status::Accepted);
    EXPECT_EQ(speaker->status, Status::Added);
    EXPECT_EQ(quote->layer, Layer::Quote);
    EXPECT_EQ(quote->label, QStringLiteral("DIRECT"));
    EXPECT_EQ(quote->link(QStringLiteral("speaker")), speaker->id);
    EXPECT_EQ(quote->link(QStringLiteral("cue")), cue->id);
    EXPECT_EQ(cue->link(QStringLiteral("quote")), quote->id);
    EXPECT_EQ(quote->attribute(QStringLiteral("note")), QStringLiteral("check the wording"));
    ASSERT_EQ(r.annotations.entities().size(), 1);
    const Entity &entity = r.annotations.entities().first();
    EXPECT_EQ(entity.name, QStringLiteral("Ann Lee")) << "named after the longest mention";
    EXPECT_EQ(speaker->link(QStringLiteral("entity")), entity.id);
    EXPECT_EQ(lee->link(QStringLiteral("entity")), entity.id);

    // The result is a valid sidecar.
    EXPECT_TRUE(parseSidecar(writeSidecar(article(text), r.annotations), QStringLiteral("x")).ok());
}

TEST(BratImport, AnEditedArticleIsMatchedByText)
{
    const QString old = QStringLiteral("Ann Lee said it.");
    const QString now = QStringLiteral("Update: Ann Lee said it.");
    const ImportResult r = BratImporter::import(QStringLiteral("T1\tPERSON 0 7\tAnn Lee\n"), old, article(now),
                                                QStringLiteral("story.ann"));
    EXPECT_TRUE(r.problems.isEmpty());
    EXPECT_EQ(r.placedByText, 1);
    ASSERT_EQ(r.annotations.size(), 1);
    EXPECT_EQ(r.annotations.annotations().first().span, (Span{8, 15}));
}

TEST(W3cImport, ForeignAnnotationsWithQuotesOnlyAndUnknownTags)
{
    const QString text = QString::fromUtf8("🎉 Olaf Brenner spoke in Berlin.");
    const QByteArray json = QStringLiteral(R"([
      {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Person"},
       "target": {"source": "http://example.org/story",
                  "selector": {"type": "TextQuoteSelector", "exact": "Olaf Brenner", "prefix": "🎉 "}}},
      {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "GPE"},
                                      {"type": "TextualBody", "purpose": "commenting", "value": "capital"}],
       "target": {"selector": [{"type": "TextPositionSelector", "start": 24, "end": 30},
                               {"type": "TextQuoteSelector", "exact": "Berlin"}]}},
      {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Sentiment"},
       "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 1}}},
      {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "ORG"},
       "target": {"selector": {"type": "TextQuoteSelector", "exact": "Bundestag"}}}
    ])").toUtf8();
    const auto r = W3cImporter::import(json, article(text), QStringLiteral("story.json"));
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    const QStringList problems = problemsOf(*r);
    ASSERT_EQ(problems.size(), 2) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("story.json: $[2]: the tag 'Sentiment'"))) << problems[0].toStdString();
    EXPECT_TRUE(problems[1].startsWith(QStringLiteral("story.json: $[3]: the text \"Bundestag\""))) << problems[1].toStdString();
    ASSERT_EQ(r->annotations.size(), 2);
    const Annotation *person = findByText(*r, QStringLiteral("Olaf Brenner"), text);
    const Annotation *city = findByText(*r, QStringLiteral("Berlin"), text);
    ASSERT_TRUE(person && city);
    EXPECT_EQ(person->label, QStringLiteral("PERSON"));
    EXPECT_EQ(city->span, (Span{25, 31})) << "code point 24 is UTF-16 unit 25 after the emoji";
    EXPECT_EQ(city->attribute(QStringLiteral("note")), QStringLiteral("capital"));
}

TEST(W3cImport, RefusesWhatIsNotAnnotations)
{
    EXPECT_FALSE(W3cImporter::import("{ nope", article(QStringLiteral("x")), QStringLiteral("a.json")).ok());
    const auto empty = W3cImporter::import(R"({"type": "Thing"})", article(QStringLiteral("x")), QStringLiteral("a.json"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.errorMessage().contains(QStringLiteral("holds no Web Annotations")));
}
