#include "theme/annotationpalette.h"

namespace Lede::Ui {

QColor blend(const QColor &a, const QColor &b, double amount)
{
    const auto mix = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor AnnotationPalette::entityColour(const QString &label) const
{
    return entity.value(label, blend(base, text, 0.15));
}

QPalette AnnotationPalette::widgetPalette(const QPalette &from) const
{
    QPalette p = from;
    const QColor window = dark ? base.lighter(125) : blend(base, QColor(0xe8, 0xea, 0xee), 0.7);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, blend(base, text, 0.05));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::PlaceholderText, dimText);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, dimText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, dimText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, dimText);
    return p;
}

AnnotationPalette lightPalette()
{
    AnnotationPalette p;
    p.name = QStringLiteral("Lede Light");
    p.base = QColor(0xfd, 0xfc, 0xf9);
    p.text = QColor(0x1f, 0x23, 0x28);
    p.dimText = QColor(0x8a, 0x8f, 0x98);
    p.selection = QColor(0xb4, 0xd5, 0xfe);
    p.entity = {{QStringLiteral("PERSON"), QColor(0xff, 0xd8, 0x8a)}, {QStringLiteral("ORG"), QColor(0xa8, 0xd8, 0xff)},
                {QStringLiteral("GPE"), QColor(0xb8, 0xeb, 0xb0)},    {QStringLiteral("LOC"), QColor(0xc5, 0xf0, 0xe4)},
                {QStringLiteral("NORP"), QColor(0xe6, 0xc8, 0xff)},   {QStringLiteral("DATE"), QColor(0xc4, 0xca, 0xd3)}};
    p.quote = QColor(0x1d, 0x5f, 0xc9);
    p.cue = QColor(0x6a, 0x2c, 0x91);
    p.source = QColor(0x00, 0x6d, 0x77);
    p.hedge = QColor(0xa0, 0x5a, 0x00);
    p.loaded = QColor(0xc6, 0x28, 0x28);
    p.claim = QColor(0x7b, 0x61, 0x00);
    p.warning = QColor(0xd3, 0x2f, 0x2f);
    p.focus = QColor(0xe0, 0x4f, 0x00);
    return p;
}

AnnotationPalette darkPalette()
{
    AnnotationPalette p;
    p.name = QStringLiteral("Lede Dark");
    p.dark = true;
    p.base = QColor(0x1e, 0x21, 0x26);
    p.text = QColor(0xdc, 0xdf, 0xe4);
    p.dimText = QColor(0x7f, 0x84, 0x8e);
    p.selection = QColor(0x2f, 0x4f, 0x7f);
    p.entity = {{QStringLiteral("PERSON"), QColor(0x6b, 0x4f, 0x16)}, {QStringLiteral("ORG"), QColor(0x1d, 0x4b, 0x6e)},
                {QStringLiteral("GPE"), QColor(0x2b, 0x55, 0x2a)},    {QStringLiteral("LOC"), QColor(0x1f, 0x50, 0x48)},
                {QStringLiteral("NORP"), QColor(0x52, 0x36, 0x6e)},   {QStringLiteral("DATE"), QColor(0x45, 0x48, 0x4e)}};
    p.quote = QColor(0x6c, 0xa8, 0xff);
    p.cue = QColor(0xc6, 0x9c, 0xf0);
    p.source = QColor(0x4f, 0xd1, 0xc5);
    p.hedge = QColor(0xf0, 0xb3, 0x5a);
    p.loaded = QColor(0xff, 0x7a, 0x72);
    p.claim = QColor(0xe5, 0xc0, 0x7b);
    p.warning = QColor(0xff, 0x5c, 0x5c);
    p.focus = QColor(0xff, 0x9e, 0x40);
    return p;
}

} // namespace Lede::Ui
