#pragma once

#include "import/importedarticle.h"
#include "result.h"

#include <QString>

namespace Lede::Core {

/// Reads a Markdown article (CommonMark with GitHub's tables, parsed by md4c) into text and
/// zones: the first heading is the headline, an emphasised paragraph under it the standfirst,
/// a "By ..." paragraph the byline, block quotes BLOCKQUOTE, an image's description and the
/// emphasised line under it the caption (CREDIT when it starts "Photo:" or "©"), the rest
/// BODY. Emphasis and links keep their text; raw HTML and link targets are dropped. A YAML
/// front-matter block gives the headline, byline and date when it has title, author and date.
class MarkdownImporter
{
public:
    static QString version();
    static Result<ImportedText> import(const QString &markdown);
};

} // namespace Lede::Core
