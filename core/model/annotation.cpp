#include "model/annotation.h"
#include "model/article.h"

#include <QCryptographicHash>

#include <array>

namespace Lede::Core {
namespace {

struct LayerName {
    Layer layer;
    const char *name;
};
constexpr std::array kLayers{
    LayerName{Layer::Entity, "entity"}, LayerName{Layer::Quote, "quote"},
    LayerName{Layer::Cue, "cue"},       LayerName{Layer::Source, "source"},
    LayerName{Layer::Hedge, "hedge"},   LayerName{Layer::Loaded, "loaded"},
    LayerName{Layer::Zone, "zone"},     LayerName{Layer::Claim, "claim"},
};

struct StatusName {
    Status status;
    const char *name;
};
constexpr std::array kStatuses{
    StatusName{Status::Suggested, "suggested"},
    StatusName{Status::Accepted, "accepted"},
    StatusName{Status::Rejected, "rejected"},
    StatusName{Status::Added, "added"},
};

} // namespace

QString layerName(Layer layer)
{
    for (const auto &entry : kLayers)
        if (entry.layer == layer)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<Layer> layerFromName(const QString &name)
{
    for (const auto &entry : kLayers)
        if (name == QLatin1String(entry.name))
            return entry.layer;
    return std::nullopt;
}

QString statusName(Status status)
{
    for (const auto &entry : kStatuses)
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<Status> statusFromName(const QString &name)
{
    for (const auto &entry : kStatuses)
        if (name == QLatin1String(entry.name))
            return entry.status;
    return std::nullopt;
}

QString fingerprintOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Article::fingerprint() const
{
    return fingerprintOf(text);
}

} // namespace Lede::Core
