#include "panels/legend.h"

#include "edit/vocabulary.h"
#include "theme/annotationstyle.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

namespace Lede::Ui {
namespace {

/// The format as inline CSS, so that a QLabel shows a sample the way the editor draws it.
QString swatch(const QTextCharFormat &f, const QString &text, const AnnotationPalette &palette)
{
    QStringList css{QStringLiteral("padding:1px 3px"), QStringLiteral("color:%1").arg(palette.text.name())};
    if (f.hasProperty(QTextFormat::BackgroundBrush))
        css << QStringLiteral("background-color:%1").arg(f.background().color().name());
    if (f.hasProperty(QTextFormat::ForegroundBrush))
        css << QStringLiteral("color:%1").arg(f.foreground().color().name());
    if (f.hasProperty(QTextFormat::FontWeight) && f.fontWeight() >= QFont::DemiBold)
        css << QStringLiteral("font-weight:bold");
    if (f.fontItalic())
        css << QStringLiteral("font-style:italic");
    if (f.fontUnderline() || f.underlineStyle() != QTextCharFormat::NoUnderline)
        css << QStringLiteral("text-decoration:underline");
    return QStringLiteral("<span style=\"%1\">%2</span>").arg(css.join(QLatin1Char(';')), text.toHtmlEscaped());
}

/// A claim's margin bar as the legend shows it: a solid (accepted) or dashed (suggested) bar
/// in its colour beside the text.
QString barSwatch(const ClaimBarStyle &style, const QString &text, const AnnotationPalette &palette)
{
    return QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2</span>&nbsp;<span style=\"color:%3\">%4</span>")
        .arg(style.colour.name(), style.dashed ? QStringLiteral("\u2506") : QStringLiteral("\u258C"), palette.text.name(),
             text.toHtmlEscaped());
}

QString layerTitle(Core::Layer layer)
{
    switch (layer) {
    case Core::Layer::Entity: return Legend::tr("Entities");
    case Core::Layer::Quote: return Legend::tr("Quotes");
    case Core::Layer::Cue: return Legend::tr("Cues");
    case Core::Layer::Source: return Legend::tr("Sources");
    case Core::Layer::Hedge: return Legend::tr("Hedges");
    case Core::Layer::Loaded: return Legend::tr("Loaded wording");
    case Core::Layer::Zone: return Legend::tr("Zones");
    case Core::Layer::Claim: return Legend::tr("Claims");
    }
    return {};
}

} // namespace

Legend::Legend(const QHash<QString, QString> &keys, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_palette(lightPalette())
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(8, 6, 8, 6);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(2);
    for (const Core::Layer layer : Core::reviewLayers())
        m_shown.insert(layer, true);
    rebuild();
}

void Legend::setPalette(const AnnotationPalette &palette)
{
    m_palette = palette;
    rebuild();
}

void Legend::setLayerShown(Core::Layer layer, bool shown)
{
    m_shown.insert(layer, shown);
    if (QCheckBox *box = m_boxes.value(layer))
        box->setChecked(shown);
}

bool Legend::isLayerShown(Core::Layer layer) const
{
    return m_shown.value(layer, true);
}

void Legend::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
    int row = 0;
    for (const Core::Layer layer : Core::reviewLayers()) {
        auto *box = new QCheckBox(layerTitle(layer), this);
        box->setChecked(isLayerShown(layer));
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        connect(box, &QCheckBox::toggled, this, [this, layer](bool on) {
            m_shown.insert(layer, on);
            Q_EMIT layerToggled(layer, on);
        });
        m_boxes.insert(layer, box);
        m_grid->addWidget(box, row++, 0, 1, 3);
        for (const QString &label : Core::labelsOf(layer)) {
            if (layer == Core::Layer::Zone && label == QLatin1String("BODY"))
                continue;
            const QString key = m_keys.value(Core::layerName(layer) + QLatin1Char('/') + label);
            const bool claim = layer == Core::Layer::Claim;
            auto *accepted = new QLabel(claim ? barSwatch(claimBarStyle(m_palette, Core::Status::Accepted, false), label, m_palette)
                                              : swatch(annotationFormat(m_palette, layer, label, Core::Status::Accepted), label, m_palette),
                                        this);
            auto *suggested = new QLabel(
                claim ? barSwatch(claimBarStyle(m_palette, Core::Status::Suggested, false), tr("suggested"), m_palette)
                      : swatch(annotationFormat(m_palette, layer, label, Core::Status::Suggested), tr("suggested"), m_palette),
                this);
            auto *keyLabel = new QLabel(key.isEmpty() ? QString() : QStringLiteral("<kbd>%1</kbd>").arg(key), this);
            keyLabel->setForegroundRole(QPalette::PlaceholderText);
            m_grid->addWidget(accepted, row, 0);
            m_grid->addWidget(suggested, row, 1);
            m_grid->addWidget(keyLabel, row, 2);
            ++row;
        }
        if (layer == Core::Layer::Claim) {
            // Claims are bars in the margin left of the text; accusations the author makes
            // with nothing backing them in the warning colour.
            auto *flagged = new QLabel(barSwatch(claimBarStyle(m_palette, Core::Status::Accepted, true), tr("unbacked accusation"), m_palette), this);
            flagged->setToolTip(tr("An accusation in the author's own voice with no speaker, source, outlet or hedge behind it"));
            m_grid->addWidget(flagged, row++, 0, 1, 3);
            auto *where = new QLabel(tr("drawn in the margin; click a bar to select the claim"), this);
            where->setForegroundRole(QPalette::PlaceholderText);
            where->setWordWrap(true);
            m_grid->addWidget(where, row++, 0, 1, 3);
        }
    }
    m_grid->setRowStretch(row, 1);
}

} // namespace Lede::Ui
