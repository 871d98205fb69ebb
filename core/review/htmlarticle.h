#pragma once

#include "model/annotationset.h"
#include "review/review.h"

#include <QString>

namespace Lede::Core::Review::Html {

/// The article as HTML paragraphs (one per line of text, classed by zone), with quotes in
/// their speaker's colour, cues, sources, hedges and loaded words as nested <span>s. Where
/// annotations cross without nesting, the inner span is closed and opened again, so the
/// markup stays well-formed.
QString highlightedArticle(const AnnotationSet &annotations, const QString &text, const VoiceStats &voices,
                           const ReportingVerbs &verbs = ReportingVerbs::bundled());

/// The CSS classes highlightedArticle() uses, with the speaker colours.
QString articleCss();

} // namespace Lede::Core::Review::Html
