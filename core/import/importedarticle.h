#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QList>
#include <QString>

namespace Lede::Core {

/// Names of the formats Lede reads, as stored in a sidecar's "source.format".
namespace ImportFormat {
inline constexpr auto Text = "text";
inline constexpr auto Html = "html";
inline constexpr auto Markdown = "markdown";
inline constexpr auto Pdf = "pdf";
} // namespace ImportFormat

/// What the user may say about how an article is to be read.
struct ImportOptions {
    /// The encoding of a text or HTML file, overriding Lede's guess ("ISO-8859-2",
    /// "windows-1251", "Shift_JIS"; any name ICU knows). Empty: detect.
    QString encoding;
    /// Where the local copy of a downloaded page goes. Empty: the current folder.
    QString saveDirectory;
    /// With no `encoding`, ArticleDocument::open reads the article in the encoding its sidecar
    /// remembers the analyst chose; false makes it guess afresh.
    bool rememberedEncoding = true;
};

/// What an importer made of a file's bytes: the article's text and the structure it found,
/// as zone annotations over that text.
struct ImportedText {
    QString text;
    QList<Annotation> zones;
    /// The encoding the bytes were read in, when they were text ("UTF-8", "windows-1252").
    QString encoding;
};

/// An article read from a file of any supported format. For plain text `article.text` is the
/// file's text; for the other formats it is the text Lede derived from the file, which the
/// sidecar stores together with `format` and `importerVersion`.
struct ImportedArticle {
    Article article;
    /// Zones found from the document's structure (HTML elements, Markdown blocks, PDF
    /// layout), layer Zone, status Suggested. Empty for plain text.
    QList<Annotation> zones;
    QString format = QString::fromLatin1(ImportFormat::Text);
    /// "html/1": the importer and the version of its rules. Empty for plain text.
    QString importerVersion;
    QString encoding;

    /// True when the text was derived from the file rather than being the file's text.
    bool isDerived() const { return format != QLatin1String(ImportFormat::Text); }
};

/// Bounds that keep hostile or broken files from exhausting memory or the stack.
namespace ImportLimits {
/// Derived text longer than this is cut, with the cut reported as an error.
inline constexpr int MaximumTextLength = 8 * 1024 * 1024;
/// Elements nested deeper than this are not looked into.
inline constexpr int MaximumNesting = 256;
/// Pages of a PDF read at most.
inline constexpr int MaximumPdfPages = 2000;
/// Bytes of a downloaded page at most.
inline constexpr qint64 MaximumDownloadBytes = 32 * 1024 * 1024;
} // namespace ImportLimits

} // namespace Lede::Core
