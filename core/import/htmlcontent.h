#pragma once

#include "import/textbuilder.h"

#include <gumbo.h>

#include <QHash>
#include <QList>

namespace Lede::Core::Html {

/// Whether an element is not part of any article: scripts and styles, navigation, menus,
/// ads, cookie banners, comment sections, share bars, related links, hidden elements.
/// Decided from the tag, the role, and words of the class and id ("comments", "cookie",
/// "related", "newsletter", ...).
bool isBoilerplate(const GumboNode *node);

/// Finds the article in a page and turns it into blocks of text labelled with zones.
///
/// The article is the element that holds most of the page's paragraph text (paragraphs
/// count for their parent in full and for their grandparent by half, as in Arc90's
/// Readability), widened to the enclosing <article> or to the element that also holds the
/// page's <h1>, as long as widening adds little paragraph text (a comment section or a
/// second article would add much).
class ContentExtractor
{
public:
    /// The element holding the article, or nullptr when the page has no paragraph text.
    const GumboNode *findRoot(const GumboNode *document);
    /// The page's headline element when it is outside `root` (a page header above the body).
    const GumboNode *headlineOutside(const GumboNode *document, const GumboNode *root) const;

    /// The blocks of `root` and below, in document order.
    QList<TextBlock> blocks(const GumboNode *root);
    /// The text of one element as a single block (a headline found outside the root).
    QString text(const GumboNode *node);

private:
    void measure(const GumboNode *node, int depth);
    void walk(const GumboNode *node, const QString &zone, int depth);
    QString zoneOf(const GumboNode *node, const QString &inherited) const;
    void flush(const QString &zone);

    QHash<const GumboNode *, double> m_score;
    QHash<const GumboNode *, qsizetype> m_paragraphText;
    QList<const GumboNode *> m_headlines; // <h1> elements outside boilerplate, in document order
    qsizetype m_totalParagraphText = 0;

    TextBuilder m_scratch{QString(), QString()};
    QList<TextBlock> m_blocks;
    qsizetype m_linkChars = 0;
    int m_inLink = 0;
    int m_inParagraph = 0;
    int m_inPre = 0;
    bool m_haveHeadline = false;
};

} // namespace Lede::Core::Html
