#pragma once

#include "model/annotationset.h"
#include "review/review.h"

#include <QFutureWatcher>
#include <QObject>

class QTimer;

namespace Lede::Ui {

/// Recounts the review of the open article on a worker thread, so that neither the arrival
/// of 50,000 suggestions nor a single correction waits for every figure to be recounted.
///
/// Use: setSource() when an article opens (nullptr when it closes), request() after every
/// edit. Requests made while a review runs are folded into one more run over the newest
/// annotations; ready() delivers each result on the GUI thread. A worker reviews a copy of
/// the set, which shares its memory with the session's until the session next changes it.
class ReviewRunner : public QObject
{
    Q_OBJECT
public:
    struct Result {
        Core::Review::ArticleReview review;
        QList<Core::Review::StripMark> marks;
        int textLength = 0;
    };

    explicit ReviewRunner(QObject *parent = nullptr);
    ~ReviewRunner() override;

    /// What to review; neither is copied until a run starts, and the set must outlive the
    /// runner or be replaced. Drops any result still due for the previous source.
    void setSource(const Core::AnnotationSet *annotations, const QString *text);
    /// Asks for a fresh review once the edits pause for PauseMs, so that the edit that asked
    /// is painted first and a burst of edits costs one review. (A review copies the
    /// annotations; an edit while it runs makes the session's set copy itself once more.)
    void request();
    static constexpr int PauseMs = 300;
    /// A review is running or asked for.
    bool isBusy() const;
    /// Blocks until no review is running or asked for, delivering results (tests, closing).
    void waitUntilIdle();

Q_SIGNALS:
    void ready(const ReviewRunner::Result &result);

private:
    void startIfIdle();
    void deliver();

    const Core::AnnotationSet *m_annotations = nullptr;
    const QString *m_text = nullptr;
    QFutureWatcher<Result> *m_watcher;
    QTimer *m_pause; // started by each request()
    bool m_requested = false; // an edit came in since the running review started
    bool m_running = false;   // a review is computing or its result not yet delivered
    /// Counts setSource() calls: a result computed for an older source is dropped.
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
};

} // namespace Lede::Ui
