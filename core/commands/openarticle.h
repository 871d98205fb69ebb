#pragma once

#include "io/articledocument.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace Lede::Core {

/// Opens an article for a command that reads its annotations (export, report): with its
/// sidecar, or with the extractor's suggestions when it has none, telling the user so with
/// `noSidecarNote`. When the article or its sidecar cannot be read, says why on `err` (then
/// `problemNote`, if any) and returns nothing: a command never works around the analyst's
/// unreadable work.
std::optional<ArticleDocument> openForReading(const QString &path, QTextStream &err, const QString &noSidecarNote,
                                              const QString &problemNote = QString());

} // namespace Lede::Core
