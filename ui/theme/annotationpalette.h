#pragma once

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QString>

namespace Lede::Ui {

/// The colours the editor and the legend draw annotations with. Built-in light and dark
/// palettes exist; with KSyntaxHighlighting, ThemeCatalog derives one from each of its themes.
struct AnnotationPalette {
    QString name;
    bool dark = false;
    QColor base;       // editor background
    QColor text;       // normal text
    QColor dimText;    // boilerplate, credits, captions
    QColor selection;  // selected text background
    QHash<QString, QColor> entity; // background by entity label
    QColor quote;
    QColor cue;
    QColor source;
    QColor hedge;
    QColor loaded;
    QColor claim;      // the claim bars in the editor's margin
    QColor warning;    // the bar of an unbacked accusation in the author's voice
    QColor focus;      // outline of the mentions of a selected entity

    QColor entityColour(const QString &label) const;
    /// A widget palette matching the editor colours, for the whole window.
    QPalette widgetPalette(const QPalette &from) const;
};

AnnotationPalette lightPalette();
AnnotationPalette darkPalette();

/// `a` mixed with `b`; amount 0 gives a, 1 gives b.
QColor blend(const QColor &a, const QColor &b, double amount);

} // namespace Lede::Ui
