#include "import/htmldom.h"

namespace Lede::Core::Html {

QString tagName(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboElement &e = node->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(e.tag));
    GumboStringPiece piece = e.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QStringList nameTokens(const GumboNode *node)
{
    QStringList out;
    for (const char *name : {"class", "id", "role", "itemprop"}) {
        const QString value = attribute(node, name).toLower();
        QString word;
        for (QChar c : value) {
            if (c.isLetterOrNumber()) {
                word += c;
            } else if (!word.isEmpty()) {
                out.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            out.append(word);
    }
    return out;
}

const GumboVector *children(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

namespace {

void collectText(const GumboNode *node, QString &out, int depth)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || depth <= 0)
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
        return;
    const GumboVector &kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        collectText(static_cast<const GumboNode *>(kids.data[i]), out, depth - 1);
    // Text of neighbouring blocks must not run together ("<p>a</p><p>b</p>" is "a b").
    switch (tag) {
    case GUMBO_TAG_SPAN: case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q: case GUMBO_TAG_TIME: case GUMBO_TAG_U:
    case GUMBO_TAG_MARK: case GUMBO_TAG_CODE:
        break;
    default:
        out += u' ';
    }
}

} // namespace

QString textContent(const GumboNode *node, int maxDepth)
{
    QString raw;
    collectText(node, raw, maxDepth);
    return raw.simplified();
}

bool contains(const GumboNode *ancestor, const GumboNode *node)
{
    for (const GumboNode *n = node; n; n = n->parent)
        if (n == ancestor)
            return true;
    return false;
}

} // namespace Lede::Core::Html
