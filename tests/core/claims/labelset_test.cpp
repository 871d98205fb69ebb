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
    const QString path = dir.filePath(QStringLiteral("labels.txt"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content.toUtf8());
    return path;
}

} // namespace

TEST(ClaimLabels, OwnSentencesBuildAnArticleWithTheirSpans)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("# c\n=== a\n@ Head\n\nEVENT | quoted:Ann Lee | named | It fell.\n"
                                         "NOT | - | - | So sad.\n\nNUMBER | author | none | Two died.\n"));
    QString error;
    const QList<LabelledText> texts = readOwnSentences(path, QStringLiteral("tuning"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(texts.size(), 1);
    const LabelledText &t = texts[0];
    EXPECT_EQ(t.text, QStringLiteral("Head\n\nIt fell. So sad.\n\nTwo died.\n"));
    ASSERT_EQ(t.claims.size(), 2);
    EXPECT_EQ(t.text.mid(t.claims[0].span.start, t.claims[0].span.length()), QStringLiteral("It fell."));
    EXPECT_EQ(t.claims[0].holderKind, QStringLiteral("quoted"));
    EXPECT_EQ(t.claims[0].holder, QStringLiteral("Ann Lee"));
    EXPECT_EQ(t.text.mid(t.claims[1].span.start, t.claims[1].span.length()), QStringLiteral("Two died."));
    ASSERT_EQ(t.nonClaims.size(), 1);
    EXPECT_EQ(t.text.mid(t.nonClaims[0].start, t.nonClaims[0].length()), QStringLiteral("So sad."));
}

TEST(ClaimLabels, MalformedLinesAreReportedWithTheirNumber)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("=== a\nEVENT | author | It fell.\n"));
    QString error;
    EXPECT_TRUE(readOwnSentences(path, QStringLiteral("tuning"), &error).isEmpty());
    EXPECT_TRUE(error.endsWith(QStringLiteral(":2: expected 'KIND | HOLDER | BACKING | sentence'"))) << error.toStdString();
}

TEST(ClaimLabels, TheRepositoryLabelFilesParse)
{
    QString error;
    const auto tuning = readOwnSentences(sourcePath(QStringLiteral("tests/data/claims/own-tuning.txt")), QStringLiteral("tuning"), &error);
    const auto held = readOwnSentences(sourcePath(QStringLiteral("tests/data/claims/own-heldout.txt")), QStringLiteral("held-out"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    int sentences = 0;
    for (const auto &t : tuning + held)
        sentences += int(t.claims.size() + t.nonClaims.size());
    EXPECT_GE(sentences, 150);
}

TEST(ClaimLabels, GumLabelsMapToTheSharedDocuments)
{
    const QString news = evalPath(QStringLiteral("gum/news"));
    if (!QFile::exists(news))
        GTEST_SKIP() << "no shared GUM data at " << news.toStdString();
    QString error;
    const auto docs = readGumLabels(sourcePath(QStringLiteral("tests/data/claims/gum-labels.tsv")), news, &error);
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
    gold.name = QStringLiteral("t");
    gold.text = QStringLiteral("Brenner said it fell. Two died.");
    gold.claims.append({{0, 21}, QStringLiteral("EVENT"), QStringLiteral("quoted"), QStringLiteral("Olaf Brenner"), QStringLiteral("named")});
    gold.claims.append({{22, 31}, QStringLiteral("NUMBER"), QStringLiteral("author"), {}, QStringLiteral("none")});
    Core::Annotation a;
    a.layer = Core::Layer::Claim;
    a.label = QStringLiteral("EVENT");
    a.span = {0, 21};
    a.attributes = {{QStringLiteral("holder"), QStringLiteral("Brenner")}, {QStringLiteral("holderKind"), QStringLiteral("quoted")}, {QStringLiteral("backing"), QStringLiteral("named")}};
    Core::Annotation spurious = a;
    spurious.span = {5, 12}; // inside the first claim, which a better match already took
    const ClaimScores s = scoreClaims(gold, {a, spurious});
    EXPECT_EQ(s.truePositives, 1);
    EXPECT_EQ(s.falsePositives, 1);
    EXPECT_EQ(s.falseNegatives, 1);
    EXPECT_EQ(s.holderRight, 1);
    EXPECT_DOUBLE_EQ(s.precision(), 0.5);
    EXPECT_TRUE(sameHolder(QStringLiteral("Interior Minister Olaf Brenner"), QStringLiteral("Brenner")));
    EXPECT_FALSE(sameHolder(QStringLiteral("Miriam Okafor"), QStringLiteral("Brenner")));
}
