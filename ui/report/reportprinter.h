#pragma once

#include "io/articledocument.h"
#include "result.h"

#include <QString>

class QTextDocument;

namespace Lede::Ui {

/// Prints the review report of a document to a PDF file: the same HTML that `lede report`
/// and File → Export Report write, laid out on A4 pages by Qt's rich-text engine, so that no
/// browser is needed. QTextDocument cannot draw inline SVG, so each chart of the report is
/// drawn by Qt SVG into an image first. Writes atomically: a failed print leaves any earlier
/// file at `path` as it was.
Core::VoidResult printReportToPdf(const Core::ArticleDocument &document, const QString &path);

/// The report's HTML with every inline `<svg>` chart replaced by an `<img>` that refers to a
/// picture added to `textDocument` as a resource. Exposed for tests.
QString inlineChartsAsImages(const QString &reportHtml, QTextDocument *textDocument);

} // namespace Lede::Ui
