#include "commands/correctioncontroller.h"

#include "commands/changecommand.h"
#include "edit/navigation.h"
#include "edit/vocabulary.h"
#include "editor/annotationhighlighter.h"
#include "editor/articleview.h"
#include "session/documentsession.h"

#include <QScopedValueRollback>

#include <climits>
#include <utility>

namespace Lede::Ui {
namespace {
const QString kSpeaker = QString::fromLatin1(Core::LinkRole::Speaker);
const QString kEntity = QString::fromLatin1(Core::LinkRole::Entity);

/// Characters between two spans (0 when they overlap).
int distance(Core::Span a, Core::Span b)
{
    return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
} // namespace

CorrectionController::CorrectionController(DocumentSession *session, ArticleView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
{
    connect(view, &ArticleView::cursorPositionChanged, this, &CorrectionController::followCursor);
    connect(view, &ArticleView::selectionChanged, this, &CorrectionController::followCursor);
    connect(session, &DocumentSession::changed, this, &CorrectionController::afterChange);
    connect(view, &ArticleView::claimClicked, this, [this](const QString &id) {
        setCurrent(id);
        m_view->setFocus();
    });
    connect(session, &DocumentSession::reset, this, [this] {
        m_pick = Pick::None;
        m_retypeConfirm.clear();
        m_currentId.clear();
        Q_EMIT currentChanged(m_currentId);
    });
}

void CorrectionController::setCurrent(const QString &id)
{
    const Core::Annotation *a = m_session->hasDocument() ? m_session->annotations().find(id) : nullptr;
    if (a) {
        const QScopedValueRollback guard(m_selecting, true);
        m_view->selectSpan(a->span);
    }
    m_currentId = a ? id : QString();
    Q_EMIT currentChanged(m_currentId);
}

void CorrectionController::followCursor()
{
    if (m_selecting || !m_session->hasDocument())
        return;
    const Core::Span selection = m_view->selectionSpan();
    // Moving inside the current annotation keeps it current, so that nested spans (a mention
    // inside a quote reached by Tab) stay chosen.
    if (const Core::Annotation *current = m_session->annotations().find(m_currentId))
        if (selection.isEmpty() ? current->span.contains(selection.start) || current->span.end == selection.start
                                : current->span == selection)
            return;
    const QString id = Core::annotationAt(m_session->annotations(), selection, m_view->highlighter()->hiddenLayers());
    if (id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentChanged(m_currentId);
    }
}

void CorrectionController::afterChange()
{
    // An undo may remove the current annotation, a resize moves it: follow it.
    const Core::Annotation *current = m_session->annotations().find(m_currentId);
    if (!current) {
        m_currentId.clear();
    } else if (m_view->selectionSpan() != current->span) {
        const QScopedValueRollback guard(m_selecting, true);
        m_view->selectSpan(current->span);
    }
    Q_EMIT currentChanged(m_currentId);
}

bool CorrectionController::perform(const QString &description, const Core::Result<Core::ChangeSet> &change, int mergeKey)
{
    if (!change) {
        Q_EMIT message(change.errorMessage());
        return false;
    }
    if (change->isEmpty())
        return false;
    m_session->perform(description, *change, mergeKey);
    return true;
}

void CorrectionController::tag(Core::Layer layer, const QString &label)
{
    if (!m_session->hasDocument())
        return;
    const Core::AnnotationSet &set = m_session->annotations();
    const Core::Span selected = m_view->selectionSpan();
    const Core::Span selection = Core::Edits::trimmed(m_session->text(), selected);
    if (!selected.isEmpty() && selection.isEmpty()) {
        perform(tr("Tag as %1").arg(label), Core::Error{tr("select the words to tag first: only white space is selected")});
        return;
    }
    const Core::Annotation *current = set.find(m_currentId);
    const bool onCurrent = current && (selection.isEmpty() || selection == current->span);
    if (onCurrent && current->layer == layer) {
        // Entity keys name a type; the other layers' key cycles through the layer's labels
        // from the current one (Q: direct, partial, indirect, scare; A: the claim kinds).
        QString next = label;
        const QStringList labels = Core::labelsOf(layer);
        if (layer != Core::Layer::Entity && labels.size() > 1 && labels.contains(current->label))
            next = labels[(labels.indexOf(current->label) + 1) % labels.size()];
        perform(tr("Label as %1").arg(next), Core::Edits::relabel(set, current->id, next));
        return;
    }
    const Core::Span span = selection.isEmpty() && current ? current->span : selection;
    const auto change = Core::Edits::tag(set, m_session->text(), span, layer, label);
    if (perform(tr("Tag as %1").arg(label), change))
        setCurrent(change->annotations.last().after->id);
}

void CorrectionController::acceptCurrent()
{
    if (!m_session->hasDocument())
        return;
    const Core::AnnotationSet &set = m_session->annotations();
    if (m_pick == Pick::Speaker) {
        m_pick = Pick::None;
        const QString source = std::exchange(m_pickSource, QString());
        const Core::Annotation *picked = set.find(m_currentId);
        const Core::Annotation *sourceAnnotation = set.find(source);
        if (!picked || !Core::Edits::canSpeak(*picked)) {
            Q_EMIT message(tr("Nothing linked: pick a person, organisation, place, group or source"));
        } else if (sourceAnnotation && sourceAnnotation->layer == Core::Layer::Claim) {
            if (perform(tr("Set claim holder"),
                        Core::Edits::setClaimHolder(set, m_session->text(), source, QString(), picked->id)))
                Q_EMIT message(tr("Holder set"));
        } else if (perform(tr("Link speaker"), Core::Edits::linkSpeaker(set, m_session->text(), source, picked->id))) {
            Q_EMIT message(tr("Speaker linked"));
        }
        setCurrent(source);
        return;
    }
    if (m_pick == Pick::MergeInto) {
        completeMergePick();
        return;
    }
    const Core::Annotation *current = set.find(m_currentId);
    if (!current) {
        Q_EMIT message(tr("Move to an annotation first (Tab)"));
        return;
    }
    const QString id = current->id;
    if (current->status == Core::Status::Suggested || current->status == Core::Status::Rejected)
        perform(tr("Accept %1").arg(current->label), Core::Edits::setStatus(set, id, Core::Status::Accepted));
    moveBy(+1, id);
}

void CorrectionController::rejectCurrent()
{
    if (!m_session->hasDocument())
        return;
    const Core::AnnotationSet &set = m_session->annotations();
    const Core::Annotation *current = set.find(m_currentId);
    if (!current) {
        Q_EMIT message(tr("Move to an annotation first (Tab)"));
        return;
    }
    const QString id = current->id;
    // A hand-made annotation has no suggestion to remember: rejecting it removes it.
    if (current->status == Core::Status::Added) {
        Core::ChangeSet change;
        change.annotations.append({*current, std::nullopt});
        perform(tr("Remove %1").arg(current->label), change);
    } else {
        perform(tr("Reject %1").arg(current->label), Core::Edits::setStatus(set, id, Core::Status::Rejected));
    }
    moveBy(+1, id);
}

void CorrectionController::completeMergePick()
{
    const Core::AnnotationSet &set = m_session->annotations();
    const Core::Annotation *picked = set.find(m_currentId);
    const Core::Annotation *keptMention = set.find(m_pickSource);
    const Core::Entity *kept = keptMention ? set.findEntity(keptMention->link(kEntity)) : nullptr;
    const Core::Entity *gone = picked ? set.findEntity(picked->link(kEntity)) : nullptr;
    // Entities of different types are merged only when Enter is pressed a second time on the
    // same mention, after the status bar said what the merge would retype: a GPE merged into
    // a PERSON is far more often a slip than a decision.
    if (kept && gone && kept != gone && kept->type != gone->type && m_retypeConfirm != picked->id) {
        m_retypeConfirm = picked->id;
        Q_EMIT message(tr("%1 is a %2, %3 a %4: press Enter again to merge them and make %1 a %4, Esc to cancel")
                           .arg(gone->name, gone->type, kept->name, kept->type));
        return;
    }
    const bool confirmed = picked && m_retypeConfirm == picked->id;
    m_pick = Pick::None;
    m_retypeConfirm.clear();
    const QString source = std::exchange(m_pickSource, QString());
    if (!picked || picked->layer != Core::Layer::Entity)
        Q_EMIT message(tr("Nothing merged: that is not an entity mention"));
    else if (kept)
        mergeEntities(kept->id, gone ? gone->id : QString(),
                      confirmed ? Core::Edits::TypeMismatch::Retype : Core::Edits::TypeMismatch::Refuse);
    setCurrent(source);
}

void CorrectionController::moveBy(int direction, const QString &from)
{
    if (!m_session->hasDocument())
        return;
    Core::NavigationFilter filter;
    filter.unreviewedOnly = m_unreviewedOnly && m_pick == Pick::None;
    filter.hiddenLayers = m_view->highlighter()->hiddenLayers();
    // A pick visits only what it can take: what can speak, or the mentions of other entities.
    if (m_pick == Pick::Speaker)
        filter.only = &Core::Edits::canSpeak;
    else if (m_pick == Pick::MergeInto)
        filter.only = [](const Core::Annotation &a) { return a.layer == Core::Layer::Entity; };
    const QString next = Core::neighbour(m_session->annotations(), from, m_view->selectionSpan().start, direction, filter);
    if (next.isEmpty()) {
        Q_EMIT message(m_unreviewedOnly ? tr("Everything is reviewed") : tr("No annotations"));
        return;
    }
    setCurrent(next);
}

void CorrectionController::goToNext()
{
    moveBy(+1, m_currentId);
}

void CorrectionController::goToPrevious()
{
    moveBy(-1, m_currentId);
}

void CorrectionController::resizeCurrent(Core::Edits::Edge edge, Core::Edits::Step step, int count)
{
    if (!m_session->hasDocument() || m_currentId.isEmpty())
        return;
    perform(tr("Resize"), Core::Edits::resize(m_session->annotations(), m_session->text(), m_currentId, edge, step, count),
            MergeKey::Resize);
}

void CorrectionController::beginSpeakerPick()
{
    const Core::Annotation *current = m_session->hasDocument() ? m_session->annotations().find(m_currentId) : nullptr;
    if (!current
        || (current->layer != Core::Layer::Quote && current->layer != Core::Layer::Cue && current->layer != Core::Layer::Claim)) {
        Q_EMIT message(tr("Move to a quote or a claim first, then link its speaker"));
        return;
    }
    m_pick = Pick::Speaker;
    m_pickSource = current->id;
    Q_EMIT message(current->layer == Core::Layer::Claim
                       ? tr("Pick who holds the claim: Tab or Shift+Tab to them, Enter to set, Esc to cancel")
                       : tr("Pick the speaker (a person, organisation, place, group or source): Tab or Shift+Tab "
                            "to it, Enter to link, Esc to cancel"));
}

void CorrectionController::beginMergePick()
{
    const Core::Annotation *current = m_session->hasDocument() ? m_session->annotations().find(m_currentId) : nullptr;
    if (!current || current->layer != Core::Layer::Entity || current->link(kEntity).isEmpty()) {
        Q_EMIT message(tr("Move to an entity mention first, then pick the one to merge into it"));
        return;
    }
    m_pick = Pick::MergeInto;
    m_pickSource = current->id;
    m_retypeConfirm.clear();
    Q_EMIT message(tr("Pick a mention of the entity to merge in: Tab to it, Enter to merge, Esc to cancel"));
}

void CorrectionController::cancelPick()
{
    if (m_pick == Pick::None)
        return;
    m_pick = Pick::None;
    m_retypeConfirm.clear();
    setCurrent(std::exchange(m_pickSource, QString()));
    Q_EMIT message(tr("Cancelled"));
}

void CorrectionController::splitCurrentMention()
{
    if (!m_session->hasDocument())
        return;
    perform(tr("Split mention out"), Core::Edits::splitMention(m_session->annotations(), m_session->text(), m_currentId));
}

void CorrectionController::setStatus(const QString &id, Core::Status status)
{
    perform(tr("Set status to %1").arg(Core::statusName(status)), Core::Edits::setStatus(m_session->annotations(), id, status));
}

void CorrectionController::setLabel(const QString &id, const QString &label)
{
    perform(tr("Label as %1").arg(label), Core::Edits::relabel(m_session->annotations(), id, label));
}

void CorrectionController::setAttribute(const QString &id, const QString &key, const QString &value)
{
    perform(tr("Set %1").arg(key), Core::Edits::setAttribute(m_session->annotations(), id, key, value));
}

void CorrectionController::setLink(const QString &id, const QString &role, const QString &target)
{
    perform(tr("Link %1").arg(role), Core::Edits::setLink(m_session->annotations(), id, role, target));
}

void CorrectionController::linkSpeakerToEntity(const QString &quoteId, const QString &entityId)
{
    const Core::AnnotationSet &set = m_session->annotations();
    const Core::Annotation *quote = set.find(quoteId);
    if (!quote)
        return;
    if (entityId.isEmpty()) {
        perform(tr("Unlink speaker"), Core::Edits::linkSpeaker(set, m_session->text(), quoteId, QString()));
        return;
    }
    // The mention closest to the quote is the one a reader would take for its speaker.
    const Core::Annotation *nearest = nearestMention(entityId, quote->span);
    if (!nearest) {
        Q_EMIT message(tr("That entity has no mention to link"));
        return;
    }
    perform(tr("Link speaker"), Core::Edits::linkSpeaker(set, m_session->text(), quoteId, nearest->id));
}

void CorrectionController::linkSpeakerToSource(const QString &quoteId, const QString &sourceId)
{
    const Core::AnnotationSet &set = m_session->annotations();
    const Core::Annotation *quote = set.find(quoteId);
    const Core::Annotation *source = set.find(sourceId);
    if (!quote || !source)
        return;
    // "officials" may be named in several paragraphs: as with an entity, the nearest one speaks.
    const QString &text = m_session->text();
    const QString words = text.mid(source->span.start, source->span.length()).simplified();
    const Core::Annotation *nearest = nullptr;
    int best = INT_MAX;
    for (const Core::Annotation &a : set.annotations()) {
        if (a.layer != Core::Layer::Source || a.label != source->label || !Core::Edits::canSpeak(a)
            || text.mid(a.span.start, a.span.length()).simplified().compare(words, Qt::CaseInsensitive) != 0)
            continue;
        if (const int d = distance(a.span, quote->span); d < best) {
            best = d;
            nearest = &a;
        }
    }
    perform(tr("Link speaker"), Core::Edits::linkSpeaker(set, text, quoteId, nearest ? nearest->id : sourceId));
}

void CorrectionController::mergeEntities(const QString &keptId, const QString &goneId, Core::Edits::TypeMismatch mismatch)
{
    if (perform(tr("Merge entities"), Core::Edits::mergeEntities(m_session->annotations(), keptId, goneId, mismatch)))
        Q_EMIT message(tr("Entities merged"));
}

void CorrectionController::placeOrphan(const QString &id)
{
    if (perform(tr("Place orphan"), Core::Edits::placeOrphan(m_session->annotations(), id, m_view->selectionSpan())))
        setCurrent(id);
}

const Core::Annotation *CorrectionController::nearestMention(const QString &entityId, Core::Span span) const
{
    const Core::Annotation *nearest = nullptr;
    int best = INT_MAX;
    for (const Core::Annotation *m : m_session->annotations().mentionsOf(entityId)) {
        if (!m->isActive())
            continue;
        if (const int d = distance(m->span, span); d < best) {
            best = d;
            nearest = m;
        }
    }
    return nearest;
}

void CorrectionController::setClaimBacking(const QString &claimId, const QString &backing)
{
    perform(tr("Set backing to %1").arg(backing), Core::Edits::setClaimBacking(m_session->annotations(), claimId, backing));
}

void CorrectionController::setClaimHolder(const QString &claimId, const QString &name)
{
    perform(tr("Set claim holder"), Core::Edits::setClaimHolder(m_session->annotations(), m_session->text(), claimId, name));
}

void CorrectionController::setClaimHolderToEntity(const QString &claimId, const QString &entityId)
{
    const Core::Annotation *claim = m_session->annotations().find(claimId);
    if (!claim)
        return;
    const Core::Annotation *nearest = nearestMention(entityId, claim->span);
    if (!nearest) {
        Q_EMIT message(tr("That entity has no mention to link"));
        return;
    }
    perform(tr("Set claim holder"),
            Core::Edits::setClaimHolder(m_session->annotations(), m_session->text(), claimId, QString(), nearest->id));
}

} // namespace Lede::Ui
