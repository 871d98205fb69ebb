#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// `lede extract ARTICLE... [-o FILE | --write]`: runs the extractor without a display, merging
/// with an existing sidecar so that the analyst's decisions win.
int runExtractCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Lede::Core
