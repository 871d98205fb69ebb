#pragma once

#include "io/articledocument.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Lede::Ui {

/// Runs the extractor on a worker thread, so that a 1 MB article never freezes the window.
/// One run at a time: starting another abandons the result of the previous one.
class ExtractionRunner : public QObject
{
    Q_OBJECT
public:
    /// Why the extraction runs, handed back with its result. A Preview reads only the
    /// opening of a long article (previewLength()), to have its first pages highlighted in a
    /// fraction of the time the whole takes.
    enum class Purpose { FirstSuggestions, Preview, RunAgain };

    /// Where a preview of `text` ends: the paragraph break after the first 32 KB (the whole
    /// text when it is not much longer).
    static qsizetype previewLength(const QString &text);

    explicit ExtractionRunner(QObject *parent = nullptr);
    ~ExtractionRunner() override;

    /// Extracts from a copy of the document (its text shares memory with the original), so
    /// that structural zones an importer found are used in place of guessed ones.
    void start(const Core::ArticleDocument &document, Purpose purpose);
    bool isRunning() const;
    /// Blocks until the current run has delivered its result (tests, and closing the window).
    void waitForFinished();

Q_SIGNALS:
    void started();
    /// `suggestions` holds the result as an annotation set for FirstSuggestions (built on the
    /// worker: 50,000 insertions would hold up the window). `text` is the text that was
    /// extracted, so that a result for an article since replaced can be recognised and dropped.
    void finished(const Core::ExtractionResult &result, const Core::AnnotationSet &suggestions, Purpose purpose,
                  const QString &text);

private:
    struct Run {
        Core::ExtractionResult result;
        Core::AnnotationSet suggestions;
        Purpose purpose;
        QString text;
    };
    /// The extractor, built on a worker thread when the first runner is made: loading its
    /// lexicons takes long enough to be felt when a window opens.
    struct SharedExtractor;
    static std::shared_ptr<SharedExtractor> sharedExtractor();
    std::shared_ptr<SharedExtractor> m_extractor;
    QFutureWatcher<Run> *m_watcher;
};

} // namespace Lede::Ui
