// libFuzzer target: any bytes given to the HTML importer give text with zones inside it, or
// an error; never a crash, a hang or unbounded memory.
#include "import/htmlimporter.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = Lede::Core::HtmlImporter::import(bytes);
    if (!imported)
        return 0;
    for (const auto &zone : imported->zones)
        if (zone.span.start < 0 || zone.span.end > imported->text.size() || zone.span.isEmpty())
            std::abort();
    return 0;
}
