#pragma once

#include "model/article.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Lede::Core {

/// How the bytes of an article file were turned into text.
enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };

QString encodingName(TextEncoding encoding);

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Decodes the bytes of a plain-text article: a byte-order mark decides when present (and is
/// dropped); otherwise valid UTF-8 is UTF-8, and anything else is read as Windows-1252, the
/// superset of Latin-1 that nearly every legacy Western news file uses. Fails on bytes that
/// are not text at all (NUL bytes outside UTF-16/32).
Result<DecodedText> decodeText(const QByteArray &bytes);

/// Reads an article file from disk, with a message a user can act on when it cannot.
class ArticleReader
{
public:
    /// Larger files are refused rather than risk an unresponsive application.
    static constexpr qint64 MaximumBytes = 64 * 1024 * 1024;

    static Result<Article> read(const QString &path);
};

} // namespace Lede::Core
