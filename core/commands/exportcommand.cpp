#include "commands/exportcommand.h"

#include "commands/commandio.h"
#include "commands/openarticle.h"
#include "exchange/exportformats.h"
#include "extract/extractor.h"
#include "io/articledocument.h"

namespace Lede::Core {
namespace {

QString formatList()
{
    QStringList lines;
    for (const ExportFormat &f : exportFormats())
        lines.append(QStringLiteral("  %1  %2").arg(f.id, -7).arg(f.name));
    return lines.join(u'\n');
}

} // namespace

int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString article, format, outputPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--format") || arg == QLatin1String("-f")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("export: --format needs one of:\n") + formatList());
            format = args[i];
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("%1 needs a file name").arg(arg));
            outputPath = args[i];
        } else if (arg.startsWith(u'-')) {
            return usageError(err, QStringLiteral("export: unknown option '%1'").arg(arg));
        } else if (article.isEmpty()) {
            article = arg;
        } else {
            return usageError(err, QStringLiteral("export: one article at a time"));
        }
    }
    if (article.isEmpty())
        return usageError(err, QStringLiteral("export: no article given"));
    const ExportFormat *found = findExportFormat(format);
    if (!found)
        return usageError(err, (format.isEmpty() ? QStringLiteral("export: --format is needed; one of:\n")
                                                 : QStringLiteral("export: unknown format '%1'; one of:\n").arg(format))
                                   + formatList());
    if (found->isMultiFile() && outputPath.isEmpty())
        return usageError(err, QStringLiteral("export: %1 writes %2 files (%3); name them with -o BASE")
                                   .arg(found->id).arg(found->suffixes.size()).arg(found->suffixes.join(QStringLiteral(", "))));

    std::optional<ArticleDocument> opened = openForReading(article, err, QStringLiteral("exporting the extractor's suggestions"),
                                                           QStringLiteral("nothing exported"));
    if (!opened)
        return ExitCode::Failure;
    const ArticleDocument &document = *opened;

    if (outputPath.isEmpty()) {
        out << QString::fromUtf8(found->exporter->write(document.article, document.annotations).first().bytes);
        return ExitCode::Success;
    }
    if (const auto written = exportDocument(document, found->id, outputPath); !written) {
        err << "lede: " << written.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    for (const QString &path : exportPaths(*found, outputPath))
        err << path << '\n';
    return ExitCode::Success;
}

} // namespace Lede::Core
