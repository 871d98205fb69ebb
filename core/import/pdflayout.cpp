#include "import/pdflayout.h"

#include "import/textbuilder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Lede::Core {
namespace {

struct Line {
    QString text;
    QRectF box;
    int page = 0;
    int column = 0; // lines of one column of one page share the number
};

struct Interval {
    double from, to;
};

/// The stretches of an axis that boxes cover, merged, in order.
QList<Interval> covered(QList<Interval> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Interval &a, const Interval &b) { return a.from < b.from; });
    QList<Interval> merged;
    for (const Interval &s : spans) {
        if (!merged.isEmpty() && s.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, s.to);
        else
            merged.append(s);
    }
    return merged;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

QString withoutLigatures(const QString &word);

class Cutter
{
public:
    Cutter(int page, double wordHeight) : m_page(page), m_height(wordHeight) {}

    QList<Line> lines;

    void cut(QList<PdfWord> words, int depth)
    {
        if (words.isEmpty())
            return;
        if (depth > 400) {
            leaf(words);
            return;
        }
        // Columns first: a gutter is a vertical gap at least one line high across the region.
        QList<Interval> xs;
        for (const PdfWord &w : words)
            xs.append({w.box.left(), w.box.right()});
        const QList<Interval> xCover = covered(xs);
        const double gutter = std::max(8.0, m_height);
        QList<double> cuts;
        for (qsizetype i = 1; i < xCover.size(); ++i)
            if (xCover[i].from - xCover[i - 1].to >= gutter)
                cuts.append((xCover[i].from + xCover[i - 1].to) / 2);
        if (!cuts.isEmpty() && words.size() > 1 && !isOneLine(words)) {
            cuts.append(std::numeric_limits<double>::max());
            double from = -std::numeric_limits<double>::max();
            for (double at : cuts) {
                QList<PdfWord> part;
                for (const PdfWord &w : words)
                    if (w.box.center().x() > from && w.box.center().x() <= at)
                        part.append(w);
                ++m_column;
                cut(part, depth + 1);
                from = at;
            }
            return;
        }
        // Then bands: split at the widest horizontal gap. The middle half of each box is
        // used, so that descenders touching the next line's ascenders do not join lines.
        QList<Interval> ys;
        for (const PdfWord &w : words)
            ys.append({w.box.top() + w.box.height() / 4, w.box.bottom() - w.box.height() / 4});
        const QList<Interval> yCover = covered(ys);
        if (yCover.size() < 2) {
            leaf(words);
            return;
        }
        qsizetype widest = 1;
        for (qsizetype i = 2; i < yCover.size(); ++i)
            if (yCover[i].from - yCover[i - 1].to > yCover[widest].from - yCover[widest - 1].to)
                widest = i;
        const double at = (yCover[widest].from + yCover[widest - 1].to) / 2;
        QList<PdfWord> upper, lower;
        for (const PdfWord &w : words)
            (w.box.center().y() < at ? upper : lower).append(w);
        cut(upper, depth + 1);
        cut(lower, depth + 1);
    }

private:
    bool isOneLine(const QList<PdfWord> &words) const
    {
        QList<Interval> ys;
        for (const PdfWord &w : words)
            ys.append({w.box.top() + w.box.height() / 4, w.box.bottom() - w.box.height() / 4});
        return covered(ys).size() == 1;
    }

    void leaf(QList<PdfWord> words)
    {
        std::sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        Line line;
        line.page = m_page;
        line.column = m_column;
        for (const PdfWord &w : words) {
            if (!line.text.isEmpty()) {
                const double gap = w.box.left() - line.box.right();
                if (gap > 0.1 * w.box.height())
                    line.text += u' ';
            }
            line.text += withoutLigatures(w.text);
            line.box = line.box.isNull() ? w.box : line.box.united(w.box);
        }
        lines.append(line);
    }

    int m_page;
    double m_height;
    int m_column = 0;
};

/// A word's text with typographic ligatures (ﬁ, ﬂ, ﬀ, ...) spelled out, as a reader would type
/// them when searching.
QString withoutLigatures(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else
            out += c;
    }
    return out;
}

/// A line's text with digits folded, so that "Page 3" and "Page 4" compare equal.
QString shape(const QString &text)
{
    QString out;
    for (QChar c : text.simplified().toLower()) {
        if (c.isDigit()) {
            if (!out.endsWith(u'#'))
                out += u'#';
        } else {
            out += c;
        }
    }
    return out;
}

bool isPageNumber(const QString &shaped)
{
    static const QSet<QString> forms{QStringLiteral("#"), QStringLiteral("- # -"), QStringLiteral("– # –"),
                                     QStringLiteral("page #"), QStringLiteral("page # of #"), QStringLiteral("# of #"),
                                     QStringLiteral("#/#"), QStringLiteral("# / #"), QStringLiteral("p. #")};
    return forms.contains(shaped);
}

/// Drops running headers and footers: lines in the top or bottom tenth of a page that are
/// page numbers, or whose shape recurs in that margin on another page.
QList<Line> withoutRunningLines(const QList<Line> &lines, const QList<PdfPage> &pages)
{
    auto inMargin = [&](const Line &l) {
        const double h = pages[l.page].size.height();
        return h > 0 && (l.box.bottom() < 0.1 * h || l.box.top() > 0.9 * h);
    };
    QHash<QString, QSet<int>> pagesWith;
    for (const Line &l : lines)
        if (inMargin(l))
            pagesWith[shape(l.text)].insert(l.page);
    QList<Line> out;
    for (const Line &l : lines) {
        if (inMargin(l)) {
            const QString s = shape(l.text);
            if (isPageNumber(s) || pagesWith.value(s).size() >= 2)
                continue;
        }
        out.append(l);
    }
    return out;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x00AD) || c == QChar(0x2010);
}

bool endsSentence(const QString &text)
{
    static const QString enders = QStringLiteral(".!?:\"”’)»");
    return !text.isEmpty() && enders.contains(text.back());
}

/// Appends a line to a paragraph, joining a word hyphenated across the line end.
void join(QString &paragraph, const QString &next)
{
    if (paragraph.isEmpty()) {
        paragraph = next;
        return;
    }
    const qsizetype n = paragraph.size();
    if (n >= 2 && isHyphen(paragraph.back()) && paragraph[n - 2].isLetter() && !next.isEmpty()) {
        if (next.front().isLower() || paragraph.back() == QChar(0x00AD))
            paragraph.chop(1);
        if (paragraph.back() == QChar(0x00AD))
            paragraph.chop(1);
        paragraph += next;
        return;
    }
    paragraph += u' ' + next;
}

struct Paragraph {
    QString text;
    double height = 0;
    int page = 0;
};

QList<Paragraph> paragraphs(const QList<Line> &lines)
{
    // The right edge of each column, to tell a paragraph's short last line.
    QHash<qint64, double> columnRight;
    for (const Line &l : lines) {
        const qint64 key = qint64(l.page) << 32 | l.column;
        columnRight[key] = std::max(columnRight.value(key), l.box.right());
    }
    QList<Paragraph> out;
    const Line *previous = nullptr;
    for (const Line &l : lines) {
        bool fresh = !previous;
        if (previous) {
            const double h = std::max(previous->box.height(), 1.0);
            const bool sameColumn = previous->page == l.page && previous->column == l.column;
            const bool differentSize = std::abs(l.box.height() - previous->box.height()) > 0.2 * h;
            if (sameColumn) {
                const double gap = l.box.top() - previous->box.bottom();
                const double right = columnRight.value(qint64(l.page) << 32 | l.column);
                const bool shortLast = previous->box.right() < right - 0.15 * (right - previous->box.left())
                    && endsSentence(previous->text);
                fresh = gap > 0.7 * h || differentSize || shortLast || gap < -0.5 * h;
            } else {
                // A paragraph goes on in the next column or page when its line stopped
                // mid-sentence.
                const bool continues = !endsSentence(previous->text) && !l.text.isEmpty() && !differentSize
                    && (l.text.front().isLower() || isHyphen(previous->text.back()));
                fresh = !continues;
            }
        }
        if (fresh)
            out.append(Paragraph{QString(), l.box.height(), l.page});
        join(out.last().text, l.text);
        previous = &l;
    }
    return out;
}

} // namespace

ImportedText PdfLayout::arrange(const QList<PdfPage> &pages)
{
    QList<double> heights;
    for (const PdfPage &page : pages)
        for (const PdfWord &w : page.words)
            heights.append(w.box.height());
    const double bodyHeight = median(heights);

    QList<Line> lines;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QList<PdfWord> words;
        for (const PdfWord &w : pages[p].words)
            if (!w.text.trimmed().isEmpty() && w.box.isValid())
                words.append(w);
        Cutter cutter(int(p), bodyHeight);
        cutter.cut(words, 0);
        lines += cutter.lines;
    }
    const QList<Paragraph> found = paragraphs(withoutRunningLines(lines, pages));

    TextBuilder out(QStringLiteral("import.pdf"), version());
    bool bodyStarted = false;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Paragraph &p = found[i];
        const char *zone = ZoneLabel::Body;
        if (!bodyStarted && p.page == 0) {
            if (i == 0 && p.height >= 1.3 * bodyHeight)
                zone = ZoneLabel::Headline;
            else if (p.text.startsWith(QLatin1String("By ")) && p.text.count(u' ') <= 12)
                zone = ZoneLabel::Byline;
            else if (i > 0 && p.height >= 1.1 * bodyHeight)
                zone = ZoneLabel::Standfirst;
        }
        if (qstrcmp(zone, ZoneLabel::Body) == 0)
            bodyStarted = true;
        out.addBlock(p.text, QString::fromLatin1(zone));
    }
    return out.take();
}

} // namespace Lede::Core
