#include "panels/quotesmodel.h"

#include "edit/changeset.h"
#include "session/documentsession.h"

#include <algorithm>

namespace Lede::Ui {
namespace {

bool isListedQuote(const Core::Annotation *a)
{
    return a && a->layer == Core::Layer::Quote && a->isActive();
}

} // namespace

QuotesModel::QuotesModel(DocumentSession *session, QObject *parent)
    : IdRowModel(session, parent)
{
    connect(session, &DocumentSession::changed, this, &QuotesModel::apply);
    reload();
}

QStringList QuotesModel::collectIds()
{
    // Sort only the quotes: sorting every annotation of a large article would hold up the
    // window when its suggestions arrive.
    QList<const Core::Annotation *> quotes;
    for (const Core::Annotation &a : session()->annotations().annotations())
        if (isListedQuote(&a))
            quotes.append(&a);
    std::sort(quotes.begin(), quotes.end(),
              [](const Core::Annotation *a, const Core::Annotation *b) { return Core::documentOrder(*a, *b); });
    QStringList ids;
    ids.reserve(quotes.size());
    for (const Core::Annotation *a : quotes)
        ids.append(a->id);
    return ids;
}

void QuotesModel::apply(const Core::ChangeSet &change)
{
    bool otherChanged = !change.entities.isEmpty();
    for (const Core::AnnotationChange &c : change.annotations) {
        const QString id = c.after ? c.after->id : c.before->id;
        if (isListedQuote(c.before ? &*c.before : nullptr) || isListedQuote(c.after ? &*c.after : nullptr))
            syncId(id, isListedQuote(session()->annotations().find(id)));
        else
            otherChanged = true;
    }
    // A speaker mention or a cue changed: the quotes showing it need repainting. Which ones
    // is a matter of links; repainting the (few) quote rows is cheaper than finding out.
    if (otherChanged)
        refreshAll();
}

QString QuotesModel::textOf(const QString &annotationId) const
{
    const Core::Annotation *a = session()->annotations().find(annotationId);
    if (!a)
        return {};
    return session()->text().mid(a->span.start, a->span.length()).simplified();
}

int QuotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotesModel::data(const QModelIndex &index, int role) const
{
    const Core::Annotation *q = session()->hasDocument() ? session()->annotations().find(idAt(index.row())) : nullptr;
    if (!q)
        return {};
    if (role == IdRole)
        return q->id;
    if (role == Qt::ToolTipRole)
        return textOf(q->id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Speaker: {
        const Core::Annotation *mention = session()->annotations().find(q->link(QString::fromLatin1(Core::LinkRole::Speaker)));
        if (!mention)
            return tr("—");
        const Core::Entity *entity = session()->annotations().findEntity(mention->link(QString::fromLatin1(Core::LinkRole::Entity)));
        return entity ? entity->name : textOf(mention->id);
    }
    case Cue: return textOf(q->link(QString::fromLatin1(Core::LinkRole::Cue)));
    case Kind: return q->label.toLower();
    case Status: return Core::statusName(q->status);
    case Text: {
        const QString text = textOf(q->id);
        return text.size() > 90 ? text.left(88) + QStringLiteral("…") : text;
    }
    }
    return {};
}

QVariant QuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Speaker: return tr("Speaker");
    case Cue: return tr("Cue");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Text: return tr("Quote");
    }
    return {};
}

} // namespace Lede::Ui
