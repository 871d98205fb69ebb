#pragma once

#include "edit/changeset.h"
#include "io/articledocument.h"
#include "result.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace Lede::Ui {

/// The open article, its annotations and their undo history: what the panels, the editor and
/// the commands share. A plain QObject without widgets or dialogs: failures come back as
/// results for the window to show.
///
/// Every edit goes through applyChange() (called by the undo commands), which emits
/// changed() with the ChangeSet, so that views update only what it touches. A new article or
/// a reload emits aboutToReset() and reset().
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    bool hasDocument() const { return m_document.has_value(); }
    const Core::ArticleDocument &document() const { return *m_document; }
    const std::optional<Core::ArticleDocument> &documentIfAny() const { return m_document; }
    const Core::AnnotationSet &annotations() const { return m_document->annotations; }
    const QString &text() const { return m_document->article.text; }
    QString articlePath() const { return m_document ? m_document->article.sourcePath : QString(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Shows an article read with its sidecar (Core::ArticleDocument::open(); a sidecar
    /// problem is in document().sidecarProblem), in place of the open one.
    void show(Core::ArticleDocument document) { setDocument(std::move(document)); }
    void close();
    Core::Result<Core::Done> save();
    /// Unsaved changes: an edit since the last save, or work recovered from an autosave.
    bool isDirty() const;

    /// Performs one user intent as one undoable command. `mergeKey` lets consecutive commands
    /// of the same kind on the same annotation (resizing it step by step) become one.
    void perform(const QString &description, Core::ChangeSet change, int mergeKey = -1);
    /// Applies a change and tells the views; used by the undo commands only.
    bool applyChange(const Core::ChangeSet &change);

    /// Replaces all annotations without an undo step: the first suggestions of a new
    /// article, arriving from the extraction thread.
    void adoptSuggestions(Core::AnnotationSet annotations);
    /// Reads the article again, keeping the current annotations and placing them in its new
    /// text. Returns how they were placed.
    Core::Result<Core::AnchorReport> reloadArticleKeepingAnnotations();
    /// Drops the current annotations and reads article and sidecar again.
    Core::Result<Core::Done> reloadFromDisk();
    /// Marks the document as having changes that are not in any save (recovered work).
    void markDirty();

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void changed(const Core::ChangeSet &change);
    void dirtyChanged(bool dirty);
    void saved();

private:
    void setDocument(Core::ArticleDocument document);
    void updateDirty();

    std::optional<Core::ArticleDocument> m_document;
    QUndoStack *m_undoStack;
    bool m_forcedDirty = false;
    bool m_lastDirty = false;
};

} // namespace Lede::Ui
