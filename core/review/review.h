#pragma once

#include "model/annotationset.h"
#include "model/span.h"
#include "review/reportingverbs.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lede::Core::Review {

/// The annotation attribute holding the analyst's "side" of a speaker (government,
/// opposition, expert, ...). It sits on every mention of the speaker's entity (or on the
/// anonymous source annotations of an unnamed speaker), so that it persists in the sidecar
/// without a format change. See setSpeakerSide().
inline constexpr auto SideAttribute = "side";

/// How a quote's speaker is known.
enum class SpeakerKind {
    Entity,       // a mention linked to a canonical entity
    Unnamed,      // an anonymous source ("a senior official") or a mention with no entity
    Unattributed, // the quote has no (active) speaker
};

/// One reporting verb as used for one speaker.
struct VerbUse {
    QString verb; // the cue's text, lower-cased ("told reporters")
    VerbTone tone = VerbTone::Other;
    QString why;
    int count = 0;
    QStringList cueIds;
};

/// One row of the Voices view: everything quoted from one speaker.
struct SpeakerStats {
    /// Stable identity: "entity:<entity id>", "text:<lower-cased speaker text>" or
    /// "unattributed".
    QString key;
    SpeakerKind kind = SpeakerKind::Unattributed;
    QString name;
    QString side;
    int quotes = 0; // DIRECT + PARTIAL + INDIRECT annotations
    int direct = 0;
    int partial = 0;
    int indirect = 0;
    int words = 0;      // words inside the union of the speaker's quote spans
    double share = 0.0; // words / the sum of words over all speakers
    QList<VerbUse> verbs;
    int neutralCues = 0;
    int loadedCues = 0;
    int otherCues = 0;
    QStringList quoteIds;
    QStringList cueIds;
    QStringList speakerMentionIds; // the annotations the quotes' speaker links point to
    int colour = -1; // index into speakerColour(); -1 for unattributed

    /// What clicking the row selects: the quotes, their cues and speaker mentions.
    QStringList annotationIds() const { return quoteIds + cueIds + speakerMentionIds; }
};

/// Shares per side, over the speakers the analyst gave that side ("" = no side yet).
struct SideStats {
    QString side;
    int speakers = 0;
    int quotes = 0;
    int words = 0;
    double share = 0.0;
    QStringList quoteIds;
};

struct VoiceStats {
    /// Sorted by words quoted (most first), then name; unattributed last.
    QList<SpeakerStats> speakers;
    /// Sorted by words, most first; "" (no side) last.
    QList<SideStats> sides;
    int totalWords = 0; // sum of the speakers' words: the base of `share`
};

/// An outlet, agency or anonymous source the article leans on.
struct SourceEntry {
    QString key;
    QString name;
    int mentions = 0;   // Source annotations
    int statements = 0; // quotes resting on it (by their `outlet` or `speaker` link)
    QStringList ids;    // its Source annotations and those quotes
};

/// A hedge and the sentence it weakens.
struct HedgeEntry {
    QString id;
    QString word;
    Span sentence;
    QString sentenceText;
};

/// A sentence in the author's own voice: no quote (scare quotes aside), no reporting verb and
/// no source overlaps it.
struct AuthorStatement {
    Span span;
    QString text;
    QString zone;        // HEADLINE, STANDFIRST, BODY or CAPTION; BODY without zones
    QStringList loadedIds; // loaded words in it
    QStringList hedgeIds;
};

struct SourceStats {
    QList<SourceEntry> outlets;   // Source OUTLET, grouped by entity; most statements first
    QList<SourceEntry> anonymous; // Source ANONYMOUS, grouped by lower-cased text
    QList<HedgeEntry> hedges;     // in document order
    int hedgedSentences = 0;      // distinct sentences holding a hedge
    QList<AuthorStatement> unattributed;
};

/// A loaded word (lower-cased) in one voice, with how often it occurs.
struct LoadedWord {
    QString word;
    QString voice; // "author" or "quoted"
    int count = 0;
    int intensifiers = 0; // how many of them are labelled INTENSIFIER
    QStringList ids;
};

/// What readers see first: the headline or the standfirst, with what it carries.
struct ZoneCallout {
    QString zone; // HEADLINE or STANDFIRST
    QString id;
    Span span;
    QString text;
    int loadedAuthor = 0;
    int loadedQuoted = 0;
    int hedges = 0;
    int quotes = 0; // DIRECT, PARTIAL, INDIRECT and SCARE overlapping it
    QStringList speakers;
    QStringList ids; // what overlaps it: quotes, loaded words, hedges
};

struct VoiceMap {
    int author = 0; // loaded words in the author's voice
    int quoted = 0; // loaded words inside quotes
    QList<LoadedWord> authorWords; // most frequent first, then alphabetical
    QList<LoadedWord> quotedWords;
    QStringList authorIds;
    QStringList quotedIds;
    QList<ZoneCallout> callouts;
    QStringList scareQuoteIds;
};

/// One claim as the review lists it (an active Layer::Claim annotation).
struct ClaimEntry {
    QString id;
    QString kind;       // EVENT, NUMBER, COMPARISON, CAUSE, ACCUSATION, PREDICTION
    QString holder;     // "author" or who holds it
    QString holderKind; // quoted, source, author
    QString backing;    // outlet, hedged, anonymous, named, none
    Span span;
    QString text;
};

/// How many claims of one kind.
struct KindCount {
    QString kind;
    int count = 0;
    QStringList ids;
    friend bool operator==(const KindCount &, const KindCount &) = default;
};

/// The claims of an article: the unbacked accusations in the author's voice first, because
/// that is where a reader is asked to take the reporter's word for wrongdoing.
struct ClaimStats {
    /// Accusations held by the author with backing none (Claims::isUnbackedAccusation, from
    /// kind, holder kind and backing, not from a stored flag), in document order.
    QList<ClaimEntry> unbackedAccusations;
    /// Every kind in the order of labelsOf(Layer::Claim), zero counts included.
    QList<KindCount> byKind;
    int total = 0;
    int heldByAuthor = 0; // holder kind author
    int withoutBacking = 0; // backing none (any holder)
};

/// The one-glance figures.
struct Summary {
    int articleWords = 0; // words of the headline, standfirst, body and captions
    int quotedWords = 0;  // of those, words inside DIRECT, PARTIAL or INDIRECT quotes
    double quotedShare = 0.0;
    int quotes = 0;
    int direct = 0;
    int partial = 0;
    int indirect = 0;
    int speakers = 0; // distinct attributed speakers
    int outlets = 0;
    int anonymousSources = 0;
    int sources = 0; // outlets + anonymous sources
    int hedges = 0;
    int hedgedSentences = 0;
    int loadedAuthor = 0;
    int loadedQuoted = 0;
    int neutralCues = 0;
    int loadedCues = 0;
    int unattributedStatements = 0;
    int claims = 0;
    int unbackedAccusations = 0;
    QList<KindCount> claimsByKind; // as ClaimStats::byKind
};

/// Everything the review views and the report show, computed from the active annotations
/// (not rejected, not orphaned) and the article text.
struct ArticleReview {
    Summary summary;
    VoiceStats voices;
    SourceStats sources;
    VoiceMap voiceMap;
    ClaimStats claims;
};

ArticleReview reviewArticle(const AnnotationSet &annotations, const QString &text,
                            const ReportingVerbs &verbs = ReportingVerbs::bundled());

VoiceStats computeVoices(const AnnotationSet &annotations, const QString &text,
                         const ReportingVerbs &verbs = ReportingVerbs::bundled());
SourceStats computeSources(const AnnotationSet &annotations, const QString &text);
VoiceMap computeVoiceMap(const AnnotationSet &annotations, const QString &text);
ClaimStats computeClaims(const AnnotationSet &annotations, const QString &text);

/// Sets the side of a speaker (a SpeakerStats::key) on all its mentions; an empty side
/// clears it. Returns the previous value of every annotation it changed, so that the UI can
/// undo by replacing them back.
QList<Annotation> setSpeakerSide(AnnotationSet &annotations, const QString &text,
                                 const QString &speakerKey, const QString &side);

/// A distinct colour per speaker, as "#rrggbb", shared by the views and the report.
QString speakerColour(int index);
inline constexpr auto UnattributedColour = "#9e9e9e";

/// A mark of the article strip: where a quote, a hedge or a loaded word sits.
struct StripMark {
    enum class Kind { Quote, Hedge, LoadedAuthor, LoadedQuoted };
    Kind kind = Kind::Quote;
    Span span;
    QString id;
    int colour = -1; // quotes: the speaker's colour index, -1 when unattributed
};

/// The strip's marks in document order, quote colours matching `voices`.
QList<StripMark> stripMarks(const AnnotationSet &annotations, const VoiceStats &voices);

} // namespace Lede::Core::Review
