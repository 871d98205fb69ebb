#include "import/importarguments.h"

#include "import/articleformat.h"
#include "import/charsets.h"
#include "import/importhooks.h"

namespace Lede::Core {

OptionTaken takeImportOption(const QStringList &args, qsizetype &i, ImportOptions &options)
{
    const QString &arg = args[i];
    QString *target = nullptr;
    if (arg == QLatin1String("--encoding"))
        target = &options.encoding;
    else if (arg == QLatin1String("--save-to"))
        target = &options.saveDirectory;
    if (!target)
        return OptionTaken::No;
    if (i + 1 >= args.size())
        return OptionTaken::MissingValue;
    *target = args[++i];
    return OptionTaken::Yes;
}

Result<QStringList> downloadWebAddresses(const QStringList &arguments, const ImportOptions &options)
{
    if (!options.encoding.isEmpty() && !Charsets::isKnown(options.encoding))
        return Error{QStringLiteral("--encoding: '%1' is not an encoding Lede knows").arg(options.encoding)};
    QStringList out;
    for (const QString &argument : arguments) {
        if (!isWebAddress(argument)) {
            out.append(argument);
            continue;
        }
        const ImportHooks::Downloader download = ImportHooks::downloader();
        if (!download)
            return Error{QStringLiteral("%1: this program cannot download pages; save the page in a "
                                        "browser and open the saved file").arg(argument)};
        Result<QString> saved = download(argument, options.saveDirectory);
        if (!saved)
            return saved.error();
        out.append(saved.value());
    }
    return out;
}

} // namespace Lede::Core
