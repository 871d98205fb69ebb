#pragma once

#include "model/annotationset.h"

#include <QList>
#include <QString>

namespace Lede::Core {

/// Something of an imported file that has no place in Lede's model, or in this article.
struct ImportProblem {
    QString where;   // "story.ann:12" or "story.jsonld: items[3]"
    QString message; // what was not mapped and why

    QString toString() const { return where + QStringLiteral(": ") + message; }
};

/// Annotations read from another tool's file and placed in an article.
struct ImportResult {
    AnnotationSet annotations;
    QList<ImportProblem> problems;
    /// Annotations whose offsets did not fit the article and that were found by their text.
    int placedByText = 0;
};

} // namespace Lede::Core
