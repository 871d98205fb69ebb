#pragma once

#include "extract/extractor.h"
#include "model/annotationset.h"

namespace Lede::Core {

/// Combines an article's existing annotations with a fresh extraction, so that running the
/// extractor again never undoes the analyst's work:
/// - every decision of the analyst (accepted, rejected, added) and every orphan is kept;
/// - fresh suggestions replace the old unreviewed ones, except old ones that a kept
///   annotation links to;
/// - a fresh suggestion is dropped when a decision already covers the same layer and span
///   (a rejected suggestion is never suggested again, a retyped one not in its old type), and
///   links to it are redirected to that decision.
AnnotationSet mergeExtraction(const AnnotationSet &existing, const ExtractionResult &fresh);

} // namespace Lede::Core
