#include "import/htmlcontent.h"

#include "import/htmldom.h"

#include <QSet>

namespace Lede::Core::Html {
namespace {

// Words of a class or id that mark an element as never part of an article.
const QSet<QString> &strongBoilerplateWords()
{
    static const QSet<QString> words{
        QStringLiteral("nav"), QStringLiteral("navbar"), QStringLiteral("navigation"), QStringLiteral("menu"),
        QStringLiteral("breadcrumb"), QStringLiteral("breadcrumbs"), QStringLiteral("comment"),
        QStringLiteral("comments"), QStringLiteral("kommentare"), QStringLiteral("leserkommentare"),
        QStringLiteral("commentaires"), QStringLiteral("comentarios"), QStringLiteral("commenti"),
        QStringLiteral("reacties"), QStringLiteral("disqus"), QStringLiteral("related"), QStringLiteral("cookie"),
        QStringLiteral("cookies"), QStringLiteral("consent"), QStringLiteral("gdpr"), QStringLiteral("ad"),
        QStringLiteral("ads"), QStringLiteral("advert"), QStringLiteral("advertisement"), QStringLiteral("adslot"),
        QStringLiteral("dfp"), QStringLiteral("promo"), QStringLiteral("sponsored"), QStringLiteral("share"),
        QStringLiteral("sharing"), QStringLiteral("social"), QStringLiteral("newsletter"), QStringLiteral("subscribe"),
        QStringLiteral("signup"), QStringLiteral("outbrain"), QStringLiteral("taboola"), QStringLiteral("paywall"),
        QStringLiteral("pullquote"), QStringLiteral("kicker"), QStringLiteral("eyebrow"), QStringLiteral("skip"),
        QStringLiteral("sr"), QStringLiteral("tags"), QStringLiteral("toolbar"), QStringLiteral("search"),
    };
    return words;
}

// Words that usually mark page furniture, unless the same element also says it is content
// (a theme's <div class="post has-sidebar">).
const QSet<QString> &weakBoilerplateWords()
{
    static const QSet<QString> words{
        QStringLiteral("sidebar"), QStringLiteral("footer"), QStringLiteral("banner"), QStringLiteral("popup"),
        QStringLiteral("modal"), QStringLiteral("hidden"), QStringLiteral("trending"), QStringLiteral("popular"),
        QStringLiteral("recommended"), QStringLiteral("recommendations"), QStringLiteral("masthead"),
        QStringLiteral("widget"), QStringLiteral("aside"), QStringLiteral("overlay"), QStringLiteral("teaser"),
    };
    return words;
}

const QSet<QString> &contentWords()
{
    static const QSet<QString> words{QStringLiteral("article"), QStringLiteral("post"), QStringLiteral("content"),
                                     QStringLiteral("story"), QStringLiteral("body"), QStringLiteral("entry"),
                                     QStringLiteral("main")};
    return words;
}

bool hasAny(const QStringList &tokens, const QSet<QString> &words)
{
    return std::any_of(tokens.begin(), tokens.end(), [&](const QString &t) { return words.contains(t); });
}

bool hasAny(const QStringList &tokens, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (tokens.contains(QLatin1String(w)))
            return true;
    return false;
}

bool insideArticleOrMain(const GumboNode *node)
{
    for (const GumboNode *n = node->parent; n; n = n->parent)
        if (n->type == GUMBO_NODE_ELEMENT && (n->v.element.tag == GUMBO_TAG_ARTICLE || n->v.element.tag == GUMBO_TAG_MAIN))
            return true;
    return false;
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_PRE: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HGROUP:
        return true;
    default:
        return false;
    }
}

bool isParagraphLike(GumboTag tag)
{
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
        || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_PRE;
}

QString label(const char *zone)
{
    return QString::fromLatin1(zone);
}

/// Where a caption names its photographer: "… Photo: Ana Ruiz/AP", "… © Reuters".
qsizetype creditStart(const QString &caption)
{
    qsizetype best = -1;
    for (const char *marker : {"Photo:", "Photograph:", "Photo by ", "Picture:", "Image:", "Credit:", "©", "(Photo",
                               "Foto:", "Bild:", "Fotó:"}) {
        const qsizetype at = caption.indexOf(QString::fromUtf8(marker), 0, Qt::CaseInsensitive);
        if (at >= 0 && (best < 0 || at < best))
            best = at;
    }
    return best;
}

/// Text that only stands for a missing piece of the page ("Advertisement").
bool isPlaceholder(const QString &text)
{
    static const QSet<QString> placeholders{QStringLiteral("advertisement"), QStringLiteral("ad"),
                                            QStringLiteral("sponsored"), QStringLiteral("skip to content"),
                                            QStringLiteral("skip to main content")};
    return placeholders.contains(text.trimmed().toLower());
}

bool hasBlockChild(const GumboNode *node)
{
    const GumboVector *kids = children(node);
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto *kid = static_cast<const GumboNode *>(kids->data[i]);
        if (kid->type == GUMBO_NODE_ELEMENT && isBlockTag(kid->v.element.tag))
            return true;
    }
    return false;
}

} // namespace

bool isBoilerplate(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: case GUMBO_TAG_ASIDE: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_TITLE:
        return true;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
        // The page's header and footer are furniture; an article's own header holds its
        // headline and byline.
        if (!insideArticleOrMain(node))
            return true;
        break;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_MAIN:
        return false;
    case GUMBO_TAG_UNKNOWN: {
        // AMP's components: ads, analytics, consent dialogs, sidebars and share buttons all
        // are amp-* elements; only those that hold text or pictures of the article stay.
        const QString name = tagName(node);
        if (name == u"dialog")
            return true;
        if (name.startsWith(QLatin1String("amp-")) && name != u"amp-img" && name != u"amp-fit-text"
            && name != u"amp-accordion" && name != u"amp-carousel")
            return true;
        break;
    }
    default:
        break;
    }
    if (!attribute(node, "hidden").isNull() || attribute(node, "aria-hidden").trimmed().toLower() == u"true")
        return true;
    const QString style = attribute(node, "style").toLower().remove(u' ');
    if (style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        return true;
    const QString role = attribute(node, "role").trimmed().toLower();
    for (const char *r : {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                          "alertdialog", "menu", "menubar"})
        if (role == QLatin1String(r))
            return true;
    const QStringList tokens = nameTokens(node);
    if (hasAny(tokens, strongBoilerplateWords()))
        return true;
    return hasAny(tokens, weakBoilerplateWords()) && !hasAny(tokens, contentWords());
}

void ContentExtractor::measure(const GumboNode *node, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > ImportLimits::MaximumNesting || isBoilerplate(node))
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_H1)
        m_headlines.append(node);
    // A <div> or table cell holding only text and inline elements is a paragraph too, as
    // many pages write them.
    const bool textContainer = (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_TD) && !hasBlockChild(node);
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || textContainer) {
        // Link text does not count: a paragraph of links is a list of other articles.
        QString linkText;
        const QString all = textContent(node);
        const GumboVector *kids = children(node);
        for (unsigned i = 0; i < kids->length; ++i) {
            const auto *kid = static_cast<const GumboNode *>(kids->data[i]);
            if (kid->type == GUMBO_NODE_ELEMENT && kid->v.element.tag == GUMBO_TAG_A)
                linkText += textContent(kid);
        }
        const qsizetype length = all.size() - linkText.size();
        if (length >= 25) {
            m_totalParagraphText += length;
            if (node->parent)
                m_score[node->parent] += double(length);
            if (node->parent && node->parent->parent)
                m_score[node->parent->parent] += double(length) / 2;
            for (const GumboNode *n = node; n; n = n->parent)
                m_paragraphText[n] += length;
        }
        return;
    }
    const GumboVector *kids = children(node);
    for (unsigned i = 0; i < kids->length; ++i)
        measure(static_cast<const GumboNode *>(kids->data[i]), depth + 1);
}

const GumboNode *ContentExtractor::findRoot(const GumboNode *document)
{
    m_score.clear();
    m_paragraphText.clear();
    m_headlines.clear();
    m_totalParagraphText = 0;
    const GumboVector *top = children(document);
    for (unsigned i = 0; i < top->length; ++i)
        measure(static_cast<const GumboNode *>(top->data[i]), 0);
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = m_score.cbegin(); it != m_score.cend(); ++it) {
        // Ties go to the earlier element in the document, so the choice is deterministic.
        if (it.value() > bestScore
            || (it.value() == bestScore && best && it.key()->index_within_parent < best->index_within_parent)) {
            best = it.key();
            bestScore = it.value();
        }
    }
    if (!best)
        return nullptr;

    // An <article> (or the element marked articleBody's container) around the best element
    // that holds most of the paragraph text is the article, header and figures included.
    for (const GumboNode *n = best; n; n = n->parent) {
        if (n->type == GUMBO_NODE_ELEMENT && (n->v.element.tag == GUMBO_TAG_ARTICLE || n->v.element.tag == GUMBO_TAG_MAIN)
            && m_paragraphText.value(n) * 10 >= m_totalParagraphText * 6)
            return n;
    }
    // Otherwise widen towards the headline, while that adds little paragraph text.
    const GumboNode *root = best;
    const GumboNode *headline = m_headlines.isEmpty() ? nullptr : m_headlines.first();
    for (int level = 0; level < 3 && root->parent && root->parent->type == GUMBO_NODE_ELEMENT; ++level) {
        if (headline && contains(root, headline))
            break;
        const GumboNode *parent = root->parent;
        if (parent->v.element.tag == GUMBO_TAG_BODY || parent->v.element.tag == GUMBO_TAG_HTML)
            break;
        if (m_paragraphText.value(parent) * 4 > m_paragraphText.value(root) * 5)
            break;
        if (!headline || !contains(parent, headline)) {
            // Widening that does not reach the headline gains nothing but furniture.
            bool reaches = false;
            for (const GumboNode *p = parent->parent; p && !reaches; p = p->parent)
                reaches = headline && contains(p, headline) && p->v.element.tag != GUMBO_TAG_BODY;
            if (!reaches)
                break;
        }
        root = parent;
    }
    return root;
}

const GumboNode *ContentExtractor::headlineOutside(const GumboNode *, const GumboNode *root) const
{
    for (const GumboNode *h : m_headlines)
        if (!root || !contains(root, h))
            return h;
    return nullptr;
}

QString ContentExtractor::zoneOf(const GumboNode *node, const QString &inherited) const
{
    const GumboTag tag = node->v.element.tag;
    const QStringList tokens = nameTokens(node);
    if (tag == GUMBO_TAG_H1)
        return label(m_haveHeadline ? ZoneLabel::Body : ZoneLabel::Headline);
    if (tag == GUMBO_TAG_FIGCAPTION || hasAny(tokens, {"caption", "figcaption", "wp-caption-text"}))
        return label(ZoneLabel::Caption);
    if (hasAny(tokens, {"credit", "credits", "copyright", "photographer", "photocredit", "courtesy"}))
        return label(ZoneLabel::Credit);
    if (tag == GUMBO_TAG_BLOCKQUOTE)
        return label(ZoneLabel::Blockquote);
    // Inside a paragraph, a byline link or a date stay part of its sentence.
    if (m_inParagraph == 0) {
        if (tag == GUMBO_TAG_ADDRESS || hasAny(tokens, {"byline", "author", "authors", "writer", "contributor", "contributors"})
            || attribute(node, "rel").toLower() == u"author")
            return label(ZoneLabel::Byline);
        if (tag == GUMBO_TAG_TIME || hasAny(tokens, {"dateline", "date", "datetime", "timestamp", "published", "pubdate", "time"}))
            return label(ZoneLabel::Dateline);
        if (hasAny(tokens, {"standfirst", "dek", "deck", "subtitle", "subheadline", "summary", "intro", "lede",
                            "strapline", "sapo", "chapo", "excerpt", "description"}))
            return label(ZoneLabel::Standfirst);
    }
    return inherited;
}

void ContentExtractor::flush(const QString &zone)
{
    QString text = m_scratch.currentBlock().toString().trimmed();
    const qsizetype links = m_linkChars;
    m_scratch.discardBlock();
    m_linkChars = 0;
    if (text.isEmpty() || isPlaceholder(text))
        return;
    // A body block that is mostly links is a list of other articles ("Read more: ...").
    if ((zone == u"BODY" || zone == u"BLOCKQUOTE") && links * 2 > text.size())
        return;
    if (zone == u"HEADLINE")
        m_haveHeadline = true;
    TextBlock block{text, zone, -1, {}};
    // A short line of its own that names a photographer is a credit wherever it stands.
    if (zone == u"BODY" && text.size() < 80 && creditStart(text) == 0)
        block.zone = label(ZoneLabel::Credit);
    if (zone == u"CAPTION") {
        const qsizetype credit = creditStart(text);
        if (credit == 0)
            block.zone = label(ZoneLabel::Credit);
        else if (credit > 0)
            block = TextBlock{text, zone, credit, label(ZoneLabel::Credit)};
    }
    // A credit given as a separate element right after its caption belongs on its line.
    if (block.zone == u"CREDIT" && !m_blocks.isEmpty() && m_blocks.last().zone == u"CAPTION"
        && m_blocks.last().tailStart < 0) {
        TextBlock &caption = m_blocks.last();
        caption.tailStart = caption.text.size() + 1;
        caption.tailZone = block.zone;
        caption.text += u' ' + block.text;
        return;
    }
    m_blocks.append(block);
}

void ContentExtractor::walk(const GumboNode *node, const QString &zone, int depth)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        const QString text = QString::fromUtf8(node->v.text.text);
        if (m_inPre > 0)
            m_scratch.appendVerbatim(text);
        else
            m_scratch.append(text);
        if (m_inLink > 0)
            m_linkChars += text.simplified().size();
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || depth > ImportLimits::MaximumNesting || isBoilerplate(node))
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        m_scratch.lineBreak();
        return;
    }
    const QString own = zoneOf(node, zone);
    const bool block = isBlockTag(tag) || own != zone;
    if (block)
        flush(zone);
    if (tag == GUMBO_TAG_A)
        ++m_inLink;
    if (isParagraphLike(tag))
        ++m_inParagraph;
    if (tag == GUMBO_TAG_PRE)
        ++m_inPre;
    if (tag == GUMBO_TAG_H1 && own == u"HEADLINE")
        m_haveHeadline = true; // a second <h1> inside is a subheading
    const GumboVector *kids = children(node);
    for (unsigned i = 0; i < kids->length; ++i) {
        walk(static_cast<const GumboNode *>(kids->data[i]), own, depth + 1);
        // Table cells of one row read as one line.
        if ((tag == GUMBO_TAG_TR) && i + 1 < kids->length)
            m_scratch.append(u" ");
    }
    if (tag == GUMBO_TAG_A)
        --m_inLink;
    if (isParagraphLike(tag))
        --m_inParagraph;
    if (tag == GUMBO_TAG_PRE)
        --m_inPre;
    if (block)
        flush(own);
}

QList<TextBlock> ContentExtractor::blocks(const GumboNode *root)
{
    m_blocks.clear();
    m_scratch.discardBlock();
    m_linkChars = 0;
    walk(root, label(ZoneLabel::Body), 0);
    flush(label(ZoneLabel::Body));
    return std::exchange(m_blocks, {});
}

QString ContentExtractor::text(const GumboNode *node)
{
    return textContent(node, ImportLimits::MaximumNesting);
}

} // namespace Lede::Core::Html
