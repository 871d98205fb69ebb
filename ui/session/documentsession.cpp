#include "session/documentsession.h"

#include "commands/changecommand.h"
#include "io/sidecarformat.h"
#include "text/articlereader.h"

#include <QUndoStack>

namespace Lede::Ui {

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { updateDirty(); });
}

DocumentSession::~DocumentSession() = default;

void DocumentSession::setDocument(Core::ArticleDocument document)
{
    Q_EMIT aboutToReset();
    m_undoStack->clear();
    m_document = std::move(document);
    m_forcedDirty = false;
    Q_EMIT reset();
    updateDirty();
}

void DocumentSession::close()
{
    Q_EMIT aboutToReset();
    m_undoStack->clear();
    m_document.reset();
    m_forcedDirty = false;
    Q_EMIT reset();
    updateDirty();
}

Core::Result<Core::Done> DocumentSession::save()
{
    if (!m_document)
        return Core::Error{tr("there is no article to save")};
    Core::Result<Core::Done> written = m_document->save();
    if (!written)
        return written;
    m_document->hadSidecar = true;
    m_forcedDirty = false;
    m_undoStack->setClean();
    updateDirty();
    Q_EMIT saved();
    return written;
}

bool DocumentSession::isDirty() const
{
    return m_document && (m_forcedDirty || !m_undoStack->isClean());
}

void DocumentSession::markDirty()
{
    m_forcedDirty = true;
    updateDirty();
}

void DocumentSession::updateDirty()
{
    const bool dirty = isDirty();
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void DocumentSession::perform(const QString &description, Core::ChangeSet change, int mergeKey)
{
    if (!m_document || change.isEmpty())
        return;
    m_undoStack->push(new ChangeCommand(this, description, std::move(change), mergeKey));
}

bool DocumentSession::applyChange(const Core::ChangeSet &change)
{
    if (!m_document || !Core::applyChanges(m_document->annotations, change))
        return false;
    Q_EMIT changed(change);
    return true;
}

void DocumentSession::adoptSuggestions(Core::AnnotationSet annotations)
{
    if (!m_document)
        return;
    Q_EMIT aboutToReset();
    m_document->annotations = std::move(annotations);
    Q_EMIT reset();
}

Core::Result<Core::AnchorReport> DocumentSession::reloadArticleKeepingAnnotations()
{
    if (!m_document)
        return Core::Error{tr("there is no article to reload")};
    Core::ImportOptions options;
    options.encoding = m_document->chosenEncoding;
    Core::Result<Core::ImportedArticle> fresh = Core::ArticleReader::import(m_document->article.sourcePath, options);
    if (!fresh)
        return fresh.error();
    // The current annotations go through the sidecar format, as if saved and opened again:
    // the same re-anchoring then places them in the new text.
    const QByteArray bytes = Core::writeSidecar(m_document->article, m_document->annotations);
    const Core::Result<Core::SidecarData> data = Core::parseSidecar(bytes, m_document->sidecarPath());
    if (!data)
        return data.error();
    Core::ArticleDocument document = *m_document;
    document.article = std::move(fresh->article);
    Core::AnchoredAnnotations anchored = Core::anchorSidecar(document.article, *data, &document.reanchored);
    document.annotations = std::move(anchored.annotations);
    document.anchorReport = anchored.report;
    const bool wasDirty = isDirty();
    setDocument(std::move(document));
    // Annotations placed in a changed text differ from the sidecar on disk.
    if (wasDirty || anchored.report.moved + anchored.report.fuzzy + anchored.report.orphaned > 0)
        markDirty();
    return anchored.report;
}

Core::Result<Core::Done> DocumentSession::reloadFromDisk()
{
    if (!m_document)
        return Core::Error{tr("there is no article to reload")};
    Core::Result<Core::ArticleDocument> read = Core::ArticleDocument::open(m_document->article.sourcePath);
    if (!read)
        return read.error();
    setDocument(std::move(read).value());
    return Core::Done{};
}

} // namespace Lede::Ui
