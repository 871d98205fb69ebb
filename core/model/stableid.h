#pragma once

#include <QByteArrayView>
#include <QString>

namespace Lede::Core {

/// @p prefix and the first ten hex digits of the SHA-1 of @p key: the ids of extracted
/// annotations, entities and claims. A sidecar's verdicts are matched to a later extraction's
/// suggestions by these ids, so the scheme must never change.
QString stableId(char16_t prefix, QByteArrayView key);

} // namespace Lede::Core
