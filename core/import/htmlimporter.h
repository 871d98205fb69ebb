#pragma once

#include "import/importedarticle.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Lede::Core {

/// Reads a saved web page: finds the article among the page's furniture and turns it into
/// text with its structure as zones (HEADLINE, STANDFIRST, BYLINE, DATELINE, CAPTION, CREDIT,
/// BODY, BLOCKQUOTE). The page is parsed by gumbo, an HTML5 parser; nothing in it runs and
/// nothing it refers to is fetched. The page's metadata (schema.org JSON-LD, Open Graph,
/// <meta>) supplies the headline, author and date when the visible page does not.
class HtmlImporter
{
public:
    /// Pages larger than this are refused: no news article needs more, and the parser's
    /// memory grows with the page.
    static constexpr qsizetype MaximumBytes = 16 * 1024 * 1024;
    /// Pages whose elements nest deeper than this are refused: parsing them takes time that
    /// grows with the square of the depth. Real pages stay below a few hundred.
    static constexpr int MaximumNesting = 4000;

    static QString version();
    /// `encoding` overrides the page's declared encoding and Lede's guess.
    static Result<ImportedText> import(const QByteArray &bytes, const QString &encoding = {});
};

} // namespace Lede::Core
