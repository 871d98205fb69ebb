#include "review/review.h"

#include "review/activeannotations.h"

#include <QHash>

namespace Lede::Core::Review {

ArticleReview reviewArticle(const AnnotationSet &annotations, const QString &text, const ReportingVerbs &verbs)
{
    const ActiveAnnotations active(annotations);
    ArticleReview review;
    review.voices = computeVoices(active, text, verbs);
    review.sources = computeSources(active, text);
    review.voiceMap = computeVoiceMap(active, text);
    review.claims = computeClaims(active, text);

    const RangeSet editorial = active.editorialText(int(text.size()));
    RangeSet quoted;
    for (const Annotation *quote : active.speechQuotes())
        quoted.add(quote->span);

    Summary &s = review.summary;
    s.articleWords = editorial.words(text);
    s.quotedWords = quoted.intersected(editorial).words(text);
    s.quotedShare = s.articleWords > 0 ? double(s.quotedWords) / s.articleWords : 0.0;
    for (const SpeakerStats &speaker : std::as_const(review.voices.speakers)) {
        s.quotes += speaker.quotes;
        s.direct += speaker.direct;
        s.partial += speaker.partial;
        s.indirect += speaker.indirect;
        s.neutralCues += speaker.neutralCues;
        s.loadedCues += speaker.loadedCues;
        if (speaker.kind != SpeakerKind::Unattributed)
            ++s.speakers;
    }
    s.outlets = int(review.sources.outlets.size());
    s.anonymousSources = int(review.sources.anonymous.size());
    s.sources = s.outlets + s.anonymousSources;
    s.hedges = int(review.sources.hedges.size());
    s.hedgedSentences = review.sources.hedgedSentences;
    s.loadedAuthor = review.voiceMap.author;
    s.loadedQuoted = review.voiceMap.quoted;
    s.unattributedStatements = int(review.sources.unattributed.size());
    s.claims = review.claims.total;
    s.unbackedAccusations = int(review.claims.unbackedAccusations.size());
    s.claimsByKind = review.claims.byKind;
    return review;
}

QList<StripMark> stripMarks(const AnnotationSet &annotations, const VoiceStats &voices)
{
    return stripMarks(ActiveAnnotations(annotations), voices);
}

QList<StripMark> stripMarks(const ActiveAnnotations &active, const VoiceStats &voices)
{
    QHash<QString, int> colourOfQuote;
    for (const SpeakerStats &speaker : voices.speakers)
        for (const QString &id : speaker.quoteIds)
            colourOfQuote.insert(id, speaker.colour);

    QList<StripMark> marks;
    for (const Annotation *quote : active.speechQuotes())
        marks.append(StripMark{StripMark::Kind::Quote, quote->span, quote->id, colourOfQuote.value(quote->id, -1)});
    for (const Annotation *hedge : active.layer(Layer::Hedge))
        marks.append(StripMark{StripMark::Kind::Hedge, hedge->span, hedge->id, -1});
    for (const Annotation *loaded : active.layer(Layer::Loaded)) {
        const bool quoted = active.voiceOf(*loaded) == QLatin1String("quoted");
        marks.append(StripMark{quoted ? StripMark::Kind::LoadedQuoted : StripMark::Kind::LoadedAuthor,
                               loaded->span, loaded->id, -1});
    }
    std::stable_sort(marks.begin(), marks.end(),
                     [](const StripMark &a, const StripMark &b) { return a.span < b.span; });
    return marks;
}

} // namespace Lede::Core::Review
