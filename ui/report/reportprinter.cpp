#include "report/reportprinter.h"

#include "review/reportwriter.h"

#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace Lede::Ui {

namespace {

// Charts are drawn at twice their CSS size so that they stay sharp in the PDF.
constexpr int kChartScale = 2;
// The widest a chart may be on an A4 page with the margins below, in CSS pixels.
constexpr int kPrintableWidth = 640;

QImage drawChart(const QString &svg)
{
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return {};
    const QSize size = renderer.defaultSize();
    if (size.isEmpty())
        return {};
    QImage image(size * kChartScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

} // namespace

QString inlineChartsAsImages(const QString &reportHtml, QTextDocument *textDocument)
{
    // The report writer is ours and writes each chart as one well-formed <svg>…</svg> element
    // with no nested <svg>, so finding the elements by their tags is exact here.
    static const QString open = QStringLiteral("<svg");
    static const QString close = QStringLiteral("</svg>");
    QString html;
    html.reserve(reportHtml.size());
    qsizetype from = 0;
    int chart = 0;
    while (true) {
        const qsizetype start = reportHtml.indexOf(open, from);
        const qsizetype end = start < 0 ? -1 : reportHtml.indexOf(close, start);
        if (end < 0) {
            html += QStringView(reportHtml).mid(from);
            return html;
        }
        html += QStringView(reportHtml).mid(from, start - from);
        const qsizetype after = end + close.size();
        const QImage image = drawChart(reportHtml.mid(start, after - start));
        if (!image.isNull()) {
            const QUrl name(QStringLiteral("lede-chart:%1").arg(++chart));
            textDocument->addResource(QTextDocument::ImageResource, name, image);
            // A block of its own: an inline picture would share its line with what follows.
            int width = image.width() / kChartScale;
            int height = image.height() / kChartScale;
            if (width > kPrintableWidth) {
                height = height * kPrintableWidth / width;
                width = kPrintableWidth;
            }
            html += QStringLiteral("<div><img src=\"%1\" width=\"%2\" height=\"%3\"></div>")
                        .arg(name.toString())
                        .arg(width)
                        .arg(height);
        }
        from = after;
    }
}

Core::VoidResult printReportToPdf(const Core::ArticleDocument &document, const QString &path)
{
    QTextDocument text;
    QString html = inlineChartsAsImages(QString::fromUtf8(Core::Review::writeReport(document)), &text);
    // QTextDocument takes a table's width from its attribute only, not from the CSS.
    html.replace(QStringLiteral("<table>"), QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"));
    text.setHtml(html);
    // The report's screen background would fill every page: paper stays white, as in the
    // report's own print style, which QTextDocument does not apply (it ignores @media).
    QTextFrameFormat page = text.rootFrame()->frameFormat();
    page.setBackground(Qt::white);
    text.rootFrame()->setFrameFormat(page);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        // The report's sizes are CSS pixels; at the CSS resolution they keep their proportions
        // (text stays vector graphics and the charts keep their doubled resolution).
        pdf.setResolution(96);
        pdf.setCreator(QStringLiteral("Lede"));
        pdf.setTitle(QStringLiteral("Lede review of %1").arg(QFileInfo(document.article.sourcePath).fileName()));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        text.print(&pdf);
    }
    if (!file.commit())
        return Core::Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return Core::Done{};
}

} // namespace Lede::Ui
