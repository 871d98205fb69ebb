#include "window/documentflow.h"

#include "edit/changeset.h"
#include "edit/navigation.h"
#include "io/sidecarfile.h"
#include "model/merge.h"
#include "session/autosaver.h"
#include "session/diskwatcher.h"
#include "session/documentsession.h"
#include "window/notifier.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <QLocale>

namespace Lede::Ui {
namespace {

/// Nothing in the set but zones an importer found: an article nobody annotated yet.
/// "1 suggestion", "12 suggestions": English plurals without shipping a translation file.
QString suggestionCount(int n)
{
    return n == 1 ? DocumentFlow::tr("1 suggestion") : DocumentFlow::tr("%1 suggestions").arg(n);
}

bool unannotated(const Core::AnnotationSet &set)
{
    return std::all_of(set.annotations().cbegin(), set.annotations().cend(),
                       [](const Core::Annotation &a) { return a.layer == Core::Layer::Zone; });
}

} // namespace

DocumentFlow::DocumentFlow(DocumentSession *session, Autosaver *autosaver, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_autosaver(autosaver)
    , m_notifier(notifier)
    , m_extraction(new ExtractionRunner(this))
    , m_preview(new ExtractionRunner(this))
    , m_watcher(new DiskWatcher(this))
{
    connect(m_extraction, &ExtractionRunner::finished, this, &DocumentFlow::extractionFinished);
    connect(m_preview, &ExtractionRunner::finished, this, &DocumentFlow::extractionFinished);
    connect(m_extraction, &ExtractionRunner::started, this, [this] { Q_EMIT extractionRunning(true); });
    connect(m_watcher, &DiskWatcher::changedOnDisk, this, &DocumentFlow::handleChangeOnDisk);
    connect(m_session, &DocumentSession::saved, this, [this] {
        m_watcher->remember(m_session->document().sidecarPath());
        m_savedSincePreview = m_adoptedPreview.has_value();
    });
    // Any other reset (another article, a reload from disk) ends the preview: the whole
    // article's suggestions must not replace what was read instead.
    connect(m_session, &DocumentSession::aboutToReset, this, [this] {
        if (!m_adoptingPreview)
            m_adoptedPreview.reset();
    });
}

bool DocumentFlow::open(const QString &path, const Core::ImportOptions &options)
{
    if (!confirmClose())
        return false;
    Core::Result<Core::ArticleDocument> read = Core::ArticleDocument::open(path, options);
    if (!read) {
        m_notifier->warn(tr("Cannot open the article"), read.errorMessage());
        return false;
    }
    startFirstSuggestions(*read);
    m_session->show(std::move(read).value());
    const Core::ArticleDocument &document = m_session->document();
    if (!document.sidecarProblem.isEmpty())
        m_notifier->warn(tr("The annotations could not be read"),
                         tr("%1\n\nThe article is shown without them, and Lede will not save over the file. "
                            "Repair or move it, then open the article again.")
                             .arg(document.sidecarProblem));
    watchDocument();
    Q_EMIT opened(path);
    if (document.reanchored) {
        const Core::AnchorReport &r = document.anchorReport;
        Q_EMIT status(tr("The article changed since the annotations were saved: %1 moved, %2 adjusted, %3 orphaned")
                          .arg(r.moved)
                          .arg(r.fuzzy)
                          .arg(r.orphaned));
    }
    offerRecovery();
    return true;
}

void DocumentFlow::startFirstSuggestions(const Core::ArticleDocument &document)
{
    // An article seen for the first time arrives pre-tagged, extracted off the GUI thread,
    // which starts before the view lays out the text: on a 1 MB article that is 50 ms.
    // A long one has its opening read alongside, so that the first pages show suggestions
    // well before the whole article is read.
    m_previewShown = false;
    m_adoptedPreview.reset();
    m_firstSuggestionsWanted = !document.hadSidecar && document.sidecarProblem.isEmpty() && unannotated(document.annotations);
    if (!m_firstSuggestionsWanted)
        return;
    if (ExtractionRunner::previewLength(document.article.text) < document.article.text.size())
        m_preview->start(document, ExtractionRunner::Purpose::Preview);
    m_extraction->start(document, ExtractionRunner::Purpose::FirstSuggestions);
}

bool DocumentFlow::reopenWithEncoding(const QString &encoding)
{
    if (!m_session->hasDocument())
        return false;
    const QString path = m_session->articlePath();
    const QString before = m_session->document().chosenEncoding;
    Core::ImportOptions options;
    options.encoding = encoding;
    options.rememberedEncoding = false;
    if (!open(path, options))
        return false;
    // The choice lives in the sidecar: until it is saved there, the document has changes.
    if (m_session->document().chosenEncoding != before)
        m_session->markDirty();
    Q_EMIT status(tr("Read as %1").arg(m_session->document().encoding));
    return true;
}

void DocumentFlow::offerRecovery()
{
    const QString path = m_session->articlePath();
    const auto when = m_autosaver->store().pendingFor(path);
    if (!when)
        return;
    const auto answer = m_notifier->ask(
        tr("Recover unsaved work?"),
        tr("Lede has annotations of %1 from %2 that were never saved (Lede did not close normally).\n\n"
           "Recover them? Choosing No deletes them.")
            .arg(QFileInfo(path).fileName(), QLocale().toString(*when, QLocale::ShortFormat)));
    if (answer != Notifier::Answer::Yes) {
        m_autosaver->discard();
        return;
    }
    const auto recovered = m_autosaver->store().read(m_session->document().article);
    if (!recovered) {
        m_notifier->warn(tr("Cannot recover"), recovered.errorMessage());
        return;
    }
    // The recovered work stands instead of the first suggestions, shown or still to come.
    m_firstSuggestionsWanted = false;
    m_previewShown = false;
    m_adoptedPreview.reset();
    const Core::ChangeSet change = Core::difference(m_session->annotations(), *recovered);
    m_session->perform(tr("Recover unsaved work"), change);
    m_session->markDirty();
    Q_EMIT status(tr("Unsaved work recovered; save to keep it"));
}

bool DocumentFlow::save()
{
    if (!m_session->hasDocument())
        return false;
    const auto saved = m_session->save();
    if (!saved) {
        m_notifier->warn(tr("Not saved"), saved.errorMessage());
        return false;
    }
    Q_EMIT status(tr("Saved %1").arg(QFileInfo(m_session->document().sidecarPath()).fileName()));
    return true;
}

bool DocumentFlow::confirmClose()
{
    if (!m_session->isDirty())
        return true;
    const auto answer = m_notifier->ask(
        tr("Save changes?"),
        tr("The annotations of %1 have unsaved changes. Save them?").arg(QFileInfo(m_session->articlePath()).fileName()),
        true);
    if (answer == Notifier::Answer::Cancel)
        return false;
    if (answer == Notifier::Answer::Yes)
        return save();
    m_autosaver->discard();
    return true;
}

void DocumentFlow::runExtractionAgain()
{
    if (!m_session->hasDocument() || m_extraction->isRunning())
        return;
    m_extraction->start(m_session->document(), ExtractionRunner::Purpose::RunAgain);
    Q_EMIT status(tr("Running the extraction again…"));
}

void DocumentFlow::extractionFinished(const Core::ExtractionResult &result, const Core::AnnotationSet &suggestions,
                                      ExtractionRunner::Purpose purpose, const QString &text)
{
    if (purpose != ExtractionRunner::Purpose::Preview)
        Q_EMIT extractionRunning(false);
    // The article may have been closed or replaced while the worker ran. (The texts share
    // their memory when nothing changed, so comparing them costs next to nothing; a preview
    // read the opening of the text.)
    const bool sameText = purpose == ExtractionRunner::Purpose::Preview
        ? m_session->hasDocument() && QStringView(m_session->text()).left(text.size()) == text
        : m_session->hasDocument() && m_session->text() == text;
    if (!sameText)
        return;
    if (purpose != ExtractionRunner::Purpose::RunAgain && !m_firstSuggestionsWanted)
        return;
    if (purpose == ExtractionRunner::Purpose::Preview) {
        // Too late when the whole article is in already.
        if (!m_extraction->isRunning() || !unannotated(m_session->annotations()))
            return;
        m_adoptingPreview = true;
        m_session->adoptSuggestions(suggestions);
        m_adoptingPreview = false;
        m_adoptedPreview = suggestions;
        m_previewShown = true;
        m_savedSincePreview = false;
        Q_EMIT status(tr("Suggestions for the opening of the article; reading the rest…"));
        return;
    }
    if (purpose == ExtractionRunner::Purpose::FirstSuggestions) {
        m_firstSuggestionsWanted = false;
        if (m_previewShown) {
            adoptWholeArticle(result, suggestions);
            return;
        }
        if (!unannotated(m_session->annotations()))
            return;
        m_session->adoptSuggestions(suggestions);
        Q_EMIT status(tr("%1 to review").arg(suggestionCount(Core::reviewCounts(suggestions).suggested)));
        return;
    }
    const Core::AnnotationSet merged = Core::mergeExtraction(m_session->annotations(), result);
    const Core::ChangeSet change = Core::difference(m_session->annotations(), merged);
    int added = 0;
    for (const Core::AnnotationChange &c : change.annotations)
        added += (!c.before && c.after) ? 1 : 0;
    m_session->perform(tr("Run extraction again"), change);
    Q_EMIT status(tr("Extraction done: %1 added; every decision kept").arg(suggestionCount(added)));
}

void DocumentFlow::adoptWholeArticle(const Core::ExtractionResult &result, const Core::AnnotationSet &suggestions)
{
    // Untouched: no edit (none to undo either), no reload since the opening's were adopted.
    const bool untouched = m_adoptedPreview && m_session->undoStack()->count() == 0
                           && m_session->annotations() == *m_adoptedPreview;
    m_adoptedPreview.reset();
    m_previewShown = false;
    if (untouched) {
        // The whole article's suggestions replace the opening's.
        m_session->adoptSuggestions(suggestions);
        // A save meanwhile holds only the opening's: the rest is not in any save yet.
        if (m_savedSincePreview)
            m_session->markDirty();
        Q_EMIT status(tr("%1 to review").arg(suggestionCount(Core::reviewCounts(suggestions).suggested)));
        return;
    }
    // The analyst already corrected the opening (or reloaded annotations from disk): merge as
    // running the extraction again does, keeping every decision, as one step that can be undone.
    const Core::AnnotationSet merged = Core::mergeExtraction(m_session->annotations(), result);
    m_session->perform(tr("Suggestions for the rest of the article"), Core::difference(m_session->annotations(), merged));
    Q_EMIT status(tr("%1 to review; every decision kept").arg(suggestionCount(Core::reviewCounts(suggestions).suggested)));
}

void DocumentFlow::watchDocument()
{
    m_watcher->watch({m_session->articlePath(), m_session->document().sidecarPath()});
}

void DocumentFlow::handleChangeOnDisk(const QString &path)
{
    if (!m_session->hasDocument())
        return;
    if (path == m_session->articlePath()) {
        const auto answer = m_notifier->ask(tr("The article changed on disk"),
                                            tr("%1 was changed by another program. Reload it? Your annotations are "
                                               "kept and placed in the new text; those that cannot be found are "
                                               "listed as orphans.")
                                                .arg(QFileInfo(path).fileName()));
        if (answer != Notifier::Answer::Yes)
            return;
        // The first suggestions, still being read from the old text, would be dropped on
        // arrival: read the new text instead, merged like running the extraction again.
        const bool suggestionsPending = m_extraction->isRunning() || m_previewShown;
        const auto report = m_session->reloadArticleKeepingAnnotations();
        if (!report) {
            m_notifier->warn(tr("Cannot reload the article"), report.errorMessage());
            return;
        }
        if (suggestionsPending) {
            m_previewShown = false;
            m_extraction->start(m_session->document(), ExtractionRunner::Purpose::RunAgain);
        }
        Q_EMIT opened(path);
        Q_EMIT status(tr("Reloaded: %1 in place, %2 moved, %3 adjusted, %4 orphaned")
                          .arg(report->unchanged)
                          .arg(report->moved)
                          .arg(report->fuzzy)
                          .arg(report->orphaned));
        return;
    }
    if (path == m_session->document().sidecarPath()) {
        const QString question = m_session->isDirty()
                                     ? tr("The annotations file %1 was changed by another program. Reload it and "
                                          "lose your unsaved changes?")
                                     : tr("The annotations file %1 was changed by another program. Reload it?");
        if (m_notifier->ask(tr("The annotations changed on disk"), question.arg(QFileInfo(path).fileName()))
            != Notifier::Answer::Yes)
            return;
        const auto reloaded = m_session->reloadFromDisk();
        if (!reloaded) {
            m_notifier->warn(tr("Cannot reload"), reloaded.errorMessage());
            return;
        }
        if (!m_session->document().sidecarProblem.isEmpty())
            m_notifier->warn(tr("The annotations could not be read"), m_session->document().sidecarProblem);
        Q_EMIT opened(path == m_session->articlePath() ? path : m_session->articlePath());
        Q_EMIT status(tr("Annotations reloaded from disk"));
    }
}

} // namespace Lede::Ui
