#include "import/charsets.h"

#include <uchardet.h>
#include <unicode/ucnv.h>

#include <memory>

namespace Lede::Core::Charsets {
namespace {

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open(const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter c(ucnv_open(name.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return nullptr;
    return c;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == ':';
}

} // namespace

QString detect(const QByteArray &bytes)
{
    uchardet_t detector = uchardet_new();
    // A few hundred kilobytes decide as well as the whole file, and bound the work.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 512 * 1024);
    QString guess;
    if (uchardet_handle_data(detector, bytes.constData(), size_t(sample)) == 0) {
        uchardet_data_end(detector);
        guess = QString::fromLatin1(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    if (guess.isEmpty() || guess.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) == 0)
        return {};
    return isKnown(guess) ? guess : QString();
}

bool isKnown(const QString &name)
{
    return !name.trimmed().isEmpty() && open(name.trimmed()) != nullptr;
}

QString canonicalName(const QString &name)
{
    const Converter c = open(name.trimmed());
    if (!c)
        return name;
    UErrorCode status = U_ZERO_ERROR;
    const char *canonical = ucnv_getName(c.get(), &status);
    if (U_FAILURE(status) || !canonical)
        return name;
    // ICU's internal names ("ibm-5348_P100-1997") are unfamiliar; prefer the IANA or MIME
    // alias a user would recognise.
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *alias = ucnv_getStandardName(canonical, standard, &status);
        if (U_SUCCESS(status) && alias)
            return QString::fromLatin1(alias);
    }
    return QString::fromLatin1(canonical);
}

Result<QString> decode(const QByteArray &bytes, const QString &name)
{
    const Converter c = open(name.trimmed());
    if (!c)
        return Error{QStringLiteral("'%1' is not an encoding Lede knows (try UTF-8, windows-1252, "
                                    "ISO-8859-2, windows-1251, Shift_JIS, GB18030)")
                         .arg(name)};
    if (bytes.isEmpty())
        return QString();
    UErrorCode status = U_ZERO_ERROR;
    const int32_t needed = ucnv_toUChars(c.get(), nullptr, 0, bytes.constData(), int32_t(bytes.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return Error{QStringLiteral("the text cannot be read as %1 (%2)").arg(name, QString::fromLatin1(u_errorName(status)))};
    QString out(needed, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    ucnv_toUChars(c.get(), reinterpret_cast<UChar *>(out.data()), needed, bytes.constData(),
                  int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return Error{QStringLiteral("the text cannot be read as %1 (%2)").arg(name, QString::fromLatin1(u_errorName(status)))};
    return out;
}

QString declaredInHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).toLower();
    qsizetype meta = head.indexOf("<meta");
    while (meta >= 0) {
        const qsizetype close = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, close < 0 ? -1 : close - meta);
        if (const qsizetype at = tag.indexOf("charset="); at >= 0) {
            qsizetype i = at + 8;
            while (i < tag.size() && (tag[i] == '"' || tag[i] == '\'' || tag[i] == ' '))
                ++i;
            const qsizetype start = i;
            while (i < tag.size() && isNameChar(tag[i]))
                ++i;
            if (i > start)
                return QString::fromLatin1(bytes.mid(meta + start, i - start));
        }
        if (close < 0)
            break;
        meta = head.indexOf("<meta", close);
    }
    return {};
}

QStringList commonEncodings()
{
    return {
        QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),     QStringLiteral("UTF-16BE"),
        QStringLiteral("windows-1252"), QStringLiteral("ISO-8859-1"),   QStringLiteral("ISO-8859-15"),
        QStringLiteral("windows-1250"), QStringLiteral("ISO-8859-2"),   QStringLiteral("windows-1251"),
        QStringLiteral("KOI8-R"),       QStringLiteral("ISO-8859-7"),   QStringLiteral("windows-1253"),
        QStringLiteral("windows-1254"), QStringLiteral("ISO-8859-9"),   QStringLiteral("windows-1255"),
        QStringLiteral("windows-1256"), QStringLiteral("Shift_JIS"),    QStringLiteral("EUC-JP"),
        QStringLiteral("GB18030"),      QStringLiteral("Big5"),         QStringLiteral("EUC-KR"),
    };
}

} // namespace Lede::Core::Charsets
