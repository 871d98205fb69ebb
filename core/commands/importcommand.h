#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// `lede import FILE --article ARTICLE [--write [--replace] | -o OUT]`: reads a brat `.ann`
/// or a W3C Web Annotation file into a Lede sidecar of ARTICLE. Reports, line by line, what
/// could not be mapped; writes nothing unless asked.
int runImportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Lede::Core
