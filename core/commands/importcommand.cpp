#include "commands/importcommand.h"

#include "commands/commandio.h"
#include "exchange/bratimporter.h"
#include "exchange/exportformats.h"
#include "exchange/w3cimporter.h"
#include "io/articledocument.h"
#include "io/sidecarfile.h"
#include "io/sidecarformat.h"
#include "text/articlereader.h"

#include <QFile>
#include <QFileInfo>

namespace Lede::Core {
namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString())};
    return file.readAll();
}

Result<ImportResult> importFile(const QString &path, const Article &article)
{
    const Result<QByteArray> bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    const QString name = QFileInfo(path).fileName();
    if (!path.endsWith(QLatin1String(".ann")))
        return W3cImporter::import(*bytes, article, name);

    std::optional<QString> source;
    const QString textPath = path.left(path.size() - 4) + QStringLiteral(".txt");
    if (QFileInfo::exists(textPath)) {
        const Result<QByteArray> textBytes = readAll(textPath);
        if (!textBytes)
            return textBytes.error();
        const Result<DecodedText> decoded = decodeText(*textBytes);
        if (!decoded)
            return Error{QStringLiteral("%1: %2").arg(textPath, decoded.errorMessage())};
        source = decoded->text;
    }
    return BratImporter::import(QString::fromUtf8(*bytes), source, article, name);
}

} // namespace

int runImportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file, article, outputPath;
    bool write = false, replace = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--article") || arg == QLatin1String("-a")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("--article needs the article file"));
            article = args[i];
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("%1 needs a file name").arg(arg));
            outputPath = args[i];
        } else if (arg == QLatin1String("--write")) {
            write = true;
        } else if (arg == QLatin1String("--replace")) {
            replace = true;
        } else if (arg.startsWith(u'-')) {
            return usageError(err, QStringLiteral("import: unknown option '%1'").arg(arg));
        } else if (file.isEmpty()) {
            file = arg;
        } else {
            return usageError(err, QStringLiteral("import: one file at a time"));
        }
    }
    if (file.isEmpty())
        return usageError(err, QStringLiteral("import: no file given (a brat .ann or a W3C .jsonld/.json)"));
    if (article.isEmpty())
        return usageError(err, QStringLiteral("import: say which article the annotations belong to with --article"));
    if (write && !outputPath.isEmpty())
        return usageError(err, QStringLiteral("import: give either --write or -o, not both"));

    Result<ArticleDocument> opened = ArticleDocument::open(article);
    if (!opened) {
        err << "lede: " << opened.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    ArticleDocument &document = opened.value();
    const Result<ImportResult> imported = importFile(file, document.article);
    if (!imported) {
        err << "lede: " << imported.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    for (const ImportProblem &problem : imported->problems)
        out << problem.toString() << '\n';
    out << file << ": " << imported->annotations.size() << " annotations and " << imported->annotations.entities().size()
        << " entities imported";
    if (imported->placedByText > 0)
        out << " (" << imported->placedByText << " found by their text, not their offsets)";
    out << "; " << imported->problems.size() << " problems\n";

    if (write) {
        if (!document.sidecarProblem.isEmpty()) {
            err << "lede: " << document.sidecarProblem << "\nlede: the sidecar that cannot be read was left "
                << "unchanged; move it away to import\n";
            return ExitCode::Failure;
        }
        if (document.hadSidecar && !replace) {
            err << "lede: " << document.sidecarPath() << " already exists; add --replace to overwrite it "
                << "(the old one is kept as .bak)\n";
            return ExitCode::Failure;
        }
        document.annotations = imported->annotations;
        document.sidecarProblem.clear();
        if (const auto saved = SidecarFile::write(document.sidecarPath(), writeSidecar(document.article, document.annotations));
            !saved) {
            err << "lede: " << saved.errorMessage() << '\n';
            return ExitCode::Failure;
        }
        out << "written to " << document.sidecarPath() << '\n';
    } else if (!outputPath.isEmpty()) {
        if (const auto written = writeFileAtomically(outputPath, writeSidecar(document.article, imported->annotations));
            !written) {
            err << "lede: " << written.errorMessage() << '\n';
            return ExitCode::Failure;
        }
        out << "written to " << outputPath << '\n';
    } else {
        out << "nothing written; add --write to save the sidecar beside the article, or -o FILE\n";
    }
    return ExitCode::Success;
}

} // namespace Lede::Core
