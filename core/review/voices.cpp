// The Voices view: who is quoted, how much, how, and with which verbs.
#include "review/activeannotations.h"
#include "review/review.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Lede::Core::Review {
namespace {

/// The annotations that carry a speaker's side: the mentions of its entity, or the
/// unlinked mentions and anonymous sources with its text.
QList<const Annotation *> sideCarriers(const AnnotationSet &set, const QString &text, const QString &key)
{
    QList<const Annotation *> carriers;
    if (key.startsWith(QLatin1String("entity:"))) {
        const QString entityId = key.mid(7);
        for (const Annotation *mention : set.mentionsOf(entityId))
            if (isCounted(*mention))
                carriers.append(mention);
    } else if (key.startsWith(QLatin1String("text:"))) {
        for (const Annotation &a : set.annotations())
            if (isCounted(a) && (a.layer == Layer::Entity || a.layer == Layer::Source)
                && a.link(QString::fromLatin1(LinkRole::Entity)).isEmpty() && speakerTextKey(text, a.span) == key)
                carriers.append(&a);
    }
    std::sort(carriers.begin(), carriers.end(),
              [](const Annotation *a, const Annotation *b) { return documentOrder(*a, *b); });
    return carriers;
}

/// The side most of the carriers hold; ties go to the one met first in the text.
QString sideOf(const QList<const Annotation *> &carriers)
{
    QHash<QString, int> votes;
    QString best;
    for (const Annotation *a : carriers) {
        const QString side = a->attribute(QString::fromLatin1(SideAttribute)).trimmed();
        if (side.isEmpty())
            continue;
        const int count = ++votes[side];
        if (best.isEmpty() || count > votes.value(best))
            best = side;
    }
    return best;
}

void addVerb(SpeakerStats &speaker, const QString &verbText, const QString &cueId, const ReportingVerbs &verbs)
{
    const ReportingVerbs::Entry entry = verbs.classify(verbText);
    switch (entry.tone) {
    case VerbTone::Neutral:
        ++speaker.neutralCues;
        break;
    case VerbTone::Loaded:
        ++speaker.loadedCues;
        break;
    case VerbTone::Other:
        ++speaker.otherCues;
        break;
    }
    speaker.cueIds.append(cueId);
    for (VerbUse &use : speaker.verbs) {
        if (use.verb == verbText) {
            ++use.count;
            use.cueIds.append(cueId);
            return;
        }
    }
    speaker.verbs.append(VerbUse{verbText, entry.tone, entry.why, 1, {cueId}});
}

} // namespace

QString speakerColour(int index)
{
    // Colour-blind-safe hues (Okabe-Ito, then Tol's muted set), distinct on screen and paper.
    static const char *const kPalette[] = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
                                           "#56b4e9", "#882255", "#117733", "#999933", "#44aa99",
                                           "#aa4499", "#332288"};
    constexpr int size = int(std::size(kPalette));
    if (index < 0)
        return QString::fromLatin1(UnattributedColour);
    return QString::fromLatin1(kPalette[index % size]);
}

VoiceStats computeVoices(const AnnotationSet &annotations, const QString &text, const ReportingVerbs &verbs)
{
    return computeVoices(ActiveAnnotations(annotations), text, verbs);
}

VoiceStats computeVoices(const ActiveAnnotations &active, const QString &text, const ReportingVerbs &verbs)
{
    const RangeSet editorial = active.editorialText(int(text.size()));
    QList<SpeakerStats> speakers;
    QHash<QString, qsizetype> rowOf;
    QHash<QString, RangeSet> rangesOf;
    // Ids already listed per speaker: a long article quotes one speaker hundreds of times.
    QSet<QString> listedMentions;
    QSet<QString> listedCues;

    for (const Annotation *quote : active.speechQuotes()) {
        const Annotation *speakerMention = active.linked(*quote, QString::fromLatin1(LinkRole::Speaker));
        const SpeakerIdentity who = identifySpeaker(active, text, speakerMention);
        if (!rowOf.contains(who.key)) {
            rowOf.insert(who.key, speakers.size());
            SpeakerStats row;
            row.key = who.key;
            row.kind = who.kind;
            row.name = who.name;
            speakers.append(row);
        }
        SpeakerStats &row = speakers[rowOf.value(who.key)];
        ++row.quotes;
        if (quote->label == QLatin1String("DIRECT"))
            ++row.direct;
        else if (quote->label == QLatin1String("PARTIAL"))
            ++row.partial;
        else
            ++row.indirect;
        row.quoteIds.append(quote->id);
        rangesOf[who.key].add(quote->span);
        if (speakerMention && !listedMentions.contains(who.key + u'\n' + speakerMention->id)) {
            listedMentions.insert(who.key + u'\n' + speakerMention->id);
            row.speakerMentionIds.append(speakerMention->id);
        }
        if (const Annotation *cue = active.linked(*quote, QString::fromLatin1(LinkRole::Cue)))
            if (!listedCues.contains(who.key + u'\n' + cue->id)) {
                listedCues.insert(who.key + u'\n' + cue->id);
                addVerb(row, spanText(text, cue->span).toLower(), cue->id, verbs);
            }
    }

    VoiceStats stats;
    for (SpeakerStats &row : speakers) {
        row.words = rangesOf.value(row.key).intersected(editorial).words(text);
        row.side = sideOf(sideCarriers(active.set(), text, row.key));
        stats.totalWords += row.words;
    }
    for (SpeakerStats &row : speakers)
        row.share = stats.totalWords > 0 ? double(row.words) / stats.totalWords : 0.0;
    std::stable_sort(speakers.begin(), speakers.end(), [](const SpeakerStats &a, const SpeakerStats &b) {
        const bool aNone = a.kind == SpeakerKind::Unattributed;
        const bool bNone = b.kind == SpeakerKind::Unattributed;
        if (aNone != bNone)
            return bNone;
        if (a.words != b.words)
            return a.words > b.words;
        if (a.quotes != b.quotes)
            return a.quotes > b.quotes;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    int colour = 0;
    for (SpeakerStats &row : speakers)
        row.colour = row.kind == SpeakerKind::Unattributed ? -1 : colour++;

    // Sides: over attributed speakers only; an unattributed quote has no one to side with.
    QHash<QString, qsizetype> sideRow;
    int sideTotal = 0;
    for (const SpeakerStats &row : std::as_const(speakers)) {
        if (row.kind == SpeakerKind::Unattributed)
            continue;
        if (!sideRow.contains(row.side)) {
            sideRow.insert(row.side, stats.sides.size());
            stats.sides.append(SideStats{row.side, 0, 0, 0, 0.0, {}});
        }
        SideStats &side = stats.sides[sideRow.value(row.side)];
        ++side.speakers;
        side.quotes += row.quotes;
        side.words += row.words;
        side.quoteIds += row.quoteIds;
        sideTotal += row.words;
    }
    for (SideStats &side : stats.sides)
        side.share = sideTotal > 0 ? double(side.words) / sideTotal : 0.0;
    std::stable_sort(stats.sides.begin(), stats.sides.end(), [](const SideStats &a, const SideStats &b) {
        if (a.side.isEmpty() != b.side.isEmpty())
            return b.side.isEmpty();
        if (a.words != b.words)
            return a.words > b.words;
        return a.side < b.side;
    });
    stats.speakers = speakers;
    return stats;
}

QList<Annotation> setSpeakerSide(AnnotationSet &annotations, const QString &text,
                                 const QString &speakerKey, const QString &side)
{
    QList<Annotation> previous;
    const QString value = side.trimmed();
    const QString key = QString::fromLatin1(SideAttribute);
    QList<Annotation> changed;
    for (const Annotation *carrier : sideCarriers(annotations, text, speakerKey)) {
        if (carrier->attribute(key) == value)
            continue;
        previous.append(*carrier);
        Annotation updated = *carrier;
        if (value.isEmpty())
            updated.attributes.remove(key);
        else
            updated.attributes.insert(key, value);
        changed.append(updated);
    }
    // Replace after collecting: replace() may move annotations the carriers point into.
    for (const Annotation &updated : std::as_const(changed))
        annotations.replace(updated);
    return previous;
}

} // namespace Lede::Core::Review
