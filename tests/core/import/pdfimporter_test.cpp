// PDFs made in the test with QPdfWriter, read back through poppler (lede_pdf): two columns,
// words hyphenated at line ends, a running header and page numbers.
#include "import/importhooks.h"
#include "import/pdflayout.h"
#include "pdfimporter.h"
#include "qtprinters.h"
#include "text/articlereader.h"

#include <gtest/gtest.h>

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace Lede::Core;

namespace {

struct Column {
    double x;
    QStringList lines; // an empty string is a blank line between paragraphs
};

/// Writes a page: a running header, optionally a headline, columns of body text, a footer.
void drawPage(QPainter &painter, int page, int pages, const QString &headline, const QList<Column> &columns)
{
    painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 7));
    painter.drawText(QPointF(40, 30), QStringLiteral("THE DAILY LEDGER · Tuesday 5 March 2024"));
    painter.drawText(QPointF(280, 815), QStringLiteral("Page %1 of %2").arg(page).arg(pages));
    double top = 70;
    if (!headline.isEmpty()) {
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 20, QFont::Bold));
        painter.drawText(QPointF(40, 80), headline);
        top = 130;
    }
    painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 9));
    for (const Column &column : columns) {
        double y = top;
        for (const QString &line : column.lines) {
            if (!line.isEmpty())
                painter.drawText(QPointF(column.x, y), line);
            y += 13;
        }
    }
}

QString writeArticlePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72); // one unit is one point
    QPainter painter(&writer);
    drawPage(painter, 1, 2, QStringLiteral("Council approves new tram line"),
             {Column{40, {QStringLiteral("The city council voted on Tuesday to build"),
                          QStringLiteral("a new tram line through the eastern dis-"),
                          QStringLiteral("tricts, ending a debate that lasted more"),
                          QStringLiteral("than a decade."),
                          QString(),
                          QStringLiteral("The line will cost 410 million euros, of"),
                          QStringLiteral("which the federal govern-"),
                          QStringLiteral("ment will pay about half, the mayor said.")}},
              Column{320, {QStringLiteral("Construction is due to start in 2026. The"),
                           QStringLiteral("first trams could run three years later,"),
                           QStringLiteral("if the courts do not stop the project."),
                           QString(),
                           QStringLiteral("Residents along the route have com-"),
                           QStringLiteral("plained about noise during the works, and")}}});
    writer.newPage();
    drawPage(painter, 2, 2, QString(),
             {Column{40, {QStringLiteral("some shops fear losing customers."),
                          QString(),
                          QStringLiteral("Opponents say the money would be better spent on buses.")}}});
    painter.end();
    return path;
}

class PdfImport : public ::testing::Test
{
protected:
    void SetUp() override { Lede::Pdf::registerImporter(); }
};

} // namespace

TEST_F(PdfImport, ReadsColumnsInOrderJoinsHyphensAndDropsRunningLines)
{
    QTemporaryDir dir;
    const QString path = writeArticlePdf(dir.filePath(QStringLiteral("tram.pdf")));
    const auto imported = ArticleReader::import(path);
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    EXPECT_EQ(imported->format, QStringLiteral("pdf"));
    EXPECT_EQ(imported->importerVersion, QStringLiteral("pdf/1"));
    EXPECT_EQ(imported->article.text,
              QStringLiteral("Council approves new tram line\n\n"
                             "The city council voted on Tuesday to build a new tram line through the eastern districts, "
                             "ending a debate that lasted more than a decade.\n\n"
                             "The line will cost 410 million euros, of which the federal government will pay about half, "
                             "the mayor said.\n\n"
                             "Construction is due to start in 2026. The first trams could run three years later, if the "
                             "courts do not stop the project.\n\n"
                             "Residents along the route have complained about noise during the works, and some shops "
                             "fear losing customers.\n\n"
                             "Opponents say the money would be better spent on buses.\n"));
    ASSERT_FALSE(imported->zones.isEmpty());
    EXPECT_EQ(imported->zones.first().label, QStringLiteral("HEADLINE"));
    EXPECT_EQ(imported->zones.size(), 6);
}

TEST_F(PdfImport, DamagedAndEmptyPdfsGiveClearErrors)
{
    const auto damaged = ArticleReader::importBytes("%PDF-1.4\nthis is not really a pdf", QStringLiteral("x.pdf"));
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.errorMessage().contains(QStringLiteral("damaged"))) << damaged.errorMessage().toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.drawRect(10, 10, 100, 100); // a picture, no text: a scan, as far as Lede can tell
    }
    const auto blank = ArticleReader::import(path);
    ASSERT_FALSE(blank.ok());
    EXPECT_TRUE(blank.errorMessage().contains(QStringLiteral("no text"))) << blank.errorMessage().toStdString();
}

TEST(PdfLayout, RunningHeadersRecurAndPageNumbersAreDropped)
{
    auto word = [](const char *text, double x, double y, double h = 10) {
        return PdfWord{QString::fromUtf8(text), QRectF(x, y, 6.0 * double(qstrlen(text)), h)};
    };
    QList<PdfPage> pages;
    for (int p = 0; p < 3; ++p) {
        PdfPage page{QSizeF(600, 800), {}};
        page.words = {word("Weekly", 50, 20), word("Report", 100, 20), word(p == 0 ? "Alpha" : p == 1 ? "beta" : "gamma", 50, 400),
                      word("words", 100, 400), word(QByteArray::number(p + 1).constData(), 300, 770)};
        pages.append(page);
    }
    const ImportedText text = PdfLayout::arrange(pages);
    EXPECT_EQ(text.text, QStringLiteral("Alpha words beta words gamma words\n"));
}
