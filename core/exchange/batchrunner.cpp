#include "exchange/batchrunner.h"

#include "io/sidecarfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

namespace Lede::Core {

void BatchRunner::run(const QStringList &paths, const Job &job, const Deliver &deliver, int threads)
{
    std::mutex mutex;
    std::condition_variable ready;
    std::vector<std::optional<BatchItemResult>> results(size_t(paths.size()));

    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        pool.start(QRunnable::create([&, i] {
            BatchItemResult result = job(paths[i]);
            const std::lock_guard lock(mutex);
            results[size_t(i)] = std::move(result);
            ready.notify_one();
        }));
    }
    for (qsizetype next = 0; next < paths.size(); ++next) {
        BatchItemResult result;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return results[size_t(next)].has_value(); });
            result = std::move(*results[size_t(next)]);
            results[size_t(next)].reset(); // keep memory flat on large corpora
        }
        deliver(next, paths[next], result);
    }
    pool.waitForDone();
}

QStringList expandArticlePaths(const QStringList &arguments)
{
    QStringList out;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir()) {
            out.append(argument);
            continue;
        }
        const QDir dir(argument);
        const QStringList names = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            if (name.endsWith(QLatin1String(".lede.json")) || name.endsWith(QLatin1String(".lede.json.bak"))
                || name.endsWith(QLatin1String(".tmp")))
                continue;
            out.append(dir.filePath(name));
        }
    }
    return out;
}

} // namespace Lede::Core
