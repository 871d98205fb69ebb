#include "review/htmlarticle.h"

#include "review/activeannotations.h"
#include "review/html.h"

#include <QHash>

#include <algorithm>

namespace Lede::Core::Review::Html {
namespace {

struct Mark {
    Span span;
    int rank = 0; // at equal spans, lower ranks enclose higher ones
    QString classes;
    QString title;
};

bool encloses(const Mark &a, const Mark &b)
{
    if (a.span.start != b.span.start)
        return a.span.start < b.span.start;
    if (a.span.end != b.span.end)
        return a.span.end > b.span.end;
    return a.rank < b.rank;
}

QList<Mark> marksOf(const ActiveAnnotations &active, const QString &text, const VoiceStats &voices,
                    const ReportingVerbs &verbs)
{
    QHash<QString, const SpeakerStats *> speakerOfQuote;
    for (const SpeakerStats &speaker : voices.speakers)
        for (const QString &id : speaker.quoteIds)
            speakerOfQuote.insert(id, &speaker);

    QList<Mark> marks;
    for (const Annotation *quote : active.layer(Layer::Quote)) {
        if (quote->label == QLatin1String("SCARE")) {
            marks.append(Mark{quote->span, 1, QStringLiteral("scare"), QStringLiteral("Scare quotes: the author's distance")});
            continue;
        }
        const SpeakerStats *speaker = speakerOfQuote.value(quote->id);
        const QString colourClass = speaker && speaker->colour >= 0 ? QStringLiteral("c%1").arg(speaker->colour)
                                                                    : QStringLiteral("cu");
        marks.append(Mark{quote->span, 0, QStringLiteral("q ") + colourClass,
                          quote->label.toLower() + QStringLiteral(" quote: ")
                              + (speaker ? speaker->name : QStringLiteral("unattributed"))});
    }
    for (const Annotation *source : active.layer(Layer::Source))
        marks.append(Mark{source->span, 2, QStringLiteral("src"),
                          source->label == QLatin1String("OUTLET") ? QStringLiteral("Outlet or agency cited")
                                                                   : QStringLiteral("Anonymous source")});
    for (const Annotation *cue : active.layer(Layer::Cue)) {
        const ReportingVerbs::Entry entry = verbs.classify(spanText(text, cue->span));
        const bool loaded = entry.tone == VerbTone::Loaded;
        marks.append(Mark{cue->span, 3, loaded ? QStringLiteral("cue cue-loaded") : QStringLiteral("cue"),
                          QStringLiteral("Reporting verb, ") + verbToneName(entry.tone)
                              + (entry.why.isEmpty() ? QString() : QStringLiteral(": ") + entry.why)});
    }
    for (const Annotation *hedge : active.layer(Layer::Hedge))
        marks.append(Mark{hedge->span, 4, QStringLiteral("hedge"), QStringLiteral("Hedge")});
    for (const Annotation *loaded : active.layer(Layer::Loaded)) {
        const bool quoted = active.voiceOf(*loaded) == QLatin1String("quoted");
        const QString what = loaded->label == QLatin1String("INTENSIFIER") ? QStringLiteral("Intensifier")
                                                                           : QStringLiteral("Loaded word");
        marks.append(Mark{loaded->span, 5, quoted ? QStringLiteral("lq") : QStringLiteral("la"),
                          what + (quoted ? QStringLiteral(", inside a quote") : QStringLiteral(", author's voice"))});
    }
    std::stable_sort(marks.begin(), marks.end(), encloses);
    return marks;
}

QString openTag(const Mark &mark)
{
    return QStringLiteral("<span class=\"%1\" title=\"%2\">").arg(mark.classes, escape(mark.title));
}

/// One line of text with the marks that overlap it, as nested spans.
QString renderLine(const QString &text, Span line, const QList<const Mark *> &marks)
{
    QList<int> cuts{line.start, line.end};
    for (const Mark *mark : marks) {
        cuts.append(std::clamp(mark->span.start, line.start, line.end));
        cuts.append(std::clamp(mark->span.end, line.start, line.end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString html;
    QList<const Mark *> open;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const Span segment{cuts[i], cuts[i + 1]};
        QList<const Mark *> wanted;
        for (const Mark *mark : marks) // already in enclosing order
            if (mark->span.contains(segment))
                wanted.append(mark);
        qsizetype keep = 0;
        while (keep < open.size() && keep < wanted.size() && open[keep] == wanted[keep])
            ++keep;
        for (qsizetype k = open.size(); k > keep; --k)
            html += QLatin1String("</span>");
        open.resize(keep);
        for (qsizetype k = keep; k < wanted.size(); ++k) {
            html += openTag(*wanted[k]);
            open.append(wanted[k]);
        }
        html += escape(text.mid(segment.start, segment.length()));
    }
    for (qsizetype k = 0; k < open.size(); ++k)
        html += QLatin1String("</span>");
    return html;
}

} // namespace

QString highlightedArticle(const AnnotationSet &annotations, const QString &text, const VoiceStats &voices,
                           const ReportingVerbs &verbs)
{
    const ActiveAnnotations active(annotations);
    const QList<Mark> marks = marksOf(active, text, voices, verbs);
    QString html;
    int lineStart = 0;
    while (lineStart <= text.size()) {
        int lineEnd = int(text.indexOf(u'\n', lineStart));
        if (lineEnd < 0)
            lineEnd = int(text.size());
        Span line{lineStart, lineEnd};
        while (line.end > line.start && text[line.end - 1].isSpace())
            --line.end; // "\r" of CRLF files and trailing blanks
        if (!text.mid(line.start, line.length()).trimmed().isEmpty()) {
            QList<const Mark *> inLine;
            for (const Mark &mark : marks)
                if (mark.span.overlaps(line))
                    inLine.append(&mark);
            QString zone = active.zoneAt(line.start).toLower();
            if (zone.isEmpty())
                zone = QStringLiteral("body");
            html += QStringLiteral("<p class=\"z-%1\">").arg(zone) + renderLine(text, line, inLine)
                + QLatin1String("</p>\n");
        }
        lineStart = lineEnd + 1;
    }
    return html;
}

QString articleCss()
{
    QString css = QStringLiteral(
        ".article p{margin:0 0 .8em;line-height:1.75}"
        ".article .z-headline{font-size:1.5em;font-weight:700;line-height:1.3}"
        ".article .z-standfirst{font-size:1.1em;font-weight:600}"
        ".article .z-dateline,.article .z-byline{color:#555;font-size:.9em}"
        ".article .z-caption{font-style:italic;color:#444}"
        ".article .z-credit,.article .z-boilerplate{color:#888;font-size:.85em}"
        ".q{border-bottom:3px solid;padding-bottom:1px}"
        ".cu{border-bottom-color:%1;background:%2}"
        ".scare{border-bottom:2px dashed #777}"
        ".cue{font-weight:700}"
        ".cue-loaded{color:#b00020}"
        ".hedge{text-decoration:underline wavy #c77700;text-decoration-skip-ink:none}"
        ".la{background:#ffcdd2;outline:1px solid #e57373;border-radius:2px}"
        ".lq{outline:1px dotted #7b1fa2;border-radius:2px}"
        ".src{font-variant:small-caps;outline:1px solid #607d8b;border-radius:2px}")
                      .arg(QString::fromLatin1(UnattributedColour), QString::fromLatin1(UnattributedColour) + QStringLiteral("22"));
    for (int i = 0; i < 12; ++i) {
        const QString colour = speakerColour(i);
        css += QStringLiteral(".c%1{border-bottom-color:%2;background:%3}").arg(QString::number(i), colour, colour + QStringLiteral("1f"));
    }
    return css;
}

} // namespace Lede::Core::Review::Html
