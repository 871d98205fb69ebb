#pragma once

#include "import/importedarticle.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Lede::Core {

/// One word on a PDF page as the PDF library reports it, in points from the top left.
struct PdfWord {
    QString text;
    QRectF box;
};

struct PdfPage {
    QSizeF size;
    QList<PdfWord> words;
};

/// Turns the words of a PDF's pages into an article's text: in reading order, with
/// hyphenated words joined again and running headers, footers and page numbers left out.
///
/// Pure geometry, independent of the PDF library, so that it is tested with made-up pages.
/// Reading order comes from a recursive XY cut (Nagy and Seth): a page region is split at
/// its widest vertical gutter into columns, or at an outstanding horizontal gap into bands,
/// until only lines remain; regions are read top to bottom, columns left to right.
/// A running header or footer is a line near the top or bottom edge whose text, with digits
/// ignored, recurs on other pages, or that is only a page number.
class PdfLayout
{
public:
    static QString version() { return QStringLiteral("pdf/1"); }
    static ImportedText arrange(const QList<PdfPage> &pages);
};

} // namespace Lede::Core
