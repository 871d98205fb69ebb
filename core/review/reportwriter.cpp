// The HTML report: the same figures as the review views, laid out for an editor to read and
// print. Every section states what it counts so that each figure can be checked by hand.
#include "review/reportwriter.h"

#include "review/html.h"
#include "review/htmlarticle.h"
#include "review/review.h"
#include "review/textmeasure.h"

#include <QFileInfo>

namespace Lede::Core::Review {
namespace {

using Html::escape;
using Html::percent;

const char *const kCss = R"(
*{box-sizing:border-box}
body{font-family:"DejaVu Sans","Helvetica Neue",Arial,sans-serif;color:#1d1d1f;margin:0;background:#f4f4f2;font-size:14px}
main{max-width:980px;margin:0 auto;background:#fff;padding:36px 48px 48px}
header .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:11px;color:#8a1c1c;font-weight:700}
h1{font-family:"DejaVu Serif",Georgia,serif;font-size:26px;margin:.25em 0 .3em;line-height:1.25}
h2{font-size:17px;border-bottom:2px solid #1d1d1f;padding-bottom:4px;margin:2em 0 .8em}
h3{font-size:14px;margin:1.4em 0 .5em;color:#333}
.meta{color:#666;font-size:12px}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin-top:18px}
.card{border:1px solid #ddd;border-top:4px solid #1d1d1f;padding:10px 12px;border-radius:2px}
.card .figure{font-size:26px;font-weight:700}
.card .label{font-size:12px;color:#333;font-weight:600}
.card .detail{font-size:11px;color:#666;margin-top:2px}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:.4em 0 1em}
th{text-align:left;border-bottom:1.5px solid #333;padding:4px 6px;font-size:11.5px;color:#333}
td{border-bottom:1px solid #e3e3e3;padding:4px 6px;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:baseline}
.loaded-verb{color:#b00020;font-weight:600}
.chart{display:block;margin:.4em 0 .8em}
.chart text{font-size:12px;font-family:inherit;fill:#1d1d1f}
.two{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.callout{border-left:4px solid #8a1c1c;background:#faf6f2;padding:8px 12px;margin:.6em 0}
.callout .zone{font-size:11px;text-transform:uppercase;letter-spacing:.08em;color:#8a1c1c;font-weight:700}
.unbacked{border:2px solid #c62828;background:#fdf3f2;padding:10px 14px;margin:18px 0 0}
.unbacked h2{margin:0 0 .5em;border-bottom:none;color:#8a1c1c}
.unbacked ol{margin:.2em 0 .2em 1.2em;padding:0}
.unbacked li{margin-bottom:.35em}
.note{color:#666;font-size:12px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:12px;margin:.5em 0 1em;padding:8px 10px;border:1px solid #e3e3e3}
.article{font-family:"DejaVu Serif",Georgia,serif;font-size:14.5px}
ol.statements li{margin-bottom:.35em}
@media print{
  body{background:#fff;font-size:11pt}
  main{max-width:none;padding:0}
  h2{break-after:avoid}
  table,.callout,.card,svg{break-inside:avoid}
  .article-section{break-before:page}
  @page{size:A4;margin:16mm 14mm}
}
)";

QString card(const QString &figure, const QString &label, const QString &detail)
{
    return QStringLiteral("<div class=\"card\"><div class=\"figure\">%1</div><div class=\"label\">%2</div>"
                          "<div class=\"detail\">%3</div></div>")
        .arg(escape(figure), escape(label), escape(detail));
}

QString swatch(const QString &colour)
{
    return QStringLiteral("<span class=\"swatch\" style=\"background:%1\"></span>").arg(escape(colour));
}

QString colourOf(const SpeakerStats &speaker)
{
    return speakerColour(speaker.colour);
}

QString summarySection(const Summary &s)
{
    QString html = QStringLiteral("<section><div class=\"cards\">");
    html += card(percent(s.quotedShare, s.articleWords > 0), QStringLiteral("of the text is quoted"),
                 QStringLiteral("%1 of %2 words in quotes (direct, partial, indirect)").arg(s.quotedWords).arg(s.articleWords));
    html += card(QString::number(s.speakers), QStringLiteral("distinct speakers"),
                 QStringLiteral("%1 quotes: %2 direct, %3 partial, %4 indirect").arg(s.quotes).arg(s.direct).arg(s.partial).arg(s.indirect));
    html += card(QString::number(s.sources), QStringLiteral("sources cited"),
                 QStringLiteral("%1 outlets or agencies, %2 anonymous").arg(s.outlets).arg(s.anonymousSources));
    html += card(QString::number(s.hedges), QStringLiteral("hedges"),
                 QStringLiteral("in %1 sentences (reportedly, allegedly, ...)").arg(s.hedgedSentences));
    html += card(QStringLiteral("%1 / %2").arg(s.loadedAuthor).arg(s.loadedQuoted), QStringLiteral("loaded words: author / quoted"),
                 QStringLiteral("evaluative words in the reporter's voice versus inside quotes"));
    html += card(QStringLiteral("%1 / %2").arg(s.neutralCues).arg(s.loadedCues), QStringLiteral("reporting verbs: neutral / loaded"),
                 QStringLiteral("%1 sentences in the author's voice without attribution").arg(s.unattributedStatements));
    QStringList kinds;
    for (const KindCount &k : s.claimsByKind)
        if (k.count > 0)
            kinds.append(QStringLiteral("%1 %2").arg(k.kind.toLower()).arg(k.count));
    html += card(QString::number(s.claims), QStringLiteral("check-worthy claims"),
                 kinds.isEmpty() ? QStringLiteral("none marked") : kinds.join(QStringLiteral(", ")));
    html += card(QString::number(s.unbackedAccusations), QStringLiteral("unbacked accusations"),
                 QStringLiteral("accusations in the author's own voice with no source, outlet or hedge"));
    html += QLatin1String("</div></section>\n");
    return html;
}

/// The first thing the report shows: accusations the article makes in its own voice with
/// nothing behind them.
QString unbackedSection(const ClaimStats &claims)
{
    QString html = QStringLiteral("<section class=\"unbacked\" id=\"unbacked-accusations\"><h2>Unbacked accusations in the "
                                  "author's voice (%1)</h2>")
                       .arg(claims.unbackedAccusations.size());
    if (claims.unbackedAccusations.isEmpty())
        return html + QStringLiteral("<p class=\"note\">None: every accusation among the %1 claims is attributed to "
                                     "someone, to an outlet, or hedged.</p></section>\n")
                          .arg(claims.total);
    html += QStringLiteral("<p class=\"note\">Claims of wrongdoing the article states itself, with no speaker, "
                           "source, outlet or hedge backing them.</p><ol>");
    for (const ClaimEntry &claim : claims.unbackedAccusations)
        html += QStringLiteral("<li>%1</li>").arg(escape(claim.text));
    return html + QLatin1String("</ol></section>\n");
}

QString verbList(const SpeakerStats &speaker)
{
    QStringList parts;
    for (const VerbUse &use : speaker.verbs) {
        QString item = escape(use.verb) + (use.count > 1 ? QStringLiteral(" ×%1").arg(use.count) : QString());
        if (use.tone == VerbTone::Loaded)
            item = QStringLiteral("<span class=\"loaded-verb\" title=\"%1\">%2</span>").arg(escape(use.why), item);
        parts.append(item);
    }
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

QString voicesSection(const VoiceStats &voices)
{
    QString html = QStringLiteral("<section><h2>Voices</h2>");
    if (voices.speakers.isEmpty())
        return html + QStringLiteral("<p class=\"note\">No quotes are marked.</p></section>\n");
    html += QStringLiteral("<p class=\"note\">Share of all quoted words (%1 words), per speaker.</p>").arg(voices.totalWords);
    QList<Html::Bar> bars;
    for (const SpeakerStats &speaker : voices.speakers)
        bars.append(Html::Bar{speaker.name, speaker.share,
                              QStringLiteral("%1 (%2 w)").arg(percent(speaker.share)).arg(speaker.words), colourOf(speaker)});
    html += Html::barChart(bars, 700);
    html += QStringLiteral("<table><thead><tr><th>Speaker</th><th>Side</th><th class=\"n\">Quotes</th>"
                           "<th class=\"n\">Words</th><th class=\"n\">Share</th><th class=\"n\">Direct</th>"
                           "<th class=\"n\">Partial</th><th class=\"n\">Indirect</th><th>Reporting verbs</th>"
                           "<th class=\"n\">Neutral / loaded</th></tr></thead><tbody>");
    for (const SpeakerStats &speaker : voices.speakers) {
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td>"
                               "<td class=\"n\">%6</td><td class=\"n\">%7</td><td class=\"n\">%8</td>"
                               "<td class=\"n\">%9</td>")
                    .arg(swatch(colourOf(speaker)), escape(speaker.name),
                         escape(speaker.side.isEmpty() ? QStringLiteral("–") : speaker.side), QString::number(speaker.quotes),
                         QString::number(speaker.words), percent(speaker.share), QString::number(speaker.direct),
                         QString::number(speaker.partial), QString::number(speaker.indirect));
        html += QStringLiteral("<td>%1</td><td class=\"n\">%2 / %3</td></tr>")
                    .arg(verbList(speaker))
                    .arg(speaker.neutralCues)
                    .arg(speaker.loadedCues);
    }
    html += QLatin1String("</tbody></table>");

    html += QStringLiteral("<h3>Shares by side</h3>");
    const bool anySide = std::any_of(voices.sides.cbegin(), voices.sides.cend(),
                                     [](const SideStats &side) { return !side.side.isEmpty(); });
    if (!anySide) {
        html += QStringLiteral("<p class=\"note\">No sides assigned yet. In Lede, give speakers a side "
                               "(government, opposition, expert, citizen, ...) to compare them.</p>");
    } else {
        static const char *const kSideColours[] = {"#37474f", "#8a1c1c", "#2e7d32", "#6a1b9a", "#ef6c00", "#0277bd"};
        QList<Html::Bar> parts;
        int i = 0;
        for (const SideStats &side : voices.sides)
            parts.append(Html::Bar{side.side.isEmpty() ? QStringLiteral("no side") : side.side, double(side.words),
                                   QStringLiteral("%1 (%2 speakers, %3 quotes)").arg(percent(side.share)).arg(side.speakers).arg(side.quotes),
                                   side.side.isEmpty() ? QStringLiteral("#bdbdbd") : QString::fromLatin1(kSideColours[i++ % 6])});
        html += Html::stackedBar(parts, 900);
    }
    html += QLatin1String("</section>\n");
    return html;
}

QString sourceTable(const QList<SourceEntry> &entries, const QString &what)
{
    if (entries.isEmpty())
        return QStringLiteral("<p class=\"note\">No %1 marked.</p>").arg(escape(what));
    QString html = QStringLiteral("<table><thead><tr><th>%1</th><th class=\"n\">Mentions</th>"
                                  "<th class=\"n\">Statements resting on it</th></tr></thead><tbody>")
                       .arg(escape(what.left(1).toUpper() + what.mid(1)));
    for (const SourceEntry &entry : entries)
        html += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td></tr>")
                    .arg(escape(entry.name))
                    .arg(entry.mentions)
                    .arg(entry.statements);
    return html + QLatin1String("</tbody></table>");
}

QString sourcesSection(const SourceStats &sources)
{
    QString html = QStringLiteral("<section><h2>Sources</h2><div class=\"two\"><div><h3>Outlets and agencies</h3>");
    html += sourceTable(sources.outlets, QStringLiteral("outlets"));
    html += QStringLiteral("</div><div><h3>Anonymous sources</h3>");
    html += sourceTable(sources.anonymous, QStringLiteral("anonymous sources"));
    html += QStringLiteral("</div></div><h3>Hedged statements (%1 hedges in %2 sentences)</h3>")
                .arg(sources.hedges.size())
                .arg(sources.hedgedSentences);
    if (sources.hedges.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">No hedges marked.</p>");
    } else {
        html += QStringLiteral("<table><thead><tr><th>Hedge</th><th>Sentence</th></tr></thead><tbody>");
        for (const HedgeEntry &hedge : sources.hedges)
            html += QStringLiteral("<tr><td><span class=\"hedge\">%1</span></td><td>%2</td></tr>")
                        .arg(escape(hedge.word), escape(hedge.sentenceText));
        html += QLatin1String("</tbody></table>");
    }
    html += QStringLiteral("<h3>The author's own statements, without attribution (%1)</h3>").arg(sources.unattributed.size());
    html += QStringLiteral("<p class=\"note\">Sentences of the headline, standfirst and body that no quote, "
                           "reporting verb or source touches.</p>");
    if (!sources.unattributed.isEmpty()) {
        html += QStringLiteral("<ol class=\"statements\">");
        for (const AuthorStatement &statement : sources.unattributed) {
            QStringList flags;
            if (!statement.loadedIds.isEmpty())
                flags.append(QStringLiteral("%1 loaded").arg(statement.loadedIds.size()));
            if (!statement.hedgeIds.isEmpty())
                flags.append(QStringLiteral("%1 hedged").arg(statement.hedgeIds.size()));
            if (statement.zone != QLatin1String("BODY") && !statement.zone.isEmpty())
                flags.append(statement.zone.toLower());
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(escape(statement.text),
                             flags.isEmpty() ? QString()
                                             : QStringLiteral(" <span class=\"note\">(%1)</span>").arg(escape(flags.join(QStringLiteral(", ")))));
        }
        html += QLatin1String("</ol>");
    }
    return html + QLatin1String("</section>\n");
}

QString wordTable(const QList<LoadedWord> &words, const QString &title, int total)
{
    QString html = QStringLiteral("<div><h3>%1 (%2)</h3>").arg(escape(title)).arg(total);
    if (words.isEmpty())
        return html + QStringLiteral("<p class=\"note\">None marked.</p></div>");
    html += QStringLiteral("<table><thead><tr><th>Word</th><th class=\"n\">Times</th></tr></thead><tbody>");
    for (const LoadedWord &word : words)
        html += QStringLiteral("<tr><td>%1%2</td><td class=\"n\">%3</td></tr>")
                    .arg(escape(word.word),
                         word.intensifiers > 0 ? QStringLiteral(" <span class=\"note\">intensifier</span>") : QString())
                    .arg(word.count);
    return html + QLatin1String("</tbody></table></div>");
}

QString voiceMapSection(const VoiceMap &map)
{
    QString html = QStringLiteral("<section><h2>Voice map: loaded language</h2>");
    for (const ZoneCallout &callout : map.callouts) {
        QStringList carries;
        carries.append(QStringLiteral("%1 loaded in the author's voice").arg(callout.loadedAuthor));
        carries.append(QStringLiteral("%1 loaded inside quotes").arg(callout.loadedQuoted));
        carries.append(QStringLiteral("%1 hedges").arg(callout.hedges));
        carries.append(QStringLiteral("%1 quotes").arg(callout.quotes)
                       + (callout.speakers.isEmpty() ? QString() : QStringLiteral(" (") + callout.speakers.join(QStringLiteral(", ")) + u')'));
        html += QStringLiteral("<div class=\"callout\"><div class=\"zone\">%1 — read first</div><div>%2</div>"
                               "<div class=\"note\">%3</div></div>")
                    .arg(escape(callout.zone.toLower()), escape(callout.text), escape(carries.join(QStringLiteral(" · "))));
    }
    html += Html::stackedBar({Html::Bar{QStringLiteral("Author's voice"), double(map.author), QString::number(map.author), QStringLiteral("#e57373")},
                              Html::Bar{QStringLiteral("Inside quotes"), double(map.quoted), QString::number(map.quoted), QStringLiteral("#9575cd")}},
                             900);
    html += QStringLiteral("<div class=\"two\">") + wordTable(map.authorWords, QStringLiteral("In the author's voice"), map.author)
        + wordTable(map.quotedWords, QStringLiteral("Inside quotes"), map.quoted) + QStringLiteral("</div>");
    if (!map.scareQuoteIds.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1 scare quotes: words the author holds at arm's length, "
                               "counted neither as a voice nor as loaded.</p>")
                    .arg(map.scareQuoteIds.size());
    return html + QLatin1String("</section>\n");
}

QString legend(const VoiceStats &voices)
{
    QString html = QStringLiteral("<div class=\"legend\">");
    for (const SpeakerStats &speaker : voices.speakers)
        html += QStringLiteral("<span>%1%2</span>").arg(swatch(colourOf(speaker)), escape(speaker.name));
    html += QStringLiteral("<span><span class=\"scare\">scare quotes</span></span>"
                           "<span><span class=\"cue\">reporting verb</span></span>"
                           "<span><span class=\"cue cue-loaded\">loaded verb</span></span>"
                           "<span><span class=\"src\">source</span></span>"
                           "<span><span class=\"hedge\">hedge</span></span>"
                           "<span><span class=\"la\">loaded, author</span></span>"
                           "<span><span class=\"lq\">loaded, quoted</span></span></div>");
    return html;
}

QString headlineOf(const AnnotationSet &annotations, const QString &text)
{
    for (const Annotation &a : annotations.annotations())
        if (a.layer == Layer::Zone && a.label == QLatin1String("HEADLINE") && a.isActive() && !a.isOrphan())
            return spanText(text, a.span);
    return {};
}

} // namespace

QByteArray writeReport(const Article &article, const AnnotationSet &annotations)
{
    const ArticleReview review = reviewArticle(annotations, article.text);
    int active = 0;
    int unreviewed = 0;
    for (const Annotation &a : annotations.annotations()) {
        if (!a.isActive() || a.isOrphan())
            continue;
        ++active;
        if (!a.isReviewed())
            ++unreviewed;
    }
    const QString fileName = QFileInfo(article.sourcePath).fileName();
    QString title = headlineOf(annotations, article.text);
    if (title.isEmpty())
        title = fileName.isEmpty() ? QStringLiteral("Untitled article") : fileName;

    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                                  "<title>%1</title><style>")
                       .arg(escape(QStringLiteral("Review: ") + title));
    html += QString::fromUtf8(kCss) + Html::articleCss() + QStringLiteral("</style></head>\n<body><main>");
    html += QStringLiteral("<header><div class=\"kicker\">Attribution and bias review</div><h1>%1</h1>"
                           "<div class=\"meta\">%2 · %3 annotations counted · %4 · made with Lede %5</div></header>\n")
                .arg(escape(title), escape(fileName.isEmpty() ? QStringLiteral("unsaved article") : fileName))
                .arg(active)
                .arg(unreviewed == 0 ? QStringLiteral("all reviewed by the analyst")
                                     : QStringLiteral("%1 are unreviewed suggestions").arg(unreviewed))
                .arg(QStringLiteral(LEDE_VERSION));
    html += unbackedSection(review.claims);
    html += summarySection(review.summary);
    html += voicesSection(review.voices);
    html += sourcesSection(review.sources);
    html += voiceMapSection(review.voiceMap);
    html += QStringLiteral("<section class=\"article-section\"><h2>The article, annotated</h2>") + legend(review.voices)
        + QStringLiteral("<div class=\"article\">")
        + Html::highlightedArticle(annotations, article.text, review.voices) + QStringLiteral("</div></section>\n");
    html += QStringLiteral(
        "<footer><h2>How these figures are counted</h2><p class=\"note\">Only annotations in force count: "
        "suggestions, accepted and added ones; rejected suggestions and annotations that could not be placed "
        "in this version of the article are left out. A word is a run of characters without spaces holding a "
        "letter or a digit. Words of the headline, standfirst, body and captions make up the text; datelines, "
        "bylines, credits and boilerplate do not. Text inside several quotes of one speaker (a partial quote "
        "within a reported clause) is counted once. A speaker's share is of all words quoted from all speakers. "
        "Reporting verbs are classed by Lede's list: said, told and added are neutral; claimed, admitted, "
        "insisted and the like tell the reader how to take the statement.</p></footer>");
    html += QLatin1String("</main></body></html>\n");
    return html.toUtf8();
}

QByteArray writeReport(const ArticleDocument &document)
{
    return writeReport(document.article, document.annotations);
}

} // namespace Lede::Core::Review
