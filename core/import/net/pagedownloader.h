#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Lede::Net {

/// Downloads one article page and saves it as a local file, which Lede then opens like any
/// other, so that its sidecar has a file to sit beside.
///
/// Only the page itself is fetched: none of its images, styles or scripts. Only http and
/// https; redirects only to equally safe addresses (never https to http), at most 10; at
/// most ImportLimits::MaximumDownloadBytes; 30 seconds without data ends the transfer.
///
/// For the GUI's File → Open URL: create one, connect `saved` and `failed`, call start().
class PageDownloader : public QObject
{
    Q_OBJECT

public:
    explicit PageDownloader(QObject *parent = nullptr);
    ~PageDownloader() override;

    /// Starts downloading `url` into `directory`; exactly one of `saved` or `failed` follows.
    void start(const QUrl &url, const QString &directory);
    /// Stops the transfer; `failed` follows with a message saying so.
    void abort();

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &message);
    void progress(qint64 received, qint64 total);

private:
    void onFinished();
    void onData();
    void fail(const QString &message);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QString m_directory;
    QByteArray m_data;
    bool m_done = false;
};

/// The file name a downloaded page is saved under: the address's last path segment, made
/// safe for every file system, with the extension its content type calls for
/// ("https://news.example/politics/brenner-asylum?x=1" as HTML gives "brenner-asylum.html").
QString localFileName(const QUrl &url, const QString &contentType);

/// Downloads and saves synchronously (for the command line), running an event loop until
/// done; creates the Qt application object for that when there is none yet.
Core::Result<QString> downloadPage(const QString &url, const QString &directory);

/// Makes ArticleDocument::open() download http(s) addresses with downloadPage().
void registerDownloader();

} // namespace Lede::Net
