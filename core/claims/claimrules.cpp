#include "claims/claimrules.h"

namespace Lede::Core::Claims {
namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

} // namespace

QStringList backings()
{
    return {QStringLiteral("outlet"), QStringLiteral("hedged"), QStringLiteral("anonymous"), QStringLiteral("named"),
            QStringLiteral("none")};
}

QStringList holderKinds()
{
    return {QStringLiteral("quoted"), QStringLiteral("source"), QString::fromLatin1(Author)};
}

bool isUnbackedAccusation(const QString &kind, const QString &holderKind, const QString &backing)
{
    return kind == u"ACCUSATION" && holderKind == QLatin1String(Author) && backing == u"none";
}

bool isUnbackedAccusation(const Annotation &claim)
{
    // The label first: most claims are not accusations, and the attribute look-ups are not free
    // when a panel sorts thousands of claims by this flag.
    return claim.layer == Layer::Claim && claim.label == u"ACCUSATION"
           && isUnbackedAccusation(claim.label, claim.attribute(key(Key::HolderKind)), claim.attribute(key(Key::Backing)));
}

Annotation withFlag(Annotation claim)
{
    if (claim.layer != Layer::Claim)
        return claim;
    if (isUnbackedAccusation(claim))
        claim.attributes.insert(key(Key::Flag), QString::fromLatin1(UnbackedAccusation));
    else
        claim.attributes.remove(key(Key::Flag));
    return claim;
}

QString backingForHolder(const QString &backing, const QString &holderKind)
{
    if (backing == u"outlet" || backing == u"hedged")
        return backing;
    if (holderKind == QLatin1String(Author))
        return QStringLiteral("none");
    return backing == u"anonymous" ? backing : QStringLiteral("named");
}

Annotation withHolder(Annotation claim, const HolderChoice &holder)
{
    const QString name = holder.name.simplified();
    const bool author = holder.kind == QLatin1String(Author)
                        || (holder.kind.isEmpty() && (name.isEmpty() || name.compare(QLatin1String(Author), Qt::CaseInsensitive) == 0));
    const QString kind = author ? QString::fromLatin1(Author) : holder.kind.isEmpty() ? QStringLiteral("quoted") : holder.kind;
    claim.attributes.insert(key(Key::Holder), author ? QString::fromLatin1(Author) : name);
    claim.attributes.insert(key(Key::HolderKind), kind);
    if (author || holder.linkId.isEmpty())
        claim.links.remove(key(HolderLink));
    else
        claim.links.insert(key(HolderLink), holder.linkId);
    QString backing = backingForHolder(claim.attribute(key(Key::Backing)), kind);
    if (!author && holder.backing == u"outlet")
        backing = holder.backing;
    else if (!author && holder.backing == u"anonymous" && backing != u"outlet" && backing != u"hedged")
        backing = holder.backing;
    claim.attributes.insert(key(Key::Backing), backing);
    return withFlag(std::move(claim));
}

Annotation withBacking(Annotation claim, const QString &backing)
{
    claim.attributes.insert(key(Key::Backing), backing);
    return withFlag(std::move(claim));
}

Annotation handMade(Annotation claim)
{
    claim.attributes.insert(key(Key::Holder), QString::fromLatin1(Author));
    claim.attributes.insert(key(Key::HolderKind), QString::fromLatin1(Author));
    claim.attributes.insert(key(Key::Backing), QStringLiteral("none"));
    return withFlag(std::move(claim));
}

} // namespace Lede::Core::Claims
