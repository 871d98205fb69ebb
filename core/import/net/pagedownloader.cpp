#include "pagedownloader.h"

#include "import/importedarticle.h"
#include "import/importhooks.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

#include <optional>

namespace Lede::Net {

using namespace Lede::Core;

namespace {

QString extensionFor(const QString &contentType, const QString &suffix)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"application/pdf")
        return QStringLiteral("pdf");
    if (type == u"text/markdown" || type == u"text/x-markdown")
        return QStringLiteral("md");
    if (type == u"text/plain")
        return QStringLiteral("txt");
    if (type == u"text/html" || type == u"application/xhtml+xml")
        return suffix == u"htm" || suffix == u"xhtml" ? suffix : QStringLiteral("html");
    return suffix.isEmpty() ? QStringLiteral("html") : suffix;
}

bool isArticleType(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return type.isEmpty() || type.startsWith(QLatin1String("text/")) || type == u"application/pdf"
        || type == u"application/xhtml+xml";
}

/// Saves the bytes under `name` in `directory`. A file of that name with the same bytes is
/// reused (so a page opened twice keeps its sidecar); one with other bytes is kept, and the
/// page goes to "name-2.html" and so on.
Result<QString> save(const QString &directory, const QString &name, const QByteArray &bytes)
{
    const QDir dir(directory.isEmpty() ? QDir::currentPath() : directory);
    if (!dir.exists())
        return Error{QStringLiteral("%1: no such folder to save the page in").arg(dir.path())};
    const QFileInfo info(name);
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? name : QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
        const QString path = dir.filePath(candidate);
        QFile existing(path);
        if (existing.exists()) {
            if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size() && existing.readAll() == bytes)
                return path;
            continue;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString())};
        return path;
    }
    return Error{QStringLiteral("%1: too many saved copies of '%2'").arg(dir.path(), name)};
}

} // namespace

QString localFileName(const QUrl &url, const QString &contentType)
{
    QString base = url.fileName(QUrl::FullyDecoded);
    QString suffix;
    if (const qsizetype dot = base.lastIndexOf(u'.'); dot > 0) {
        suffix = base.mid(dot + 1).toLower();
        base.truncate(dot);
    }
    if (base.isEmpty())
        base = url.host().isEmpty() ? QStringLiteral("page") : url.host();
    QString safe;
    for (QChar c : std::as_const(base)) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            safe += c;
        else if (!safe.endsWith(u'-'))
            safe += u'-';
    }
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    safe = safe.left(100);
    if (safe.isEmpty())
        safe = QStringLiteral("page");
    bool plainSuffix = !suffix.isEmpty();
    for (QChar c : std::as_const(suffix))
        plainSuffix = plainSuffix && c.isLetterOrNumber() && c.unicode() < 128;
    return safe + u'.' + extensionFor(contentType, plainSuffix ? suffix.left(8) : QString());
}

PageDownloader::PageDownloader(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

PageDownloader::~PageDownloader()
{
    if (m_reply)
        m_reply->abort();
}

void PageDownloader::start(const QUrl &url, const QString &directory)
{
    m_url = url;
    m_directory = directory;
    m_data.clear();
    m_done = false;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        fail(QStringLiteral("'%1' is not a web address Lede can open (only http:// and https://)")
                 .arg(url.toString()));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Lede/%1").arg(QStringLiteral(LEDE_VERSION)));
    request.setRawHeader("Accept", "text/html, application/xhtml+xml, application/pdf, text/markdown, text/plain;q=0.8");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageDownloader::onData);
    connect(m_reply, &QNetworkReply::finished, this, &PageDownloader::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PageDownloader::progress);
}

void PageDownloader::abort()
{
    if (m_reply && !m_done) {
        fail(QStringLiteral("%1: the download was stopped").arg(m_url.toString()));
        m_reply->abort();
    }
}

void PageDownloader::onData()
{
    if (m_done || !m_reply)
        return;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > ImportLimits::MaximumDownloadBytes)
        m_data.resize(ImportLimits::MaximumDownloadBytes + 1); // reported as too large below
    else
        m_data += m_reply->readAll();
    if (m_data.size() > ImportLimits::MaximumDownloadBytes) {
        fail(QStringLiteral("%1: the page is larger than %2 MB, too large for an article")
                 .arg(m_url.toString()).arg(ImportLimits::MaximumDownloadBytes / (1024 * 1024)));
        m_reply->abort();
    }
}

void PageDownloader::onFinished()
{
    if (m_done || !m_reply)
        return;
    onData();
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fail(status > 0 ? QStringLiteral("%1: the server answered %2 %3")
                              .arg(m_url.toString()).arg(status)
                              .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                        : QStringLiteral("%1: %2").arg(m_url.toString(), reply->errorString()));
        return;
    }
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!isArticleType(type)) {
        fail(QStringLiteral("%1: this is %2, not an article page").arg(m_url.toString(), type));
        return;
    }
    const Result<QString> path = save(m_directory, localFileName(reply->url(), type), m_data);
    m_done = true;
    if (!path)
        Q_EMIT failed(path.errorMessage());
    else
        Q_EMIT saved(path.value());
}

void PageDownloader::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(message);
}

Result<QString> downloadPage(const QString &url, const QString &directory)
{
    // The command line runs before any Qt application object exists; networking needs one.
    static int argc = 1;
    static char name[] = "lede";
    static char *argv[] = {name, nullptr};
    std::optional<QCoreApplication> application;
    if (!QCoreApplication::instance())
        application.emplace(argc, argv);

    Result<QString> result = Error{QStringLiteral("%1: the download did not finish").arg(url)};
    {
        PageDownloader downloader;
        QEventLoop loop;
        bool finished = false; // a bad address fails inside start(), before the loop runs
        QObject::connect(&downloader, &PageDownloader::saved, &loop, [&](const QString &path) {
            result = path;
            finished = true;
            loop.quit();
        });
        QObject::connect(&downloader, &PageDownloader::failed, &loop, [&](const QString &message) {
            result = Error{message};
            finished = true;
            loop.quit();
        });
        downloader.start(QUrl(url), directory);
        if (!finished)
            loop.exec();
    }
    return result;
}

void registerDownloader()
{
    ImportHooks::setDownloader(&downloadPage);
}

} // namespace Lede::Net
