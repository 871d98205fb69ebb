#include "commands/changecommand.h"

#include "session/documentsession.h"

namespace Lede::Ui {

ChangeCommand::ChangeCommand(DocumentSession *session, const QString &description, Core::ChangeSet change,
                             int mergeKey)
    : m_session(session)
    , m_change(std::move(change))
    , m_mergeKey(mergeKey)
{
    setText(description);
}

void ChangeCommand::redo()
{
    if (!m_session->applyChange(m_change))
        setObsolete(true);
}

void ChangeCommand::undo()
{
    m_session->applyChange(m_change.inverted());
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    // Only single-annotation edits of the same annotation merge: their combination is the
    // first one's `before` with the last one's `after`.
    if (m_change.annotations.size() != 1 || next->m_change.annotations.size() != 1 || !m_change.entities.isEmpty()
        || !next->m_change.entities.isEmpty())
        return false;
    Core::AnnotationChange &mine = m_change.annotations.first();
    const Core::AnnotationChange &theirs = next->m_change.annotations.first();
    if (!mine.after || !theirs.before || mine.after->id != theirs.before->id)
        return false;
    mine.after = theirs.after;
    if (mine.before == mine.after)
        setObsolete(true);
    return true;
}

} // namespace Lede::Ui
