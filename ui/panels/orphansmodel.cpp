#include "panels/orphansmodel.h"

#include "edit/changeset.h"
#include "session/documentsession.h"

namespace Lede::Ui {

OrphansModel::OrphansModel(DocumentSession *session, QObject *parent)
    : IdRowModel(session, parent)
{
    connect(session, &DocumentSession::changed, this, &OrphansModel::apply);
    reload();
}

QStringList OrphansModel::collectIds()
{
    QStringList ids;
    for (const Core::Annotation &a : session()->annotations().annotations())
        if (a.isOrphan())
            ids.append(a.id);
    return ids;
}

void OrphansModel::apply(const Core::ChangeSet &change)
{
    if (reloadIfLarge(change))
        return;
    for (const Core::AnnotationChange &c : change.annotations) {
        const QString id = c.after ? c.after->id : c.before->id;
        const Core::Annotation *now = session()->annotations().find(id);
        if ((c.before && c.before->isOrphan()) || (now && now->isOrphan()))
            syncId(id, now && now->isOrphan());
    }
}

int OrphansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrphansModel::data(const QModelIndex &index, int role) const
{
    const Core::Annotation *a = session()->hasDocument() ? session()->annotations().find(idAt(index.row())) : nullptr;
    if (!a || !a->orphanedQuote)
        return {};
    if (role == IdRole)
        return a->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind: return QString(Core::layerName(a->layer) + QLatin1Char(' ') + a->label);
    case LastText: return a->orphanedQuote->exact;
    }
    return {};
}

QVariant OrphansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Kind ? tr("Annotation") : tr("Last text");
}

} // namespace Lede::Ui
