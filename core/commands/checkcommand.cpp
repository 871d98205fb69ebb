#include "commands/checkcommand.h"

#include "commands/commandio.h"
#include "io/articledocument.h"

#include <QMap>

namespace Lede::Core {
namespace {

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

} // namespace

int runCheckCommand(const QStringList &args, QTextStream &out, QTextStream &err)
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

} // namespace Lede::Core
