#pragma once

#include <QString>
#include <QStringView>

namespace Lede::Core {

/// The character(s) an HTML character reference stands for: "&amp;" → "&", "&#8217;" → "’",
/// "&eacute;" → "é". Named references are resolved with gumbo's table of the HTML standard's
/// entities; an unknown reference is returned unchanged, as browsers show it.
QString decodeCharacterReference(QStringView reference);

} // namespace Lede::Core
