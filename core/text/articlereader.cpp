#include "text/articlereader.h"

#include "import/articleformat.h"
#include "import/charsets.h"
#include "import/htmlimporter.h"
#include "import/importhooks.h"
#include "import/markdownimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Lede::Core {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F, where it has printable characters
// (curly quotes, dashes, the euro sign) instead of C1 controls. Unassigned bytes map to
// U+FFFD.
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString out;
    out.resize(bytes.size());
    QChar *dst = out.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    return true;
}

Result<DecodedText> decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes,
                               qsizetype bomLength, TextEncoding kind)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes.mid(bomLength));
    // Qt passes unpaired UTF-16 surrogates through; they are as broken as bad UTF-8.
    if (decoder.hasError() || !text.isValidUtf16())
        return Error{QStringLiteral("the file starts with a %1 byte-order mark but is not valid %1")
                         .arg(encodingName(kind))};
    return DecodedText{text, kind};
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Utf32LE: return QStringLiteral("UTF-32LE");
    case TextEncoding::Utf32BE: return QStringLiteral("UTF-32BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    case TextEncoding::Legacy: return QStringLiteral("legacy");
    }
    return {};
}

namespace {

/// Labels that the WHATWG Encoding Standard reads as Windows-1252, because documents that say
/// Latin-1 nearly always hold Windows-1252's curly quotes and dashes in 0x80..0x9F.
bool meansWindows1252(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    return n == u"windows1252" || n == u"cp1252" || n == u"iso88591" || n == u"latin1"
        || n == u"l1" || n == u"usascii" || n == u"ascii" || n == u"xcp1252";
}

Result<DecodedText> decodeAs(const QByteArray &bytes, const QString &name)
{
    if (meansWindows1252(name))
        return DecodedText{decodeWindows1252(bytes), TextEncoding::Windows1252, {}};
    Result<QString> text = Charsets::decode(bytes, name);
    if (!text)
        return text.error();
    QString decoded = std::move(text).value();
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    return DecodedText{decoded, TextEncoding::Legacy, Charsets::canonicalName(name)};
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &encoding)
{
    if (!encoding.trimmed().isEmpty())
        return decodeAs(bytes, encoding);

    // UTF-32LE's mark begins with UTF-16LE's, so test the longer marks first.
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return decodeWith(QStringConverter::Utf32LE, bytes, 4, TextEncoding::Utf32LE);
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return decodeWith(QStringConverter::Utf32BE, bytes, 4, TextEncoding::Utf32BE);
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return decodeWith(QStringConverter::Utf8, bytes, 3, TextEncoding::Utf8WithBom);
    if (startsWith(bytes, {0xFF, 0xFE}))
        return decodeWith(QStringConverter::Utf16LE, bytes, 2, TextEncoding::Utf16LE);
    if (startsWith(bytes, {0xFE, 0xFF}))
        return decodeWith(QStringConverter::Utf16BE, bytes, 2, TextEncoding::Utf16BE);

    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error{QStringLiteral("this is not a text file (it holds a NUL byte at byte %1)")
                         .arg(nul)};

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return DecodedText{text, TextEncoding::Utf8, {}};
    // A handful of accented letters is too little for a statistical guess to beat the
    // Western default; uchardet calls "“Café”" Windows-1250.
    const auto highBytes = std::count_if(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (highBytes < 12)
        return DecodedText{decodeWindows1252(bytes), TextEncoding::Windows1252, {}};
    const QString guess = Charsets::detect(bytes);
    if (guess.isEmpty() || meansWindows1252(guess) || guess.startsWith(QLatin1String("UTF"), Qt::CaseInsensitive))
        return DecodedText{decodeWindows1252(bytes), TextEncoding::Windows1252, {}};
    return decodeAs(bytes, guess);
}

Result<Article> ArticleReader::read(const QString &path)
{
    Result<ImportedArticle> imported = import(path);
    if (!imported)
        return imported.error();
    return std::move(imported).value().article;
}

Result<ImportedArticle> ArticleReader::import(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QStringLiteral("%1: no such file").arg(path)};
    if (info.isDir())
        return Error{QStringLiteral("%1: is a folder, not an article").arg(path)};
    if (info.size() > MaximumBytes)
        return Error{QStringLiteral("%1: the file is %2 MB; Lede opens articles of up to %3 MB")
                         .arg(path)
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaximumBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("%1: reading failed (%2)").arg(path, file.errorString())};
    return importBytes(bytes, path, options);
}

Result<ImportedArticle> ArticleReader::importBytes(const QByteArray &bytes, const QString &path,
                                                   const ImportOptions &options)
{
    const QString format = detectFormat(path, bytes);
    ImportedArticle out;
    out.format = format;
    Result<ImportedText> imported = Error{};
    if (format == QLatin1String(ImportFormat::Html)) {
        imported = HtmlImporter::import(bytes, options.encoding);
        out.importerVersion = HtmlImporter::version();
    } else if (format == QLatin1String(ImportFormat::Markdown)) {
        Result<DecodedText> decoded = decodeText(bytes, options.encoding);
        if (!decoded)
            return Error{QStringLiteral("%1: %2").arg(path, decoded.errorMessage())};
        imported = MarkdownImporter::import(decoded->text);
        if (imported)
            imported->encoding = decoded->name();
        out.importerVersion = MarkdownImporter::version();
    } else if (format == QLatin1String(ImportFormat::Pdf)) {
        const ImportHooks::FormatImporter pdf = ImportHooks::pdfImporter();
        if (!pdf.import)
            return Error{QStringLiteral("%1: this is a PDF, and this program was built without the "
                                        "PDF reader; open it in the Lede application").arg(path)};
        imported = pdf.import(bytes);
        out.importerVersion = QString::fromLatin1(pdf.version);
    } else {
        Result<DecodedText> decoded = decodeText(bytes, options.encoding);
        if (!decoded)
            return Error{QStringLiteral("%1: %2").arg(path, decoded.errorMessage())};
        imported = ImportedText{std::move(decoded.value().text), {}, decoded->name()};
    }
    if (!imported)
        return Error{QStringLiteral("%1: %2").arg(path, imported.errorMessage())};
    out.article = Article{std::move(imported->text), path};
    out.zones = std::move(imported->zones);
    out.encoding = imported->encoding;
    return out;
}

} // namespace Lede::Core
