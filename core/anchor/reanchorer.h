#pragma once

#include "io/sidecarformat.h"
#include "model/annotationset.h"

#include <QList>
#include <QString>

namespace Lede::Core {

/// How one annotation found its place in the current article.
enum class AnchorOutcome {
    Unchanged, // its stored position still holds its text
    Moved,     // its exact text was found elsewhere (context and distance chose among copies)
    Fuzzy,     // text close to it was found (the article's wording changed)
    Orphaned,  // nothing close enough: kept with its last text, reported to the analyst
};

struct AnchorReport {
    int unchanged = 0;
    int moved = 0;
    int fuzzy = 0;
    int orphaned = 0;
    QStringList movedIds;
    QStringList fuzzyIds;
    QStringList orphanIds;

    int total() const { return unchanged + moved + fuzzy + orphaned; }
};

struct AnchoredAnnotations {
    AnnotationSet annotations;
    AnchorReport report;
};

/// Places a sidecar's annotations in the current text of its article.
///
/// Each annotation is tried, in order: at its stored position, if the text there still equals
/// its quote; at the exact occurrence of its quote that best fits its stored context and
/// position; at the best approximate occurrence (edit distance, scored on quote, prefix and
/// suffix similarity and on distance from the old position, as the Hypothesis annotator
/// does). Below a minimum score it becomes an orphan: kept, never dropped.
class Reanchorer
{
public:
    explicit Reanchorer(const QString &text);

    AnchoredAnnotations anchor(const SidecarData &sidecar) const;

    /// The place of one stored annotation, or nothing when it is an orphan. `hint` is where
    /// it is expected in UTF-16 units of the current text.
    std::optional<std::pair<Span, AnchorOutcome>> place(const TextQuote &quote, Span hint) const;

private:
    struct Candidate {
        Span span;
        double score;
    };
    double contextScore(const TextQuote &quote, Span span) const;
    double positionScore(Span span, Span hint) const;
    std::optional<Candidate> bestExact(const TextQuote &quote, Span hint) const;
    std::optional<Candidate> bestApproximate(const TextQuote &quote, Span hint) const;
    std::optional<Candidate> approximateLong(const TextQuote &quote, Span hint) const;

    QString m_text;
};

} // namespace Lede::Core
