#pragma once

#include "exchange/exporter.h"

namespace Lede::Core {

/// W3C Web Annotation Data Model, JSON-LD: an AnnotationCollection whose page holds one
/// annotation per span (TextQuoteSelector and TextPositionSelector in code points; bodies for
/// layer, label, review status, canonical entity and note) and one `linking` annotation per
/// link (quote to speaker, quote to cue, ...). Lede's own details (origin, attributes,
/// canonical entities) travel in `lede:` extension properties so that import loses nothing.
/// Mapping: docs/formats.md.
class W3cExporter : public Exporter
{
public:
    QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const override;
};

namespace W3c {
inline constexpr auto Context = "http://www.w3.org/ns/anno.jsonld";
inline constexpr auto LedeNamespace = "urn:lede:ns:";
} // namespace W3c

} // namespace Lede::Core
