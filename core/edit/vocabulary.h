#pragma once

#include "model/annotation.h"

#include <QStringList>

namespace Lede::Core {

/// The labels each layer uses, in the order menus and the inspector list them.
QStringList labelsOf(Layer layer);

/// Every layer an analyst works with, in the order the legend shows them.
QList<Layer> reviewLayers();

} // namespace Lede::Core
