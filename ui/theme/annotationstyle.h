#pragma once

#include "model/annotation.h"
#include "theme/annotationpalette.h"

#include <QTextCharFormat>

namespace Lede::Ui {

/// The character format of one annotation, holding only the properties it sets, so that
/// QTextCharFormat::merge() lays it over the formats of the spans it is nested in: entities
/// by background, quotes by underline (dashed while suggested), cues bold, sources and loaded
/// words by colour, hedges italic, zones dimmed; claims have none (they are drawn in the
/// margin). Unreviewed suggestions are paler than accepted annotations.
QTextCharFormat annotationFormat(const AnnotationPalette &palette, const Core::Annotation &annotation);

/// How the editor's margin draws a claim: a bar in the claim colour, paler and dashed while
/// suggested, in the warning colour for an unbacked accusation in the author's voice.
struct ClaimBarStyle {
    QColor colour;
    bool dashed = false;
};
ClaimBarStyle claimBarStyle(const AnnotationPalette &palette, Core::Status status, bool unbackedAccusation);

/// The same for a layer and label as the legend shows them.
QTextCharFormat annotationFormat(const AnnotationPalette &palette, Core::Layer layer, const QString &label,
                                 Core::Status status);

} // namespace Lede::Ui
