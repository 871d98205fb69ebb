#pragma once

#include <QList>
#include <QString>

namespace Lede::Core::Review::Html {

/// Text escaped for HTML/XML content and attribute values.
QString escape(const QString &text);
/// A share as a whole percentage ("42%"); "–" when there is nothing to share.
QString percent(double share, bool any = true);

/// One bar of a horizontal bar chart.
struct Bar {
    QString label;
    double value = 0.0; // 0..1 of the chart's width
    QString valueText;
    QString colour; // "#rrggbb"
};

/// An inline SVG horizontal bar chart: one labelled row per bar. No script, no fonts fetched.
QString barChart(const QList<Bar> &bars, int width = 560);

/// An inline SVG single stacked bar (for instance author voice versus quoted), with a legend.
QString stackedBar(const QList<Bar> &parts, int width = 560);

} // namespace Lede::Core::Review::Html
