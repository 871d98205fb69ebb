#include "session/extractionrunner.h"

#include "model/article.h"

#include <QtConcurrent/QtConcurrentRun>

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
    // One per process: every window reads the same lexicons and model.
    static const std::shared_ptr<SharedExtractor> shared = std::make_shared<SharedExtractor>();
    return shared;
}

ExtractionRunner::ExtractionRunner(QObject *parent)
    : QObject(parent)
    , m_extractor(sharedExtractor())
    , m_watcher(new QFutureWatcher<Run>(this))
{
    // Load lexicons and model while the window opens rather than when the first article
    // waits for its suggestions.
    m_warmUp = QtConcurrent::run([extractor = m_extractor] { (void)extractor->get(); });
    connect(m_watcher, &QFutureWatcher<Run>::finished, this, [this] {
        if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0)
            return;
        const Run run = m_watcher->result();
        Q_EMIT finished(run.result, run.purpose, run.fingerprint);
    });
}

ExtractionRunner::~ExtractionRunner()
{
    m_warmUp.waitForFinished();
    m_watcher->waitForFinished();
}

void ExtractionRunner::start(const Core::ArticleDocument &document, Purpose purpose)
{
    // The extractor is shared by every run: it is thread-safe and read-only once built.
    std::shared_ptr<SharedExtractor> extractor = m_extractor;
    Core::ArticleDocument copy;
    copy.article = document.article;
    copy.importedZones = document.importedZones;
    m_watcher->setFuture(QtConcurrent::run([extractor, copy = std::move(copy), purpose] {
        return Run{copy.extract(extractor->get()), purpose, copy.article.fingerprint()};
    }));
    Q_EMIT started();
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
