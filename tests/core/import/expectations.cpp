#include "expectations.h"

#include <QFile>

namespace Lede::Test {

Expectations readExpectations(const QString &path)
{
    Expectations out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QString zone = line.section(u'\t', 0, 0);
        const QString text = line.section(u'\t', 1);
        if (zone == u"NOT")
            out.boilerplate.append(text);
        else
            out.blocks.append({zone, text});
    }
    return out;
}

ImportScore score(const QString &text, const QList<Core::Annotation> &zones, const Expectations &expected)
{
    ImportScore s;
    qsizetype next = 0; // zones are matched in order
    for (const auto &block : expected.blocks) {
        s.bodyChars += block.text.size();
        qsizetype found = -1;
        for (qsizetype i = next; i < zones.size() && found < 0; ++i)
            if (text.mid(zones[i].span.start, zones[i].span.length()) == block.text)
                found = i;
        if (found < 0) {
            s.lostChars += block.text.size();
            s.problems.append(QStringLiteral("missing: %1 %2").arg(block.zone, block.text));
            continue;
        }
        if (zones[found].label != block.zone)
            s.problems.append(QStringLiteral("zone %1 instead of %2: %3").arg(zones[found].label, block.zone, block.text));
        next = found + 1;
    }
    for (const QString &snippet : expected.boilerplate) {
        s.boilerplateChars += snippet.size();
        if (text.contains(snippet)) {
            s.leakedChars += snippet.size();
            s.problems.append(QStringLiteral("leaked: %1").arg(snippet));
        }
    }
    return s;
}

} // namespace Lede::Test
