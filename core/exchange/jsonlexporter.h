#pragma once

#include "exchange/exporter.h"

namespace Lede::Core {

/// JSON Lines as doccano and spaCy read them: one article per line,
/// `{"id": file name, "text": ..., "label": [[start, end, "PERSON"], ...], "spans": [...]}`.
/// `label` holds the entity mentions in force (what a named-entity model trains on);
/// `spans` the other layers except zones, labelled `layer:LABEL` (doccano keeps it as
/// metadata, spaCy's span categoriser can use it). Offsets are code points of `text`.
class JsonlExporter : public Exporter
{
public:
    QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const override;
};

} // namespace Lede::Core
