#include "pdfimporter.h"

#include "import/importhooks.h"
#include "import/pdflayout.h"

#include <poppler-qt6.h>

namespace Lede::Pdf {

using namespace Lede::Core;

Result<ImportedText> importPdf(const QByteArray &bytes)
{
    // Poppler reports damaged files on stderr by default; Lede reports them itself.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error{QStringLiteral("the PDF is damaged or is not a PDF")};
    if (document->isLocked())
        return Error{QStringLiteral("the PDF is protected by a password; remove the protection "
                                    "(for example by printing it to a new PDF) and open that")};
    const int count = document->numPages();
    if (count > ImportLimits::MaximumPdfPages)
        return Error{QStringLiteral("the PDF has %1 pages; Lede reads PDFs of up to %2 pages")
                         .arg(count).arg(ImportLimits::MaximumPdfPages)};

    QList<PdfPage> pages;
    qsizetype characters = 0;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return Error{QStringLiteral("page %1 of the PDF cannot be read").arg(i + 1)};
        PdfPage out;
        out.size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            characters += box->text().size();
            out.words.append(PdfWord{box->text(), box->boundingBox()});
        }
        if (characters > ImportLimits::MaximumTextLength)
            return Error{QStringLiteral("the PDF holds more than %1 million characters of text")
                             .arg(ImportLimits::MaximumTextLength / (1024 * 1024))};
        pages.append(std::move(out));
    }
    ImportedText text = PdfLayout::arrange(pages);
    if (text.text.trimmed().isEmpty())
        return Error{QStringLiteral("the PDF has no text to read (it may be scanned images; "
                                    "run it through OCR first)")};
    return text;
}

void registerImporter()
{
    static const QByteArray version = PdfLayout::version().toLatin1();
    ImportHooks::setPdfImporter(ImportHooks::FormatImporter{version.constData(), &importPdf});
}

} // namespace Lede::Pdf
