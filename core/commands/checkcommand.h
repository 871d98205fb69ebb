#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// `lede check ARTICLE...`: loads each article with its sidecar, re-anchors, and reports counts
/// per layer and status, orphans and problems. Exit status 1 when something is wrong.
int runCheckCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Lede::Core
