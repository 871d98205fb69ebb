#pragma once

#include "import/importedarticle.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Lede::Core::ImportHooks {

/// Two ways of reading articles need more than Qt Core, which is all lede_core links: PDF
/// (poppler-qt6 links Qt Gui) and downloading (Qt Network). They live in their own libraries,
/// lede_pdf and lede_net, which register themselves here when the application starts
/// (Lede::Pdf::registerImporter(), Lede::Net::registerDownloader()). Until then core reports
/// that it cannot read PDFs or addresses, with a clear message.
///
/// Registration is meant for start-up, before any article is opened; reading the hooks is
/// thread-safe.

/// Turns the bytes of a file into text and zones.
struct FormatImporter {
    const char *version = nullptr; // "pdf/1"
    Result<ImportedText> (*import)(const QByteArray &bytes) = nullptr;
};

/// Downloads `url` into `directory` and returns the path of the saved copy.
using Downloader = Result<QString> (*)(const QString &url, const QString &directory);

void setPdfImporter(FormatImporter importer);
FormatImporter pdfImporter();

void setDownloader(Downloader downloader);
Downloader downloader();

} // namespace Lede::Core::ImportHooks
