#include "commands/cli.h"

#include "commands/checkcommand.h"
#include "commands/commandio.h"
#include "commands/comparecommand.h"
#include "commands/exportcommand.h"
#include "commands/importcommand.h"
#include "commands/extractcommand.h"
#include "commands/reportcommand.h"
#include "extract/extractor.h"

namespace Lede::Core {
namespace {

const char *const kUsage = R"(Usage:
  lede [ARTICLE]                     open the workbench, optionally on an article
  lede extract ARTICLE [-o FILE]     find entities, quotes, sources, hedges and loaded words;
                                     print the sidecar JSON (or write it to FILE)
  lede extract --write ARTICLE|DIR...
                                     write the sidecar beside each article, in parallel, with
                                     a progress bar on a terminal and a summary at the end
  lede extract --format jsonl ARTICLE|DIR...
                                     stream one JSON line per article (doccano/spaCy shape)
  lede export ARTICLE --format F [-o OUT]
                                     export the annotations: w3c, brat, conll, jsonl, csv, citron
  lede import FILE --article ARTICLE [--write [--replace] | -o OUT]
                                     read a brat .ann or W3C Web Annotation file into a sidecar;
                                     report what cannot be mapped; write only when asked
  lede compare A B [--json] [--article ARTICLE]
                                     agreement of two sidecars (or folders of them): P/R/F1 per
                                     layer and label, Cohen's kappa, disagreements
  lede check ARTICLE...              load each article with its sidecar, place the annotations
                                     again if the article changed, and report
  lede report ARTICLE [-o FILE]      write the attribution and bias review as one HTML file
  lede --help | --version

An ARTICLE is a text file, a saved web page, Markdown, a PDF, or an http(s) address, which
is downloaded and saved first (extract: --save-to DIR, default the current folder);
extract --encoding NAME reads text and pages in that encoding instead of guessing.

With an existing sidecar, extract merges: what the analyst added, accepted or rejected wins.
Exit status: 0 success, 1 failure, 2 wrong usage.
)";

/// Every `lede COMMAND`: one line each; each command lives in its own file.
struct Command {
    const char *name;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};
constexpr Command kCommands[] = {
    {"extract", runExtractCommand},
    {"check", runCheckCommand},
    {"report", runReportCommand},
    {"export", runExportCommand},
    {"import", runImportCommand},
    {"compare", runCompareCommand},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands)
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
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
    } else if (const Command *command = findCommand(first)) {
        outcome.exitCode = command->run(rest, out, err);
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
