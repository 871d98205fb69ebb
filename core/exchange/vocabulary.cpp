#include "exchange/vocabulary.h"

#include <QHash>

namespace Lede::Core {
namespace {

const QHash<QString, Layer> &labels()
{
    static const QHash<QString, Layer> table = [] {
        QHash<QString, Layer> t;
        for (const char *l : {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"})
            t.insert(QString::fromLatin1(l), Layer::Entity);
        for (const char *l : {"DIRECT", "PARTIAL", "INDIRECT", "SCARE"})
            t.insert(QString::fromLatin1(l), Layer::Quote);
        t.insert(QStringLiteral("SPEECH"), Layer::Cue);
        t.insert(QStringLiteral("OUTLET"), Layer::Source);
        t.insert(QStringLiteral("ANONYMOUS"), Layer::Source);
        t.insert(QStringLiteral("HEDGE"), Layer::Hedge);
        t.insert(QStringLiteral("LOADED"), Layer::Loaded);
        t.insert(QStringLiteral("INTENSIFIER"), Layer::Loaded);
        for (const char *l : {"HEADLINE", "STANDFIRST", "DATELINE", "BYLINE", "CAPTION", "CREDIT", "BODY", "BOILERPLATE"})
            t.insert(QString::fromLatin1(l), Layer::Zone);
        for (const char *l : {"EVENT", "NUMBER", "COMPARISON", "CAUSE", "ACCUSATION", "PREDICTION"})
            t.insert(QString::fromLatin1(l), Layer::Claim);
        return t;
    }();
    return table;
}

} // namespace

QString normalisedLabel(const QString &label)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("PER"), QStringLiteral("PERSON")},
        {QStringLiteral("ORGANIZATION"), QStringLiteral("ORG")},
        {QStringLiteral("ORGANISATION"), QStringLiteral("ORG")},
        {QStringLiteral("LOCATION"), QStringLiteral("LOC")},
        {QStringLiteral("QUOTE"), QStringLiteral("DIRECT")},
        {QStringLiteral("CUE"), QStringLiteral("SPEECH")},
    };
    const QString upper = label.toUpper();
    return aliases.value(upper, upper);
}

std::optional<Layer> layerForLabel(const QString &label)
{
    const auto it = labels().constFind(normalisedLabel(label));
    if (it == labels().cend())
        return std::nullopt;
    return *it;
}

QString ledeUrn(const QString &fingerprint, const QString &id)
{
    return QStringLiteral("urn:lede:%1:%2").arg(fingerprint.left(16), id);
}

QString idFromLedeUrn(const QString &iri)
{
    if (!iri.startsWith(QLatin1String("urn:lede:")))
        return {};
    return iri.section(u':', 3);
}

} // namespace Lede::Core
