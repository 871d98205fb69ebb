#include "model/annotationset.h"

#include <algorithm>
#include <tuple>

namespace Lede::Core {

bool documentOrder(const Annotation &a, const Annotation &b)
{
    // Field by field rather than as tuples: a tuple would copy both strings on every
    // comparison, and sorting tens of thousands of annotations does millions of them.
    if (a.span.start != b.span.start)
        return a.span.start < b.span.start;
    if (a.span.end != b.span.end)
        return a.span.end > b.span.end;
    if (a.layer != b.layer)
        return int(a.layer) < int(b.layer);
    if (const int byLabel = QString::compare(a.label, b.label); byLabel != 0)
        return byLabel < 0;
    return a.id < b.id;
}

const Annotation *AnnotationSet::find(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_annotations[*it];
}

const Entity *AnnotationSet::findEntity(const QString &id) const
{
    const auto it = m_entityRowById.constFind(id);
    return it == m_entityRowById.cend() ? nullptr : &m_entities[*it];
}

QString AnnotationSet::freshId(const QString &prefix) const
{
    // Counting up from the size keeps ids short and makes collisions rare; the loop settles
    // the rest.
    for (qsizetype n = m_annotations.size() + m_entities.size() + 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!m_rowById.contains(id) && !m_entityRowById.contains(id))
            return id;
    }
}

QString AnnotationSet::add(Annotation annotation)
{
    if (annotation.id.isEmpty() || m_rowById.contains(annotation.id))
        annotation.id = freshId(QStringLiteral("a"));
    m_rowById.insert(annotation.id, m_annotations.size());
    m_annotations.append(std::move(annotation));
    invalidateIndex();
    return m_annotations.last().id;
}

void AnnotationSet::reserve(qsizetype annotations, qsizetype entities)
{
    m_annotations.reserve(annotations);
    m_rowById.reserve(annotations);
    m_entities.reserve(entities);
    m_entityRowById.reserve(entities);
}

std::optional<Annotation> AnnotationSet::remove(const QString &id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return std::nullopt;
    const qsizetype row = *it;
    Annotation removed = m_annotations.takeAt(row);
    rebuildIndexMaps();
    invalidateIndex();
    return removed;
}

std::optional<Annotation> AnnotationSet::replace(const Annotation &annotation)
{
    const auto it = m_rowById.constFind(annotation.id);
    if (it == m_rowById.cend())
        return std::nullopt;
    Annotation previous = std::exchange(m_annotations[*it], annotation);
    if (previous.span != annotation.span)
        invalidateIndex();
    return previous;
}

QString AnnotationSet::addEntity(Entity entity)
{
    if (entity.id.isEmpty() || m_entityRowById.contains(entity.id))
        entity.id = freshId(QStringLiteral("E"));
    m_entityRowById.insert(entity.id, m_entities.size());
    m_entities.append(std::move(entity));
    return m_entities.last().id;
}

std::optional<Entity> AnnotationSet::removeEntity(const QString &id)
{
    const auto it = m_entityRowById.constFind(id);
    if (it == m_entityRowById.cend())
        return std::nullopt;
    Entity removed = m_entities.takeAt(*it);
    rebuildIndexMaps();
    return removed;
}

void AnnotationSet::removeAll(const QSet<QString> &annotationIds, const QSet<QString> &entityIds)
{
    if (annotationIds.isEmpty() && entityIds.isEmpty())
        return;
    const qsizetype annotationsBefore = m_annotations.size();
    m_annotations.removeIf([&](const Annotation &a) { return annotationIds.contains(a.id); });
    m_entities.removeIf([&](const Entity &e) { return entityIds.contains(e.id); });
    rebuildIndexMaps();
    if (m_annotations.size() != annotationsBefore)
        invalidateIndex();
}

std::optional<Entity> AnnotationSet::replaceEntity(const Entity &entity)
{
    const auto it = m_entityRowById.constFind(entity.id);
    if (it == m_entityRowById.cend())
        return std::nullopt;
    return std::exchange(m_entities[*it], entity);
}

void AnnotationSet::rebuildIndexMaps()
{
    m_rowById.clear();
    for (qsizetype i = 0; i < m_annotations.size(); ++i)
        m_rowById.insert(m_annotations[i].id, i);
    m_entityRowById.clear();
    for (qsizetype i = 0; i < m_entities.size(); ++i)
        m_entityRowById.insert(m_entities[i].id, i);
}

QList<const Annotation *> AnnotationSet::overlapping(Span range) const
{
    if (!m_indexValid) {
        QList<Span> spans;
        spans.reserve(m_annotations.size());
        for (const Annotation &a : m_annotations)
            spans.append(a.span);
        m_index = IntervalIndex(spans);
        m_indexValid = true;
    }
    QList<const Annotation *> out;
    for (int row : m_index.overlapping(range))
        out.append(&m_annotations[row]);
    std::sort(out.begin(), out.end(), [](const Annotation *a, const Annotation *b) {
        return documentOrder(*a, *b);
    });
    return out;
}

QList<const Annotation *> AnnotationSet::mentionsOf(const QString &entityId) const
{
    QList<const Annotation *> out;
    for (const Annotation &a : m_annotations)
        if (a.layer == Layer::Entity && a.link(QString::fromLatin1(LinkRole::Entity)) == entityId)
            out.append(&a);
    return out;
}

QList<Annotation> AnnotationSet::sorted() const
{
    QList<Annotation> out = m_annotations;
    std::sort(out.begin(), out.end(), documentOrder);
    return out;
}

} // namespace Lede::Core
