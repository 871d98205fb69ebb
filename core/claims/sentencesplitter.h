#pragma once

#include "claims/wordlist.h"
#include "model/span.h"

#include <QList>
#include <QStringView>

namespace Lede::Core::Claims {

/// Splits an article into sentences for the claim stage.
///
/// The extraction result does not expose its sentences, so the claim stage keeps its own,
/// deliberately simple splitter: a line break always ends a sentence; . ! ? and … end one when
/// what follows (after closing quotation marks and brackets, and white space) starts with a
/// capital, a digit or an opening quotation mark, unless the period belongs to an abbreviation
/// ("Mr.", "Jan.", "U.S.") or an initial ("J."). Spans are trimmed of surrounding white space.
class SentenceSplitter
{
public:
    SentenceSplitter();
    explicit SentenceSplitter(PhraseList abbreviations);

    QList<Span> split(QStringView text) const;

private:
    bool periodIsAbbreviation(QStringView text, int period) const;
    PhraseList m_abbreviations;
};

} // namespace Lede::Core::Claims
