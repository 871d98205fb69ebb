#pragma once

#include "model/annotation.h"

#include <QString>
#include <QStringList>

namespace Lede::Core::Claims {

/// Attribute keys and values of a Layer::Claim annotation (see docs/claims.md).
namespace Key {
inline constexpr auto Holder = "holder";                   // display text of who holds it
inline constexpr auto HolderKind = "holderKind";           // quoted, source or author
inline constexpr auto Backing = "backing";                 // outlet, hedged, anonymous, named, none
inline constexpr auto Checkworthiness = "checkworthiness"; // 0..1, two decimals
inline constexpr auto Flag = "flag";                       // unbacked-accusation, or absent
} // namespace Key
inline constexpr auto HolderLink = "holder"; // link: speaker mention or source annotation
inline constexpr auto UnbackedAccusation = "unbacked-accusation";
inline constexpr auto Author = "author";

/// The backings, in the order the inspector lists them.
QStringList backings();
/// The holder kinds: quoted, source, author.
QStringList holderKinds();

/// The flag rule: an accusation the author makes in their own voice with nothing backing it.
bool isUnbackedAccusation(const QString &kind, const QString &holderKind, const QString &backing);
bool isUnbackedAccusation(const Annotation &claim);

/// The claim with its `flag` attribute set or removed by the rule above. Every edit of a
/// claim's kind, holder or backing passes through here, so the flag never goes stale.
Annotation withFlag(Annotation claim);

/// The backing after the holder changed to one of `holderKind`. Outlet and hedged describe
/// the text (an "according to", a "reportedly") and stay; named, anonymous and none describe
/// the holder and follow it: the author has none, someone else is named unless the backing
/// already said anonymous.
QString backingForHolder(const QString &backing, const QString &holderKind);

/// Who holds a claim, as the analyst sets it.
struct HolderChoice {
    QString name;      // display text; empty or "author" means the author
    QString kind;      // quoted, source or author; empty: author for the author, else quoted
    QString linkId;    // the speaker mention or source annotation it names, if any
    QString backing;   // what the holder itself implies: "outlet" or "anonymous", else empty
};

/// The claim held by `holder`: holder, holderKind, the holder link, the backing adjusted by
/// backingForHolder() (an outlet holder makes it "outlet"; an anonymous one "anonymous" unless
/// the text hedges or cites an outlet) and the flag recomputed.
Annotation withHolder(Annotation claim, const HolderChoice &holder);
/// The claim with another backing (one of backings()), flag recomputed.
Annotation withBacking(Annotation claim, const QString &backing);

/// What a claim tagged by hand starts with: held by the author, backing none.
Annotation handMade(Annotation claim);

} // namespace Lede::Core::Claims
