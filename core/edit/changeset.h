#pragma once

#include "model/annotationset.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lede::Core {

/// One annotation before and after an edit: no `before` means it was added, no `after` that
/// it was removed.
struct AnnotationChange {
    std::optional<Annotation> before;
    std::optional<Annotation> after;
    friend bool operator==(const AnnotationChange &, const AnnotationChange &) = default;
};

struct EntityChange {
    std::optional<Entity> before;
    std::optional<Entity> after;
    friend bool operator==(const EntityChange &, const EntityChange &) = default;
};

/// Everything one user intent changes in an AnnotationSet, with the previous values, so that
/// the same value both applies the edit and (inverted) undoes it. Edits are computed by the
/// pure functions of edits.h and applied with applyChanges(); the UI wraps one ChangeSet in
/// one undo command.
struct ChangeSet {
    QList<AnnotationChange> annotations;
    QList<EntityChange> entities;

    bool isEmpty() const { return annotations.isEmpty() && entities.isEmpty(); }
    /// The change that undoes this one.
    ChangeSet inverted() const;
    /// The text range whose highlighting may differ after the change (empty when none).
    Span affectedRange() const;
    /// Ids of annotations that the change adds, removes or modifies.
    QStringList annotationIds() const;

    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;
};

/// Applies a change: entities are added before the annotations that link to them and removed
/// after them. Returns false, changing nothing, when the set is not in the `before` state the
/// change expects (a change applied twice, or out of order).
bool applyChanges(AnnotationSet &set, const ChangeSet &change);

/// The change that turns `from` into `to` (used for whole-set edits: running the extraction
/// again, recovering autosaved work).
ChangeSet difference(const AnnotationSet &from, const AnnotationSet &to);

} // namespace Lede::Core
