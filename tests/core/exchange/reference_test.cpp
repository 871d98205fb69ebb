// Every exporter against its reference file in tests/data/exchange/expected/. After an
// intended change run tests/data/exchange/regenerate.sh BUILD_DIR and review the diff: it runs
// these tests with LEDE_REGENERATE_REFERENCES set, which writes the files instead.
#include "exchangehelpers.h"
#include "qtprinters.h"

using namespace Lede::Core;
using namespace Lede::Test;

namespace {

struct Case {
    QString article;
    QString format;
};

class ExportReference : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(ExportReference, MatchesTheReferenceFile)
{
    const Case c = GetParam();
    const ArticleDocument doc = openExchangeArticle(c.article);
    const ExportFormat *format = findExportFormat(c.format);
    ASSERT_NE(format, nullptr);
    const QList<ExportedFile> files = format->exporter->write(doc.article, doc.annotations);
    ASSERT_EQ(files.size(), format->suffixes.size());
    const QString base = QString(c.article).chopped(4);
    for (qsizetype i = 0; i < files.size(); ++i) {
        ASSERT_EQ(files[i].suffix, format->suffixes[i]);
        const QString expected = exchangeData(QStringLiteral("expected/") + base + files[i].suffix);
        if (qEnvironmentVariableIsSet("LEDE_REGENERATE_REFERENCES")) {
            writeFile(expected, files[i].bytes);
            continue;
        }
        EXPECT_EQ(QString::fromUtf8(files[i].bytes), QString::fromUtf8(readFile(expected)))
            << "differs from " << expected.toStdString() << "; if intended, run regenerate.sh";
    }
}

TEST_P(ExportReference, IsDeterministic)
{
    const Case c = GetParam();
    const ArticleDocument doc = openExchangeArticle(c.article);
    EXPECT_EQ(exportBytes(doc, c.format), exportBytes(doc, c.format));
}

INSTANTIATE_TEST_SUITE_P(
    AllFormats, ExportReference,
    ::testing::ValuesIn([] {
        std::vector<Case> cases;
        for (const QString &article : exchangeArticles())
            for (const ExportFormat &format : exportFormats())
                cases.push_back(Case{article, format.id});
        return cases;
    }()),
    [](const ::testing::TestParamInfo<Case> &info) {
        QString name = info.param.article.chopped(4) + u'_' + info.param.format;
        name.replace(u'-', u'_');
        return name.toStdString();
    });
