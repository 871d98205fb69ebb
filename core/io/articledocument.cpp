#include "io/articledocument.h"

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

Result<ArticleDocument> ArticleDocument::open(const QString &articlePath)
{
    Result<Article> article = ArticleReader::read(articlePath);
    if (!article)
        return article.error();

    ArticleDocument document;
    document.article = std::move(article).value();
    const auto sidecar = SidecarFile::read(document.sidecarPath());
    if (!sidecar) {
        document.sidecarProblem = sidecar.errorMessage();
        return document;
    }
    if (!sidecar->has_value())
        return document;

    document.hadSidecar = true;
    AnchoredAnnotations anchored = anchorSidecar(document.article, **sidecar, &document.reanchored);
    document.annotations = std::move(anchored.annotations);
    document.anchorReport = anchored.report;
    return document;
}

void ArticleDocument::suggestIfNew(const Extractor &extractor)
{
    if (hadSidecar || !sidecarProblem.isEmpty() || !annotations.isEmpty())
        return;
    ExtractionResult found = extractor.extract(article.text);
    for (Entity &entity : found.entities)
        annotations.addEntity(std::move(entity));
    for (Annotation &annotation : found.annotations)
        annotations.add(std::move(annotation));
}

Result<Done> ArticleDocument::save() const
{
    if (!sidecarProblem.isEmpty())
        return Error{QStringLiteral("not saved, because the existing sidecar could not be read: %1")
                         .arg(sidecarProblem)};
    return SidecarFile::write(sidecarPath(), writeSidecar(article, annotations));
}

} // namespace Lede::Core
