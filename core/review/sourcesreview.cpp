// The Sources view: outlets and agencies, anonymous sources, hedges, and what the author
// states with no attribution at all.
#include "review/activeannotations.h"
#include "review/review.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Lede::Core::Review {
namespace {

/// The entity an outlet annotation names (directly, or through the mention its `outlet`
/// link points to) as a key and a display name.
std::pair<QString, QString> outletIdentity(const ActiveAnnotations &active, const QString &text,
                                           const Annotation &annotation)
{
    const SpeakerIdentity who = identifySpeaker(active, text, &annotation);
    return {who.key, who.name};
}

SourceEntry &entryFor(QList<SourceEntry> &entries, QHash<QString, qsizetype> &rows,
                      const QString &key, const QString &name)
{
    if (!rows.contains(key)) {
        rows.insert(key, entries.size());
        entries.append(SourceEntry{key, name, 0, 0, {}});
    }
    return entries[rows.value(key)];
}

void sortEntries(QList<SourceEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const SourceEntry &a, const SourceEntry &b) {
        if (a.statements != b.statements)
            return a.statements > b.statements;
        if (a.mentions != b.mentions)
            return a.mentions > b.mentions;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
}

/// The sentence of `sentences` (sorted, not overlapping) that holds a position; an empty span
/// when none does.
Span sentenceAt(const QList<Span> &sentences, int position)
{
    auto after = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                                  [](int p, Span s) { return p < s.start; });
    if (after == sentences.cbegin())
        return {};
    const Span candidate = *std::prev(after);
    return candidate.contains(position) ? candidate : Span{};
}

} // namespace

SourceStats computeSources(const AnnotationSet &annotations, const QString &text)
{
    return computeSources(ActiveAnnotations(annotations), text);
}

SourceStats computeSources(const ActiveAnnotations &active, const QString &text)
{
    SourceStats stats;
    QHash<QString, qsizetype> outletRows;
    QHash<QString, qsizetype> anonymousRows;
    QHash<QString, QString> anonymousKeyOfId; // source annotation id -> its entry's key

    for (const Annotation *source : active.layer(Layer::Source)) {
        if (source->label == QLatin1String("OUTLET")) {
            const auto [key, name] = outletIdentity(active, text, *source);
            SourceEntry &entry = entryFor(stats.outlets, outletRows, key, name);
            ++entry.mentions;
            entry.ids.append(source->id);
        } else if (source->label == QLatin1String("ANONYMOUS")) {
            const QString key = speakerTextKey(text, source->span);
            SourceEntry &entry = entryFor(stats.anonymous, anonymousRows, key, spanText(text, source->span));
            ++entry.mentions;
            entry.ids.append(source->id);
            anonymousKeyOfId.insert(source->id, key);
        }
    }
    // Statements resting on a source: quotes whose outlet link names an outlet, or whose
    // speaker is an anonymous source.
    for (const Annotation *quote : active.speechQuotes()) {
        if (const Annotation *outlet = active.linked(*quote, QString::fromLatin1(LinkRole::Outlet))) {
            const auto [key, name] = outletIdentity(active, text, *outlet);
            SourceEntry &entry = entryFor(stats.outlets, outletRows, key, name);
            ++entry.statements;
            entry.ids.append(quote->id);
        }
        if (const Annotation *speaker = active.linked(*quote, QString::fromLatin1(LinkRole::Speaker))) {
            const auto it = anonymousKeyOfId.constFind(speaker->id);
            if (it != anonymousKeyOfId.cend()) {
                SourceEntry &entry = stats.anonymous[anonymousRows.value(*it)];
                ++entry.statements;
                entry.ids.append(quote->id);
            }
        }
    }
    sortEntries(stats.outlets);
    sortEntries(stats.anonymous);

    const QList<Span> allSentences = sentencesIn(text, Span{0, int(text.size())});
    QSet<int> hedgedSentenceStarts;
    for (const Annotation *hedge : active.layer(Layer::Hedge)) {
        const Span sentence = sentenceAt(allSentences, hedge->span.start);
        HedgeEntry entry{hedge->id, spanText(text, hedge->span), sentence.isEmpty() ? hedge->span : sentence, {}};
        entry.sentenceText = spanText(text, entry.sentence);
        hedgedSentenceStarts.insert(entry.sentence.start);
        stats.hedges.append(entry);
    }
    stats.hedgedSentences = int(hedgedSentenceStarts.size());

    for (const Span range : active.editorialText(int(text.size())).ranges()) {
        for (const Span sentence : sentencesIn(text, range)) {
            const QList<const Annotation *> around = active.overlapping(sentence);
            const bool attributed = std::any_of(around.cbegin(), around.cend(), [](const Annotation *a) {
                return isSpeechQuote(*a) || a->layer == Layer::Cue || a->layer == Layer::Source;
            });
            if (attributed)
                continue;
            AuthorStatement statement{sentence, spanText(text, sentence), active.zoneAt(sentence.start), {}, {}};
            for (const Annotation *a : around) {
                if (a->layer == Layer::Loaded)
                    statement.loadedIds.append(a->id);
                else if (a->layer == Layer::Hedge)
                    statement.hedgeIds.append(a->id);
            }
            stats.unattributed.append(statement);
        }
    }
    return stats;
}

} // namespace Lede::Core::Review
