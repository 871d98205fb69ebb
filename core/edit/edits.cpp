#include "edit/edits.h"

#include "claims/claimrules.h"

#include <QSet>

#include <algorithm>

namespace Lede::Core::Edits {
namespace {

const QString kEntity = QString::fromLatin1(LinkRole::Entity);

Error unknown(const QString &id)
{
    return Error{QStringLiteral("there is no annotation '%1' (it may have been removed)").arg(id)};
}

ChangeSet replacing(const Annotation &before, const Annotation &after)
{
    ChangeSet change;
    if (!(before == after))
        change.annotations.append({before, after});
    return change;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')
           || c.isMark();
}

/// Where a word step from `pos` towards `direction` ends: past the spaces and punctuation
/// next to it, then past the word.
int wordStep(const QString &text, int pos, int direction)
{
    const int n = int(text.size());
    if (direction > 0) {
        while (pos < n && !isWordChar(text[pos]))
            ++pos;
        while (pos < n && isWordChar(text[pos]))
            ++pos;
    } else {
        while (pos > 0 && !isWordChar(text[pos - 1]))
            --pos;
        while (pos > 0 && isWordChar(text[pos - 1]))
            --pos;
    }
    return pos;
}

/// Steps one character, never into the middle of a surrogate pair.
int charStep(const QString &text, int pos, int direction)
{
    const int n = int(text.size());
    pos += direction;
    if (pos > 0 && pos < n && text[pos].isLowSurrogate())
        pos += direction;
    return std::clamp(pos, 0, n);
}

/// The entity a new mention of `name` and `type` belongs to, if there is one.
const Entity *entityNamed(const AnnotationSet &set, const QString &name, const QString &type)
{
    for (const Entity &e : set.entities())
        if (e.type == type
            && (e.name.compare(name, Qt::CaseInsensitive) == 0 || e.aliases.contains(name, Qt::CaseInsensitive)))
            return &e;
    return nullptr;
}

/// Links `mention` to a matching entity, adding one to `change` when there is none.
void attachEntity(const AnnotationSet &set, const QString &text, Annotation &mention, ChangeSet &change)
{
    const QString name = text.mid(mention.span.start, mention.span.length()).simplified();
    if (const Entity *existing = entityNamed(set, name, mention.label)) {
        mention.links.insert(kEntity, existing->id);
        return;
    }
    Entity entity{set.freshId(QStringLiteral("E")), name, mention.label, {}, {}};
    mention.links.insert(kEntity, entity.id);
    change.entities.append({std::nullopt, entity});
}

} // namespace

Result<ChangeSet> setStatus(const AnnotationSet &set, const QString &id, Status status)
{
    const Annotation *a = set.find(id);
    if (!a)
        return unknown(id);
    Annotation after = *a;
    after.status = status;
    return replacing(*a, after);
}

Span trimmed(const QString &text, Span span)
{
    span.start = std::clamp(span.start, 0, int(text.size()));
    span.end = std::clamp(span.end, span.start, int(text.size()));
    while (span.start < span.end && text[span.start].isSpace())
        ++span.start;
    while (span.end > span.start && text[span.end - 1].isSpace())
        --span.end;
    return span;
}

Result<ChangeSet> tag(const AnnotationSet &set, const QString &text, Span span, Layer layer, const QString &label)
{
    if (span.start < 0 || span.end > text.size())
        return Error{QStringLiteral("select the words to tag first")};
    span = trimmed(text, span);
    if (span.isEmpty())
        return Error{QStringLiteral("select the words to tag first")};
    // The same words tagged on the same layer: a decision on that annotation, not a second one.
    for (const Annotation *a : set.overlapping(span)) {
        if (a->span != span || a->layer != layer || !a->isActive())
            continue;
        if (a->label == label && a->isReviewed())
            return Error{QStringLiteral("these words are already tagged as %1").arg(a->label)};
        return relabel(set, a->id, label);
    }
    Annotation annotation;
    annotation.id = set.freshId(QStringLiteral("h"));
    annotation.layer = layer;
    annotation.label = label;
    annotation.span = span;
    annotation.status = Status::Added;
    ChangeSet change;
    if (layer == Layer::Entity)
        attachEntity(set, text, annotation, change);
    if (layer == Layer::Claim)
        annotation = Claims::handMade(std::move(annotation));
    change.annotations.append({std::nullopt, annotation});
    return change;
}

Result<ChangeSet> relabel(const AnnotationSet &set, const QString &id, const QString &label)
{
    const Annotation *a = set.find(id);
    if (!a)
        return unknown(id);
    Annotation after = *a;
    after.label = label;
    if (after.status == Status::Suggested)
        after.status = Status::Accepted;
    ChangeSet change;
    if (a->layer == Layer::Entity && a->label != label) {
        // A mention of another type cannot stay in its entity: it joins an entity of the new
        // type with the same name, or a new one.
        const Entity *old = set.findEntity(a->link(kEntity));
        if (old) {
            if (const Entity *match = entityNamed(set, old->name, label)) {
                after.links.insert(kEntity, match->id);
            } else {
                Entity entity{set.freshId(QStringLiteral("E")), old->name, label, old->aliases, old->titles};
                after.links.insert(kEntity, entity.id);
                change.entities.append({std::nullopt, entity});
            }
        }
    }
    after = Claims::withFlag(std::move(after));
    if (!(after == *a))
        change.annotations.append({*a, after});
    return change;
}

Span resized(const QString &text, Span span, Edge edge, Step step, int count)
{
    Span out = span;
    int &pos = edge == Edge::Start ? out.start : out.end;
    const int direction = count < 0 ? -1 : 1;
    for (int i = 0; i < std::abs(count); ++i)
        pos = step == Step::Word ? wordStep(text, pos, direction) : charStep(text, pos, direction);
    if (out.isEmpty())
        return span;
    return out;
}

Result<ChangeSet> resize(const AnnotationSet &set, const QString &text, const QString &id, Edge edge, Step step,
                         int count)
{
    const Annotation *a = set.find(id);
    if (!a)
        return unknown(id);
    Annotation after = *a;
    after.span = resized(text, a->span, edge, step, count);
    if (after.span != a->span && after.status == Status::Suggested)
        after.status = Status::Accepted;
    return replacing(*a, after);
}

Result<ChangeSet> setLink(const AnnotationSet &set, const QString &id, const QString &role, const QString &target)
{
    const Annotation *a = set.find(id);
    if (!a)
        return unknown(id);
    Annotation after = *a;
    if (target.isEmpty())
        after.links.remove(role);
    else
        after.links.insert(role, target);
    return replacing(*a, after);
}

bool canSpeak(const Annotation &annotation)
{
    if (!annotation.isActive() || annotation.isOrphan())
        return false;
    if (annotation.layer == Layer::Source)
        return true;
    return annotation.layer == Layer::Entity && isSpeakingType(annotation.label);
}

bool isSpeakingType(const QString &entityType)
{
    return entityType == QLatin1String("PERSON") || entityType == QLatin1String("ORG")
           || entityType == QLatin1String("GPE") || entityType == QLatin1String("NORP");
}

Result<ChangeSet> linkSpeaker(const AnnotationSet &set, const QString &text, const QString &quoteId,
                              const QString &speakerId)
{
    const Annotation *quote = set.find(quoteId);
    if (!quote)
        return unknown(quoteId);
    if (quote->layer != Layer::Quote && quote->layer != Layer::Cue && quote->layer != Layer::Source)
        return Error{QStringLiteral("only a quote, cue or source has a speaker")};
    const Annotation *speaker = nullptr;
    if (!speakerId.isEmpty()) {
        speaker = set.find(speakerId);
        if (!speaker || (speaker->layer != Layer::Entity && speaker->layer != Layer::Source))
            return Error{QStringLiteral("a speaker must be an entity mention or a source")};
        if (!canSpeak(*speaker))
            return Error{QStringLiteral("a %1 cannot speak: pick a person, organisation, place with a government, "
                                        "group or source")
                             .arg(speaker->label)};
        if (speaker->id == quote->id)
            return Error{QStringLiteral("a source cannot be its own speaker")};
    }
    Annotation after = *quote;
    const QString role = QString::fromLatin1(LinkRole::Speaker);
    const QString speakerText = QStringLiteral("speakerText");
    if (speaker)
        after.links.insert(role, speaker->id);
    else
        after.links.remove(role);
    // The extractor keeps the speaker's words when they are no mention (a pronoun, an anonymous
    // source); an analyst's link replaces whatever speaker they named.
    if (speaker && speaker->layer == Layer::Source && quote->layer == Layer::Quote)
        after.attributes.insert(speakerText, text.mid(speaker->span.start, speaker->span.length()));
    else
        after.attributes.remove(speakerText);
    return replacing(*quote, after);
}

Result<ChangeSet> setAttribute(const AnnotationSet &set, const QString &id, const QString &key, const QString &value)
{
    const Annotation *a = set.find(id);
    if (!a)
        return unknown(id);
    Annotation after = *a;
    if (value.isEmpty())
        after.attributes.remove(key);
    else
        after.attributes.insert(key, value);
    if (key != QLatin1String(Claims::Key::Flag))
        after = Claims::withFlag(std::move(after));
    return replacing(*a, after);
}

Result<ChangeSet> setClaimBacking(const AnnotationSet &set, const QString &claimId, const QString &backing)
{
    const Annotation *a = set.find(claimId);
    if (!a)
        return unknown(claimId);
    if (a->layer != Layer::Claim)
        return Error{QStringLiteral("only a claim has a backing")};
    if (!Claims::backings().contains(backing))
        return Error{QStringLiteral("'%1' is not a backing (%2)").arg(backing, Claims::backings().join(QStringLiteral(", ")))};
    Annotation after = Claims::withBacking(*a, backing);
    if (after.status == Status::Suggested && !(after == *a))
        after.status = Status::Accepted;
    return replacing(*a, after);
}

Result<ChangeSet> setClaimHolder(const AnnotationSet &set, const QString &text, const QString &claimId,
                                 const QString &name, const QString &holderId)
{
    const Annotation *a = set.find(claimId);
    if (!a)
        return unknown(claimId);
    if (a->layer != Layer::Claim)
        return Error{QStringLiteral("only a claim has a holder")};
    Claims::HolderChoice choice{name, QString(), QString()};
    if (!holderId.isEmpty()) {
        const Annotation *holder = set.find(holderId);
        if (!holder || (holder->layer != Layer::Entity && holder->layer != Layer::Source))
            return Error{QStringLiteral("a claim's holder must be an entity mention or a source")};
        choice.linkId = holder->id;
        const Entity *entity = set.findEntity(holder->link(kEntity));
        if (choice.name.isEmpty())
            choice.name = entity ? entity->name : text.mid(holder->span.start, holder->span.length()).simplified();
        // An outlet speaks as a source, not as a quoted person.
        bool outlet = holder->layer == Layer::Source && holder->label == QLatin1String("OUTLET");
        for (const Annotation *o : set.overlapping(holder->span))
            if (o->layer == Layer::Source && o->label == QLatin1String("OUTLET") && o->isActive() && o->span.contains(holder->span))
                outlet = true;
        const bool anonymous = holder->layer == Layer::Source && holder->label == QLatin1String("ANONYMOUS");
        choice.kind = outlet || anonymous ? QStringLiteral("source") : QStringLiteral("quoted");
        choice.backing = outlet ? QStringLiteral("outlet") : anonymous ? QStringLiteral("anonymous") : QString();
    }
    Annotation after = Claims::withHolder(*a, choice);
    if (after.status == Status::Suggested && !(after == *a))
        after.status = Status::Accepted;
    return replacing(*a, after);
}

Result<ChangeSet> mergeEntities(const AnnotationSet &set, const QString &keptId, const QString &goneId,
                                TypeMismatch mismatch)
{
    const Entity *kept = set.findEntity(keptId);
    const Entity *gone = set.findEntity(goneId);
    if (!kept || !gone)
        return Error{QStringLiteral("pick two entities to merge")};
    if (keptId == goneId)
        return Error{QStringLiteral("an entity cannot be merged with itself")};
    const bool retype = kept->type != gone->type;
    if (retype && mismatch == TypeMismatch::Refuse)
        return Error{QStringLiteral("%1 is a %2 and %3 a %4: merging them would make %1 a %4")
                         .arg(gone->name, gone->type, kept->name, kept->type)};
    ChangeSet change;
    Entity merged = *kept;
    for (const QString &alias : QStringList{gone->name} + gone->aliases)
        if (alias != merged.name && !merged.aliases.contains(alias))
            merged.aliases.append(alias);
    for (const QString &title : gone->titles)
        if (!merged.titles.contains(title))
            merged.titles.append(title);
    change.entities.append({*kept, merged});
    for (const Annotation *mention : set.mentionsOf(goneId)) {
        Annotation after = *mention;
        after.links.insert(kEntity, keptId);
        if (retype) {
            // A mention's label is its entity's type; a retyped suggestion is a decision.
            after.label = kept->type;
            if (after.status == Status::Suggested)
                after.status = Status::Accepted;
        }
        change.annotations.append({*mention, after});
    }
    change.entities.append({*gone, std::nullopt});
    return change;
}

Result<ChangeSet> splitMention(const AnnotationSet &set, const QString &text, const QString &mentionId)
{
    const Annotation *mention = set.find(mentionId);
    if (!mention || mention->layer != Layer::Entity)
        return Error{QStringLiteral("put the cursor on an entity mention to split it out")};
    const QString group = mention->link(kEntity);
    if (!group.isEmpty() && set.mentionsOf(group).size() <= 1)
        return Error{QStringLiteral("this mention is already alone in its entity")};
    const QString name = text.mid(mention->span.start, mention->span.length()).simplified();
    Entity entity{set.freshId(QStringLiteral("E")), name, mention->label, {}, {}};
    Annotation after = *mention;
    after.links.insert(kEntity, entity.id);
    ChangeSet change;
    change.entities.append({std::nullopt, entity});
    change.annotations.append({*mention, after});
    return change;
}

Result<ChangeSet> placeOrphan(const AnnotationSet &set, const QString &id, Span span)
{
    const Annotation *a = set.find(id);
    if (!a)
        return unknown(id);
    if (span.isEmpty())
        return Error{QStringLiteral("select where the annotation belongs first")};
    Annotation after = *a;
    after.span = span;
    after.orphanedQuote.reset();
    return replacing(*a, after);
}

} // namespace Lede::Core::Edits
