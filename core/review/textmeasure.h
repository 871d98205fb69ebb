#pragma once

#include "model/span.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Lede::Core::Review {

/// Counts words the way an analyst would count them by hand: a word is a run of characters
/// without white space that holds at least one letter or digit ("80,000", "so-called",
/// "“We" are one word each; a lone "—" is none).
int countWords(QStringView text);

/// A set of UTF-16 ranges kept sorted and merged, so that text covered twice (a partial
/// quote inside a reported clause) is counted once.
class RangeSet
{
public:
    RangeSet() = default;
    explicit RangeSet(const QList<Span> &spans);

    void add(Span span);
    const QList<Span> &ranges() const { return m_ranges; }
    bool isEmpty() const { return m_ranges.isEmpty(); }
    /// The ranges covered by both sets.
    RangeSet intersected(const RangeSet &other) const;
    /// Words of `text` inside the ranges, each range counted on its own.
    int words(const QString &text) const;
    bool overlaps(Span span) const;

private:
    QList<Span> m_ranges;
};

/// Sentences of a range of text: breaks after . ! ? (and any closing quotation marks) when
/// white space and then an upper-case letter, a digit or an opening quotation mark follow,
/// and always at line ends. Returned spans are trimmed of white space; empty ones dropped.
QList<Span> sentencesIn(const QString &text, Span range);

/// The text of a span with runs of white space folded to one space.
QString spanText(const QString &text, Span span);

} // namespace Lede::Core::Review
