#include "anchor/reanchorer.h"

#include "anchor/fuzzysearch.h"
#include "text/codepointmap.h"

#include <algorithm>
#include <cmath>

namespace Lede::Core {
namespace {

// Weights of the Hypothesis annotator's quote matcher: the quote matters most, its context
// next, and the distance from the old position only breaks ties.
constexpr double kQuoteWeight = 50.0;
constexpr double kPrefixWeight = 20.0;
constexpr double kSuffixWeight = 20.0;
constexpr double kPositionWeight = 2.0;
constexpr double kTotalWeight = kQuoteWeight + kPrefixWeight + kSuffixWeight + kPositionWeight;

// A changed quote must keep at least this much of its text, and its overall score this much,
// to count as the same passage. Short quotes ("he", "Brenner") also need their context: a few
// changed letters make them a different word.
constexpr double kMinimumQuoteSimilarity = 0.75;
constexpr double kMinimumScore = 0.70;
constexpr int kShortQuote = 12;
constexpr double kMinimumShortContext = 0.6;

// Quotes longer than this are matched by their head and tail rather than whole, to keep the
// search linear in the quote's length.
constexpr int kLongQuote = 256;
constexpr int kEdgeLength = 64;

constexpr int kNearWindow = 4096;
constexpr int kMaxExactCandidates = 2000;

} // namespace

Reanchorer::Reanchorer(const QString &text) : m_text(text) {}

double Reanchorer::contextScore(const TextQuote &quote, Span span) const
{
    const QStringView text(m_text);
    const int prefixStart = std::max(0, span.start - int(quote.prefix.size()));
    const int suffixEnd = std::min(int(text.size()), span.end + int(quote.suffix.size()));
    const double prefix = similarity(quote.prefix, text.mid(prefixStart, span.start - prefixStart));
    const double suffix = similarity(quote.suffix, text.mid(span.end, suffixEnd - span.end));
    return (kPrefixWeight * prefix + kSuffixWeight * suffix) / (kPrefixWeight + kSuffixWeight);
}

double Reanchorer::positionScore(Span span, Span hint) const
{
    const double distance = std::abs(span.start - hint.start);
    return 1.0 - std::min(1.0, distance / std::max<double>(1.0, m_text.size()));
}

std::optional<Reanchorer::Candidate> Reanchorer::bestExact(const TextQuote &quote, Span hint) const
{
    if (quote.exact.isEmpty())
        return std::nullopt;
    std::optional<Candidate> best;
    auto consider = [&](int at) {
        const Span span{at, at + int(quote.exact.size())};
        const double score = (kQuoteWeight
                              + (kPrefixWeight + kSuffixWeight) * contextScore(quote, span)
                              + kPositionWeight * positionScore(span, hint))
                             / kTotalWeight;
        if (!best || score > best->score)
            best = Candidate{span, score};
    };
    // Most edits are local: look near the old place first, and settle there when the whole
    // context agrees. Otherwise every occurrence in the article competes.
    const int nearStart = std::max(0, hint.start - kNearWindow);
    const int nearEnd = std::min(int(m_text.size()), hint.end + kNearWindow);
    for (qsizetype at = m_text.indexOf(quote.exact, nearStart); at >= 0 && at + quote.exact.size() <= nearEnd;
         at = m_text.indexOf(quote.exact, at + 1))
        consider(int(at));
    if (best && best->score >= (kTotalWeight - kPositionWeight) / kTotalWeight)
        return best;
    int seen = 0;
    for (qsizetype at = m_text.indexOf(quote.exact); at >= 0 && seen < kMaxExactCandidates;
         at = m_text.indexOf(quote.exact, at + 1), ++seen)
        consider(int(at));
    return best;
}

std::optional<Reanchorer::Candidate> Reanchorer::bestApproximate(const TextQuote &quote, Span hint) const
{
    const int length = int(quote.exact.size());
    if (length == 0)
        return std::nullopt;
    if (length > kLongQuote)
        return approximateLong(quote, hint);

    const int maxDistance = int(std::floor(length * (1.0 - kMinimumQuoteSimilarity)));
    // Search around the old place; a quote far away with changed words is not worth the risk.
    const Span window{hint.start - std::max(kNearWindow, 2 * length), hint.end + std::max(kNearWindow, 2 * length)};
    const auto match = findApproximate(m_text, window, quote.exact, maxDistance, hint.start);
    if (!match)
        return std::nullopt;
    const double quoteSimilarity = similarity(quote.exact, QStringView(m_text).mid(match->span.start, match->span.length()));
    const double context = contextScore(quote, match->span);
    if (length < kShortQuote && context < kMinimumShortContext)
        return std::nullopt;
    const double score = (kQuoteWeight * quoteSimilarity + (kPrefixWeight + kSuffixWeight) * context
                          + kPositionWeight * positionScore(match->span, hint))
                         / kTotalWeight;
    if (quoteSimilarity < kMinimumQuoteSimilarity)
        return std::nullopt;
    return Candidate{match->span, score};
}

std::optional<Reanchorer::Candidate> Reanchorer::approximateLong(const TextQuote &quote, Span hint) const
{
    // Find the head and the tail of the passage on their own; the passage runs from one to
    // the other. Its similarity is judged from the two ends and the change in length.
    const int length = int(quote.exact.size());
    const TextQuote head{quote.exact.left(kEdgeLength), quote.prefix, QString()};
    const TextQuote tail{quote.exact.right(kEdgeLength), QString(), quote.suffix};
    const Span headHint{hint.start, hint.start + kEdgeLength};
    const Span tailHint{hint.end - kEdgeLength, hint.end};
    auto locate = [&](const TextQuote &edge, Span edgeHint) -> std::optional<Candidate> {
        if (auto exact = bestExact(edge, edgeHint))
            return exact;
        return bestApproximate(edge, edgeHint);
    };
    const auto headMatch = locate(head, headHint);
    const auto tailMatch = locate(tail, tailHint);
    if (!headMatch || !tailMatch || tailMatch->span.end <= headMatch->span.start)
        return std::nullopt;
    const Span span{headMatch->span.start, tailMatch->span.end};
    const double lengthChange = std::abs(span.length() - length) / double(length);
    const double quoteSimilarity = std::max(0.0, (headMatch->score + tailMatch->score) / 2.0 - lengthChange);
    if (quoteSimilarity < kMinimumQuoteSimilarity)
        return std::nullopt;
    const double score = (kQuoteWeight * quoteSimilarity
                          + (kPrefixWeight + kSuffixWeight) * contextScore(quote, span)
                          + kPositionWeight * positionScore(span, hint))
                         / kTotalWeight;
    return Candidate{span, score};
}

std::optional<std::pair<Span, AnchorOutcome>> Reanchorer::place(const TextQuote &quote, Span hint) const
{
    const QStringView text(m_text);
    if (hint.start >= 0 && hint.end <= text.size() && hint.start <= hint.end
        && text.mid(hint.start, hint.length()) == quote.exact
        && (!quote.exact.isEmpty() || contextScore(quote, hint) == 1.0))
        return std::pair{hint, AnchorOutcome::Unchanged};
    // A short text ("Okafor", "said") occurs all over an article: found elsewhere without its
    // context, it is another mention, and the annotation is better an orphan than misplaced.
    if (const auto exact = bestExact(quote, hint);
        exact && (quote.exact.size() >= kShortQuote || contextScore(quote, exact->span) >= kMinimumShortContext))
        return std::pair{exact->span, AnchorOutcome::Moved};
    if (const auto fuzzy = bestApproximate(quote, hint); fuzzy && fuzzy->score >= kMinimumScore)
        return std::pair{fuzzy->span, AnchorOutcome::Fuzzy};
    return std::nullopt;
}

AnchoredAnnotations Reanchorer::anchor(const SidecarData &sidecar) const
{
    const CodePointMap map(m_text);
    AnchoredAnnotations out;
    // The stored positions are code points of the old text. An edit shifts everything after
    // it by the same amount, so each annotation is first looked for where the shift of the
    // one before it (in document order) would put it.
    QList<const StoredAnnotation *> ordered;
    for (const StoredAnnotation &stored : sidecar.annotations)
        ordered.append(&stored);
    std::stable_sort(ordered.begin(), ordered.end(), [](const StoredAnnotation *a, const StoredAnnotation *b) {
        return a->annotation.span.start < b->annotation.span.start;
    });

    for (const Entity &entity : sidecar.entities)
        out.annotations.addEntity(entity);

    int shift = 0;
    for (const StoredAnnotation *stored : ordered) {
        Annotation annotation = stored->annotation;
        const Span oldSpan = annotation.span;
        const int length = map.codePointLength();
        const Span hint{map.toUtf16(std::min(oldSpan.start + shift, length)),
                        map.toUtf16(std::min(oldSpan.end + shift, length))};

        std::optional<std::pair<Span, AnchorOutcome>> placed;
        if (!annotation.isOrphan())
            placed = place(stored->quote, hint);
        if (placed && placed->second == AnchorOutcome::Unchanged && shift != 0)
            placed->second = AnchorOutcome::Moved;
        if (!placed && !annotation.isOrphan() && shift != 0) {
            const Span unshifted{map.toUtf16(std::min(oldSpan.start, length)), map.toUtf16(std::min(oldSpan.end, length))};
            placed = place(stored->quote, unshifted);
        }

        if (placed) {
            annotation.span = placed->first;
            annotation.orphanedQuote.reset();
            shift = map.toCodePoint(placed->first.start) - oldSpan.start;
            switch (placed->second) {
            case AnchorOutcome::Unchanged: ++out.report.unchanged; break;
            case AnchorOutcome::Moved: ++out.report.moved; out.report.movedIds.append(annotation.id); break;
            case AnchorOutcome::Fuzzy: ++out.report.fuzzy; out.report.fuzzyIds.append(annotation.id); break;
            case AnchorOutcome::Orphaned: break;
            }
        } else {
            annotation.span = Span{hint.start, std::max(hint.start, hint.end)};
            annotation.orphanedQuote = stored->quote;
            ++out.report.orphaned;
            out.report.orphanIds.append(annotation.id);
        }
        out.annotations.add(std::move(annotation));
    }
    return out;
}

} // namespace Lede::Core
