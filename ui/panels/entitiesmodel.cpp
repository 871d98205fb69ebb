#include "panels/entitiesmodel.h"

#include "edit/changeset.h"
#include "session/documentsession.h"

#include <QSet>

namespace Lede::Ui {
namespace {

QString entityOf(const Core::Annotation *a)
{
    if (!a || a->layer != Core::Layer::Entity || !a->isActive())
        return {};
    return a->link(QString::fromLatin1(Core::LinkRole::Entity));
}

} // namespace

EntitiesModel::EntitiesModel(DocumentSession *session, QObject *parent)
    : IdRowModel(session, parent)
{
    connect(session, &DocumentSession::changed, this, &EntitiesModel::apply);
    reload();
}

QStringList EntitiesModel::collectIds()
{
    m_mentions.clear();
    QStringList ids;
    for (const Core::Entity &e : session()->annotations().entities())
        ids.append(e.id);
    for (const Core::Annotation &a : session()->annotations().annotations()) {
        const QString entity = entityOf(&a);
        if (!entity.isEmpty())
            ++m_mentions[entity];
    }
    return ids;
}

void EntitiesModel::apply(const Core::ChangeSet &change)
{
    if (reloadIfLarge(change))
        return;
    QSet<QString> touched;
    for (const Core::AnnotationChange &c : change.annotations) {
        const QString before = entityOf(c.before ? &*c.before : nullptr);
        const QString after = entityOf(c.after ? &*c.after : nullptr);
        if (before == after)
            continue;
        if (!before.isEmpty() && --m_mentions[before] <= 0)
            m_mentions.remove(before);
        if (!after.isEmpty())
            ++m_mentions[after];
        touched << before << after;
    }
    for (const Core::EntityChange &c : change.entities)
        touched << (c.after ? c.after->id : c.before->id);
    touched.remove(QString());
    for (const QString &id : touched)
        syncId(id, session()->annotations().findEntity(id) != nullptr);
}

int EntitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntitiesModel::data(const QModelIndex &index, int role) const
{
    const Core::Entity *e = session()->hasDocument() ? session()->annotations().findEntity(idAt(index.row())) : nullptr;
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == Qt::ToolTipRole)
    {
        const QString names = (QStringList{e->name} + e->aliases).join(QStringLiteral(" · "));
        return e->titles.isEmpty() ? names : QString(names + QLatin1Char('\n') + e->titles.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return e->name;
    case Type: return e->type;
    case Mentions: return mentionCount(e->id);
    }
    return {};
}

QVariant EntitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Entity");
    case Type: return tr("Type");
    case Mentions: return tr("Mentions");
    }
    return {};
}

} // namespace Lede::Ui
