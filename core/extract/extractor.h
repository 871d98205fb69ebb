#pragma once

#include "model/annotation.h"
#include "model/entity.h"

#include <QList>
#include <QString>

namespace Lede::Core {

/// What the extraction pipeline found in one text: suggested annotations (status Suggested,
/// origin set) and the canonical entities their mentions link to.
///
/// Ids are deterministic: the same text always gives the same ids, so that running the
/// extractor again recognises its earlier suggestions (and the analyst's verdicts on them).
struct ExtractionResult {
    QList<Annotation> annotations;
    QList<Entity> entities;
};

/// Runs the whole extraction pipeline over a text. Thread-safe: one Extractor can serve many
/// threads; it holds only read-only knowledge (lexicons, gazetteers) after construction.
namespace Extraction {
class EntityModel;
}

class Extractor
{
public:
    Extractor();
    /// An extractor whose entity tagger uses @p model instead of the bundled one (the
    /// evaluation's dev runs); @p model must outlive it.
    explicit Extractor(const Extraction::EntityModel &model);
    ~Extractor();
    Extractor(const Extractor &) = delete;
    Extractor &operator=(const Extractor &) = delete;

    ExtractionResult extract(const QString &text) const;

    /// Version of the rules and lexicons; stored in each suggestion's origin.
    static QString version();

private:
    struct Private;
    Private *d;
};

} // namespace Lede::Core
