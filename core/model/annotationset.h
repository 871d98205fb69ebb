#pragma once

#include "model/annotation.h"
#include "model/entity.h"
#include "model/intervalindex.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Lede::Core {

/// All annotations and canonical entities of one article, with lookups by id and by position.
///
/// Mutators return what is needed to undo them (the previous value), so that the UI can wrap
/// each one in an undo command without copying the whole set.
class AnnotationSet
{
public:
    AnnotationSet() = default;

    const QList<Annotation> &annotations() const { return m_annotations; }
    const QList<Entity> &entities() const { return m_entities; }
    int size() const { return int(m_annotations.size()); }
    bool isEmpty() const { return m_annotations.isEmpty(); }

    const Annotation *find(const QString &id) const;
    const Entity *findEntity(const QString &id) const;

    /// Adds an annotation. An empty id is replaced by a fresh one; returns the id used.
    QString add(Annotation annotation);
    /// Makes room for this many annotations and entities, so that filling the set with an
    /// extraction's tens of thousands neither copies the list nor rehashes the ids as it grows.
    void reserve(qsizetype annotations, qsizetype entities);
    /// Removes and returns the annotation, or nothing when the id is unknown.
    std::optional<Annotation> remove(const QString &id);
    /// Replaces the annotation with the same id and returns the previous value.
    std::optional<Annotation> replace(const Annotation &annotation);

    QString addEntity(Entity entity);
    std::optional<Entity> removeEntity(const QString &id);
    /// Removes many annotations and entities in one pass (one at a time, each removal would
    /// renumber every row after it). Unknown ids are ignored.
    void removeAll(const QSet<QString> &annotationIds, const QSet<QString> &entityIds = {});
    std::optional<Entity> replaceEntity(const Entity &entity);

    /// Annotations overlapping the range (or containing the position of an empty range),
    /// in document order.
    QList<const Annotation *> overlapping(Span range) const;
    QList<const Annotation *> at(int position) const { return overlapping(Span{position, position}); }
    /// Mentions whose `entity` link names this entity.
    QList<const Annotation *> mentionsOf(const QString &entityId) const;

    /// Annotations sorted in document order: by start, then longer first, then layer, label, id.
    QList<Annotation> sorted() const;

    /// A new id that no annotation or entity of this set uses.
    QString freshId(const QString &prefix) const;

    friend bool operator==(const AnnotationSet &a, const AnnotationSet &b)
    {
        return a.m_annotations == b.m_annotations && a.m_entities == b.m_entities;
    }

private:
    void invalidateIndex() { m_indexValid = false; }
    void rebuildIndexMaps();

    QList<Annotation> m_annotations;
    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_rowById;
    QHash<QString, qsizetype> m_entityRowById;
    mutable IntervalIndex m_index;
    mutable bool m_indexValid = false;
};

bool documentOrder(const Annotation &a, const Annotation &b);

} // namespace Lede::Core
