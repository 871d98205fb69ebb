#pragma once

#include "anchor/reanchorer.h"
#include "extract/extractor.h"
#include "import/importedarticle.h"
#include "io/sidecarformat.h"
#include "model/annotationset.h"
#include "model/article.h"
#include "result.h"

#include <QString>

namespace Lede::Core {

/// An article opened for annotation: its text, its annotations placed in that text, and what
/// happened to its sidecar on the way in.
struct ArticleDocument {
    Article article;
    AnnotationSet annotations;

    bool hadSidecar = false;
    /// The sidecar was written for a different version of the article, and its annotations
    /// were placed again; `anchorReport` says how.
    bool reanchored = false;
    AnchorReport anchorReport;
    /// Why the sidecar beside the article could not be read. While it is set, the document
    /// has no annotations from it and saving refuses rather than overwrite it.
    QString sidecarProblem;

    /// How the article was read: its format (ImportFormat), the importer's version for
    /// derived text, the encoding of text formats.
    QString format = QString::fromLatin1(ImportFormat::Text);
    QString importerVersion;
    QString encoding;
    /// The encoding the analyst chose instead of Lede's guess (ImportOptions::encoding, or
    /// remembered in the sidecar); empty while Lede guesses. Saved with the sidecar.
    QString chosenEncoding;
    /// The zones the importer found in the document's structure. They are among
    /// `annotations` unless the sidecar already had zones.
    QList<Annotation> importedZones;

    QString sidecarPath() const;

    /// Reads the article in any format ArticleReader knows and, when there is one, its
    /// sidecar. An http(s) address is downloaded first (when the application registered a
    /// downloader) into `options.saveDirectory`, and the saved copy is opened. Fails only
    /// when the article itself cannot be read; a bad sidecar is reported in `sidecarProblem`.
    /// Without `options.encoding`, an encoding the sidecar remembers is used.
    static Result<ArticleDocument> open(const QString &articlePath, const ImportOptions &options = {});

    /// The extractor's suggestions for this article, with the zones found in the document's
    /// structure in place of the extractor's own guesses from the text's shape.
    ExtractionResult extract(const Extractor &extractor) const;

    /// Fills a document that has no sidecar yet with the extractor's suggestions, so that an
    /// article opened for the first time arrives pre-tagged. Leaves other documents alone.
    void suggestIfNew(const Extractor &extractor);

    /// What the sidecar records about a derived text; nothing for plain text.
    std::optional<SidecarSource> sidecarSource() const;
    /// The sidecar as it would be saved now.
    QByteArray sidecarBytes() const;

    /// Writes the sidecar beside the article (atomically, keeping a backup).
    Result<Done> save() const;
};

/// Places the annotations of a sidecar in an article's text: directly when the article is the
/// one the sidecar was written for, through the Reanchorer otherwise.
AnchoredAnnotations anchorSidecar(const Article &article, const SidecarData &sidecar, bool *reanchored = nullptr);

} // namespace Lede::Core
