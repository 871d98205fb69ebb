#include "import/articleformat.h"

#include "import/importedarticle.h"

#include <QFileInfo>

namespace Lede::Core {
namespace {

bool looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3).trimmed();
    // Comments before the doctype are common in saved pages ("<!-- saved from url=... -->").
    while (head.startsWith("<!--")) {
        const qsizetype end = head.indexOf("-->");
        if (end < 0)
            return false;
        head = head.mid(end + 3).trimmed();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

} // namespace

QString detectFormat(const QString &path, const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QString::fromLatin1(ImportFormat::Pdf);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return QString::fromLatin1(ImportFormat::Html);
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return QString::fromLatin1(ImportFormat::Markdown);
    if (suffix == u"pdf")
        return QString::fromLatin1(ImportFormat::Pdf);
    if (looksLikeHtml(bytes))
        return QString::fromLatin1(ImportFormat::Html);
    return QString::fromLatin1(ImportFormat::Text);
}

bool isWebAddress(const QString &argument)
{
    return argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace Lede::Core
