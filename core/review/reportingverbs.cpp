#include "review/reportingverbs.h"

#include <QFile>
#include <QStringList>

namespace Lede::Core::Review {

QString verbToneName(VerbTone tone)
{
    switch (tone) {
    case VerbTone::Neutral:
        return QStringLiteral("neutral");
    case VerbTone::Loaded:
        return QStringLiteral("loaded");
    case VerbTone::Other:
        break;
    }
    return QStringLiteral("other");
}

const ReportingVerbs &ReportingVerbs::bundled()
{
    static const ReportingVerbs verbs = [] {
        QFile file(QStringLiteral(":/review/reporting-verbs.txt"));
        // A missing list leaves every verb "other"; the review tests check that it loads.
        if (!file.open(QIODevice::ReadOnly))
            return ReportingVerbs{};
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return verbs;
}

ReportingVerbs ReportingVerbs::parse(const QString &listText)
{
    ReportingVerbs verbs;
    const QStringList lines = listText.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        // The tone is the first word after the form that names a tone, so that a form may
        // have two words.
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString &word = words[i];
            VerbTone tone;
            if (word == QLatin1String("neutral"))
                tone = VerbTone::Neutral;
            else if (word == QLatin1String("loaded"))
                tone = VerbTone::Loaded;
            else
                continue;
            const QString form = words.mid(0, i).join(u' ').toLower();
            verbs.m_entries.insert(form, Entry{tone, words.mid(i + 1).join(u' ')});
            break;
        }
    }
    return verbs;
}

ReportingVerbs::Entry ReportingVerbs::classify(const QString &cueText) const
{
    const QStringList words = cueText.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    for (qsizetype n : {words.size(), qsizetype(2), qsizetype(1)}) {
        if (n > words.size())
            continue;
        const auto it = m_entries.constFind(words.mid(0, n).join(u' '));
        if (it != m_entries.cend())
            return *it;
    }
    return {};
}

} // namespace Lede::Core::Review
