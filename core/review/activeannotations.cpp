#include "review/activeannotations.h"

namespace Lede::Core::Review {

QString speakerTextKey(const QString &text, Span span)
{
    return QStringLiteral("text:") + spanText(text, span).toLower();
}

SpeakerIdentity identifySpeaker(const ActiveAnnotations &active, const QString &text, const Annotation *speaker)
{
    if (!speaker)
        return {QStringLiteral("unattributed"), SpeakerKind::Unattributed, QStringLiteral("Unattributed")};
    QString entityId = speaker->link(QString::fromLatin1(LinkRole::Entity));
    if (entityId.isEmpty()) {
        // An outlet source names its entity through the mention its `outlet` link points to.
        if (const Annotation *outlet = active.linked(*speaker, QString::fromLatin1(LinkRole::Outlet)))
            entityId = outlet->link(QString::fromLatin1(LinkRole::Entity));
    }
    if (!entityId.isEmpty()) {
        const Entity *entity = active.set().findEntity(entityId);
        return {QStringLiteral("entity:") + entityId, SpeakerKind::Entity,
                entity && !entity->name.isEmpty() ? entity->name : spanText(text, speaker->span)};
    }
    return {speakerTextKey(text, speaker->span), SpeakerKind::Unnamed, spanText(text, speaker->span)};
}

bool isCounted(const Annotation &annotation)
{
    return annotation.isActive() && !annotation.isOrphan();
}

bool isSpeechQuote(const Annotation &annotation)
{
    return annotation.layer == Layer::Quote
        && (annotation.label == QLatin1String("DIRECT") || annotation.label == QLatin1String("PARTIAL")
            || annotation.label == QLatin1String("INDIRECT"));
}

ActiveAnnotations::ActiveAnnotations(const AnnotationSet &annotations)
    : m_set(annotations)
{
    static_assert(int(Layer::Claim) == 7, "m_byLayer holds one list per layer");
    QList<const Annotation *> all;
    for (const Annotation &a : annotations.annotations())
        if (isCounted(a))
            all.append(&a);
    std::sort(all.begin(), all.end(),
              [](const Annotation *a, const Annotation *b) { return documentOrder(*a, *b); });
    for (const Annotation *a : std::as_const(all))
        m_byLayer[int(a->layer)].append(a);
}

const Annotation *ActiveAnnotations::linked(const Annotation &annotation, const QString &role) const
{
    const QString id = annotation.link(role);
    if (id.isEmpty())
        return nullptr;
    const Annotation *target = m_set.find(id);
    return target && isCounted(*target) ? target : nullptr;
}

QList<const Annotation *> ActiveAnnotations::speechQuotes() const
{
    QList<const Annotation *> quotes;
    for (const Annotation *a : layer(Layer::Quote))
        if (isSpeechQuote(*a))
            quotes.append(a);
    return quotes;
}

RangeSet ActiveAnnotations::editorialText(int textLength) const
{
    const QList<const Annotation *> &zones = layer(Layer::Zone);
    if (zones.isEmpty())
        return RangeSet({Span{0, textLength}});
    RangeSet ranges;
    for (const Annotation *zone : zones)
        if (zone->label == QLatin1String("HEADLINE") || zone->label == QLatin1String("STANDFIRST")
            || zone->label == QLatin1String("BODY") || zone->label == QLatin1String("CAPTION"))
            ranges.add(zone->span);
    return ranges;
}

QList<const Annotation *> ActiveAnnotations::overlapping(Span span) const
{
    QList<const Annotation *> found = m_set.overlapping(span); // in document order
    found.removeIf([](const Annotation *a) { return !isCounted(*a); });
    return found;
}

QList<const Annotation *> ActiveAnnotations::overlapping(Span span, Layer layer) const
{
    QList<const Annotation *> found = overlapping(span);
    found.removeIf([layer](const Annotation *a) { return a->layer != layer; });
    return found;
}

QString ActiveAnnotations::zoneAt(int position) const
{
    if (layer(Layer::Zone).isEmpty())
        return QStringLiteral("BODY");
    for (const Annotation *zone : overlapping(Span{position, position}, Layer::Zone))
        if (zone->span.contains(position))
            return zone->label;
    return QString();
}

QString ActiveAnnotations::voiceOf(const Annotation &loaded) const
{
    const QString voice = loaded.attribute(QString::fromLatin1(AttributeKey::Voice));
    if (voice == QLatin1String("author") || voice == QLatin1String("quoted"))
        return voice;
    for (const Annotation *quote : overlapping(Span{loaded.span.start, loaded.span.start}, Layer::Quote))
        if ((quote->label == QLatin1String("DIRECT") || quote->label == QLatin1String("PARTIAL"))
            && quote->span.contains(loaded.span))
            return QStringLiteral("quoted");
    return QStringLiteral("author");
}

} // namespace Lede::Core::Review
