#pragma once

#include "labelset.h"

#include "model/annotation.h"

#include <QList>
#include <QString>

namespace Lede::Test {

/// Claim scores of one or more labelled texts.
///
/// A predicted claim matches a gold claim when they overlap by at least half of the shorter of
/// the two (each matched at most once, best overlap first). Holder, backing and kind are
/// scored over the matched pairs. A holder is right when both are the author, or both are
/// someone else and their names share a word of three letters or more ("Brenner" and
/// "Interior Minister Olaf Brenner").
struct ClaimScores {
    int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    int holderRight = 0, holderKindRight = 0, backingRight = 0, kindRight = 0;
    int flagTrue = 0, flagFalse = 0, flagMissed = 0; // "unbacked-accusation"
    QStringList errors; // readable lines, one per mistake

    void add(const ClaimScores &o);
    double precision() const;
    double recall() const;
    double f1() const;
    double holderAccuracy() const { return ratio(holderRight); }
    double holderKindAccuracy() const { return ratio(holderKindRight); }
    double backingAccuracy() const { return ratio(backingRight); }
    double kindAccuracy() const { return ratio(kindRight); }

private:
    double ratio(int n) const { return truePositives ? double(n) / truePositives : 0.0; }
};

bool sameHolder(const QString &gold, const QString &predicted);

ClaimScores scoreClaims(const LabelledText &gold, const QList<Lede::Core::Annotation> &predicted);

} // namespace Lede::Test
