#include "model/merge.h"

#include <QHash>
#include <QSet>

namespace Lede::Core {
namespace {

struct LayerSpan {
    Layer layer;
    Span span;
    friend bool operator==(const LayerSpan &, const LayerSpan &) = default;
};

size_t qHash(const LayerSpan &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.layer), key.span.start, key.span.end);
}

} // namespace

AnnotationSet mergeExtraction(const AnnotationSet &existing, const ExtractionResult &fresh)
{
    AnnotationSet merged;
    QSet<QString> kept;
    QSet<QString> linkedFromKept;
    QSet<QString> entitiesInUse;
    QHash<LayerSpan, QString> decisionAt;

    for (const Annotation &a : existing.annotations()) {
        if (a.isReviewed() || a.isOrphan()) {
            kept.insert(a.id);
            for (const QString &target : a.links)
                linkedFromKept.insert(target);
            if (!a.isOrphan())
                decisionAt.insert(LayerSpan{a.layer, a.span}, a.id);
        }
    }
    for (const Annotation &a : existing.annotations()) {
        if (kept.contains(a.id) || linkedFromKept.contains(a.id)) {
            merged.add(a);
            if (const QString entity = a.link(QString::fromLatin1(LinkRole::Entity)); !entity.isEmpty())
                entitiesInUse.insert(entity);
        }
    }
    for (const Entity &e : existing.entities())
        if (entitiesInUse.contains(e.id))
            merged.addEntity(e);

    // Fresh suggestions that a decision covers give way to it.
    QHash<QString, QString> redirect;
    for (const Annotation &a : fresh.annotations) {
        if (merged.find(a.id))
            redirect.insert(a.id, a.id);
        else if (const auto it = decisionAt.constFind(LayerSpan{a.layer, a.span}); it != decisionAt.cend())
            redirect.insert(a.id, *it);
    }
    for (Annotation a : fresh.annotations) {
        if (redirect.contains(a.id))
            continue;
        for (auto it = a.links.begin(); it != a.links.end(); ++it)
            it.value() = redirect.value(it.value(), it.value());
        merged.add(std::move(a));
    }
    for (const Entity &e : fresh.entities)
        if (!merged.findEntity(e.id))
            merged.addEntity(e);
    return merged;
}

} // namespace Lede::Core
