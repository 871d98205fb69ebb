#include "review/reviewrunner.h"

#include <QCoreApplication>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Lede::Ui {

ReviewRunner::ReviewRunner(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Result>(this))
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this, &ReviewRunner::startIfIdle);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &ReviewRunner::deliver);
}

ReviewRunner::~ReviewRunner()
{
    // The worker holds its own copies; waiting only keeps it from outliving the process.
    m_watcher->waitForFinished();
}

void ReviewRunner::setSource(const Core::AnnotationSet *annotations, const QString *text)
{
    m_annotations = annotations;
    m_text = text;
    ++m_generation;
    m_requested = false;
}

void ReviewRunner::request()
{
    if (!m_annotations)
        return;
    m_requested = true;
    m_pause->start();
}

bool ReviewRunner::isBusy() const
{
    return m_requested || m_running;
}

void ReviewRunner::waitUntilIdle()
{
    while (isBusy()) {
        m_pause->stop();
        startIfIdle();
        m_watcher->waitForFinished();
        // Delivers the result now rather than from the event loop; deliver() starts the
        // next run when edits came in meanwhile.
        QCoreApplication::sendPostedEvents(m_watcher);
    }
}

void ReviewRunner::startIfIdle()
{
    // While edits keep coming, the pause is still running: its end starts the review.
    if (!m_requested || m_running || !m_annotations || m_pause->isActive())
        return;
    m_requested = false;
    m_running = true;
    m_runningGeneration = m_generation;
    m_watcher->setFuture(QtConcurrent::run([annotations = *m_annotations, text = *m_text] {
        Result result;
        result.review = Core::Review::reviewArticle(annotations, text);
        result.marks = Core::Review::stripMarks(annotations, result.review.voices);
        result.textLength = int(text.size());
        return result;
    }));
}

void ReviewRunner::deliver()
{
    m_running = false;
    if (m_runningGeneration == m_generation && m_watcher->future().resultCount() > 0)
        Q_EMIT ready(m_watcher->result());
    startIfIdle();
}

} // namespace Lede::Ui
