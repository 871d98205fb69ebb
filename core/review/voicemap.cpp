// The Voice map: evaluative wording in the author's voice versus inside quotes, and what the
// headline and standfirst carry.
#include "review/activeannotations.h"
#include "review/review.h"

#include <algorithm>

namespace Lede::Core::Review {
namespace {

void addWord(QList<LoadedWord> &words, const QString &word, const QString &voice, const Annotation &a)
{
    auto it = std::find_if(words.begin(), words.end(), [&](const LoadedWord &w) { return w.word == word; });
    if (it == words.end()) {
        words.append(LoadedWord{word, voice, 0, 0, {}});
        it = words.end() - 1;
    }
    ++it->count;
    if (a.label == QLatin1String("INTENSIFIER"))
        ++it->intensifiers;
    it->ids.append(a.id);
}

void sortWords(QList<LoadedWord> &words)
{
    std::stable_sort(words.begin(), words.end(), [](const LoadedWord &a, const LoadedWord &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
}

} // namespace

VoiceMap computeVoiceMap(const AnnotationSet &annotations, const QString &text)
{
    return computeVoiceMap(ActiveAnnotations(annotations), text);
}

VoiceMap computeVoiceMap(const ActiveAnnotations &active, const QString &text)
{
    VoiceMap map;
    for (const Annotation *loaded : active.layer(Layer::Loaded)) {
        const QString word = spanText(text, loaded->span).toLower();
        if (active.voiceOf(*loaded) == QLatin1String("quoted")) {
            ++map.quoted;
            map.quotedIds.append(loaded->id);
            addWord(map.quotedWords, word, QStringLiteral("quoted"), *loaded);
        } else {
            ++map.author;
            map.authorIds.append(loaded->id);
            addWord(map.authorWords, word, QStringLiteral("author"), *loaded);
        }
    }
    sortWords(map.authorWords);
    sortWords(map.quotedWords);

    for (const Annotation *quote : active.layer(Layer::Quote))
        if (quote->label == QLatin1String("SCARE"))
            map.scareQuoteIds.append(quote->id);

    for (const Annotation *zone : active.layer(Layer::Zone)) {
        if (zone->label != QLatin1String("HEADLINE") && zone->label != QLatin1String("STANDFIRST"))
            continue;
        ZoneCallout callout;
        callout.zone = zone->label;
        callout.id = zone->id;
        callout.span = zone->span;
        callout.text = spanText(text, zone->span);
        for (const Annotation *loaded : active.layer(Layer::Loaded)) {
            if (!loaded->span.overlaps(zone->span))
                continue;
            ++(active.voiceOf(*loaded) == QLatin1String("quoted") ? callout.loadedQuoted : callout.loadedAuthor);
            callout.ids.append(loaded->id);
        }
        for (const Annotation *hedge : active.layer(Layer::Hedge)) {
            if (hedge->span.overlaps(zone->span)) {
                ++callout.hedges;
                callout.ids.append(hedge->id);
            }
        }
        for (const Annotation *quote : active.layer(Layer::Quote)) {
            if (!quote->span.overlaps(zone->span))
                continue;
            ++callout.quotes;
            callout.ids.append(quote->id);
            if (!isSpeechQuote(*quote))
                continue;
            const SpeakerIdentity who = identifySpeaker(
                active, text, active.linked(*quote, QString::fromLatin1(LinkRole::Speaker)));
            if (!callout.speakers.contains(who.name))
                callout.speakers.append(who.name);
        }
        map.callouts.append(callout);
    }
    return map;
}

} // namespace Lede::Core::Review
