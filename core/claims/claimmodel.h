#pragma once

#include "claims/claimfeatures.h"
#include "result.h"

#include <QString>

namespace Lede::Core::Claims {

/// A logistic model over the claim features: checkworthiness = 1 / (1 + e^-(bias + w·f)).
///
/// The weights are a readable text file, resources/claims/weights.txt, one "name value" per
/// line with a comment saying why; the analyst can see exactly why a sentence scored as it
/// did. A sentence is a claim when its score reaches the threshold.
class ClaimModel
{
public:
    /// Parses the weights format; errors name the line ("line 4: unknown feature 'nmber'").
    static Result<ClaimModel> parse(const QString &text);
    /// The weights compiled in at ":/claims/weights.txt".
    static const ClaimModel &builtIn();

    double score(const FeatureVector &features) const;
    double threshold() const { return m_threshold; }
    double weight(Feature feature) const { return m_weights[size_t(feature)]; }
    double bias() const { return m_bias; }

private:
    double m_bias = 0;
    double m_threshold = 0.5;
    FeatureVector m_weights{};
};

} // namespace Lede::Core::Claims
