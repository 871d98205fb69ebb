#pragma once

#include "model/span.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Lede::Core {

/// What kind of thing an annotation marks. Each layer has its own label vocabulary.
enum class Layer {
    Entity,   // PERSON, ORG, GPE, LOC, NORP, DATE
    Quote,    // DIRECT, PARTIAL, INDIRECT, SCARE
    Cue,      // the reporting verb or phrase of a quote: SPEECH
    Source,   // an outlet or an anonymous source a statement rests on: OUTLET, ANONYMOUS
    Hedge,    // reportedly, allegedly: HEDGE
    Loaded,   // evaluative wording: LOADED, INTENSIFIER
    Zone,     // HEADLINE, STANDFIRST, DATELINE, BYLINE, CAPTION, CREDIT, BODY, BOILERPLATE
    Claim,    // check-worthy statements: EVENT, NUMBER, COMPARISON, CAUSE, ACCUSATION, PREDICTION
};

/// Where an annotation stands in the analyst's review.
enum class Status {
    Suggested, // proposed by the extractor, not yet reviewed
    Accepted,  // an extractor suggestion the analyst confirmed
    Rejected,  // an extractor suggestion the analyst refused; kept so it is never suggested again
    Added,     // made by the analyst by hand
};

QString layerName(Layer layer);
std::optional<Layer> layerFromName(const QString &name);
QString statusName(Status status);
std::optional<Status> statusFromName(const QString &name);

/// Who made an annotation: an extractor rule at a version, or the analyst.
struct Origin {
    QString rule;    // e.g. "entity.gazetteer"; empty when the analyst made it
    QString version; // extractor version that produced it
    bool byAnalyst() const { return rule.isEmpty(); }

    friend bool operator==(const Origin &, const Origin &) = default;
};

/// Well-known keys of Annotation::links. Links hold the id of another annotation, or for
/// `entity` the id of a canonical Entity.
namespace LinkRole {
inline constexpr auto Speaker = "speaker"; // quote -> speaker mention
inline constexpr auto Cue = "cue";         // quote -> cue
inline constexpr auto Outlet = "outlet";   // quote or source -> outlet mention
inline constexpr auto Entity = "entity";   // mention -> canonical entity
inline constexpr auto Quote = "quote";     // cue -> quote it introduces
} // namespace LinkRole

/// Well-known keys of Annotation::attributes.
namespace AttributeKey {
inline constexpr auto Voice = "voice"; // "author" or "quoted"
inline constexpr auto Note = "note";
inline constexpr auto Title = "title"; // a person mention's title, e.g. "Interior Minister"
} // namespace AttributeKey

/// An annotation's text with a little context on each side: what lets it be found again when
/// the article changes (the W3C TextQuoteSelector).
struct TextQuote {
    QString exact;
    QString prefix;
    QString suffix;

    friend bool operator==(const TextQuote &, const TextQuote &) = default;
};

/// One marked span of an article.
struct Annotation {
    QString id;
    Layer layer = Layer::Entity;
    QString label;
    Span span;
    Status status = Status::Suggested;
    Origin origin;
    QMap<QString, QString> links;
    QMap<QString, QString> attributes;
    /// Set when re-anchoring could not place the annotation in a changed article: the text it
    /// last had. Its span is then only its last known place, clamped to the text.
    std::optional<TextQuote> orphanedQuote;

    bool isOrphan() const { return orphanedQuote.has_value(); }
    /// True when this annotation is in force: not a rejected suggestion.
    bool isActive() const { return status != Status::Rejected; }
    bool isReviewed() const { return status != Status::Suggested; }
    QString link(const QString &role) const { return links.value(role); }
    QString attribute(const QString &key) const { return attributes.value(key); }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace Lede::Core
