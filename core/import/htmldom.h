#pragma once

#include <gumbo.h>

#include <QString>
#include <QStringList>

namespace Lede::Core::Html {

/// Small read-only helpers over gumbo's tree, so that the importer's rules read as rules.

/// The element's tag name in lower case, also for elements gumbo does not know ("amp-img").
QString tagName(const GumboNode *node);
/// An attribute's value, or a null string when the element does not have it.
QString attribute(const GumboNode *node, const char *name);
/// The words of the class, id and role attributes, split at anything that is not a letter or
/// a digit and lower-cased: class="article-comments__list" gives "article", "comments", "list".
QStringList nameTokens(const GumboNode *node);
/// The element's children (an empty list for text nodes).
const GumboVector *children(const GumboNode *node);
/// All text below the node, white space collapsed, not looking deeper than `maxDepth`.
QString textContent(const GumboNode *node, int maxDepth = 64);
/// Whether the element is an ancestor of (or is) `node`.
bool contains(const GumboNode *ancestor, const GumboNode *node);

} // namespace Lede::Core::Html
