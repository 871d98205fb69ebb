#pragma once

#include "model/annotation.h"
#include "model/annotationset.h"
#include "model/article.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lede::Core {

/// The sidecar file format: names and version. Specified in docs/sidecar-format.md.
namespace SidecarFormat {
inline constexpr auto Name = "lede-sidecar";
inline constexpr int Version = 1;
inline constexpr int ContextLength = 32; // characters of prefix and suffix stored per quote
} // namespace SidecarFormat

/// An annotation as a sidecar stores it: positions in Unicode code points of the article the
/// sidecar was written for, and its text with context to find it again.
struct StoredAnnotation {
    Annotation annotation; // span in code points of the stored article
    TextQuote quote;
};

/// For an article whose text Lede derived from another format (a web page, Markdown, PDF):
/// which format, which importer at which version, and the derived text itself, so that the
/// annotations keep a text they are valid for when a later importer reads the file
/// differently (the article is then re-anchored as an edited one would be).
struct SidecarSource {
    QString format;   // "html", "markdown", "pdf"
    QString importer; // "html/1"
    QString text;

    friend bool operator==(const SidecarSource &, const SidecarSource &) = default;
};

/// The content of a sidecar file, as read, before it is anchored to the current article.
struct SidecarData {
    int formatVersion = SidecarFormat::Version;
    QString articleFileName;
    QString fingerprint;
    int articleLength = 0; // code points
    QList<Entity> entities;
    QList<StoredAnnotation> annotations;
    std::optional<SidecarSource> source;
    /// The encoding the analyst chose to read the article in, instead of Lede's guess; empty
    /// when Lede guesses.
    QString chosenEncoding;
};

/// Serialises an article's annotations. The same annotations always give the same bytes:
/// annotations in document order, entities by id, object keys sorted. `source` is written for
/// articles derived from another format; `chosenEncoding` when the analyst chose how to read
/// the article's bytes.
QByteArray writeSidecar(const Article &article, const AnnotationSet &annotations,
                        const std::optional<SidecarSource> &source = std::nullopt, const QString &chosenEncoding = {});

/// Parses and validates a sidecar. `fileName` only names the file in error messages, which
/// say where the problem is as a JSON path ("$.annotations[3].start") or a line and column.
Result<SidecarData> parseSidecar(const QByteArray &bytes, const QString &fileName);

/// The text quote of a UTF-16 span of a text, with up to ContextLength code points of context.
TextQuote quoteOf(const QString &text, Span span);

} // namespace Lede::Core
