// lede export, the batch modes of lede extract, and the GUI's export entry point.
#include "exchangehelpers.h"
#include "io/sidecarfile.h"
#include "qtprinters.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Lede::Core;
using namespace Lede::Test;

namespace {

/// A folder of small articles, one of them not text at all and one with a corrupt sidecar.
QStringList makeCorpus(const QTemporaryDir &dir)
{
    const QString sample = QString::fromUtf8(readFile(sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt"))));
    const QStringList paragraphs = sample.split(QStringLiteral("\n\n"));
    QStringList good;
    for (int i = 0; i < 6; ++i) {
        const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(i));
        writeFile(path, (paragraphs.value(0) + QStringLiteral("\n\n") + paragraphs.value(i + 3)).toUtf8());
        good.append(path);
    }
    writeFile(dir.filePath(QStringLiteral("broken.txt")), QByteArray("\x00\x01\x02 not text \x00", 13));
    writeFile(dir.filePath(QStringLiteral("corrupt.txt")), "A story.\n");
    writeFile(dir.filePath(QStringLiteral("corrupt.txt.lede.json")), "{ corrupt");
    return good;
}

} // namespace

TEST(ExtractBatch, WritesEveryGoodArticleAndReportsTheBrokenOnes)
{
    QTemporaryDir dir;
    const QStringList good = makeCorpus(dir);
    const LedeRun run = lede({QStringLiteral("extract"), QStringLiteral("--write"), QStringLiteral("--threads"),
                              QStringLiteral("2"), dir.path()});
    EXPECT_EQ(run.exitCode, 1) << "a failed file fails the batch, after the others are done";
    for (const QString &path : good) {
        const auto sidecar = SidecarFile::read(SidecarFile::pathFor(path));
        ASSERT_TRUE(sidecar.ok() && sidecar->has_value()) << path.toStdString();
        EXPECT_FALSE((*sidecar)->annotations.isEmpty());
    }
    EXPECT_TRUE(run.err.contains(QStringLiteral("broken.txt"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("corrupt.txt: skipped"))) << run.err.toStdString();
    EXPECT_EQ(readFile(dir.filePath(QStringLiteral("corrupt.txt.lede.json"))), QByteArray("{ corrupt"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("8 articles: 6 done, 2 failed"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u'\r')) << "no progress bar when stderr is not a terminal";
}

TEST(ExtractBatch, JsonlStreamsOneLinePerArticleInInputOrder)
{
    QTemporaryDir dir;
    const QStringList good = makeCorpus(dir);
    const LedeRun run = lede({QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"), dir.path()});
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), good.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        EXPECT_EQ(o[QStringLiteral("id")].toString(), QFileInfo(good[i]).fileName());
        EXPECT_FALSE(o[QStringLiteral("label")].toArray().isEmpty());
    }
    EXPECT_FALSE(QFile::exists(SidecarFile::pathFor(good.first()))) << "streaming writes no sidecar";
}

TEST(ExportCommand, PrintsSingleFileFormatsAndNeedsABaseForTwoFiles)
{
    const QString article = exchangeData(QStringLiteral("brenner.txt"));
    const LedeRun w3c = lede({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("w3c")});
    ASSERT_EQ(w3c.exitCode, 0) << w3c.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(w3c.out.toUtf8())[QStringLiteral("type")].toString(),
              QStringLiteral("AnnotationCollection"));

    const LedeRun brat = lede({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("brat")});
    EXPECT_EQ(brat.exitCode, 2);
    EXPECT_TRUE(brat.err.contains(QStringLiteral("-o BASE")));
    const LedeRun unknown = lede({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("citron"))) << "lists the formats";
}

TEST(ExportCommand, AnArticleWithoutSidecarExportsTheSuggestions)
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("story.txt"));
    QFile::copy(sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")), article);
    const LedeRun run = lede({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("-o"), dir.filePath(QStringLiteral("out.csv"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("no sidecar")));
    EXPECT_GT(readFile(dir.filePath(QStringLiteral("out.quotes.csv"))).count('\n'), 3);
    EXPECT_GT(readFile(dir.filePath(QStringLiteral("out.entities.csv"))).count('\n'), 10);
    EXPECT_FALSE(QFile::exists(SidecarFile::pathFor(article))) << "exporting never writes a sidecar";
}

TEST(ExportDocument, WritesEveryFileAndNeverTheArticleItself)
{
    QTemporaryDir dir;
    const ArticleDocument source = openExchangeArticle(QStringLiteral("brenner.txt"));
    ArticleDocument doc = source;
    doc.article.sourcePath = dir.filePath(QStringLiteral("story.txt"));
    writeFile(doc.article.sourcePath, "original");

    const auto refused = exportDocument(doc, QStringLiteral("brat"), dir.filePath(QStringLiteral("story.ann")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("the article itself")));
    EXPECT_EQ(readFile(doc.article.sourcePath), QByteArray("original"));

    ASSERT_TRUE(exportDocument(doc, QStringLiteral("brat"), dir.filePath(QStringLiteral("export.ann"))).ok());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("export.ann"))));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("export.txt"))));
    EXPECT_FALSE(exportDocument(doc, QStringLiteral("nope"), dir.filePath(QStringLiteral("x"))).ok());

    for (const ExportFormat &format : exportFormats()) {
        EXPECT_FALSE(format.name.isEmpty());
        EXPECT_TRUE(format.fileDialogFilter().contains(QStringLiteral("*.") + format.extension));
        const QString path = dir.filePath(QStringLiteral("all-") + format.id + u'.' + format.extension);
        ASSERT_TRUE(exportDocument(doc, format.id, path).ok()) << format.id.toStdString();
        for (const QString &written : exportPaths(format, path))
            EXPECT_GT(QFileInfo(written).size(), 0) << written.toStdString();
    }
}

TEST(ImportCommand, WritesNothingUnlessAskedAndNeverOverAnExistingSidecarSilently)
{
    QTemporaryDir dir;
    const ArticleDocument source = openExchangeArticle(QStringLiteral("unicode-crlf.txt"));
    const QString article = dir.filePath(QStringLiteral("story.txt"));
    writeFile(article, readFile(source.article.sourcePath));
    const QString w3c = dir.filePath(QStringLiteral("story.jsonld"));
    writeFile(w3c, exportBytes(source, QStringLiteral("w3c")));

    const LedeRun dry = lede({QStringLiteral("import"), w3c, QStringLiteral("--article"), article});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("15 annotations and 5 entities imported"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("nothing written")));
    EXPECT_FALSE(QFile::exists(SidecarFile::pathFor(article)));

    ASSERT_EQ(lede({QStringLiteral("import"), w3c, QStringLiteral("--article"), article, QStringLiteral("--write")}).exitCode, 0);
    const auto reread = ArticleDocument::open(article);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->annotations.sorted(), source.annotations.sorted());

    const LedeRun again = lede({QStringLiteral("import"), w3c, QStringLiteral("--article"), article, QStringLiteral("--write")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--replace"))) << again.err.toStdString();

    const QString other = dir.filePath(QStringLiteral("other.json"));
    writeFile(other, R"({"type": "Annotation", "body": {"purpose": "tagging", "value": "GPE"},
                         "target": {"selector": {"type": "TextQuoteSelector", "exact": "Paris"}}})");
    ASSERT_EQ(lede({QStringLiteral("import"), other, QStringLiteral("--article"), article, QStringLiteral("--write"),
                    QStringLiteral("--replace")}).exitCode, 0);
    const auto replaced = ArticleDocument::open(article);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->annotations.size(), 1);
    EXPECT_TRUE(QFile::exists(SidecarFile::backupPathFor(SidecarFile::pathFor(article)))) << "the old one is kept";

    EXPECT_EQ(lede({QStringLiteral("import"), w3c}).exitCode, 2) << "--article is required";
}
