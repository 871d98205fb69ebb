#pragma once

#include "model/annotationset.h"
#include "review/review.h"
#include "review/textmeasure.h"

#include <QList>
#include <QString>

namespace Lede::Core::Review {

/// The annotations the review counts, sorted by layer: those in force (not rejected) and
/// placed in the current text (not orphaned). Built once per computation.
class ActiveAnnotations
{
public:
    explicit ActiveAnnotations(const AnnotationSet &annotations);

    const AnnotationSet &set() const { return m_set; }
    /// Active annotations of a layer in document order.
    const QList<const Annotation *> &layer(Layer layer) const { return m_byLayer[int(layer)]; }
    /// The annotation a link of `annotation` points to, when it exists and is active.
    const Annotation *linked(const Annotation &annotation, const QString &role) const;

    /// Quotes that report speech: DIRECT, PARTIAL and INDIRECT (scare quotes are the author
    /// keeping a word at arm's length, not a voice).
    QList<const Annotation *> speechQuotes() const;
    /// The editorial text: HEADLINE, STANDFIRST, BODY and CAPTION zones; the whole text when
    /// no zone is marked.
    RangeSet editorialText(int textLength) const;
    /// Active annotations (of a layer) that overlap a span, in document order; found through
    /// the set's interval index, so that per-sentence questions stay cheap on long articles.
    QList<const Annotation *> overlapping(Span span) const;
    QList<const Annotation *> overlapping(Span span, Layer layer) const;
    /// The zone label at a position ("BODY" when no zone is marked there and none anywhere).
    QString zoneAt(int position) const;
    /// "author" or "quoted": the `voice` attribute, or when missing, "quoted" inside a direct
    /// or partial quote and "author" elsewhere (the extractor's rule).
    QString voiceOf(const Annotation &loaded) const;

private:
    const AnnotationSet &m_set;
    QList<const Annotation *> m_byLayer[8];
};

/// The review figures over an already-built view, so that one review sorts the annotations
/// once (review.h has the public forms, which build the view themselves).
VoiceStats computeVoices(const ActiveAnnotations &active, const QString &text, const ReportingVerbs &verbs);
SourceStats computeSources(const ActiveAnnotations &active, const QString &text);
VoiceMap computeVoiceMap(const ActiveAnnotations &active, const QString &text);
ClaimStats computeClaims(const ActiveAnnotations &active, const QString &text);
QList<StripMark> stripMarks(const ActiveAnnotations &active, const VoiceStats &voices);

/// Who a speaker annotation (a mention or an anonymous source) stands for.
struct SpeakerIdentity {
    QString key; // see SpeakerStats::key
    SpeakerKind kind = SpeakerKind::Unattributed;
    QString name;
};

/// The speaker a quote's `speaker` link target stands for; `speaker` may be null.
SpeakerIdentity identifySpeaker(const ActiveAnnotations &active, const QString &text, const Annotation *speaker);
/// "text:" + the lower-cased, white-space-folded text of a span: the key of an unnamed speaker.
QString speakerTextKey(const QString &text, Span span);

bool isCounted(const Annotation &annotation);
bool isSpeechQuote(const Annotation &annotation);

} // namespace Lede::Core::Review
