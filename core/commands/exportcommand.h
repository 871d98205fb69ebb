#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// `lede export ARTICLE --format F [-o OUT]`: writes the article's annotations (its sidecar,
/// or the extractor's suggestions when it has none) in a format another tool reads.
int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Lede::Core
