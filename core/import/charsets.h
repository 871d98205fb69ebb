#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lede::Core::Charsets {

/// Guesses the legacy encoding of bytes that are not UTF-8, with uchardet (Mozilla's
/// detector). Returns a name ICU understands, or an empty string when uchardet has no guess.
QString detect(const QByteArray &bytes);

/// True when ICU has a converter of this name (names and aliases are matched loosely:
/// "latin1", "ISO-8859-1" and "iso88591" are the same).
bool isKnown(const QString &name);

/// ICU's canonical spelling of an encoding name, for messages and the sidecar; the name as
/// given when ICU does not know it.
QString canonicalName(const QString &name);

/// Decodes bytes with ICU. Bytes that have no meaning in the encoding become U+FFFD.
Result<QString> decode(const QByteArray &bytes, const QString &name);

/// The encoding an HTML page declares in its first 1024 bytes (`<meta charset="...">` or the
/// http-equiv form), found the way the HTML standard's prescan does: by looking for
/// "charset=" in a `<meta` tag, not by parsing. Empty when there is none.
QString declaredInHtml(const QByteArray &bytes);

/// The encodings offered when the analyst overrides the guess (File → Reopen with Encoding):
/// Unicode, then the legacy encodings news text is most often found in, by script.
QStringList commonEncodings();

} // namespace Lede::Core::Charsets
