#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// `lede report ARTICLE [-o FILE]`: writes the attribution and bias review of an article as
/// one self-contained HTML file (to standard output without -o). Uses the article's sidecar;
/// an article without one is reviewed on the extractor's suggestions, and says so.
int runReportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Lede::Core
