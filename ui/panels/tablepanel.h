#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QVBoxLayout;

namespace Lede::Ui {

class IdRowModel;

/// A side panel: a filter field over a sortable table of an IdRowModel. Reports the id of the
/// row the analyst picks.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    /// `proxy` may be a subclass with its own sorting; the panel takes ownership.
    TablePanel(IdRowModel *model, QSortFilterProxyModel *proxy, const QString &filterHint, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QVBoxLayout *panelLayout() const { return m_layout; }
    /// The id of the picked row, or empty.
    QString currentId() const;
    /// Picks the row of an id without reporting it (following the editor).
    void showId(const QString &id);

Q_SIGNALS:
    void picked(const QString &id);
    /// Enter or a double click on a row.
    void activated(const QString &id);

private:
    IdRowModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QVBoxLayout *m_layout;
    bool m_following = false;
};

} // namespace Lede::Ui
