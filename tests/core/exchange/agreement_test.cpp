// Agreement on hand-made sidecars whose answers were worked out by hand.
#include "exchange/agreement.h"
#include "exchangehelpers.h"
#include "qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Lede::Core;
using namespace Lede::Test;

namespace {

const QString kText = QStringLiteral("Alice met Bob in Paris.");

StoredAnnotation stored(const QString &id, Layer layer, const QString &label, int start, int end,
                        Status status = Status::Accepted)
{
    StoredAnnotation s;
    s.annotation.id = id;
    s.annotation.layer = layer;
    s.annotation.label = label;
    s.annotation.span = Span{start, end};
    s.annotation.status = status;
    s.quote.exact = kText.mid(start, end - start);
    return s;
}

SidecarData reference()
{
    SidecarData a;
    a.articleFileName = QStringLiteral("story.txt");
    a.fingerprint = fingerprintOf(kText);
    a.articleLength = int(kText.size());
    a.annotations = {stored(QStringLiteral("a1"), Layer::Entity, QStringLiteral("PERSON"), 0, 5),
                     stored(QStringLiteral("a2"), Layer::Entity, QStringLiteral("PERSON"), 10, 13),
                     stored(QStringLiteral("a3"), Layer::Entity, QStringLiteral("GPE"), 17, 22)};
    return a;
}

SidecarData candidate()
{
    SidecarData b = reference();
    b.annotations = {stored(QStringLiteral("b1"), Layer::Entity, QStringLiteral("PERSON"), 0, 5),
                     stored(QStringLiteral("b2"), Layer::Entity, QStringLiteral("ORG"), 10, 13),
                     stored(QStringLiteral("b3"), Layer::Entity, QStringLiteral("GPE"), 17, 21),
                     // Rejected suggestions count as absent.
                     stored(QStringLiteral("b4"), Layer::Entity, QStringLiteral("PERSON"), 6, 9, Status::Rejected)};
    return b;
}

const LabelAgreement *label(const AgreementReport &r, const QString &name)
{
    for (const LabelAgreement &l : r.labels)
        if (l.label == name)
            return &l;
    return nullptr;
}

} // namespace

TEST(Agreement, PrecisionRecallKappaAndDisagreementsOfAKnownCase)
{
    AgreementCounter counter;
    counter.addDocument(QStringLiteral("story.txt"), kText, reference(), candidate());
    const AgreementReport r = counter.report();

    const LabelAgreement *person = label(r, QStringLiteral("PERSON"));
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->inA, 2);
    EXPECT_EQ(person->inB, 1);
    EXPECT_DOUBLE_EQ(person->exactPrecision(), 1.0);
    EXPECT_DOUBLE_EQ(person->exactRecall(), 0.5);
    EXPECT_NEAR(LabelAgreement::f1(person->exactPrecision(), person->exactRecall()), 2.0 / 3.0, 1e-9);

    const LabelAgreement *gpe = label(r, QStringLiteral("GPE"));
    ASSERT_NE(gpe, nullptr);
    EXPECT_DOUBLE_EQ(gpe->exactPrecision(), 0.0);
    EXPECT_DOUBLE_EQ(gpe->exactRecall(), 0.0);
    EXPECT_DOUBLE_EQ(gpe->overlapPrecision(), 1.0) << "Paris vs Pari overlap";
    EXPECT_DOUBLE_EQ(gpe->overlapRecall(), 1.0);

    const LabelAgreement *org = label(r, QStringLiteral("ORG"));
    ASSERT_NE(org, nullptr);
    EXPECT_DOUBLE_EQ(org->exactPrecision(), 0.0);

    // Tokens: Alice met Bob in Paris . -> A: PERSON O PERSON O GPE O, B: PERSON O ORG O GPE O.
    // Observed 5/6; expected (2/6)(1/6) + (3/6)(3/6) + (1/6)(1/6) = 1/3; kappa = (5/6-1/3)/(2/3).
    ASSERT_EQ(r.kappas.size(), 1);
    EXPECT_EQ(r.kappas[0].tokens, 6);
    EXPECT_NEAR(r.kappas[0].observed, 5.0 / 6.0, 1e-9);
    EXPECT_NEAR(r.kappas[0].kappa, 0.75, 1e-9);

    ASSERT_EQ(r.disagreements.size(), 2);
    EXPECT_EQ(r.disagreements[0].kind, Disagreement::Boundary);
    EXPECT_EQ(r.disagreements[0].textA, QStringLiteral("Paris"));
    EXPECT_EQ(r.disagreements[0].textB, QStringLiteral("Pari"));
    EXPECT_EQ(r.disagreements[1].kind, Disagreement::Label);
    EXPECT_EQ(r.disagreements[1].labelA, QStringLiteral("PERSON"));
    EXPECT_EQ(r.disagreements[1].labelB, QStringLiteral("ORG"));
}

TEST(Agreement, IdenticalSidecarsAgreeFully)
{
    AgreementCounter counter;
    counter.addDocument(QStringLiteral("story.txt"), kText, reference(), reference());
    const AgreementReport r = counter.report();
    for (const LabelAgreement &l : r.labels) {
        EXPECT_DOUBLE_EQ(l.exactPrecision(), 1.0);
        EXPECT_DOUBLE_EQ(l.exactRecall(), 1.0);
    }
    ASSERT_EQ(r.kappas.size(), 1);
    EXPECT_DOUBLE_EQ(r.kappas[0].kappa, 1.0);
    EXPECT_TRUE(r.disagreements.isEmpty());
}

TEST(Agreement, CompareCommandOnFoldersPrintsTextAndJson)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QDir(dir.path()).mkpath(QStringLiteral("b"));
    const Article article{kText, dir.filePath(QStringLiteral("a/story.txt"))};
    writeFile(article.sourcePath, kText.toUtf8());
    auto toSet = [&](const SidecarData &data) {
        AnnotationSet set;
        for (const StoredAnnotation &s : data.annotations)
            set.add(s.annotation);
        return set;
    };
    writeFile(dir.filePath(QStringLiteral("a/story.txt.lede.json")), writeSidecar(article, toSet(reference())));
    writeFile(dir.filePath(QStringLiteral("b/story.txt.lede.json")), writeSidecar(article, toSet(candidate())));

    const LedeRun text = lede({QStringLiteral("compare"), dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("kappa 0.750"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("label: entity A PERSON 10-13 \"Bob\", B ORG 10-13"))) << text.out.toStdString();

    const LedeRun json = lede({QStringLiteral("compare"), QStringLiteral("--json"),
                               dir.filePath(QStringLiteral("a/story.txt.lede.json")),
                               dir.filePath(QStringLiteral("b/story.txt.lede.json"))});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root[QStringLiteral("documents")].toInt(), 1);
    EXPECT_NEAR(root[QStringLiteral("kappa")][0][QStringLiteral("kappa")].toDouble(), 0.75, 1e-9);
    EXPECT_EQ(root[QStringLiteral("disagreements")].toArray().size(), 2);

    EXPECT_EQ(lede({QStringLiteral("compare"), dir.filePath(QStringLiteral("a"))}).exitCode, 2);
}
