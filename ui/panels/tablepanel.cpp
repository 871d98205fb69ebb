#include "panels/tablepanel.h"

#include "panels/idrowmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lede::Ui {

TablePanel::TablePanel(IdRowModel *model, QSortFilterProxyModel *proxy, const QString &filterHint, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_layout(new QVBoxLayout(this))
{
    m_proxy->setParent(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(filterHint);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_following && current.isValid())
            Q_EMIT picked(current.data(IdRowModel::IdRole).toString());
    });
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.data(IdRowModel::IdRole).toString()); });

    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_filter);
    m_layout->addWidget(m_view);
}

QString TablePanel::currentId() const
{
    return m_view->currentIndex().data(IdRowModel::IdRole).toString();
}

void TablePanel::showId(const QString &id)
{
    const QScopedValueRollback guard(m_following, true);
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace Lede::Ui
