#include "import/importhooks.h"

#include <atomic>

namespace Lede::Core::ImportHooks {
namespace {

// Function pointers to code in the application's other libraries; no ownership, no state.
std::atomic<const char *> g_pdfVersion{nullptr};
std::atomic<Result<ImportedText> (*)(const QByteArray &)> g_pdfImport{nullptr};
std::atomic<Downloader> g_downloader{nullptr};

} // namespace

void setPdfImporter(FormatImporter importer)
{
    g_pdfVersion = importer.version;
    g_pdfImport = importer.import;
}

FormatImporter pdfImporter()
{
    return FormatImporter{g_pdfVersion.load(), g_pdfImport.load()};
}

void setDownloader(Downloader downloader)
{
    g_downloader = downloader;
}

Downloader downloader()
{
    return g_downloader.load();
}

} // namespace Lede::Core::ImportHooks
