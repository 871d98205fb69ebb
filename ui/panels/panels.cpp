#include "panels/panels.h"

#include "panels/claimsmodel.h"
#include "panels/entitiesmodel.h"
#include "panels/orphansmodel.h"
#include "panels/quotesmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lede::Ui {
namespace {

/// Sorting by type keeps each type's entities together, by name within it: the grouping.
class EntityProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == EntitiesModel::Type) {
            const auto key = [this](const QModelIndex &i) {
                return std::pair(sourceModel()->index(i.row(), EntitiesModel::Type).data().toString(),
                                 sourceModel()->index(i.row(), EntitiesModel::Name).data().toString().toLower());
            };
            return key(left) < key(right);
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

/// Sorts claims by the column's sort key, then by their place in the article.
class ClaimProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(ClaimsModel::SortRole);
        const QVariant b = right.data(ClaimsModel::SortRole);
        if (a != b)
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return left.data(ClaimsModel::PositionRole).toInt() < right.data(ClaimsModel::PositionRole).toInt();
    }
};

} // namespace

EntitiesPanel::EntitiesPanel(DocumentSession *session, QWidget *parent)
    : TablePanel(new EntitiesModel(session), new EntityProxy, tr("Filter entities"), parent)
    , m_model(static_cast<EntitiesModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    view()->sortByColumn(EntitiesModel::Type, Qt::AscendingOrder);
    view()->header()->setSectionResizeMode(EntitiesModel::Name, QHeaderView::Stretch);
    view()->header()->setStretchLastSection(false);
    view()->header()->setSectionResizeMode(EntitiesModel::Type, QHeaderView::ResizeToContents);
    view()->header()->setSectionResizeMode(EntitiesModel::Mentions, QHeaderView::ResizeToContents);
}

QuotesPanel::QuotesPanel(DocumentSession *session, QWidget *parent)
    : TablePanel(new QuotesModel(session), new QSortFilterProxyModel, tr("Filter quotes"), parent)
    , m_model(static_cast<QuotesModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    // Document order, as the model lists them.
    view()->setSortingEnabled(false);
    proxy()->sort(-1);
    view()->header()->setSectionsClickable(true);
    view()->setColumnWidth(QuotesModel::Speaker, 120);
    view()->setColumnWidth(QuotesModel::Cue, 70);
    view()->setColumnWidth(QuotesModel::Kind, 70);
    view()->setColumnWidth(QuotesModel::Status, 80);
}

ClaimsPanel::ClaimsPanel(DocumentSession *session, QWidget *parent)
    : TablePanel(new ClaimsModel(session), new ClaimProxy, tr("Filter claims"), parent)
    , m_model(static_cast<ClaimsModel *>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    proxy()->setSortRole(ClaimsModel::SortRole);
    view()->sortByColumn(ClaimsModel::Flag, Qt::AscendingOrder);
    view()->setColumnWidth(ClaimsModel::Kind, 90);
    view()->setColumnWidth(ClaimsModel::Holder, 130);
    view()->setColumnWidth(ClaimsModel::Backing, 75);
    view()->setColumnWidth(ClaimsModel::Checkworthiness, 95);
    view()->setColumnWidth(ClaimsModel::Flag, 165);
    view()->setColumnWidth(ClaimsModel::Status, 75);
}

OrphansPanel::OrphansPanel(DocumentSession *session, QWidget *parent)
    : TablePanel(new OrphansModel(session), new QSortFilterProxyModel, tr("Filter orphans"), parent)
    , m_model(static_cast<OrphansModel *>(proxy()->sourceModel()))
    , m_place(new QPushButton(tr("Place at the selection"), this))
{
    m_model->setParent(this);
    auto *hint = new QLabel(tr("The article changed and these could not be found again. Select where one "
                               "belongs in the text, pick it here and place it."),
                            this);
    hint->setWordWrap(true);
    panelLayout()->insertWidget(0, hint);
    panelLayout()->addWidget(m_place);
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT placeRequested(currentId());
    });
}

} // namespace Lede::Ui
