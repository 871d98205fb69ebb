#pragma once

#include "import/importedarticle.h"
#include "result.h"

#include <QByteArray>

namespace Lede::Pdf {

/// Reads the words of a PDF with poppler and arranges them with Core::PdfLayout. No
/// JavaScript, form action or link in the PDF is acted on; only text is read.
Core::Result<Core::ImportedText> importPdf(const QByteArray &bytes);

/// Makes ArticleReader open PDF files with importPdf(). Call once at start-up.
void registerImporter();

} // namespace Lede::Pdf
