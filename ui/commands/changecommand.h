#pragma once

#include "edit/changeset.h"

#include <QUndoCommand>

namespace Lede::Ui {

class DocumentSession;

/// One user intent (accept, reject, tag, resize, link, merge, ...) as an undo step. The
/// ChangeSet carries the previous values, so undoing applies its inverse.
///
/// Commands with the same merge key (a resize of the same annotation) merge, so that growing
/// a span word by word undoes in one step.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(DocumentSession *session, const QString &description, Core::ChangeSet change, int mergeKey = -1);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

    const Core::ChangeSet &change() const { return m_change; }

private:
    DocumentSession *m_session;
    Core::ChangeSet m_change;
    int m_mergeKey;
};

/// Merge keys of the intents that merge.
namespace MergeKey {
inline constexpr int Resize = 1;
} // namespace MergeKey

} // namespace Lede::Ui
