#pragma once

#include "model/annotation.h"

#include <QString>

#include <optional>

namespace Lede::Core {

/// Lede's label vocabulary per layer, for files from other tools that name a label but not a
/// layer: "PERSON" is an entity, "DIRECT" a quote. Also accepts the common spellings of other
/// tools' entity types (Person, Organization, Location).
std::optional<Layer> layerForLabel(const QString &label);

/// The Lede spelling of a label from another tool ("Organization" -> "ORG"), or the label in
/// upper case when it is already Lede's.
QString normalisedLabel(const QString &label);

/// Lede's own URN for things of one article, e.g. "urn:lede:3f2a…:q12". Import recognises
/// them to keep ids.
QString ledeUrn(const QString &fingerprint, const QString &id);
/// The id inside a Lede URN, or an empty string when `iri` is not one.
QString idFromLedeUrn(const QString &iri);

} // namespace Lede::Core
