#pragma once

#include <QList>
#include <QString>

namespace Lede::Core {

/// The text a reader with universal newlines sees (Python's default, and so brat's): CR LF and
/// a lone CR both become LF. Maps UTF-16 offsets between the original and the normalised text.
///
/// Only a CR LF pair changes the length (one unit fewer); a lone CR is replaced in place.
class NewlineMap
{
public:
    explicit NewlineMap(const QString &original);

    const QString &normalised() const { return m_normalised; }
    bool isIdentity() const { return m_removed.isEmpty(); }

    /// Offset in the normalised text of an offset in the original. The offset between CR and
    /// LF maps to the LF.
    int toNormalised(int originalOffset) const;
    /// Offset in the original text of an offset in the normalised one. A start on a line break
    /// maps to its CR, an end just after it maps past its LF, so spans keep whole line breaks.
    int toOriginal(int normalisedOffset) const;

private:
    QString m_normalised;
    QList<int> m_removed; // original offsets of the CRs dropped from CR LF pairs, ascending
};

} // namespace Lede::Core
