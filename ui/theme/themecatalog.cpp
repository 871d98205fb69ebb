#include "theme/themecatalog.h"

#ifdef LEDE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Lede::Ui {

#ifdef LEDE_HAVE_KSYNTAXHIGHLIGHTING
namespace {

namespace KSH = KSyntaxHighlighting;

QColor textColour(const KSH::Theme &theme, KSH::Theme::TextStyle style, const QColor &fallback)
{
    const QRgb rgb = theme.textColor(style);
    return rgb ? QColor::fromRgb(rgb) : fallback;
}

QColor editorColour(const KSH::Theme &theme, KSH::Theme::EditorColorRole role, const QColor &fallback)
{
    const QRgb rgb = theme.editorColor(role);
    return rgb ? QColor::fromRgb(rgb) : fallback;
}

/// A palette in the colours of a KSyntaxHighlighting theme. Entity backgrounds are theme text
/// colours mixed into the background, so that text stays readable on them in dark themes too.
AnnotationPalette paletteFromTheme(const KSH::Theme &theme)
{
    const QColor background = editorColour(theme, KSH::Theme::BackgroundColor, QColor(Qt::white));
    const bool dark = background.lightness() < 128;
    AnnotationPalette p = dark ? darkPalette() : lightPalette();
    p.name = theme.name();
    p.base = background;
    p.text = textColour(theme, KSH::Theme::Normal, p.text);
    p.selection = editorColour(theme, KSH::Theme::TextSelection, p.selection);
    p.dimText = textColour(theme, KSH::Theme::Comment, p.dimText);
    p.quote = textColour(theme, KSH::Theme::String, p.quote);
    p.cue = textColour(theme, KSH::Theme::Keyword, p.cue);
    p.source = textColour(theme, KSH::Theme::Function, p.source);
    p.hedge = textColour(theme, KSH::Theme::Warning, p.hedge);
    p.loaded = textColour(theme, KSH::Theme::Alert, p.loaded);
    p.claim = textColour(theme, KSH::Theme::Constant, p.claim);
    p.warning = textColour(theme, KSH::Theme::Error, p.warning);
    p.focus = editorColour(theme, KSH::Theme::SearchHighlight, p.focus);
    const double amount = dark ? 0.35 : 0.30;
    const auto tint = [&](KSH::Theme::TextStyle style, const QString &label) {
        p.entity.insert(label, blend(background, textColour(theme, style, p.entityColour(label)), amount));
    };
    tint(KSH::Theme::DataType, QStringLiteral("PERSON"));
    tint(KSH::Theme::Function, QStringLiteral("ORG"));
    tint(KSH::Theme::String, QStringLiteral("GPE"));
    tint(KSH::Theme::Variable, QStringLiteral("LOC"));
    tint(KSH::Theme::Keyword, QStringLiteral("NORP"));
    tint(KSH::Theme::Comment, QStringLiteral("DATE"));
    return p;
}

} // namespace
#endif

struct ThemeCatalog::Private {
    QList<AnnotationPalette> palettes;
};

ThemeCatalog::ThemeCatalog() : d(std::make_unique<Private>())
{
    d->palettes = {lightPalette(), darkPalette()};
#ifdef LEDE_HAVE_KSYNTAXHIGHLIGHTING
    // The repository is only needed while reading the themes; palettes are plain values.
    const KSH::Repository repository;
    for (const KSH::Theme &theme : repository.themes())
        if (theme.isValid())
            d->palettes.append(paletteFromTheme(theme));
#endif
}

ThemeCatalog::~ThemeCatalog() = default;

QStringList ThemeCatalog::names() const
{
    QStringList out;
    for (const AnnotationPalette &p : d->palettes)
        out.append(p.name);
    return out;
}

AnnotationPalette ThemeCatalog::palette(const QString &name) const
{
    for (const AnnotationPalette &p : d->palettes)
        if (p.name == name)
            return p;
    return d->palettes.first();
}

QString ThemeCatalog::defaultName()
{
    return lightPalette().name;
}

} // namespace Lede::Ui
