#pragma once

#include "extract/entityfeatures.h"

#include <QByteArray>

#include <array>
#include <unordered_map>
#include <vector>

namespace Lede::Core::Extraction {

/// Weights of the averaged-perceptron BIO entity tagger (trained by lede_train_tagger in
/// tests/eval/ on GUM, see resources/models/README.md), and Viterbi decoding.
///
/// Text format, one record a line:
///   lede-entity-tagger 1
///   lower N            then N lines: hex word key of a lower-case word that may be in a name
///   trans              then Bio::kTags lines of Bio::kTags weights (previous tag x tag)
///   features N         then N lines: hex feature hash, then tag:weight pairs
class EntityModel
{
public:
    using Row = std::array<float, Bio::kTags>;

    /// Parses a model; false (and an empty model) when @p data is not one.
    bool load(const QByteArray &data);
    bool isEmpty() const { return m_rows.empty(); }
    /// Sets the lower-case words that may be part of a name (the trainer's first step).
    void setLowerWords(const std::vector<quint64> &keys);

    /// Whether the tagger considers token @p t at all; other tokens are outside every name.
    bool candidate(const Document &doc, int t) const;
    /// Emission scores of one token: the sum of the rows of its features.
    void score(const std::vector<quint64> &features, float *out) const;
    const float *transitions() const { return m_transitions.data(); }
    /// viterbi() with this model's transitions, forbidden ones folded in once at load.
    void decode(const float *emission, int n, int *tags) const;

    /// Writes a model in the format above (used by the trainer).
    static QByteArray write(const std::vector<quint64> &lowerKeys,
                            const std::vector<float> &transitions,
                            const std::unordered_map<quint64, Row> &rows);

private:
    // Rows padded to 16 floats, so that adding one is a few vector instructions.
    // Aligned to a cache line, so that reading one is one miss, not two.
    struct alignas(64) PaddedRow : std::array<float, 16> {};
    static_assert(Bio::kTags <= 16);
    const PaddedRow *find(quint64 key) const;

    // A feature hash and its row side by side, so that a probe touches one cache line.
    struct Slot {
        quint64 key = 0; // 0 = empty
        qint64 row = -1;
    };

    std::vector<quint64> m_lower; // open-addressing set, 0 = empty
    std::vector<Slot> m_slots;    // open-addressing table of feature hashes
    std::vector<PaddedRow> m_rows;
    std::vector<float> m_transitions = std::vector<float>(Bio::kTags * Bio::kTags, 0.f);
    std::vector<float> m_masked;  // m_transitions with forbidden transitions at -infinity
};

/// Best BIO sequence for a run of @p n tokens from emission scores (n x Bio::kTags, row-major)
/// and transitions (previous x tag); the run is entered from O and left to O, and I-x only
/// follows B-x or I-x. Writes @p n tags to @p tags.
void viterbi(const float *emission, int n, const float *transitions, int *tags);

/// The transitions with those that Bio::allowed() forbids set to -infinity (Bio::kTags²).
void maskTransitions(const float *transitions, float *masked);
/// viterbi() over transitions already passed through maskTransitions().
void viterbiMasked(const float *emission, int n, const float *masked, int *tags);

} // namespace Lede::Core::Extraction
