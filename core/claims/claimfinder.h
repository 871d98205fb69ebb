#pragma once

#include "claims/claimfeatures.h"
#include "claims/claimmodel.h"
#include "extract/extractor.h"
#include "model/annotation.h"

#include <QList>
#include <QString>

#include <functional>

namespace Lede::Core {

/// One sentence as the claim stage saw it: its score and features, or why it was skipped.
struct ScoredSentence {
    Span span;
    double score = 0;
    Claims::FeatureVector features{};
    QString skipped; // "zone HEADLINE", "question", "call to action"; empty when scored
};

/// The claim stage: finds the check-worthy sentences of an article, runs after extraction.
///
/// Each body sentence is scored by the claim model (resources/claims/weights.txt) over
/// features built on what the extractor found; those that reach the threshold become
/// Layer::Claim annotations (status Suggested) with:
///  - label: the kind, the first that applies of ACCUSATION, CAUSE, COMPARISON, PREDICTION,
///    NUMBER, EVENT;
///  - attributes "holder", "holderKind" (quoted/source/author), "backing"
///    (named/outlet/anonymous/hedged/none), "checkworthiness" (0..1, two decimals) and
///    "flag" = "unbacked-accusation" for an accusation the author makes with no backing;
///  - links "holder" (speaker mention or source annotation) and "quote" (containing quote).
/// Never claims: headlines, standfirsts, bylines, datelines, captions, credits, boilerplate,
/// questions and calls to action. Ids are "s" + 10 hex digits of SHA-1 over
/// "claim|LABEL|start|end", so re-running recognises earlier verdicts.
///
/// Thread-safe: holds only read-only word lists and weights.
class ClaimFinder
{
public:
    ClaimFinder();
    explicit ClaimFinder(const Claims::ClaimModel &model);

    QList<Annotation> find(const QString &text, const ExtractionResult &found) const;
    /// Every sentence with its score, claims or not: what explains a decision.
    QList<ScoredSentence> score(const QString &text, const ExtractionResult &found) const;

    static QString claimId(const QString &label, Span span);
    /// The kind of a claim from its features.
    static QString kindOf(const Claims::FeatureVector &features);

private:
    struct Candidate;
    /// Calls `visit` with each sentence in turn, scored, rather than returning them all: the
    /// words and facts of every sentence of a long article would be held at once.
    void forEachCandidate(const QString &text, const ExtractionResult &found,
                          const std::function<void(const Candidate &)> &visit) const;

    const Claims::ClaimLexicon &m_lexicon;
    Claims::ClaimModel m_model;
};

} // namespace Lede::Core
