#pragma once

#include "extract/extractor.h"

#include <QString>

namespace Lede::Test {

/// A readable, stable dump of an extraction: one line per annotation in document order
/// (layer, label, UTF-16 range, text, rule, links shown by the text they point to,
/// attributes), then the canonical entities. Reference files hold this dump, so that a change
/// of behaviour shows as a plain text diff.
QString printExtraction(const QString &text, const Core::ExtractionResult &result);

} // namespace Lede::Test
