#pragma once

#include <gumbo.h>

#include <QString>

namespace Lede::Core::Html {

/// What a page says about its article in machine-readable form: schema.org JSON-LD
/// (NewsArticle, Article, BlogPosting and their kin), Open Graph and plain <meta> tags.
/// JSON-LD wins over Open Graph, which wins over <meta> and <title>.
struct PageMetadata {
    QString headline;    // from JSON-LD or Open Graph
    QString title;       // the page's <title>, often with the site's name
    QString author;      // "Jane Doe and John Roe"
    QString published;   // as the page gives it, ISO 8601 for JSON-LD and Open Graph
    QString description;
    QString articleBody; // JSON-LD's full text, when the page includes it

    /// The publication date for people: "2024-03-05" from "2024-03-05T09:30:00+01:00".
    QString publishedDate() const;
};

PageMetadata readMetadata(const GumboNode *root);

} // namespace Lede::Core::Html
