#pragma once

#include "model/span.h"

#include <QList>
#include <QString>

namespace Lede::Test {

/// One labelled claim: where it is, its kind, who holds it and on what backing.
struct GoldClaim {
    Lede::Core::Span span;
    QString kind;       // EVENT, NUMBER, COMPARISON, CAUSE, ACCUSATION, PREDICTION
    QString holderKind; // quoted, source, author
    QString holder;     // the holder's text; empty for the author
    QString backing;    // named, outlet, anonymous, hedged, none
};

/// A labelled text: every sentence of its body was judged; claims not listed are not claims.
struct LabelledText {
    QString name;
    QString split; // "tuning" or "held-out"
    QString text;
    QList<GoldClaim> claims;
    QList<Lede::Core::Span> nonClaims; // sentences judged not claims, where the labels say so
};

/// Reads a file of own sentences (tests/data/claims/own-*.txt): articles built from labelled
/// sentences. Errors name the line.
QList<LabelledText> readOwnSentences(const QString &path, const QString &split, QString *error);

/// Reads tests/data/claims/gum-labels.tsv and the GUM documents it names from @p gumNewsDir
/// (code point offsets are mapped to UTF-16 here).
QList<LabelledText> readGumLabels(const QString &path, const QString &gumNewsDir, QString *error);

} // namespace Lede::Test
