#pragma once

#include "exchange/exporter.h"

namespace Lede::Core {

/// The JSON document format of BBC's Citron quote attribution tools:
/// `{"text", "quotes": [{"id", "cue", "sources", "contents"}], "coreference_groups"}`, each
/// span `{"start", "end", "text"}` in code points (Python string indices).
///
/// A quote in force with a cue becomes a Citron quote (its speaker mention as source). Citron
/// requires a cue, so a quote without one joins, as a further content, the nearest earlier
/// cued quote of the same speaker (a quotation continued after "he said"); one nested in a
/// content already written is left out, and any other cue-less quote has no Citron form.
/// Mention groups of two or more become coreference groups.
class CitronExporter : public Exporter
{
public:
    QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const override;
};

} // namespace Lede::Core
