#pragma once

#include "io/articledocument.h"
#include "model/annotationset.h"
#include "model/article.h"

#include <QByteArray>

namespace Lede::Core::Review {

/// The review of one article as a single self-contained HTML file (UTF-8): inline CSS and
/// inline SVG charts, no script, nothing fetched from the network, laid out to print on A4.
/// The markup is also well-formed XML, so that tests and tools can parse it.
QByteArray writeReport(const Article &article, const AnnotationSet &annotations);
QByteArray writeReport(const ArticleDocument &document);

} // namespace Lede::Core::Review
