#pragma once

#include "exchange/exporter.h"

#include <QString>

namespace Lede::Core {

/// brat standoff: the article as `.txt` (line breaks written as LF, because brat reads text
/// with universal newlines and counts CR LF as one character) and an `.ann` with
///   T lines for spans (type = the entity label, or Layer-LABEL for other layers; a span
///     crossing a line break is written as fragments, as brat itself does),
///   R lines for links (speaker, cue, quote, outlet), `*` Equiv lines for the mentions of
///   one entity, A lines for review status and voice, and # AnnotatorNotes for everything
///   else Lede knows (its ids, origins, attributes, canonical entities), as `key=value`.
/// Offsets are code points of the `.txt`. Mapping: docs/formats.md.
class BratExporter : public Exporter
{
public:
    QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const override;
};

namespace Brat {
/// The brat type of a Lede annotation, and back.
QString typeOf(Layer layer, const QString &label);
/// Characters that cannot be inside a brat text field: a span is cut into fragments there.
bool breaksFragment(QChar c);
/// Notes are single lines: backslash, line breaks and tabs are escaped.
QString escapeNote(const QString &value);
QString unescapeNote(const QString &value);
} // namespace Brat

} // namespace Lede::Core
