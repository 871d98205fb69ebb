#include "commands/cli.h"
#include "io/sidecarfile.h"
#include "qtprinters.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Lede::Core;

namespace {

struct LedeRun {
    int exitCode;
    QString out;
    QString err;
};

LedeRun lede(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const CommandLineOutcome outcome = runCommandLine(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    EXPECT_FALSE(outcome.startGui);
    return LedeRun{outcome.exitCode, out, err};
}

QString copySample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.txt"));
    EXPECT_TRUE(QFile::copy(Lede::Test::sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")), path));
    return path;
}

} // namespace

TEST(CommandLine, HelpVersionAndUsageErrors)
{
    EXPECT_EQ(lede({QStringLiteral("--help")}).exitCode, 0);
    EXPECT_TRUE(lede({QStringLiteral("--help")}).out.contains(QStringLiteral("lede extract")));
    EXPECT_TRUE(lede({QStringLiteral("--version")}).out.startsWith(QStringLiteral("lede " LEDE_VERSION)));
    const LedeRun bad = lede({QStringLiteral("--frobnicate")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("unknown option")));
    EXPECT_EQ(lede({QStringLiteral("extract")}).exitCode, 2);
    EXPECT_EQ(lede({QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(lede({QStringLiteral("extract"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
}

TEST(CommandLine, NoCommandStartsTheGui)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const auto outcome = runCommandLine({QStringLiteral("article.txt")}, o, e);
    EXPECT_TRUE(outcome.startGui);
    EXPECT_EQ(outcome.articleForGui, QStringLiteral("article.txt"));
}

TEST(CommandLine, ExtractPrintsAValidSidecar)
{
    QTemporaryDir dir;
    const QString article = copySample(dir);
    const LedeRun run = lede({QStringLiteral("extract"), article});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto parsed = parseSidecar(run.out.toUtf8(), QStringLiteral("stdout"));
    ASSERT_TRUE(parsed.ok()) << parsed.errorMessage().toStdString();
    EXPECT_FALSE(parsed->annotations.isEmpty());
    EXPECT_FALSE(QFile::exists(SidecarFile::pathFor(article))) << "printing must not write a sidecar";
}

TEST(CommandLine, ExtractWriteMergesWithTheAnalystsDecisions)
{
    QTemporaryDir dir;
    const QString article = copySample(dir);
    ASSERT_EQ(lede({QStringLiteral("extract"), QStringLiteral("--write"), article}).exitCode, 0);
    const QString sidecar = SidecarFile::pathFor(article);

    // The analyst rejects the first suggestion.
    QFile file(sidecar);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray annotations = root[QStringLiteral("annotations")].toArray();
    ASSERT_FALSE(annotations.isEmpty());
    QJsonObject first = annotations[0].toObject();
    const QString rejectedId = first[QStringLiteral("id")].toString();
    first[QStringLiteral("status")] = QStringLiteral("rejected");
    annotations[0] = first;
    root[QStringLiteral("annotations")] = annotations;
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    ASSERT_EQ(lede({QStringLiteral("extract"), QStringLiteral("--write"), article}).exitCode, 0);
    const auto read = SidecarFile::read(sidecar);
    ASSERT_TRUE(read.ok());
    int found = 0;
    for (const StoredAnnotation &stored : (*read)->annotations) {
        if (stored.annotation.id == rejectedId) {
            ++found;
            EXPECT_EQ(stored.annotation.status, Status::Rejected);
        }
    }
    EXPECT_EQ(found, 1);
}

TEST(CommandLine, ExtractRefusesToOverwriteACorruptSidecar)
{
    QTemporaryDir dir;
    const QString article = copySample(dir);
    QFile file(SidecarFile::pathFor(article));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ corrupt");
    file.close();
    const LedeRun run = lede({QStringLiteral("extract"), QStringLiteral("--write"), article});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not valid JSON")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("{ corrupt"));
}

TEST(CommandLine, CheckReportsReanchoringAndOrphans)
{
    QTemporaryDir dir;
    const QString article = copySample(dir);
    EXPECT_EQ(lede({QStringLiteral("check"), article}).exitCode, 1) << "no sidecar yet";
    ASSERT_EQ(lede({QStringLiteral("extract"), QStringLiteral("--write"), article}).exitCode, 0);
    const LedeRun clean = lede({QStringLiteral("check"), article});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString();
    EXPECT_FALSE(clean.out.contains(QStringLiteral("re-anchored")));

    // Edit the article: a line added on top, and the whole "Opposition leader" paragraph gone.
    QFile file(article);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const int from = int(text.indexOf(QStringLiteral("Opposition leader")));
    ASSERT_GE(from, 0);
    const int to = int(text.indexOf(QStringLiteral("\n\n"), from));
    text.remove(from, to + 2 - from);
    text.prepend(QStringLiteral("Correction appended.\n\n"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();

    const LedeRun edited = lede({QStringLiteral("check"), article});
    EXPECT_EQ(edited.exitCode, 1);
    EXPECT_TRUE(edited.out.contains(QStringLiteral("re-anchored"))) << edited.out.toStdString();
    EXPECT_TRUE(edited.out.contains(QStringLiteral("orphan: "))) << edited.out.toStdString();
    EXPECT_TRUE(edited.out.contains(QStringLiteral("moved"))) << edited.out.toStdString();
}
