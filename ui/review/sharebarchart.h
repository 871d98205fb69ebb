#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

namespace Lede::Ui {

/// A horizontal bar chart painted by hand (no Qt Charts): one labelled bar per entry, the
/// share as its length. Clicking a bar emits the annotation ids behind it.
class ShareBarChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar {
        QString label;
        double share = 0.0; // 0..1
        QString valueText;
        QColor colour;
        QStringList ids;
    };

    explicit ShareBarChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    /// The bar under a point, or -1.
    int barAt(QPoint point) const;
    QRect barRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barActivated(const QStringList &ids);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;

    QList<Bar> m_bars;
};

} // namespace Lede::Ui
