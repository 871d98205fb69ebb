#pragma once

#include <QHash>
#include <QString>

namespace Lede::Core::Review {

/// How much a reporting verb colours the statement it reports.
enum class VerbTone {
    Neutral, // said, told, added: reports that something was said
    Loaded,  // claimed, admitted, insisted: tells the reader how to take it
    Other,   // not in the list
};

QString verbToneName(VerbTone tone);

/// The classification of reporting verbs, read from resources/review/reporting-verbs.txt
/// (compiled in at ":/review/reporting-verbs.txt"), or given directly in tests.
class ReportingVerbs
{
public:
    struct Entry {
        VerbTone tone = VerbTone::Other;
        QString why; // for loaded verbs: what the verb suggests
    };

    /// The bundled list, read once.
    static const ReportingVerbs &bundled();
    /// Parses the list format: "FORM TONE [why]" per line, '#' starts a comment line. FORM may
    /// be two words ("according to", "pointed out").
    static ReportingVerbs parse(const QString &listText);

    /// The entry of a cue's text: the whole cue lower-cased, else its first two words, else
    /// its first word ("told reporters" -> "told").
    Entry classify(const QString &cueText) const;
    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace Lede::Core::Review
