#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

#include <QStringView>

#include <array>

#include <vector>

namespace Lede::Core::Extraction {

/// The tag set of the statistical entity tagger: O, then B- and I- for each type. OTHER
/// (events, works, products in the training data) is learnt so that its names are not
/// mistaken for organisations, and dropped from the output.
namespace Bio {
inline constexpr int kTypes = 7; // PERSON ORG GPE LOC NORP DATE OTHER
inline constexpr int kTags = 1 + 2 * kTypes;
inline constexpr int kOther = 6;
const QString &typeName(int type);
int typeIndex(QStringView name); // -1 when unknown
inline int beginTag(int type) { return 1 + 2 * type; }
inline int insideTag(int type) { return 2 + 2 * type; }
inline int typeOfTag(int tag) { return tag <= 0 ? -1 : (tag - 1) / 2; }
inline bool isInside(int tag) { return tag > 0 && (tag - 1) % 2 == 1; }
/// Whether @p tag may follow @p prev (I-x only continues B-x or I-x).
inline bool allowed(int prev, int tag) { return !isInside(tag) || typeOfTag(prev) == typeOfTag(tag); }
} // namespace Bio

/// Per-document facts the features read, computed once per text: gazetteer and rule
/// positions per token, sentence starts.
struct FeatureContext {
    std::vector<quint8> gazetteer;  // per token: 0, or 1 + 2*kind (+1 inside)
    std::vector<quint8> ruleTag;    // per token: BIO tag of the rule-based mention
    std::vector<quint8> sentenceStart;
    std::vector<quint8> zone;       // small code of the paragraph's zone
    // The text case-folded once, and per token its shape symbols (at most 8), so that the
    // dozen templates reading a token do not classify its characters again each time.
    std::vector<char16_t> folded;
    std::vector<std::array<char16_t, 8>> shape;
    std::vector<quint8> shapeLength;
};

/// Hashed features of one token for the entity tagger. Features are 64-bit hashes of a
/// template id and the strings it reads, computed on the fly from the text: no strings are
/// allocated per token. The trainer (tests/eval/traintagger.cpp) and the extractor share this
/// class, so that a model always sees the features it was trained on.
class EntityFeatures
{
public:
    explicit EntityFeatures(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    /// Builds the per-document context; doc.mentions must hold the rule-based mentions.
    FeatureContext context(const Document &doc) const;

    /// Appends the feature hashes of token @p t to @p out.
    void features(const Document &doc, const FeatureContext &ctx, int t, std::vector<quint64> &out) const;

    /// Case-folded hash of a token's text: the key of the lower-case words that may be part
    /// of a name ("of", "the", "years"); the tagger only considers such words, capitalised
    /// words and numbers.
    static quint64 wordKey(QStringView word);
    /// Whether a token starts with a letter in upper case or a digit.
    static bool capitalisedOrNumber(const Token &t) { return t.is(Capitalised) || t.is(Number); }

private:
    const Lexicon &m_lexicon;
};

} // namespace Lede::Core::Extraction
