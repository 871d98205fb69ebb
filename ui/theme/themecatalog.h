#pragma once

#include "theme/annotationpalette.h"

#include <QStringList>

#include <memory>

namespace Lede::Ui {

/// The themes the View menu offers: the built-in light and dark palettes and, when Lede is
/// built with KSyntaxHighlighting, every theme of its repository, turned into annotation
/// palettes (base and text colours from the theme's editor colours, layer colours from its
/// text styles).
class ThemeCatalog
{
public:
    ThemeCatalog();
    ~ThemeCatalog();
    ThemeCatalog(const ThemeCatalog &) = delete;
    ThemeCatalog &operator=(const ThemeCatalog &) = delete;

    QStringList names() const;
    /// The palette of a theme; the light palette for an unknown name.
    AnnotationPalette palette(const QString &name) const;
    static QString defaultName();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Lede::Ui
