#pragma once

#include "model/annotationset.h"
#include "model/article.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lede::Core {

/// One file an export produces: its name is the export's base name plus `suffix`.
struct ExportedFile {
    QString suffix; // e.g. ".ann"
    QByteArray bytes;

    friend bool operator==(const ExportedFile &, const ExportedFile &) = default;
};

/// Writes an article's annotations in a format another tool reads.
///
/// An exporter is a pure function of the article and its annotations: it maps what is there
/// and never re-derives annotations (no extraction, no guessing of speakers). Offsets in every
/// output count Unicode code points, converted through CodePointMap. The first file is the
/// main one (what a single-file format prints to standard output).
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const = 0;
};

} // namespace Lede::Core
