#include "claims/claimmodel.h"

#include "qtprinters.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Lede::Core;
using namespace Lede::Core::Claims;

TEST(ClaimModel, ParsesNamesNumbersAndComments)
{
    const Result<ClaimModel> model = ClaimModel::parse(QStringLiteral("# weights\nbias -2 # why\nthreshold 0.4\nnumber 3\n"));
    ASSERT_TRUE(model.ok()) << model.errorMessage().toStdString();
    EXPECT_DOUBLE_EQ(model->bias(), -2);
    EXPECT_DOUBLE_EQ(model->threshold(), 0.4);
    EXPECT_DOUBLE_EQ(model->weight(Feature::Number), 3);
    FeatureVector f{};
    EXPECT_NEAR(model->score(f), 1 / (1 + std::exp(2.0)), 1e-9);
    f[size_t(Feature::Number)] = 1;
    EXPECT_NEAR(model->score(f), 1 / (1 + std::exp(-1.0)), 1e-9);
}

TEST(ClaimModel, ErrorsNameTheLine)
{
    EXPECT_EQ(ClaimModel::parse(QStringLiteral("bias 1\nnmber 2\n")).errorMessage(), QStringLiteral("line 2: unknown feature 'nmber'"));
    EXPECT_EQ(ClaimModel::parse(QStringLiteral("number two\n")).errorMessage(),
              QStringLiteral("line 1: expected a name and a number, got 'number two'"));
}

TEST(ClaimModel, BuiltInWeightsFavourFiguresAndDisfavourOpinion)
{
    const ClaimModel &m = ClaimModel::builtIn();
    EXPECT_GT(m.weight(Feature::Number), 0);
    EXPECT_GT(m.weight(Feature::PastTense), 0);
    EXPECT_LT(m.weight(Feature::Opinion), 0);
    EXPECT_LT(m.bias(), 0);
    EXPECT_GT(m.threshold(), 0);
    EXPECT_LT(m.threshold(), 1);
}

TEST(ClaimModel, EveryFeatureHasAWeightInTheBuiltInFile)
{
    QFile file(QStringLiteral(":/claims/weights.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (int i = 0; i < kFeatureCount; ++i)
        EXPECT_TRUE(text.contains(u'\n' + featureName(Feature(i)) + u' ')) << featureName(Feature(i)).toStdString();
}
