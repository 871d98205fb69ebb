#include "session/extractionrunner.h"

#include "model/article.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <mutex>

namespace Lede::Ui {

struct ExtractionRunner::SharedExtractor {
    std::once_flag once;
    std::unique_ptr<Core::Extractor> extractor;

    const Core::Extractor &get()
    {
        std::call_once(once, [this] { extractor = std::make_unique<Core::Extractor>(); });
        return *extractor;
    }
};

std::shared_ptr<ExtractionRunner::SharedExtractor> ExtractionRunner::sharedExtractor()
{
    // One per process: every window reads the same lexicons and model. Never destroyed, so
    // that nothing of it runs after Qt is gone at exit.
    static const auto *shared = new std::shared_ptr<SharedExtractor>(std::make_shared<SharedExtractor>());
    return *shared;
}

ExtractionRunner::ExtractionRunner(QObject *parent)
    : QObject(parent)
    , m_extractor(sharedExtractor())
    , m_watcher(new QFutureWatcher<Run>(this))
{
    // Load lexicons and model while the first window opens rather than when the first
    // article waits for its suggestions. Once per process; the task holds the extractor.
    static std::once_flag warmUp;
    std::call_once(warmUp, [extractor = m_extractor] {
        (void)QtConcurrent::run([extractor] { (void)extractor->get(); });
    });
    connect(m_watcher, &QFutureWatcher<Run>::finished, this, [this] {
        if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0)
            return;
        // The future lets go of its copy: left behind, it would share the suggestions with
        // the session and make the session's first edit copy 50,000 annotations.
        const Run run = m_watcher->result();
        m_watcher->setFuture(QFuture<Run>());
        Q_EMIT finished(run.result, run.suggestions, run.purpose, run.text);
    });
}

ExtractionRunner::~ExtractionRunner()
{
    m_watcher->waitForFinished();
}

void ExtractionRunner::start(const Core::ArticleDocument &document, Purpose purpose)
{
    // The extractor is shared by every run: it is thread-safe and read-only once built.
    std::shared_ptr<SharedExtractor> extractor = m_extractor;
    Core::ArticleDocument copy;
    copy.article = document.article;
    copy.importedZones = document.importedZones;
    if (purpose == Purpose::Preview) {
        const qsizetype end = previewLength(copy.article.text);
        copy.article.text.truncate(end);
        copy.importedZones.erase(std::remove_if(copy.importedZones.begin(), copy.importedZones.end(),
                                                [end](const Core::Annotation &zone) { return zone.span.end > end; }),
                                 copy.importedZones.end());
    }
    m_watcher->setFuture(QtConcurrent::run([extractor, copy = std::move(copy), purpose] {
        Run run{copy.extract(extractor->get()), {}, purpose, copy.article.text};
        if (purpose != Purpose::RunAgain) {
            run.suggestions.reserve(run.result.annotations.size(), run.result.entities.size());
            for (const Core::Entity &e : std::as_const(run.result.entities))
                run.suggestions.addEntity(e);
            for (const Core::Annotation &a : std::as_const(run.result.annotations))
                run.suggestions.add(a);
        }
        return run;
    }));
    Q_EMIT started();
}

qsizetype ExtractionRunner::previewLength(const QString &text)
{
    constexpr qsizetype Opening = 32 * 1024;
    if (text.size() < 2 * Opening)
        return text.size();
    // A whole paragraph: the extractor should not see a sentence cut in half.
    const qsizetype breakAt = text.indexOf(QLatin1Char('\n'), Opening);
    return breakAt < 0 || breakAt > 2 * Opening ? Opening : breakAt;
}

bool ExtractionRunner::isRunning() const
{
    return m_watcher->isRunning();
}

void ExtractionRunner::waitForFinished()
{
    m_watcher->waitForFinished();
}

} // namespace Lede::Ui
