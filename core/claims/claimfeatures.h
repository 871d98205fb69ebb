#pragma once

#include "claims/wordlist.h"
#include "model/annotation.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace Lede::Core::Claims {

/// The features the claim model weighs, in the spirit of ClaimBuster's: what makes a sentence
/// worth checking (numbers, dates, names, past events, accusations) and what makes it
/// uncheckable (opinion, first person, shortness). Each is 0 or 1.
enum class Feature {
    Number,       // a figure or number word outside a date
    Date,         // a DATE mention
    Entity,       // a PERSON, ORG, GPE, LOC or NORP mention
    ManyEntities, // two or more of them
    PastTense,    // a past-tense or perfect verb: something happened
    Reporting,    // a speech cue or "according to": someone vouches for it
    Quoted,       // most of the sentence is a quotation
    Accusation,   // wording of wrongdoing: "accused", "fraud", "ties to"
    Prediction,   // "will", "is expected to", "next year"
    Cause,        // "because", "led to", "due to"
    Comparison,   // "more than", "rose", "highest"
    Hedge,        // "reportedly", "allegedly"
    Opinion,      // "should", "I think", "wonderful"
    Loaded,       // loaded wording the extractor marked
    FirstPerson,  // "I", "we", "our"
    Short,        // fewer than seven words
};
inline constexpr int kFeatureCount = int(Feature::Short) + 1;

/// The name a feature has in resources/claims/weights.txt ("number", "pastTense").
QString featureName(Feature feature);

using FeatureVector = std::array<double, kFeatureCount>;

/// What the claim stage knows about one sentence: its words and the extraction annotations
/// that overlap it. The words may be views of the caller's lower-case copy of the text
/// (splitWordsOf()): facts live no longer than the pass that made them.
struct SentenceFacts {
    Span span;
    QList<Word> words;
    QList<const Annotation *> entities, quotes, cues, sources, hedges, loaded;
};

/// The word lists of resources/claims/ the claim stage reads. Loaded once; read-only after.
struct ClaimLexicon {
    PhraseList accusation, prediction, cause, comparison, opinion, pastVerbs, numberWords,
        vagueHolders, notClaims, accusingVerbs, reportingVerbs;

    static const ClaimLexicon &instance();
};

/// Computes the feature vector of a sentence, and the word-list matches that decide its kind.
class FeatureExtractor
{
public:
    explicit FeatureExtractor(const ClaimLexicon &lexicon)
        : m_lexicon(lexicon)
    {}

    FeatureVector features(QStringView text, const SentenceFacts &facts) const;
    /// Share of the sentence covered by @p quote, 0..1.
    static double coverage(const SentenceFacts &facts, const Annotation &quote);

private:
    bool hasNumber(QStringView text, const SentenceFacts &facts) const;
    bool hasPastTense(QStringView text, const SentenceFacts &facts) const;
    bool hasComparison(const SentenceFacts &facts) const;
    const ClaimLexicon &m_lexicon;
};

} // namespace Lede::Core::Claims
