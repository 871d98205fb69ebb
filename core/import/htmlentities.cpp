#include "import/htmlentities.h"

#include <gumbo.h>

namespace Lede::Core {
namespace {

QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    QString out;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return out;
    const GumboVector &children = node->type == GUMBO_NODE_ELEMENT ? node->v.element.children
                                                                   : node->v.document.children;
    for (unsigned i = 0; i < children.length; ++i)
        out += textOf(static_cast<const GumboNode *>(children.data[i]));
    return out;
}

} // namespace

QString decodeCharacterReference(QStringView reference)
{
    // A reference is short; anything else is not one and stays as it is.
    if (reference.size() < 3 || reference.size() > 40 || reference.front() != u'&'
        || reference.back() != u';' || reference.mid(1).contains(u'&') || reference.contains(u'<'))
        return reference.toString();
    // The same parser that reads the pages resolves the reference, so Markdown and HTML agree
    // on all 2,000-odd names. The reference sits inside a <p> so that it is body text.
    const QByteArray html = "<p>" + reference.toUtf8() + "</p>";
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QString decoded = textOf(output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return decoded.isEmpty() ? reference.toString() : decoded;
}

} // namespace Lede::Core
