// Opening a web address against a tiny HTTP server on 127.0.0.1.
#include "import/importhooks.h"
#include "io/articledocument.h"
#include "pagedownloader.h"
#include "httpserver.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>

using namespace Lede::Core;
using Lede::Test::HttpServer;
using Lede::Test::Response;

namespace {

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
