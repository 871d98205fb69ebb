#pragma once

#include "model/annotation.h"
#include "theme/annotationpalette.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace Lede::Ui {

/// What each colour and style means, which key tags it, and a switch per layer to show or
/// hide it.
class Legend : public QWidget
{
    Q_OBJECT
public:
    /// `keys` maps "LAYER/LABEL" to the key shown beside the label.
    Legend(const QHash<QString, QString> &keys, QWidget *parent = nullptr);

    void setPalette(const AnnotationPalette &palette);
    void setLayerShown(Core::Layer layer, bool shown);
    bool isLayerShown(Core::Layer layer) const;

Q_SIGNALS:
    void layerToggled(Core::Layer layer, bool shown);

private:
    void rebuild();

    QHash<QString, QString> m_keys;
    AnnotationPalette m_palette;
    QHash<Core::Layer, QCheckBox *> m_boxes;
    QHash<Core::Layer, bool> m_shown;
    QGridLayout *m_grid;
};

} // namespace Lede::Ui
