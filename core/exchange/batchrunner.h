#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Lede::Core {

/// What processing one file of a batch gave.
struct BatchItemResult {
    bool ok = true;
    QString message;   // the error, or a short note on success
    QByteArray output; // what the batch streams to standard output for this file, if anything
};

/// Runs one job per file on a thread pool (one thread per core by default) and hands the
/// results back on the calling thread in input order, as soon as each prefix is complete:
/// output can be streamed while later files are still being processed, and stays in the
/// same order whatever the threads do. A failing file never stops the others.
class BatchRunner
{
public:
    using Job = std::function<BatchItemResult(const QString &path)>;
    using Deliver = std::function<void(qsizetype index, const QString &path, const BatchItemResult &result)>;

    /// threads <= 0: QThread::idealThreadCount().
    static void run(const QStringList &paths, const Job &job, const Deliver &deliver, int threads = 0);
};

/// Expands the command line's articles: a folder stands for the article files in it (sorted;
/// sidecars, backups and hidden files left out), a file for itself.
QStringList expandArticlePaths(const QStringList &arguments);

} // namespace Lede::Core
