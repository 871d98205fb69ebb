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
    /// Why the extraction runs, handed back with its result.
    enum class Purpose { FirstSuggestions, RunAgain };

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
    /// `fingerprint` names the text that was extracted, so that a result for an article that
    /// has since been replaced can be recognised and dropped.
    void finished(const Core::ExtractionResult &result, Purpose purpose, const QString &fingerprint);

private:
    struct Run {
        Core::ExtractionResult result;
        Purpose purpose;
        QString fingerprint;
    };
    /// The extractor, built on a worker thread when the first runner is made: loading its
    /// lexicons takes long enough to be felt when a window opens.
    struct SharedExtractor;
    static std::shared_ptr<SharedExtractor> sharedExtractor();
    std::shared_ptr<SharedExtractor> m_extractor;
    QFuture<void> m_warmUp;
    QFutureWatcher<Run> *m_watcher;
};

} // namespace Lede::Ui
