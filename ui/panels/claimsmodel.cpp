#include "panels/claimsmodel.h"

#include "claims/claimrules.h"
#include "edit/changeset.h"
#include "session/documentsession.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace Lede::Ui {
namespace {

bool isListedClaim(const Core::Annotation *a)
{
    return a && a->layer == Core::Layer::Claim && a->isActive();
}

QString attribute(const Core::Annotation &a, const char *key)
{
    return a.attribute(QString::fromLatin1(key));
}

} // namespace

ClaimsModel::ClaimsModel(DocumentSession *session, QObject *parent)
    : IdRowModel(session, parent)
{
    connect(session, &DocumentSession::changed, this, &ClaimsModel::apply);
    reload();
}

QStringList ClaimsModel::collectIds()
{
    QList<const Core::Annotation *> claims;
    for (const Core::Annotation &a : session()->annotations().annotations())
        if (isListedClaim(&a))
            claims.append(&a);
    std::sort(claims.begin(), claims.end(),
              [](const Core::Annotation *a, const Core::Annotation *b) { return Core::documentOrder(*a, *b); });
    QStringList ids;
    ids.reserve(claims.size());
    for (const Core::Annotation *a : claims)
        ids.append(a->id);
    return ids;
}

void ClaimsModel::apply(const Core::ChangeSet &change)
{
    if (reloadIfLarge(change))
        return;
    // A claim's row shows only the claim itself (its holder is stored as text), so only the
    // claims a change touches are brought up to date.
    for (const Core::AnnotationChange &c : change.annotations) {
        if (!isListedClaim(c.before ? &*c.before : nullptr) && !isListedClaim(c.after ? &*c.after : nullptr))
            continue;
        const QString id = c.after ? c.after->id : c.before->id;
        syncId(id, isListedClaim(session()->annotations().find(id)));
    }
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    const Core::Annotation *c = session()->hasDocument() ? session()->annotations().find(idAt(index.row())) : nullptr;
    if (!c)
        return {};
    const auto flagged = [c] { return Core::Claims::isUnbackedAccusation(*c); };
    switch (role) {
    case IdRole: return c->id;
    case PositionRole: return c->span.start;
    case Qt::ToolTipRole: return session()->text().mid(c->span.start, c->span.length()).simplified();
    case Qt::ForegroundRole:
        if ((index.column() == Flag || index.column() == Kind) && flagged())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (index.column() == Flag && flagged()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Checkworthiness: return attribute(*c, Core::Claims::Key::Checkworthiness).toDouble();
        case Flag: return flagged() ? 0 : 1;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: return c->label.toLower();
        case Holder: return attribute(*c, Core::Claims::Key::Holder);
        case Backing: return attribute(*c, Core::Claims::Key::Backing);
        case Checkworthiness: return attribute(*c, Core::Claims::Key::Checkworthiness);
        case Flag: return flagged() ? tr("unbacked accusation") : QString();
        case Status: return Core::statusName(c->status);
        case Text: {
            const QString text = session()->text().mid(c->span.start, c->span.length()).simplified();
            return text.size() > 120 ? text.left(118) + QStringLiteral("…") : text;
        }
        }
        return {};
    default: return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Holder: return tr("Holder");
    case Backing: return tr("Backing");
    case Checkworthiness: return tr("Check-worthy");
    case Flag: return tr("Flag");
    case Status: return tr("Status");
    case Text: return tr("Claim");
    }
    return {};
}

} // namespace Lede::Ui
