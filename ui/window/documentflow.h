#pragma once

#include "import/importedarticle.h"
#include "session/extractionrunner.h"

#include <QObject>

#include <optional>

namespace Lede::Ui {

class Autosaver;
class DiskWatcher;
class DocumentSession;
class Notifier;

/// The life of a document between the user and the disk: opening (with the offer to recover
/// autosaved work and the first extraction on a worker thread), saving, closing with unsaved
/// changes, reacting to changes on disk, running the extraction again. It asks and warns
/// through a Notifier and owns no widget, so tests drive it without dialogs.
class DocumentFlow : public QObject
{
    Q_OBJECT
public:
    DocumentFlow(DocumentSession *session, Autosaver *autosaver, Notifier *notifier, QObject *parent = nullptr);

    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    /// The extraction of the whole article (first suggestions, or run again).
    ExtractionRunner *extraction() const { return m_extraction; }
    DiskWatcher *diskWatcher() const { return m_watcher; }

    /// Opens an article (after offering to save the open one). False when nothing opened.
    bool open(const QString &path, const Core::ImportOptions &options = {});
    /// Reads the open article again in another encoding (empty: let Lede guess), keeping its
    /// annotations, which are placed again in the new text. The choice is saved with them.
    bool reopenWithEncoding(const QString &encoding);
    bool save();
    /// Asks about unsaved changes; false when the user wants to stay.
    bool confirmClose();
    void runExtractionAgain();
    /// Reacts to a file that changed on disk; normally called by the DiskWatcher.
    void handleChangeOnDisk(const QString &path);

Q_SIGNALS:
    void opened(const QString &path);
    /// Short news for the status bar.
    void status(const QString &message);
    void extractionRunning(bool running);

private:
    /// Starts the first suggestions of an article seen for the first time, before the view
    /// lays out its text; a long one has its opening read alongside.
    void startFirstSuggestions(const Core::ArticleDocument &document);
    void offerRecovery();
    void extractionFinished(const Core::ExtractionResult &result, const Core::AnnotationSet &suggestions,
                            ExtractionRunner::Purpose purpose, const QString &text);
    void watchDocument();

    /// The whole article's suggestions, after its opening's were shown: they replace them
    /// when nothing changed since, or are merged keeping every decision.
    void adoptWholeArticle(const Core::ExtractionResult &result, const Core::AnnotationSet &suggestions);

    DocumentSession *m_session;
    Autosaver *m_autosaver;
    Notifier *m_notifier;
    ExtractionRunner *m_extraction;
    ExtractionRunner *m_preview; // the opening of a long article, read alongside the whole
    /// The opening's suggestions as adopted, while they are shown in place of the whole
    /// article's: whether the analyst changed anything since is a comparison with them.
    std::optional<Core::AnnotationSet> m_adoptedPreview;
    bool m_firstSuggestionsWanted = false; // until they arrive, unless work was recovered instead
    bool m_previewShown = false; // for the open article, until the whole article arrives
    bool m_savedSincePreview = false;
    bool m_adoptingPreview = false; // the reset that follows is ours
    DiskWatcher *m_watcher;
};

} // namespace Lede::Ui
