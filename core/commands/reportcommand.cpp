#include "commands/reportcommand.h"

#include "commands/commandio.h"
#include "commands/openarticle.h"
#include "extract/extractor.h"
#include "io/articledocument.h"
#include "review/reportwriter.h"

#include <QSaveFile>

namespace Lede::Core {

int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString article;
    QString outputPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("%1 needs a file name").arg(arg));
            outputPath = args[i];
        } else if (arg.startsWith(u'-')) {
            return usageError(err, QStringLiteral("report: unknown option '%1'").arg(arg));
        } else if (!article.isEmpty()) {
            return usageError(err, QStringLiteral("report: give one article"));
        } else {
            article = arg;
        }
    }
    if (article.isEmpty())
        return usageError(err, QStringLiteral("report: no article given"));

    // Reviewing fresh suggestions over an unreadable sidecar would hide the analyst's work.
    std::optional<ArticleDocument> opened = openForReading(article, err, QStringLiteral("the report shows unreviewed suggestions"));
    if (!opened)
        return ExitCode::Failure;
    const ArticleDocument &document = *opened;
    const QByteArray html = Review::writeReport(document);
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        out << QString::fromUtf8(html);
        return ExitCode::Success;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        err << "lede: " << outputPath << ": cannot be written (" << file.errorString() << ")\n";
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace Lede::Core
