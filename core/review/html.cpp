#include "review/html.h"

#include <cmath>

namespace Lede::Core::Review::Html {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            // Control characters other than tab and line ends are not allowed in XML.
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                out += u' ';
            else
                out += c;
        }
    }
    return out;
}

QString percent(double share, bool any)
{
    if (!any)
        return QStringLiteral("–");
    return QString::number(std::lround(share * 100.0)) + u'%';
}

QString barChart(const QList<Bar> &bars, int width)
{
    constexpr int rowHeight = 26;
    constexpr int labelWidth = 200;
    constexpr int valueWidth = 110;
    const int barSpace = width - labelWidth - valueWidth;
    const int height = std::max(1, int(bars.size())) * rowHeight + 4;
    QString svg = QStringLiteral("<svg class=\"chart\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\">")
                      .arg(width)
                      .arg(height);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const int y = int(i) * rowHeight + 2;
        const double length = std::max(0.0, std::min(1.0, bar.value)) * barSpace;
        QString label = bar.label;
        if (label.size() > 27)
            label = label.left(26) + u'…';
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"bar-label\">%3</text>")
                   .arg(labelWidth - 8)
                   .arg(y + 17)
                   .arg(escape(label));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"#eeeeee\"/>")
                   .arg(labelWidth)
                   .arg(y + 3)
                   .arg(barSpace);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"%4\"><title>%5</title></rect>")
                   .arg(labelWidth)
                   .arg(y + 3)
                   .arg(QString::number(length, 'f', 1))
                   .arg(escape(bar.colour))
                   .arg(escape(bar.label + QStringLiteral(": ") + bar.valueText));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"bar-value\">%3</text>")
                   .arg(labelWidth + barSpace + 8)
                   .arg(y + 17)
                   .arg(escape(bar.valueText));
    }
    svg += QLatin1String("</svg>");
    return svg;
}

QString stackedBar(const QList<Bar> &parts, int width)
{
    double total = 0.0;
    for (const Bar &part : parts)
        total += part.value;
    QString svg = QStringLiteral("<svg class=\"chart\" width=\"%1\" height=\"52\" viewBox=\"0 0 %1 52\" role=\"img\">").arg(width);
    double x = 0.0;
    int legendX = 0;
    for (const Bar &part : parts) {
        const double w = total > 0.0 ? part.value / total * width : 0.0;
        if (w > 0.0) {
            svg += QStringLiteral("<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"22\" fill=\"%3\"><title>%4</title></rect>")
                       .arg(QString::number(x, 'f', 1), QString::number(w, 'f', 1), escape(part.colour),
                            escape(part.label + QStringLiteral(": ") + part.valueText));
        }
        x += w;
        svg += QStringLiteral("<rect x=\"%1\" y=\"34\" width=\"12\" height=\"12\" fill=\"%2\"/>")
                   .arg(legendX)
                   .arg(escape(part.colour));
        const QString legend = part.label + QStringLiteral(" ") + part.valueText;
        svg += QStringLiteral("<text x=\"%1\" y=\"45\" class=\"bar-label\">%2</text>")
                   .arg(legendX + 17)
                   .arg(escape(legend));
        legendX += 30 + int(legend.size()) * 7;
    }
    if (total <= 0.0)
        svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"22\" fill=\"#eeeeee\"/>").arg(width);
    svg += QLatin1String("</svg>");
    return svg;
}

} // namespace Lede::Core::Review::Html
