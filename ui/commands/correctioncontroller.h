#pragma once

#include "edit/edits.h"
#include "model/annotation.h"

#include <QObject>

namespace Lede::Ui {

class ArticleView;
class DocumentSession;

/// Turns the analyst's intents (tag the selection, accept, reject, go to the next, resize,
/// link, merge, split, annotate) into undoable edits of the open document.
///
/// It keeps the "current annotation": the one Tab moved to, or the one under the cursor.
/// Linking a speaker (of a quote, or the holder of a claim) and merging entities pick a second
/// annotation from the keyboard: the command starts a pick, Tab moves to the mention, Enter
/// completes it, Escape cancels. A speaker pick visits only what can speak (Edits::canSpeak);
/// a merge pick only mentions, and merging an entity of another type takes a second Enter.
/// Problems ("select the words to tag first") are reported through message(), never in a
/// dialog, so that keyboard work is never interrupted.
class CorrectionController : public QObject
{
    Q_OBJECT
public:
    enum class Pick { None, Speaker, MergeInto };

    CorrectionController(DocumentSession *session, ArticleView *view, QObject *parent = nullptr);

    QString currentId() const { return m_currentId; }
    /// Makes an annotation current and selects it in the view.
    void setCurrent(const QString &id);
    Pick pendingPick() const { return m_pick; }

    bool unreviewedOnly() const { return m_unreviewedOnly; }
    void setUnreviewedOnly(bool on) { m_unreviewedOnly = on; }

    /// A tag key: tags the selection, or gives the current annotation of that layer the
    /// label (cycling through the layer's labels when it already has it).
    void tag(Core::Layer layer, const QString &label);
    /// Enter: completes a pending pick, or accepts the current suggestion and moves on.
    void acceptCurrent();
    /// Delete: rejects the current suggestion (it stays in the sidecar) and moves on.
    void rejectCurrent();
    void goToNext();
    void goToPrevious();
    void resizeCurrent(Core::Edits::Edge edge, Core::Edits::Step step, int count);

    void beginSpeakerPick();
    void beginMergePick();
    void cancelPick();
    void splitCurrentMention();

    // Edits of a given annotation, for the inspector and the panels.
    void setStatus(const QString &id, Core::Status status);
    void setLabel(const QString &id, const QString &label);
    void setAttribute(const QString &id, const QString &key, const QString &value);
    void setLink(const QString &id, const QString &role, const QString &target);
    /// Links a quote to the mention of an entity nearest to it (empty: no speaker).
    void linkSpeakerToEntity(const QString &quoteId, const QString &entityId);
    /// Links a quote to a source: of the active sources with the same label and words as
    /// `sourceId` ("critics"), the one nearest the quote.
    void linkSpeakerToSource(const QString &quoteId, const QString &sourceId);
    /// A claim's backing (outlet, hedged, anonymous, named, none).
    void setClaimBacking(const QString &claimId, const QString &backing);
    /// A claim's holder by name: "author" (or empty) for the author, else a name typed by
    /// the analyst.
    void setClaimHolder(const QString &claimId, const QString &name);
    /// A claim's holder picked as an entity: its mention nearest the claim is linked.
    void setClaimHolderToEntity(const QString &claimId, const QString &entityId);
    void mergeEntities(const QString &keptId, const QString &goneId,
                       Core::Edits::TypeMismatch mismatch = Core::Edits::TypeMismatch::Refuse);
    /// Places an orphan at the current selection.
    void placeOrphan(const QString &id);

Q_SIGNALS:
    void currentChanged(const QString &id);
    void message(const QString &text);

private:
    bool perform(const QString &description, const Core::Result<Core::ChangeSet> &change, int mergeKey = -1);
    void followCursor();
    void afterChange();
    void moveBy(int direction, const QString &from);
    void completeMergePick();
    /// The active mention of an entity nearest to a span, or null.
    const Core::Annotation *nearestMention(const QString &entityId, Core::Span span) const;

    DocumentSession *m_session;
    ArticleView *m_view;
    QString m_currentId;
    bool m_unreviewedOnly = false;
    bool m_selecting = false;
    Pick m_pick = Pick::None;
    QString m_pickSource;
    // The mention of another type whose merge waits for a second Enter.
    QString m_retypeConfirm;
};

} // namespace Lede::Ui
