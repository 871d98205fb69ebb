#include "window/reviewpresenter.h"

#include "commands/correctioncontroller.h"
#include "edit/changeset.h"
#include "editor/articleview.h"
#include "review/articlestrip.h"
#include "review/review.h"
#include "review/reviewpane.h"
#include "review/reviewrunner.h"
#include "session/documentsession.h"

namespace Lede::Ui {

ReviewPresenter::ReviewPresenter(DocumentSession *session, CorrectionController *controller, ArticleView *view,
                                 ReviewPane *pane, ArticleStrip *strip, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_controller(controller)
    , m_view(view)
    , m_pane(pane)
    , m_strip(strip)
    , m_runner(new ReviewRunner(this))
{
    connect(m_session, &DocumentSession::reset, this, &ReviewPresenter::showDocument);
    connect(m_session, &DocumentSession::changed, m_runner, &ReviewRunner::request);
    connect(m_runner, &ReviewRunner::ready, this, [this](const ReviewRunner::Result &result) {
        m_pane->showReview(result.review);
        m_strip->setMarks(result.marks, result.textLength);
    });
    connect(m_pane, &ReviewPane::annotationsActivated, this, &ReviewPresenter::select);
    connect(m_strip, &ArticleStrip::annotationsActivated, this, &ReviewPresenter::select);
    connect(m_strip, &ArticleStrip::positionActivated, this, [this](int position) {
        m_view->selectSpan(Core::Span{position, position});
        m_view->setFocus();
    });
    connect(m_pane, &ReviewPane::sideChangeRequested, this, &ReviewPresenter::setSide);
    showDocument();
}

void ReviewPresenter::showDocument()
{
    const QString path = m_session->articlePath();
    // Another article's figures go at once; the same article's (its first suggestions
    // arriving, a reload) stay until the new ones come, a moment later, so nothing flickers.
    if (!m_session->hasDocument() || path != m_reviewedPath) {
        m_pane->showReview({});
        m_strip->setMarks({}, 0);
    }
    m_reviewedPath = path;
    if (!m_session->hasDocument()) {
        m_runner->setSource(nullptr, nullptr);
        return;
    }
    m_runner->setSource(&m_session->annotations(), &m_session->text());
    m_runner->request();
}

void ReviewPresenter::select(const QStringList &ids)
{
    if (ids.isEmpty() || !m_session->hasDocument())
        return;
    // The first annotation becomes the current one; all of them are outlined.
    QList<Core::Span> spans;
    for (const QString &id : ids)
        if (const Core::Annotation *a = m_session->annotations().find(id))
            spans.append(a->span);
    m_controller->setCurrent(ids.first());
    m_view->setOutlinedSpans(spans);
    m_view->setFocus();
}

void ReviewPresenter::setSide(const QString &speakerKey, const QString &side)
{
    if (!m_session->hasDocument())
        return;
    // Compute the edit on a copy, then perform the difference as one undoable step.
    Core::AnnotationSet after = m_session->annotations();
    Core::Review::setSpeakerSide(after, m_session->text(), speakerKey, side);
    Core::ChangeSet change = Core::difference(m_session->annotations(), after);
    if (!change.isEmpty())
        m_session->perform(tr("Set side of %1").arg(speakerKey), std::move(change));
}

} // namespace Lede::Ui
