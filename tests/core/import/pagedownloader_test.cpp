// Opening a web address against a tiny HTTP server on 127.0.0.1.
#include "import/importhooks.h"
#include "io/articledocument.h"
#include "pagedownloader.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QThread>

#include <map>

using namespace Lede::Core;

namespace {

struct Response {
    QByteArray status = "200 OK";
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QByteArray location;
};

/// Answers each GET with the response registered for its path, on a thread of its own so
/// that the synchronous download in the test's thread can talk to it.
class HttpServer : public QThread
{
public:
    std::map<QByteArray, Response> responses; // set before start()
    quint16 port = 0;

    QStringList requested() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requested;
    }

    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return;
        port = server.serverPort();
        m_ready.release();
        while (!isInterruptionRequested()) {
            if (!server.waitForNewConnection(50))
                continue;
            QTcpSocket *socket = server.nextPendingConnection();
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(2000))
                request += socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            {
                QMutexLocker lock(&m_mutex);
                m_requested.append(QString::fromLatin1(path));
            }
            const auto it = responses.find(path);
            const Response r = it != responses.end() ? it->second : Response{"404 Not Found", "text/plain", "no", {}};
            QByteArray reply = "HTTP/1.1 " + r.status + "\r\nContent-Type: " + r.contentType
                + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n";
            if (!r.location.isEmpty())
                reply += "Location: " + r.location + "\r\n";
            socket->write(reply + "\r\n" + r.body);
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->waitForBytesWritten(2000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(1000);
            delete socket;
        }
    }

    QString url(const char *path)
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
    }
    void startAndWait()
    {
        start();
        m_ready.acquire();
    }
    ~HttpServer() override
    {
        requestInterruption();
        wait();
    }

private:
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    QStringList m_requested;
};

const QByteArray kPage = "<html><head><title>t</title><link rel=stylesheet href='/style.css'></head><body>"
                         "<img src='/photo.jpg'><article><h1>Water prices rise</h1>"
                         "<p>Households will pay eight per cent more for water from April, the utility said.</p>"
                         "</article><script src='/tracker.js'></script></body></html>";

} // namespace

TEST(OpenUrl, DownloadsSavesBesideAndOpensTheLocalCopy)
{
    HttpServer server;
    server.responses["/news/water-prices"] = Response{"200 OK", "text/html; charset=utf-8", kPage, {}};
    server.startAndWait();
    Lede::Net::registerDownloader();

    QTemporaryDir dir;
    auto opened = ArticleDocument::open(server.url("/news/water-prices"), ImportOptions{{}, dir.path()});
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    EXPECT_EQ(opened->article.sourcePath, dir.filePath(QStringLiteral("water-prices.html")));
    EXPECT_TRUE(QFile::exists(opened->article.sourcePath));
    EXPECT_EQ(opened->format, QStringLiteral("html"));
    EXPECT_EQ(opened->article.text, QStringLiteral("Water prices rise\n\nHouseholds will pay eight per cent more "
                                                   "for water from April, the utility said.\n"));
    // Only the page was fetched: not its stylesheet, picture or script.
    EXPECT_EQ(server.requested(), QStringList{QStringLiteral("/news/water-prices")});

    // Opening it again reuses the identical saved copy, so its sidecar stays with it.
    ASSERT_TRUE(opened->save().ok());
    auto again = ArticleDocument::open(server.url("/news/water-prices"), ImportOptions{{}, dir.path()});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->article.sourcePath, opened->article.sourcePath);
    EXPECT_TRUE(again->hadSidecar);
}

TEST(OpenUrl, ServerErrorsAndWrongContentAreClearErrors)
{
    HttpServer server;
    server.responses["/image"] = Response{"200 OK", "image/png", "\x89PNG", {}};
    server.startAndWait();
    Lede::Net::registerDownloader();
    QTemporaryDir dir;

    const auto missing = ArticleDocument::open(server.url("/gone"), ImportOptions{{}, dir.path()});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("404"))) << missing.errorMessage().toStdString();

    const auto image = ArticleDocument::open(server.url("/image"), ImportOptions{{}, dir.path()});
    ASSERT_FALSE(image.ok());
    EXPECT_TRUE(image.errorMessage().contains(QStringLiteral("not an article page"))) << image.errorMessage().toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());

    const auto noFolder = Lede::Net::downloadPage(server.url("/image"), dir.filePath(QStringLiteral("nope")));
    EXPECT_FALSE(noFolder.ok());
}

TEST(OpenUrl, FollowsRedirectsAndNamesFilesSafely)
{
    HttpServer server;
    server.responses["/short"] = Response{"302 Found", "text/html", {}, "/2024/03/report.pdf.html"};
    server.responses["/2024/03/report.pdf.html"] = Response{"200 OK", "text/html", kPage, {}};
    server.startAndWait();
    Lede::Net::registerDownloader();
    QTemporaryDir dir;
    const auto saved = Lede::Net::downloadPage(server.url("/short"), dir.path());
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_EQ(QFileInfo(*saved).fileName(), QStringLiteral("report.pdf.html"));

    // Whatever the address says, the name stays inside the chosen folder.
    const QString sneaky = Lede::Net::localFileName(QUrl(QStringLiteral("https://x.example/a/..%2F..%2F.bashrc")), QStringLiteral("text/html"));
    EXPECT_FALSE(sneaky.contains(u'/'));
    EXPECT_FALSE(sneaky.startsWith(u'.'));
    EXPECT_TRUE(sneaky.endsWith(QLatin1String(".html"))) << sneaky.toStdString();
    EXPECT_EQ(Lede::Net::localFileName(QUrl(QStringLiteral("https://x.example/")), QStringLiteral("application/pdf")),
              QStringLiteral("x.example.pdf"));
    EXPECT_EQ(Lede::Net::localFileName(QUrl(QStringLiteral("https://x.example/story?id=3")), QString()),
              QStringLiteral("story.html"));
}

TEST(OpenUrl, OnlyHttpAddresses)
{
    Lede::Net::registerDownloader();
    const auto ftp = Lede::Net::downloadPage(QStringLiteral("ftp://127.0.0.1/file"), QDir::tempPath());
    ASSERT_FALSE(ftp.ok());
    EXPECT_TRUE(ftp.errorMessage().contains(QStringLiteral("only http:// and https://")));
}
