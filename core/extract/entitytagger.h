#pragma once

#include "extract/document.h"
#include "extract/entitymodel.h"
#include "extract/lexicon.h"

#include <utility>
#include <vector>

namespace Lede::Core::Extraction {

/// The statistical half of entity finding: an averaged-perceptron BIO tagger over hashed
/// features (EntityFeatures) that also reads the rule-based mentions of EntityFinder.
///
/// The model decides boundaries and types; the rules contribute what the model cannot learn
/// from GUM: titles kept as attributes, alias groups of countries, outlets, and NORP mentions
/// (GUM does not mark nationality adjectives, so the model never learnt them). Without a
/// bundled model the rule-based mentions are left as they are.
class EntityTagger
{
public:
    EntityTagger(const Lexicon &lexicon, const EntityModel &model)
        : m_lexicon(lexicon), m_features(lexicon), m_model(model)
    {}

    /// The model compiled in from resources/models/entity-tagger.txt, loaded once.
    static const EntityModel &bundledModel();

    /// Replaces doc.mentions (the rule-based mentions) with the tagger's, merged with them.
    void run(Document &doc) const;

    /// BIO tags for every token of @p doc (whose mentions are the rule-based ones).
    std::vector<int> tag(const Document &doc, const FeatureContext &ctx) const;

    /// Maximal runs [first, last) of tokens the model considers, within sentences; every
    /// other token is outside all names. The trainer learns from these whole runs.
    static std::vector<std::pair<int, int>> candidateRuns(const Document &doc, const EntityModel &model);
    /// The candidate runs without the glue at their edges (see mayEdgeName()): what tag()
    /// decodes. A run with a number or a date word keeps its edges, since dates begin and end
    /// with such words ("the night", "every day", "a few years later").
    static std::vector<std::pair<int, int>> taggedRuns(const Document &doc, const EntityModel &model,
                                                       const Lexicon &lexicon);
    /// Whether a name may begin or end with @p t. Lower-case function words ("the", "of",
    /// "and") and punctuation only join the words of a name ("Bank of England", "Washington,
    /// D.C."); alone or at a run's edge the model tags them O. Leaving them out of the runs
    /// spares the tagger about a third of its tokens.
    static bool mayEdgeName(const Token &t, const Lexicon &lexicon);

private:
    void addTitleAndGazetteer(const Document &doc, Mention &m) const;
    /// Removes the model's names that lie inside a person's title.
    static void dropNamesInsideTitles(const Document &doc, QList<Mention> &out);
    /// Adds the surnames of persons named in full before, where the model found no name.
    // Names the model missed or cut (entitynames.cpp).
    void addSurnames(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const;
    void addKnownTowns(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const;
    void retypeShortOrganisationNames(const Document &doc, QList<Mention> &out) const;
    void addRepeatedNames(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const;
    void addDatelinePlaces(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const;
    void joinPossessiveNames(const Document &doc, QList<Mention> &mentions) const;
    /// Where a ministry's remit listed after its name ends, or -1: "the Ministry of Housing,
    /// Communities and Local Government".
    int listedRemitEnd(const Document &doc, const Mention &m, const std::vector<int> &byFirst,
                       const QList<Mention> &mentions) const;
    void joinLongOrganisationNames(const Document &doc, QList<Mention> &mentions) const;
    void joinAmpersandNames(const Document &doc, QList<Mention> &mentions) const;
    void joinNamesByAcronym(const Document &doc, QList<Mention> &mentions) const;

    const Lexicon &m_lexicon;
    EntityFeatures m_features;
    const EntityModel &m_model;
};

} // namespace Lede::Core::Extraction
