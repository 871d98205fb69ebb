#include "model/annotation.h"
#include "model/article.h"

#include <QCryptographicHash>

#include <array>

namespace Lede::Core {
namespace {

struct LayerName {
    Layer layer;
    QStringView name; // static text: layerName() wraps it without a copy
};
constexpr std::array kLayers{
    LayerName{Layer::Entity, u"entity"}, LayerName{Layer::Quote, u"quote"},
    LayerName{Layer::Cue, u"cue"},       LayerName{Layer::Source, u"source"},
    LayerName{Layer::Hedge, u"hedge"},   LayerName{Layer::Loaded, u"loaded"},
    LayerName{Layer::Zone, u"zone"},     LayerName{Layer::Claim, u"claim"},
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
            return QString::fromRawData(entry.name.data(), entry.name.size());
    return {};
}

std::optional<Layer> layerFromName(const QString &name)
{
    for (const auto &entry : kLayers)
        if (name == entry.name)
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
