#include "theme/annotationstyle.h"

namespace Lede::Ui {

QTextCharFormat annotationFormat(const AnnotationPalette &palette, Core::Layer layer, const QString &label,
                                 Core::Status status)
{
    using Core::Layer;
    const bool suggested = status == Core::Status::Suggested;
    // Suggestions are drawn at part strength: visible, but clearly not yet decided.
    const auto strength = [&](const QColor &c, double suggestedAmount) {
        return suggested ? blend(palette.base, c, suggestedAmount) : c;
    };
    QTextCharFormat f;
    switch (layer) {
    case Layer::Entity:
        f.setBackground(strength(palette.entityColour(label), 0.5));
        if (!suggested)
            f.setForeground(palette.text);
        break;
    case Layer::Quote:
        f.setFontUnderline(true);
        f.setUnderlineStyle(label == QLatin1String("SCARE") ? QTextCharFormat::DotLine
                            : suggested                    ? QTextCharFormat::DashUnderline
                                                           : QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(strength(palette.quote, 0.75));
        if (label != QLatin1String("INDIRECT"))
            f.setBackground(blend(palette.base, palette.quote, suggested ? 0.05 : 0.10));
        break;
    case Layer::Cue:
        f.setFontWeight(QFont::Bold);
        f.setForeground(strength(palette.cue, 0.7));
        break;
    case Layer::Source:
        f.setForeground(strength(palette.source, 0.7));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Layer::Hedge:
        f.setFontItalic(true);
        f.setForeground(strength(palette.hedge, 0.7));
        break;
    case Layer::Loaded:
        f.setForeground(strength(palette.loaded, 0.7));
        if (label == QLatin1String("INTENSIFIER"))
            f.setFontItalic(true);
        else
            f.setFontWeight(QFont::DemiBold);
        break;
    case Layer::Zone:
        if (label == QLatin1String("HEADLINE")) {
            f.setFontWeight(QFont::Bold);
        } else if (label == QLatin1String("BOILERPLATE") || label == QLatin1String("CREDIT")
                   || label == QLatin1String("CAPTION") || label == QLatin1String("BYLINE")
                   || label == QLatin1String("DATELINE")) {
            f.setForeground(palette.dimText);
        } else if (label == QLatin1String("STANDFIRST")) {
            f.setFontItalic(true);
        }
        break;
    case Layer::Claim:
        // Claims are whole sentences: any text style would cover most of the body and fight
        // the quotes' underline and the entities' backgrounds. They are drawn as bars in the
        // editor's margin instead (claimBarStyle()).
        break;
    }
    return f;
}

ClaimBarStyle claimBarStyle(const AnnotationPalette &palette, Core::Status status, bool unbackedAccusation)
{
    const bool suggested = status == Core::Status::Suggested;
    const QColor colour = unbackedAccusation ? palette.warning : palette.claim;
    return {suggested ? blend(palette.base, colour, 0.55) : colour, suggested};
}

QTextCharFormat annotationFormat(const AnnotationPalette &palette, const Core::Annotation &annotation)
{
    return annotationFormat(palette, annotation.layer, annotation.label, annotation.status);
}

} // namespace Lede::Ui
