#include "commands/openarticle.h"

#include "extract/extractor.h"

namespace Lede::Core {

std::optional<ArticleDocument> openForReading(const QString &path, QTextStream &err, const QString &noSidecarNote,
                                              const QString &problemNote)
{
    Result<ArticleDocument> opened = ArticleDocument::open(path);
    if (!opened) {
        err << "lede: " << opened.errorMessage() << '\n';
        return std::nullopt;
    }
    ArticleDocument &document = opened.value();
    if (!document.sidecarProblem.isEmpty()) {
        err << "lede: " << document.sidecarProblem << '\n';
        if (!problemNote.isEmpty())
            err << "lede: " << problemNote << '\n';
        return std::nullopt;
    }
    if (!document.hadSidecar) {
        err << "lede: " << path << ": no sidecar; " << noSidecarNote << '\n';
        document.suggestIfNew(Extractor{});
    }
    return std::move(document);
}

} // namespace Lede::Core
