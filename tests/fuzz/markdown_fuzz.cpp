// libFuzzer target: any text given to the Markdown importer gives text with zones inside it,
// or an error; never a crash or a hang.
#include "import/markdownimporter.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = Lede::Core::MarkdownImporter::import(text);
    if (!imported)
        return 0;
    for (const auto &zone : imported->zones)
        if (zone.span.start < 0 || zone.span.end > imported->text.size() || zone.span.isEmpty())
            std::abort();
    return 0;
}
