#include "commands/extractcommand.h"

#include "commands/commandio.h"
#include "exchange/batchrunner.h"
#include "exchange/jsonlexporter.h"
#include "exchange/progressbar.h"
#include "extract/extractor.h"
#include "import/importarguments.h"
#include "io/articledocument.h"
#include "io/sidecarformat.h"
#include "model/merge.h"

#include <QSaveFile>

namespace Lede::Core {
namespace {

/// The annotations `extract` writes for a document: the fresh extraction merged into what
/// the document already has.
AnnotationSet extractInto(const ArticleDocument &document, const Extractor &extractor)
{
    return mergeExtraction(document.annotations, document.extract(extractor));
}

enum class Output { Sidecar, Jsonl };

/// Extracts one article; what a batch does per file, on any thread.
BatchItemResult extractOne(const QString &path, const Extractor &extractor, bool write, Output format,
                           const ImportOptions &importOptions)
{
    Result<ArticleDocument> opened = ArticleDocument::open(path, importOptions);
    if (!opened)
        return BatchItemResult{false, opened.errorMessage(), {}};
    ArticleDocument &document = opened.value();
    if (!document.sidecarProblem.isEmpty())
        return BatchItemResult{false, document.sidecarProblem + QStringLiteral("\nlede: ") + path
                                          + QStringLiteral(": skipped; the sidecar was left unchanged"), {}};
    document.annotations = extractInto(document, extractor);
    BatchItemResult result;
    if (write) {
        if (const auto saved = document.save(); !saved)
            return BatchItemResult{false, saved.errorMessage(), {}};
        result.message = QStringLiteral("%1: %2 annotations").arg(document.sidecarPath()).arg(document.annotations.size());
    }
    if (format == Output::Jsonl)
        result.output = JsonlExporter().write(document.article, document.annotations).first().bytes;
    else if (!write)
        result.output = document.sidecarBytes();
    return result;
}

} // namespace

int runExtractCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList arguments;
    QString outputPath;
    bool write = false;
    Output format = Output::Sidecar;
    int threads = 0;
    ImportOptions importOptions;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (const OptionTaken taken = takeImportOption(args, i, importOptions); taken != OptionTaken::No) {
            if (taken == OptionTaken::MissingValue)
                return usageError(err, QStringLiteral("%1 needs a value").arg(arg));
        } else if (arg == QLatin1String("--write")) {
            write = true;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("%1 needs a file name").arg(arg));
            outputPath = args[i];
        } else if (arg == QLatin1String("--format")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("--format needs 'sidecar' or 'jsonl'"));
            if (args[i] == QLatin1String("jsonl"))
                format = Output::Jsonl;
            else if (args[i] != QLatin1String("sidecar"))
                return usageError(err, QStringLiteral("extract: unknown format '%1' (sidecar or jsonl)").arg(args[i]));
        } else if (arg == QLatin1String("--threads")) {
            bool ok = false;
            threads = ++i < args.size() ? args[i].toInt(&ok) : 0;
            if (!ok || threads < 1)
                return usageError(err, QStringLiteral("--threads needs a number of 1 or more"));
        } else if (arg.startsWith(u'-') && arg != QLatin1String("-")) {
            return usageError(err, QStringLiteral("extract: unknown option '%1'").arg(arg));
        } else {
            arguments.append(arg);
        }
    }
    if (arguments.isEmpty())
        return usageError(err, QStringLiteral("extract: no article given"));
    if (write && !outputPath.isEmpty())
        return usageError(err, QStringLiteral("extract: give either --write or -o, not both"));
    const Result<QStringList> local = downloadWebAddresses(arguments, importOptions);
    if (!local) {
        err << "lede: " << local.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    const QStringList articles = expandArticlePaths(local.value());
    const bool batch = write || format == Output::Jsonl;
    if (!batch && (articles.size() != 1 || arguments.size() != 1))
        return usageError(err, QStringLiteral("extract: several articles need --write or --format jsonl"));
    if (articles.isEmpty()) {
        err << "lede: " << arguments.join(QStringLiteral(", ")) << ": no article files found\n";
        return ExitCode::Failure;
    }

    const Extractor extractor;
    if (!batch) {
        const BatchItemResult result = extractOne(articles.first(), extractor, false, format, importOptions);
        if (!result.ok) {
            err << "lede: " << result.message << '\n';
            return ExitCode::Failure;
        }
        if (outputPath.isEmpty()) {
            out << QString::fromUtf8(result.output);
            return ExitCode::Success;
        }
        QSaveFile file(outputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.output) != result.output.size() || !file.commit()) {
            err << "lede: " << outputPath << ": cannot be written (" << file.errorString() << ")\n";
            return ExitCode::Failure;
        }
        return ExitCode::Success;
    }

    // A batch: every core works, results arrive in input order, errors do not stop it.
    const bool single = articles.size() == 1;
    ProgressBar progress(err, int(articles.size()), !single && ProgressBar::isTerminal(err));
    int done = 0, failed = 0;
    const auto deliver = [&](qsizetype, const QString &, const BatchItemResult &result) {
        ++done;
        if (!result.ok) {
            ++failed;
            progress.clear();
            err << "lede: " << result.message << '\n';
        } else if (single && !result.message.isEmpty()) {
            err << result.message << '\n';
        }
        if (!result.output.isEmpty()) {
            out << QString::fromUtf8(result.output);
            out.flush();
        }
        progress.update(done, failed);
    };
    BatchRunner::run(articles, [&](const QString &path) { return extractOne(path, extractor, write, format, importOptions); },
                     deliver, threads);
    progress.clear();
    if (!single) {
        const double seconds = progress.elapsedMs() / 1000.0;
        err << "lede: " << articles.size() << " articles: " << (done - failed) << " done, " << failed << " failed, in "
            << QString::number(seconds, 'f', 1) << " s ("
            << QString::number(seconds > 0 ? (done / seconds) : 0.0, 'f', 1) << " articles/s)\n";
    }
    return failed > 0 ? ExitCode::Failure : ExitCode::Success;
}

} // namespace Lede::Core
