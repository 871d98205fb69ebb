#pragma once

#include <QByteArray>
#include <QString>

namespace Lede::Core {

/// The format of an article file (an ImportFormat name). A PDF signature in the bytes wins;
/// otherwise the file name's suffix decides (.html .htm .xhtml, .md .markdown), and a file
/// with another suffix that starts like an HTML document is HTML. Anything else is text.
QString detectFormat(const QString &path, const QByteArray &bytes);

/// True for an http:// or https:// address given where a file name is expected.
bool isWebAddress(const QString &argument);

} // namespace Lede::Core
