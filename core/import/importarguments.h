#pragma once

#include "import/importedarticle.h"
#include "result.h"

#include <QStringList>

namespace Lede::Core {

/// The command-line side of reading articles, shared by the commands that open them:
///   --encoding NAME   read text and HTML files in this encoding instead of guessing
///   --save-to DIR     where pages downloaded from an address are saved (default: here)
enum class OptionTaken { No, Yes, MissingValue };

/// When args[i] is one of the options above, stores its value (args[i + 1]) in `options`
/// and advances `i` past it.
OptionTaken takeImportOption(const QStringList &args, qsizetype &i, ImportOptions &options);

/// Downloads every http(s) address among `arguments` into `options.saveDirectory` and puts
/// the saved file's path in its place, before the articles are opened (in parallel, perhaps,
/// where downloading could not start its own event loop).
Result<QStringList> downloadWebAddresses(const QStringList &arguments, const ImportOptions &options);

} // namespace Lede::Core
