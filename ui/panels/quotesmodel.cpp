#include "panels/quotesmodel.h"

#include "edit/changeset.h"
#include "session/documentsession.h"

#include <QSet>

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
    m_quotesShowing.clear();
    for (const Core::Annotation *a : quotes) {
        ids.append(a->id);
        indexLinks(*a, true);
    }
    return ids;
}

void QuotesModel::indexLinks(const Core::Annotation &quote, bool add)
{
    for (const char *role : {Core::LinkRole::Speaker, Core::LinkRole::Cue}) {
        const QString shown = quote.link(QString::fromLatin1(role));
        if (shown.isEmpty())
            continue;
        if (add) {
            m_quotesShowing[shown].append(quote.id);
        } else if (auto it = m_quotesShowing.find(shown); it != m_quotesShowing.end()) {
            it->removeOne(quote.id);
            if (it->isEmpty())
                m_quotesShowing.erase(it);
        }
    }
}

void QuotesModel::apply(const Core::ChangeSet &change)
{
    if (reloadIfLarge(change))
        return;
    // Besides its own quote, a row shows its speaker mention (and that mention's entity)
    // and its cue: collect the quotes showing what the change touched.
    QSet<QString> affected;
    for (const Core::AnnotationChange &c : change.annotations) {
        const QString id = c.after ? c.after->id : c.before->id;
        const bool wasListed = isListedQuote(c.before ? &*c.before : nullptr);
        const bool isListed = isListedQuote(c.after ? &*c.after : nullptr);
        if (wasListed || isListed) {
            if (wasListed)
                indexLinks(*c.before, false);
            if (isListed)
                indexLinks(*c.after, true);
            syncId(id, isListed);
        } else {
            for (const QString &quote : m_quotesShowing.value(id))
                affected.insert(quote);
        }
    }
    if (!change.entities.isEmpty()) {
        // Merges and renames are rare: find the speakers of the changed entities the long way.
        QSet<QString> entities;
        for (const Core::EntityChange &c : change.entities)
            entities.insert(c.after ? c.after->id : c.before->id);
        const Core::AnnotationSet &set = session()->annotations();
        const QString entityRole = QString::fromLatin1(Core::LinkRole::Entity);
        for (auto it = m_quotesShowing.cbegin(); it != m_quotesShowing.cend(); ++it)
            if (const Core::Annotation *shown = set.find(it.key()); shown && entities.contains(shown->link(entityRole)))
                for (const QString &quote : it.value())
                    affected.insert(quote);
    }
    refreshIds(affected);
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
