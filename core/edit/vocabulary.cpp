#include "edit/vocabulary.h"

namespace Lede::Core {

QStringList labelsOf(Layer layer)
{
    switch (layer) {
    case Layer::Entity:
        return {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("LOC"),
                QStringLiteral("NORP"), QStringLiteral("DATE")};
    case Layer::Quote:
        return {QStringLiteral("DIRECT"), QStringLiteral("PARTIAL"), QStringLiteral("INDIRECT"), QStringLiteral("SCARE")};
    case Layer::Cue: return {QStringLiteral("SPEECH")};
    case Layer::Source: return {QStringLiteral("OUTLET"), QStringLiteral("ANONYMOUS")};
    case Layer::Hedge: return {QStringLiteral("HEDGE")};
    case Layer::Loaded: return {QStringLiteral("LOADED"), QStringLiteral("INTENSIFIER")};
    case Layer::Zone:
        return {QStringLiteral("HEADLINE"), QStringLiteral("STANDFIRST"), QStringLiteral("DATELINE"),
                QStringLiteral("BYLINE"), QStringLiteral("CAPTION"), QStringLiteral("CREDIT"),
                QStringLiteral("BODY"), QStringLiteral("BOILERPLATE")};
    case Layer::Claim:
        return {QStringLiteral("EVENT"), QStringLiteral("NUMBER"), QStringLiteral("COMPARISON"), QStringLiteral("CAUSE"),
                QStringLiteral("ACCUSATION"), QStringLiteral("PREDICTION")};
    }
    return {};
}

QList<Layer> reviewLayers()
{
    return {Layer::Entity, Layer::Quote, Layer::Cue, Layer::Source, Layer::Hedge, Layer::Loaded, Layer::Claim, Layer::Zone};
}

} // namespace Lede::Core
