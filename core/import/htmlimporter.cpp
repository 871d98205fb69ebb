#include "import/htmlimporter.h"

#include "import/charsets.h"
#include "import/htmlcontent.h"
#include "import/htmlmetadata.h"
#include "text/articlereader.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>

namespace Lede::Core {
namespace {

QString label(const char *zone)
{
    return QString::fromLatin1(zone);
}

bool startsWithBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

Result<DecodedText> decodePage(const QByteArray &bytes, const QString &encoding)
{
    if (!encoding.trimmed().isEmpty() || startsWithBom(bytes))
        return decodeText(bytes, encoding);
    // A page's own declaration is right far more often than a statistical guess, except
    // that pages declaring UTF-8 are sometimes not; decodeText checks UTF-8 for itself.
    const QString declared = Charsets::declaredInHtml(bytes);
    if (!declared.isEmpty() && Charsets::isKnown(declared)
        && !declared.startsWith(QLatin1String("utf"), Qt::CaseInsensitive))
        return decodeText(bytes, declared);
    return decodeText(bytes);
}

/// How deep the page's elements nest at most, counted from its tags without parsing: start
/// tags deepen, end tags and self-closing or void elements do not. Implicitly closed elements
/// (<p>, <li>) make this an overestimate, which errs on the safe side. Needed because the
/// parser's work grows with the square of the nesting depth.
int estimatedNesting(const QByteArray &html)
{
    static const QList<QByteArray> voidElements{"area", "base", "br", "col", "embed", "hr", "img", "input",
                                                "link", "meta", "param", "source", "track", "wbr", "p", "li",
                                                "option", "td", "tr", "dd", "dt"};
    int depth = 0, deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (html[i] != '<')
            continue;
        if (html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = end + 2;
            continue;
        }
        const bool closing = html[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= 'A' && html[j] <= 'Z') || (html[j] >= '0' && html[j] <= '9') || html[j] == '-'))
            ++j;
        if (j == nameStart)
            continue;
        const qsizetype close = html.indexOf('>', j);
        if (closing) {
            depth = std::max(0, depth - 1);
        } else if (!voidElements.contains(html.mid(nameStart, j - nameStart).toLower())
                   && !(close > 0 && html[close - 1] == '/')) {
            deepest = std::max(deepest, ++depth);
        }
        if (close < 0)
            break;
        i = close;
    }
    return deepest;
}

struct GumboDeleter {
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool has(const QList<TextBlock> &blocks, const char *zone)
{
    return std::any_of(blocks.begin(), blocks.end(), [&](const TextBlock &b) { return b.zone == QLatin1String(zone); });
}

qsizetype bodyLength(const QList<TextBlock> &blocks)
{
    qsizetype n = 0;
    for (const TextBlock &b : blocks)
        if (b.zone == u"BODY" || b.zone == u"BLOCKQUOTE")
            n += b.text.size();
    return n;
}

/// Completes what the visible page gave with what its metadata says: a headline when the
/// page has none, then the author and the date under it.
/// A <title> without the site's name: "Harbour festival draws crowds - Kieler Bote" gives
/// "Harbour festival draws crowds" (the longest part between separators).
QString withoutSiteName(const QString &title)
{
    QString best = title;
    for (const char *separator : {" | ", " - ", " – ", " — ", " :: "}) {
        const QStringList parts = title.split(QString::fromUtf8(separator));
        if (parts.size() < 2)
            continue;
        best = *std::max_element(parts.begin(), parts.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
        break;
    }
    return best.trimmed();
}

/// Pages without an <h1> often set the headline in large type as the article's first line,
/// with the byline on the next: the first block whose first line begins the page's title is
/// split into headline and (when short) byline.
bool markHeadlineFromTitle(QList<TextBlock> &blocks, const QString &title)
{
    const QString &wanted = title;
    if (wanted.size() < 10)
        return false;
    for (qsizetype i = 0; i < std::min<qsizetype>(blocks.size(), 3); ++i) {
        TextBlock &b = blocks[i];
        const QString firstLine = b.text.section(u'\n', 0, 0).trimmed();
        if (b.tailStart >= 0 || firstLine.size() < 10 || !wanted.startsWith(firstLine, Qt::CaseInsensitive))
            continue;
        const QString rest = b.text.section(u'\n', 1).trimmed();
        b = TextBlock{firstLine, label(ZoneLabel::Headline), -1, {}};
        if (!rest.isEmpty())
            blocks.insert(i + 1, TextBlock{rest, label(rest.count(u' ') < 12 ? ZoneLabel::Byline : ZoneLabel::Body), -1, {}});
        return true;
    }
    return false;
}

void addMetadata(QList<TextBlock> &blocks, const Html::PageMetadata &meta, const QString &headlineOutside)
{
    const QString title = meta.headline.isEmpty() ? withoutSiteName(meta.title) : meta.headline;
    if (!has(blocks, ZoneLabel::Headline) && (!headlineOutside.isEmpty() || !markHeadlineFromTitle(blocks, title))) {
        const QString headline = headlineOutside.isEmpty() ? title : headlineOutside;
        if (!headline.isEmpty())
            blocks.prepend(TextBlock{headline, label(ZoneLabel::Headline), -1, {}});
    }
    qsizetype at = 0;
    while (at < blocks.size() && (blocks[at].zone == u"HEADLINE" || blocks[at].zone == u"STANDFIRST"))
        ++at;
    if (!has(blocks, ZoneLabel::Byline) && !meta.author.isEmpty())
        blocks.insert(at++, TextBlock{QStringLiteral("By ") + meta.author, label(ZoneLabel::Byline), -1, {}});
    while (at < blocks.size() && blocks[at].zone == u"BYLINE")
        ++at;
    if (!has(blocks, ZoneLabel::Dateline) && !meta.published.isEmpty())
        blocks.insert(at, TextBlock{meta.publishedDate(), label(ZoneLabel::Dateline), -1, {}});

    // Pages that draw their text with scripts still often carry it in JSON-LD.
    const QString body = meta.articleBody.trimmed();
    if (bodyLength(blocks) < 200 && body.size() > 2 * bodyLength(blocks)) {
        blocks.removeIf([](const TextBlock &b) { return b.zone == u"BODY" || b.zone == u"BLOCKQUOTE"; });
        for (const QString &paragraph : body.split(u'\n', Qt::SkipEmptyParts))
            if (!paragraph.trimmed().isEmpty())
                blocks.append(TextBlock{paragraph.simplified(), label(ZoneLabel::Body), -1, {}});
    }
}

} // namespace

QString HtmlImporter::version()
{
    return QStringLiteral("html/1");
}

Result<ImportedText> HtmlImporter::import(const QByteArray &bytes, const QString &encoding)
{
    if (bytes.size() > MaximumBytes)
        return Error{QStringLiteral("the page is %1 MB; Lede reads web pages of up to %2 MB")
                         .arg(bytes.size() / (1024 * 1024)).arg(MaximumBytes / (1024 * 1024))};
    Result<DecodedText> decoded = decodePage(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const QByteArray utf8 = decoded->text.toUtf8();
    if (estimatedNesting(utf8) > MaximumNesting)
        return Error{QStringLiteral("the page nests its elements more than %1 levels deep, which no "
                                    "article page does; it may be built to harm").arg(MaximumNesting)};

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100; // the parser's error list is of no use here; bound its memory
    const std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output)
        return Error{QStringLiteral("the page could not be parsed as HTML")};

    const Html::PageMetadata meta = Html::readMetadata(output->document);
    Html::ContentExtractor extractor;
    const GumboNode *root = extractor.findRoot(output->document);
    QList<TextBlock> blocks = root ? extractor.blocks(root) : QList<TextBlock>{};
    const GumboNode *outside = extractor.headlineOutside(output->document, root);
    addMetadata(blocks, meta, outside && !has(blocks, ZoneLabel::Headline) ? extractor.text(outside) : QString());

    TextBuilder out(QStringLiteral("import.html"), version());
    for (const TextBlock &block : std::as_const(blocks))
        out.addBlock(block);
    if (out.truncated())
        return Error{QStringLiteral("the page gives more than %1 million characters of text")
                         .arg(ImportLimits::MaximumTextLength / (1024 * 1024))};
    ImportedText text = out.take();
    if (text.text.trimmed().isEmpty())
        return Error{QStringLiteral("no article text was found in the page (it may need scripts "
                                    "to show its text, which Lede never runs)")};
    text.encoding = decoded->name();
    return text;
}

} // namespace Lede::Core
