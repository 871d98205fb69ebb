#include "commands/comparecommand.h"

#include "commands/commandio.h"
#include "exchange/agreement.h"
#include "io/sidecarfile.h"
#include "text/articlereader.h"

#include <QDir>
#include <QFileInfo>

namespace Lede::Core {
namespace {

struct Pair {
    QString a, b;
};

/// The article text a sidecar was written for: the given article, or the file the sidecar
/// names, beside either sidecar, whose fingerprint matches.
Result<QString> articleText(const SidecarData &a, const Pair &pair, const QString &given)
{
    QStringList candidates;
    if (!given.isEmpty())
        candidates.append(given);
    for (const QString &sidecar : {pair.a, pair.b})
        candidates.append(QFileInfo(sidecar).dir().filePath(a.articleFileName));
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        const Result<Article> article = ArticleReader::read(path);
        if (article && (article->fingerprint() == a.fingerprint || path == given))
            return article->text;
    }
    return Error{QStringLiteral("%1: the article '%2' it was written for is not beside it; name it with --article")
                     .arg(pair.a, a.articleFileName)};
}

Result<SidecarData> readSidecar(const QString &path)
{
    const auto read = SidecarFile::read(path);
    if (!read)
        return read.error();
    if (!read->has_value())
        return Error{QStringLiteral("%1: no such sidecar").arg(path)};
    return **read;
}

} // namespace

int runCompareCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList paths;
    QString article;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--article")) {
            if (++i >= args.size())
                return usageError(err, QStringLiteral("--article needs the article file"));
            article = args[i];
        } else if (arg.startsWith(u'-')) {
            return usageError(err, QStringLiteral("compare: unknown option '%1'").arg(arg));
        } else {
            paths.append(arg);
        }
    }
    if (paths.size() != 2)
        return usageError(err, QStringLiteral("compare: give two sidecars, or two folders of them"));

    const bool folders = QFileInfo(paths[0]).isDir() && QFileInfo(paths[1]).isDir();
    if (!folders && (QFileInfo(paths[0]).isDir() || QFileInfo(paths[1]).isDir()))
        return usageError(err, QStringLiteral("compare: give two sidecars or two folders, not one of each"));
    if (folders && !article.isEmpty())
        return usageError(err, QStringLiteral("compare: --article is for two sidecars, not folders"));

    QList<Pair> pairs;
    int status = ExitCode::Success;
    if (folders) {
        const QDir a(paths[0]), b(paths[1]);
        const QStringList filter{QStringLiteral("*.lede.json")};
        const QStringList inB = b.entryList(filter, QDir::Files, QDir::Name);
        for (const QString &name : a.entryList(filter, QDir::Files, QDir::Name)) {
            if (inB.contains(name))
                pairs.append(Pair{a.filePath(name), b.filePath(name)});
            else
                err << "lede: " << a.filePath(name) << ": no sidecar of that name in " << paths[1] << "; left out\n";
        }
        if (pairs.isEmpty()) {
            err << "lede: the folders have no sidecars (*.lede.json) in common\n";
            return ExitCode::Failure;
        }
    } else {
        pairs.append(Pair{paths[0], paths[1]});
    }

    AgreementCounter counter;
    for (const Pair &pair : pairs) {
        const Result<SidecarData> a = readSidecar(pair.a), b = readSidecar(pair.b);
        if (!a || !b) {
            err << "lede: " << (a ? b.errorMessage() : a.errorMessage()) << '\n';
            status = ExitCode::Failure;
            continue;
        }
        if (a->fingerprint != b->fingerprint)
            err << "lede: " << pair.a << " and " << pair.b
                << " were written for different versions of the article; offsets are compared as they are\n";
        const Result<QString> text = articleText(*a, pair, article);
        if (!text) {
            err << "lede: " << text.errorMessage() << '\n';
            status = ExitCode::Failure;
            continue;
        }
        counter.addDocument(a->articleFileName, *text, *a, *b);
    }
    const AgreementReport report = counter.report();
    if (json)
        out << QString::fromUtf8(report.toJson());
    else
        out << report.toText();
    return status;
}

} // namespace Lede::Core
