#include "io/articledocument.h"

#include "import/articleformat.h"
#include "import/importhooks.h"
#include "io/sidecarfile.h"
#include "text/articlereader.h"
#include "text/codepointmap.h"

namespace Lede::Core {

QString ArticleDocument::sidecarPath() const
{
    return SidecarFile::pathFor(article.sourcePath);
}

AnchoredAnnotations anchorSidecar(const Article &article, const SidecarData &sidecar, bool *reanchored)
{
    const bool same = sidecar.fingerprint == article.fingerprint();
    if (reanchored)
        *reanchored = !same;
    if (!same)
        return Reanchorer(article.text).anchor(sidecar);

    const CodePointMap map(article.text);
    AnchoredAnnotations out;
    for (const Entity &entity : sidecar.entities)
        out.annotations.addEntity(entity);
    for (const StoredAnnotation &stored : sidecar.annotations) {
        Annotation annotation = stored.annotation;
        annotation.span = Span{map.toUtf16(annotation.span.start), map.toUtf16(annotation.span.end)};
        if (annotation.isOrphan()) {
            ++out.report.orphaned;
            out.report.orphanIds.append(annotation.id);
        } else {
            ++out.report.unchanged;
        }
        out.annotations.add(std::move(annotation));
    }
    return out;
}

namespace {

void addZonesUnlessPresent(AnnotationSet &annotations, const QList<Annotation> &zones)
{
    const auto &all = annotations.annotations();
    if (std::any_of(all.begin(), all.end(), [](const Annotation &a) { return a.layer == Layer::Zone; }))
        return;
    for (const Annotation &zone : zones)
        if (!annotations.find(zone.id))
            annotations.add(zone);
}

} // namespace

Result<ArticleDocument> ArticleDocument::open(const QString &articlePath, const ImportOptions &options)
{
    QString path = articlePath;
    if (isWebAddress(articlePath)) {
        const ImportHooks::Downloader download = ImportHooks::downloader();
        if (!download)
            return Error{QStringLiteral("%1: this program cannot download pages; save the page in "
                                        "a browser and open the saved file").arg(articlePath)};
        Result<QString> saved = download(articlePath, options.saveDirectory);
        if (!saved)
            return saved.error();
        path = saved.value();
    }
    // The sidecar is read first: it may remember the encoding the analyst chose.
    const auto sidecar = SidecarFile::read(SidecarFile::pathFor(path));
    ImportOptions importOptions = options;
    if (importOptions.encoding.isEmpty() && importOptions.rememberedEncoding && sidecar && sidecar->has_value())
        importOptions.encoding = (*sidecar)->chosenEncoding;
    Result<ImportedArticle> imported = ArticleReader::import(path, importOptions);
    if (!imported)
        return imported.error();

    ArticleDocument document;
    document.article = std::move(imported->article);
    document.format = imported->format;
    document.importerVersion = imported->importerVersion;
    document.encoding = imported->encoding;
    document.chosenEncoding = importOptions.encoding;
    document.importedZones = std::move(imported->zones);
    if (!sidecar) {
        document.sidecarProblem = sidecar.errorMessage();
        return document;
    }
    if (!sidecar->has_value()) {
        addZonesUnlessPresent(document.annotations, document.importedZones);
        return document;
    }

    document.hadSidecar = true;
    AnchoredAnnotations anchored = anchorSidecar(document.article, **sidecar, &document.reanchored);
    document.annotations = std::move(anchored.annotations);
    document.anchorReport = anchored.report;
    // The analyst's zones, or earlier ones, win over the importer's.
    addZonesUnlessPresent(document.annotations, document.importedZones);
    return document;
}

ExtractionResult ArticleDocument::extract(const Extractor &extractor) const
{
    ExtractionResult found = extractor.extract(article.text);
    if (importedZones.isEmpty())
        return found;
    found.annotations.removeIf([](const Annotation &a) { return a.layer == Layer::Zone; });
    found.annotations += importedZones;
    std::sort(found.annotations.begin(), found.annotations.end(), documentOrder);
    return found;
}

void ArticleDocument::suggestIfNew(const Extractor &extractor)
{
    if (hadSidecar || !sidecarProblem.isEmpty())
        return;
    // Leave alone a document someone already annotated; the importer's zones do not count.
    for (const Annotation &a : annotations.annotations())
        if (!std::any_of(importedZones.begin(), importedZones.end(), [&](const Annotation &z) { return z.id == a.id; }))
            return;
    ExtractionResult found = extract(extractor);
    annotations = AnnotationSet();
    for (Entity &entity : found.entities)
        annotations.addEntity(std::move(entity));
    for (Annotation &annotation : found.annotations)
        annotations.add(std::move(annotation));
}

std::optional<SidecarSource> ArticleDocument::sidecarSource() const
{
    if (format == QLatin1String(ImportFormat::Text))
        return std::nullopt;
    return SidecarSource{format, importerVersion, article.text};
}

QByteArray ArticleDocument::sidecarBytes() const
{
    return writeSidecar(article, annotations, sidecarSource(), chosenEncoding);
}

Result<Done> ArticleDocument::save() const
{
    if (!sidecarProblem.isEmpty())
        return Error{QStringLiteral("not saved, because the existing sidecar could not be read: %1")
                         .arg(sidecarProblem)};
    return SidecarFile::write(sidecarPath(), sidecarBytes());
}

} // namespace Lede::Core
