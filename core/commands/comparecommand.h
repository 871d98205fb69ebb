#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// `lede compare A B [--json] [--article ARTICLE]`: agreement between two sidecars of the same
/// article, or two folders of them (paired by file name): per layer and label precision,
/// recall and F1 (exact and overlapping spans), Cohen's kappa over token labels, and the list
/// of disagreements. A is the reference.
int runCompareCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Lede::Core
