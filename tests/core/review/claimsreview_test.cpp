// The claims figures of the review, and the report listing unbacked accusations first, on
// hand-made annotation sets.
#include "review/reportwriter.h"
#include "review/review.h"

#include "reviewfixture.h"

#include <gtest/gtest.h>

#include "qtprinters.h"

#include <QXmlStreamReader>

using namespace Lede::Core;
using namespace Lede::Core::Review;
using Lede::Test::ReviewFixture;

namespace {

const QString kText = QStringLiteral(
    "The mayor took bribes. Okafor said the mayor lied. Prices rose 8 percent. The council reportedly hid the audit. "
    "The plant will close. The firm stole wages.");

QMap<QString, QString> holding(const QString &holder, const QString &kind, const QString &backing, bool flagged = false)
{
    QMap<QString, QString> a{{QStringLiteral("holder"), holder}, {QStringLiteral("holderKind"), kind},
                             {QStringLiteral("backing"), backing}};
    if (flagged)
        a.insert(QStringLiteral("flag"), QStringLiteral("unbacked-accusation"));
    return a;
}

struct Claims {
    ReviewFixture f{kText};
    QString bribes, lied, prices, audit, plant, wages;
    Claims()
    {
        const auto author = [](bool flagged) { return holding(QStringLiteral("author"), QStringLiteral("author"), QStringLiteral("none"), flagged); };
        bribes = f.add(Layer::Claim, QStringLiteral("ACCUSATION"), QStringLiteral("The mayor took bribes."), 0, {}, author(true));
        lied = f.add(Layer::Claim, QStringLiteral("ACCUSATION"), QStringLiteral("Okafor said the mayor lied."), 0, {},
                     holding(QStringLiteral("Okafor"), QStringLiteral("quoted"), QStringLiteral("named")));
        prices = f.add(Layer::Claim, QStringLiteral("COMPARISON"), QStringLiteral("Prices rose 8 percent."), 0, {}, author(false));
        audit = f.add(Layer::Claim, QStringLiteral("ACCUSATION"), QStringLiteral("The council reportedly hid the audit."), 0, {},
                      holding(QStringLiteral("author"), QStringLiteral("author"), QStringLiteral("hedged")));
        plant = f.add(Layer::Claim, QStringLiteral("PREDICTION"), QStringLiteral("The plant will close."), 0, {}, author(false));
        // No stored flag (an older sidecar): the rule finds it anyway.
        wages = f.add(Layer::Claim, QStringLiteral("ACCUSATION"), QStringLiteral("The firm stole wages."), 0, {}, author(false));
    }
};

int countOf(const ClaimStats &stats, const QString &kind)
{
    for (const KindCount &k : stats.byKind)
        if (k.kind == kind)
            return k.count;
    return -1;
}

} // namespace

TEST(ClaimsReview, CountsByKindAndListsUnbackedAccusationsInDocumentOrder)
{
    Claims c;
    const ClaimStats stats = computeClaims(c.f.set(), c.f.text());
    EXPECT_EQ(stats.total, 6);
    ASSERT_EQ(stats.byKind.size(), 6); // every kind, zeros included
    EXPECT_EQ(stats.byKind.first().kind, QStringLiteral("EVENT"));
    EXPECT_EQ(countOf(stats, QStringLiteral("EVENT")), 0);
    EXPECT_EQ(countOf(stats, QStringLiteral("ACCUSATION")), 4);
    EXPECT_EQ(countOf(stats, QStringLiteral("COMPARISON")), 1);
    EXPECT_EQ(countOf(stats, QStringLiteral("PREDICTION")), 1);
    EXPECT_EQ(stats.heldByAuthor, 5);
    EXPECT_EQ(stats.withoutBacking, 4);
    // The hedged one and the quoted one are not unbacked; the unflagged "stole wages" is.
    ASSERT_EQ(stats.unbackedAccusations.size(), 2);
    EXPECT_EQ(stats.unbackedAccusations[0].id, c.bribes);
    EXPECT_EQ(stats.unbackedAccusations[0].text, QStringLiteral("The mayor took bribes."));
    EXPECT_EQ(stats.unbackedAccusations[0].holder, QStringLiteral("author"));
    EXPECT_EQ(stats.unbackedAccusations[1].id, c.wages);
}

TEST(ClaimsReview, RejectedAndOrphanedClaimsDoNotCount)
{
    Claims c;
    c.f.setStatus(c.bribes, Status::Rejected);
    Annotation orphan = *c.f.set().find(c.wages);
    orphan.orphanedQuote = TextQuote{QStringLiteral("The firm stole wages."), {}, {}};
    c.f.set().replace(orphan);
    const ClaimStats stats = computeClaims(c.f.set(), c.f.text());
    EXPECT_EQ(stats.total, 4);
    EXPECT_TRUE(stats.unbackedAccusations.isEmpty());
    EXPECT_EQ(countOf(stats, QStringLiteral("ACCUSATION")), 2);
}

TEST(ClaimsReview, TheSummaryCarriesClaimCounts)
{
    Claims c;
    const Summary s = reviewArticle(c.f.set(), c.f.text()).summary;
    EXPECT_EQ(s.claims, 6);
    EXPECT_EQ(s.unbackedAccusations, 2);
    EXPECT_EQ(s.claimsByKind, computeClaims(c.f.set(), c.f.text()).byKind);
}

TEST(ClaimsReview, TheReportListsUnbackedAccusationsBeforeAnythingElse)
{
    Claims c;
    const QString html = QString::fromUtf8(writeReport(Article{c.f.text(), QStringLiteral("/tmp/claims.txt")}, c.f.set()));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();

    const qsizetype section = html.indexOf(QLatin1String("Unbacked accusations in the author's voice (2)"));
    ASSERT_GE(section, 0);
    // First after the header: before the summary cards and every other section.
    EXPECT_LT(section, html.indexOf(QLatin1String("<div class=\"cards\">")));
    EXPECT_LT(section, html.indexOf(QLatin1String("<h2>Voices</h2>")));
    EXPECT_GT(section, html.indexOf(QLatin1String("</header>")));
    const qsizetype bribes = html.indexOf(QLatin1String("<li>The mayor took bribes.</li>"), section);
    const qsizetype wages = html.indexOf(QLatin1String("<li>The firm stole wages.</li>"), section);
    EXPECT_GT(bribes, section);
    EXPECT_GT(wages, bribes);
    const QString unbacked = html.mid(section, html.indexOf(QLatin1String("</section>"), section) - section);
    EXPECT_EQ(unbacked.count(QLatin1String("<li>")), 2);
    EXPECT_FALSE(unbacked.contains(QLatin1String("Okafor said the mayor lied.")));
    // The claim counts by kind in the summary cards.
    EXPECT_TRUE(html.contains(QLatin1String("check-worthy claims")));
    EXPECT_TRUE(html.contains(QLatin1String("comparison 1, accusation 4, prediction 1")));
}

TEST(ClaimsReview, AReportWithoutUnbackedAccusationsSaysSo)
{
    Claims c;
    c.f.setStatus(c.bribes, Status::Rejected);
    c.f.setStatus(c.wages, Status::Rejected);
    const QString html = QString::fromUtf8(writeReport(Article{c.f.text(), QStringLiteral("/tmp/claims.txt")}, c.f.set()));
    EXPECT_TRUE(html.contains(QLatin1String("Unbacked accusations in the author's voice (0)")));
    EXPECT_TRUE(html.contains(QLatin1String("None: every accusation among the 4 claims")));
}
