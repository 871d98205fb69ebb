#include "edit/changeset.h"

#include <QSet>

#include <algorithm>

namespace Lede::Core {

ChangeSet ChangeSet::inverted() const
{
    ChangeSet out;
    for (const AnnotationChange &c : annotations)
        out.annotations.append({c.after, c.before});
    for (const EntityChange &c : entities)
        out.entities.append({c.after, c.before});
    // Applying in reverse order undoes changes that touch the same id twice correctly.
    std::reverse(out.annotations.begin(), out.annotations.end());
    std::reverse(out.entities.begin(), out.entities.end());
    return out;
}

Span ChangeSet::affectedRange() const
{
    std::optional<Span> range;
    const auto extend = [&range](Span s) {
        range = range ? Span{std::min(range->start, s.start), std::max(range->end, s.end)} : s;
    };
    for (const AnnotationChange &c : annotations) {
        if (c.before)
            extend(c.before->span);
        if (c.after)
            extend(c.after->span);
    }
    return range.value_or(Span{});
}

QStringList ChangeSet::annotationIds() const
{
    QStringList ids;
    for (const AnnotationChange &c : annotations)
        ids.append(c.after ? c.after->id : c.before->id);
    return ids;
}

namespace {

bool matchesBefore(const AnnotationSet &set, const AnnotationChange &c)
{
    const QString id = c.before ? c.before->id : (c.after ? c.after->id : QString());
    const Annotation *current = set.find(id);
    return c.before ? (current && *current == *c.before) : current == nullptr;
}

bool matchesBefore(const AnnotationSet &set, const EntityChange &c)
{
    const QString id = c.before ? c.before->id : (c.after ? c.after->id : QString());
    const Entity *current = set.findEntity(id);
    return c.before ? (current && *current == *c.before) : current == nullptr;
}

} // namespace

bool applyChanges(AnnotationSet &set, const ChangeSet &change)
{
    // Validate up front so that a failed change leaves the set untouched. A change may touch
    // the same id twice only in sequence, which validation against the initial state would
    // reject; edits.h never produces that.
    for (const EntityChange &c : change.entities)
        if (!matchesBefore(set, c))
            return false;
    for (const AnnotationChange &c : change.annotations)
        if (!matchesBefore(set, c))
            return false;

    for (const EntityChange &c : change.entities) {
        if (c.before && c.after)
            set.replaceEntity(*c.after);
        else if (c.after)
            set.addEntity(*c.after);
    }
    // Removals are gathered and done in one pass: undoing the suggestions of a whole article
    // removes tens of thousands. An id removed and then touched again is removed first.
    QSet<QString> removals;
    for (const AnnotationChange &c : change.annotations) {
        if (c.after && removals.contains(c.after->id)) {
            set.removeAll(removals);
            removals.clear();
        }
        if (c.before && c.after)
            set.replace(*c.after);
        else if (c.after)
            set.add(*c.after);
        else if (c.before)
            removals.insert(c.before->id);
    }
    QSet<QString> entityRemovals;
    for (const EntityChange &c : change.entities)
        if (c.before && !c.after)
            entityRemovals.insert(c.before->id);
    set.removeAll(removals, entityRemovals);
    return true;
}

ChangeSet difference(const AnnotationSet &from, const AnnotationSet &to)
{
    ChangeSet out;
    for (const Entity &e : from.entities()) {
        const Entity *now = to.findEntity(e.id);
        if (!now)
            out.entities.append({e, std::nullopt});
        else if (!(*now == e))
            out.entities.append({e, *now});
    }
    for (const Entity &e : to.entities())
        if (!from.findEntity(e.id))
            out.entities.append({std::nullopt, e});
    for (const Annotation &a : from.annotations()) {
        const Annotation *now = to.find(a.id);
        if (!now)
            out.annotations.append({a, std::nullopt});
        else if (!(*now == a))
            out.annotations.append({a, *now});
    }
    for (const Annotation &a : to.annotations())
        if (!from.find(a.id))
            out.annotations.append({std::nullopt, a});
    return out;
}

} // namespace Lede::Core
