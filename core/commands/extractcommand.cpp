#include "commands/extractcommand.h"

#include "commands/commandio.h"
#include "extract/extractor.h"
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
    return mergeExtraction(document.annotations, extractor.extract(document.article.text));
}

} // namespace

int runExtractCommand(const QStringList &args, QTextStream &out, QTextStream &err)
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

} // namespace Lede::Core
