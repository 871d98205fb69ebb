#pragma once

#include "exchange/exporter.h"

#include <QStringList>

namespace Lede::Core {

/// Two RFC 4180 tables that spreadsheet programs open as they are: `.quotes.csv` (speaker,
/// canonical speaker, cue, kind, text, start, end, status, id) and `.entities.csv` (type,
/// text, canonical name, start, end, status, id, entity id). UTF-8 with a byte-order mark
/// (without it Excel guesses a legacy code page), CR LF row ends, fields quoted when they hold
/// a comma, a quote or a line break. Offsets are code points; rejected suggestions left out.
class CsvExporter : public Exporter
{
public:
    QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const override;
};

namespace Csv {
/// One RFC 4180 record, with its CR LF.
QString record(const QStringList &fields);
} // namespace Csv

} // namespace Lede::Core
