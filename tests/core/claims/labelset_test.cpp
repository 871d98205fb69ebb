#include "claimscoring.h"
#include "labelset.h"

#include "qtprinters.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Lede;
using namespace Lede::Test;

namespace {

QString writeTemp(const QTemporaryDir &dir, const QString &content)
{
    const QString path = dir.filePath(u"labels.txt"_qs);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content.toUtf8());
    return path;
}

} // namespace

TEST(ClaimLabels, OwnSentencesBuildAnArticleWithTheirSpans)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"# c\n=== a\n@ Head\n\nEVENT | quoted:Ann Lee | named | It fell.\n"
                                         "NOT | - | - | So sad.\n\nNUMBER | author | none | Two died.\n"_qs);
    QString error;
    const QList<LabelledText> texts = readOwnSentences(path, u"tuning"_qs, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(texts.size(), 1);
    const LabelledText &t = texts[0];
    EXPECT_EQ(t.text, u"Head\n\nIt fell. So sad.\n\nTwo died.\n"_qs);
    ASSERT_EQ(t.claims.size(), 2);
    EXPECT_EQ(t.text.mid(t.claims[0].span.start, t.claims[0].span.length()), u"It fell."_qs);
    EXPECT_EQ(t.claims[0].holderKind, u"quoted"_qs);
    EXPECT_EQ(t.claims[0].holder, u"Ann Lee"_qs);
    EXPECT_EQ(t.text.mid(t.claims[1].span.start, t.claims[1].span.length()), u"Two died."_qs);
    ASSERT_EQ(t.nonClaims.size(), 1);
    EXPECT_EQ(t.text.mid(t.nonClaims[0].start, t.nonClaims[0].length()), u"So sad."_qs);
}

TEST(ClaimLabels, MalformedLinesAreReportedWithTheirNumber)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"=== a\nEVENT | author | It fell.\n"_qs);
    QString error;
    EXPECT_TRUE(readOwnSentences(path, u"tuning"_qs, &error).isEmpty());
    EXPECT_TRUE(error.endsWith(u":2: expected 'KIND | HOLDER | BACKING | sentence'"_qs)) << error.toStdString();
}

TEST(ClaimLabels, TheRepositoryLabelFilesParse)
{
    QString error;
    const auto tuning = readOwnSentences(sourcePath(u"tests/data/claims/own-tuning.txt"_qs), u"tuning"_qs, &error);
    const auto held = readOwnSentences(sourcePath(u"tests/data/claims/own-heldout.txt"_qs), u"held-out"_qs, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    int sentences = 0;
    for (const auto &t : tuning + held)
        sentences += int(t.claims.size() + t.nonClaims.size());
    EXPECT_GE(sentences, 150);
}

TEST(ClaimLabels, GumLabelsMapToTheSharedDocuments)
{
    const QString news = evalPath(u"gum/news"_qs);
    if (!QFile::exists(news))
        GTEST_SKIP() << "no shared GUM data at " << news.toStdString();
    QString error;
    const auto docs = readGumLabels(sourcePath(u"tests/data/claims/gum-labels.tsv"_qs), news, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_GE(docs.size(), 4);
    for (const LabelledText &d : docs) {
        for (const GoldClaim &c : d.claims) {
            // Labels start and end on sentence boundaries, never inside a word.
            EXPECT_FALSE(d.text.at(c.span.start).isSpace()) << d.name.toStdString() << " " << c.span.start;
            EXPECT_TRUE(c.span.end == d.text.size() || !d.text.at(c.span.end).isLetterOrNumber())
                << d.name.toStdString() << " " << c.span.end;
            EXPECT_EQ(c.holderKind == u"author", c.holder.isEmpty()) << d.name.toStdString();
        }
    }
}

TEST(ClaimScoring, MatchesByOverlapAndScoresHolders)
{
    LabelledText gold;
    gold.name = u"t"_qs;
    gold.text = u"Brenner said it fell. Two died."_qs;
    gold.claims.append({{0, 21}, u"EVENT"_qs, u"quoted"_qs, u"Olaf Brenner"_qs, u"named"_qs});
    gold.claims.append({{22, 31}, u"NUMBER"_qs, u"author"_qs, {}, u"none"_qs});
    Core::Annotation a;
    a.layer = Core::Layer::Claim;
    a.label = u"EVENT"_qs;
    a.span = {0, 21};
    a.attributes = {{u"holder"_qs, u"Brenner"_qs}, {u"holderKind"_qs, u"quoted"_qs}, {u"backing"_qs, u"named"_qs}};
    Core::Annotation spurious = a;
    spurious.span = {5, 12}; // inside the first claim, which a better match already took
    const ClaimScores s = scoreClaims(gold, {a, spurious});
    EXPECT_EQ(s.truePositives, 1);
    EXPECT_EQ(s.falsePositives, 1);
    EXPECT_EQ(s.falseNegatives, 1);
    EXPECT_EQ(s.holderRight, 1);
    EXPECT_DOUBLE_EQ(s.precision(), 0.5);
    EXPECT_TRUE(sameHolder(u"Interior Minister Olaf Brenner"_qs, u"Brenner"_qs));
    EXPECT_FALSE(sameHolder(u"Miriam Okafor"_qs, u"Brenner"_qs));
}
