#pragma once

#include "exchange/importresult.h"
#include "model/article.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Lede::Core {

/// Reads W3C Web Annotation JSON-LD (a collection, a page, an array or one annotation) into
/// annotations of an article. TextPositionSelector offsets are code points of the article;
/// when the text there is not the TextQuoteSelector's, the quote is looked for instead.
/// Layer, label and status come from bodies with purpose classifying, tagging and assessing
/// (a tag alone is enough when it is one of Lede's labels); `linking` annotations become
/// links. Items that cannot be mapped are reported by their place in the file
/// ("items[3]"). Fails only when the file is not JSON or holds no annotations at all.
class W3cImporter
{
public:
    static Result<ImportResult> import(const QByteArray &json, const Article &article, const QString &fileName);
};

} // namespace Lede::Core
