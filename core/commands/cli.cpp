#include "commands/cli.h"

#include "extract/extractor.h"
#include "io/articledocument.h"
#include "io/sidecarfile.h"
#include "io/sidecarformat.h"
#include "model/merge.h"

#include <QFile>
#include <QMap>
#include <QSaveFile>

namespace Lede::Core {
namespace {

const char *const kUsage = R"(Usage:
  lede [ARTICLE]                     open the workbench, optionally on an article
  lede extract ARTICLE [-o FILE]     find entities, quotes, sources, hedges and loaded words;
                                     print the sidecar JSON (or write it to FILE)
  lede extract --write ARTICLE...    write the sidecar beside each article
  lede check ARTICLE...              load each article with its sidecar, place the annotations
                                     again if the article changed, and report
  lede --help | --version

With an existing sidecar, extract merges: what the analyst added, accepted or rejected wins.
Exit status: 0 success, 1 failure, 2 wrong usage.
)";

int usageError(QTextStream &err, const QString &message)
{
    err << "lede: " << message << "\nTry 'lede --help'.\n";
    return ExitCode::Usage;
}

/// The annotations `extract` writes for a document: the fresh extraction merged into what
/// the document already has.
AnnotationSet extractInto(const ArticleDocument &document, const Extractor &extractor)
{
    return mergeExtraction(document.annotations, extractor.extract(document.article.text));
}

int runExtract(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList articles;
    QString outputPath;
    bool write = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--write")) {
            write = true;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("%1 needs a file name").arg(arg));
            outputPath = args[i];
        } else if (arg.startsWith(u'-') && arg != QLatin1String("-")) {
            return usageError(err, QStringLiteral("extract: unknown option '%1'").arg(arg));
        } else {
            articles.append(arg);
        }
    }
    if (articles.isEmpty())
        return usageError(err, QStringLiteral("extract: no article given"));
    if (write && !outputPath.isEmpty())
        return usageError(err, QStringLiteral("extract: give either --write or -o, not both"));
    if (!write && articles.size() > 1)
        return usageError(err, QStringLiteral("extract: several articles need --write"));

    const Extractor extractor;
    int status = ExitCode::Success;
    for (const QString &path : articles) {
        Result<ArticleDocument> opened = ArticleDocument::open(path);
        if (!opened) {
            err << "lede: " << opened.errorMessage() << '\n';
            status = ExitCode::Failure;
            continue;
        }
        ArticleDocument &document = opened.value();
        if (!document.sidecarProblem.isEmpty()) {
            err << "lede: " << document.sidecarProblem << "\nlede: " << path
                << ": skipped; the sidecar was left unchanged\n";
            status = ExitCode::Failure;
            continue;
        }
        document.annotations = extractInto(document, extractor);
        if (write) {
            if (const auto saved = document.save(); !saved) {
                err << "lede: " << saved.errorMessage() << '\n';
                status = ExitCode::Failure;
                continue;
            }
            err << document.sidecarPath() << ": " << document.annotations.size() << " annotations\n";
        } else if (!outputPath.isEmpty()) {
            QSaveFile file(outputPath);
            const QByteArray bytes = writeSidecar(document.article, document.annotations);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                err << "lede: " << outputPath << ": cannot be written (" << file.errorString() << ")\n";
                status = ExitCode::Failure;
            }
        } else {
            out << QString::fromUtf8(writeSidecar(document.article, document.annotations));
        }
    }
    return status;
}

void printCounts(const AnnotationSet &annotations, QTextStream &out)
{
    // layer -> status -> count, in the order the enums declare them.
    QMap<int, QMap<int, int>> counts;
    for (const Annotation &a : annotations.annotations())
        ++counts[int(a.layer)][int(a.status)];
    for (auto layer = counts.cbegin(); layer != counts.cend(); ++layer) {
        out << "  " << layerName(Layer(layer.key())).leftJustified(8) << ':';
        for (auto status = layer->cbegin(); status != layer->cend(); ++status)
            out << ' ' << status.value() << ' ' << statusName(Status(status.key()));
        out << '\n';
    }
}

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usageError(err, QStringLiteral("check: no article given"));
    for (const QString &arg : args)
        if (arg.startsWith(u'-'))
            return usageError(err, QStringLiteral("check: unknown option '%1'").arg(arg));

    int status = ExitCode::Success;
    for (const QString &path : args) {
        const Result<ArticleDocument> opened = ArticleDocument::open(path);
        if (!opened) {
            err << "lede: " << opened.errorMessage() << '\n';
            status = ExitCode::Failure;
            continue;
        }
        const ArticleDocument &document = opened.value();
        out << path << '\n';
        if (!document.sidecarProblem.isEmpty()) {
            out << "  problem: " << document.sidecarProblem << '\n';
            status = ExitCode::Failure;
            continue;
        }
        if (!document.hadSidecar) {
            out << "  problem: no sidecar (" << document.sidecarPath() << "); run 'lede extract --write'\n";
            status = ExitCode::Failure;
            continue;
        }
        const AnchorReport &report = document.anchorReport;
        out << "  " << document.annotations.size() << " annotations, "
            << document.annotations.entities().size() << " entities\n";
        printCounts(document.annotations, out);
        if (document.reanchored)
            out << "  the article changed since the sidecar was saved; re-anchored: "
                << report.unchanged << " in place, " << report.moved << " moved, " << report.fuzzy
                << " matched approximately, " << report.orphaned << " orphaned\n";
        for (const QString &id : report.fuzzyIds) {
            const Annotation *a = document.annotations.find(id);
            out << "  approximate: " << id << " (" << layerName(a->layer) << ' ' << a->label
                << ") now \"" << document.article.text.mid(a->span.start, a->span.length()).left(60) << "\"\n";
        }
        for (const QString &id : report.orphanIds) {
            const Annotation *a = document.annotations.find(id);
            out << "  orphan: " << id << " (" << layerName(a->layer) << ' ' << a->label << ") \""
                << a->orphanedQuote->exact.left(60) << "\"\n";
        }
        if (report.orphaned > 0)
            status = ExitCode::Failure;
    }
    return status;
}

} // namespace

CommandLineOutcome runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLineOutcome outcome;
    if (arguments.isEmpty()) {
        outcome.startGui = true;
        return outcome;
    }
    const QString &first = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << kUsage;
    } else if (first == QLatin1String("--version")) {
        out << "lede " << LEDE_VERSION << " (extractor " << Extractor::version() << ")\n";
    } else if (first == QLatin1String("extract")) {
        outcome.exitCode = runExtract(rest, out, err);
    } else if (first == QLatin1String("check")) {
        outcome.exitCode = runCheck(rest, out, err);
    } else if (first.startsWith(u'-')) {
        outcome.exitCode = usageError(err, QStringLiteral("unknown option '%1'").arg(first));
    } else if (arguments.size() == 1) {
        outcome.startGui = true;
        outcome.articleForGui = first;
    } else {
        outcome.exitCode = usageError(err, QStringLiteral("unknown command '%1'").arg(first));
    }
    return outcome;
}

} // namespace Lede::Core
