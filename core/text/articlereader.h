#pragma once

#include "import/importedarticle.h"
#include "model/article.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Lede::Core {

/// How the bytes of an article file were turned into text.
/// `Legacy` is any other encoding, detected by uchardet or named by the user; its name is in
/// DecodedText::charset.
enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252, Legacy };

QString encodingName(TextEncoding encoding);

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    /// The name of a Legacy encoding ("ISO-8859-2", "windows-1251"); empty otherwise.
    QString charset;

    /// The encoding's name for people: "UTF-8", "windows-1252", "ISO-8859-2".
    QString name() const { return encoding == TextEncoding::Legacy ? charset : encodingName(encoding); }
};

/// Decodes the bytes of a plain-text article: a byte-order mark decides when present (and is
/// dropped); otherwise valid UTF-8 is UTF-8; anything else is read in the encoding uchardet
/// detects, and as Windows-1252 (the superset of Latin-1 that nearly every legacy Western news
/// file uses, and what browsers read "ISO-8859-1" as) when it detects Latin-1 or nothing.
/// Fails on bytes that are not text at all (NUL bytes outside UTF-16/32).
///
/// `encoding`, when not empty, overrides all guessing: the user knows best.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &encoding = {});

/// Reads an article file from disk, with a message a user can act on when it cannot.
///
/// The format is recognised from the content (a PDF's signature) and the file name (.html,
/// .md, .pdf), and the file is handed to its importer: plain text is decoded, HTML and
/// Markdown are converted to text with their structure as zones, PDF goes to the importer
/// the application registered (ImportHooks), since reading PDF needs more than Qt Core.
class ArticleReader
{
public:
    /// Larger files are refused rather than risk an unresponsive application.
    static constexpr qint64 MaximumBytes = 64 * 1024 * 1024;

    /// The article's text, whatever the format.
    static Result<Article> read(const QString &path);
    /// The article's text with its structure and how it was read.
    static Result<ImportedArticle> import(const QString &path, const ImportOptions &options = {});
    /// The same from bytes already in memory; `path` names the article and decides the format
    /// together with the bytes.
    static Result<ImportedArticle> importBytes(const QByteArray &bytes, const QString &path,
                                               const ImportOptions &options = {});
};

} // namespace Lede::Core
