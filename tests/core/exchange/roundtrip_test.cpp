// sidecar -> export -> import -> the same annotations, for the two formats Lede reads back.
#include "exchange/bratimporter.h"
#include "exchange/w3cimporter.h"
#include "exchangehelpers.h"
#include "io/sidecarformat.h"
#include "qtprinters.h"

#include <algorithm>

using namespace Lede::Core;
using namespace Lede::Test;

namespace {

QList<Entity> sortedEntities(const AnnotationSet &set)
{
    QList<Entity> entities = set.entities();
    std::sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) { return a.id < b.id; });
    return entities;
}

void expectSameAnnotations(const AnnotationSet &expected, const ImportResult &imported)
{
    EXPECT_TRUE(imported.problems.isEmpty()) << imported.problems.value(0).toString().toStdString();
    EXPECT_EQ(imported.placedByText, 0);
    const QList<Annotation> want = expected.sorted(), got = imported.annotations.sorted();
    ASSERT_EQ(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i)
        EXPECT_EQ(got[i], want[i]) << "annotation " << want[i].id.toStdString() << " changed on the way";
    EXPECT_EQ(sortedEntities(imported.annotations), sortedEntities(expected));
}

class RoundTrip : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(RoundTrip, Brat)
{
    const ArticleDocument doc = openExchangeArticle(GetParam());
    const QString ann = QString::fromUtf8(exportBytes(doc, QStringLiteral("brat"), 0));
    const QString txt = QString::fromUtf8(exportBytes(doc, QStringLiteral("brat"), 1));
    expectSameAnnotations(doc.annotations, BratImporter::import(ann, txt, doc.article, QStringLiteral("x.ann")));
}

TEST_P(RoundTrip, BratWithoutItsTextFile)
{
    const ArticleDocument doc = openExchangeArticle(GetParam());
    const QString ann = QString::fromUtf8(exportBytes(doc, QStringLiteral("brat"), 0));
    expectSameAnnotations(doc.annotations, BratImporter::import(ann, std::nullopt, doc.article, QStringLiteral("x.ann")));
}

TEST_P(RoundTrip, W3c)
{
    const ArticleDocument doc = openExchangeArticle(GetParam());
    const auto imported = W3cImporter::import(exportBytes(doc, QStringLiteral("w3c")), doc.article, QStringLiteral("x.jsonld"));
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    expectSameAnnotations(doc.annotations, *imported);
}

TEST_P(RoundTrip, ThroughTheCommandLineToASidecar)
{
    const ArticleDocument doc = openExchangeArticle(GetParam());
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("export"));
    const LedeRun exported = lede({QStringLiteral("export"), exchangeData(GetParam()), QStringLiteral("--format"),
                                   QStringLiteral("brat"), QStringLiteral("-o"), base});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString sidecar = dir.filePath(QStringLiteral("imported.lede.json"));
    const LedeRun imported = lede({QStringLiteral("import"), base + QStringLiteral(".ann"), QStringLiteral("--article"),
                                   exchangeData(GetParam()), QStringLiteral("-o"), sidecar});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("0 problems"))) << imported.out.toStdString();
    EXPECT_EQ(readFile(sidecar), writeSidecar(doc.article, doc.annotations)) << "the same sidecar, byte for byte";
}

INSTANTIATE_TEST_SUITE_P(ExchangeArticles, RoundTrip, ::testing::ValuesIn(exchangeArticles().toVector()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.chopped(4).replace(u'-', u'_').toStdString();
                         });
