#pragma once

#include "edit/changeset.h"
#include "result.h"

namespace Lede::Core {

/// The analyst's corrections, as pure functions: each reads the set (and the article text
/// where it needs it) and returns the ChangeSet that performs the correction, or an Error
/// saying why it cannot be done. None of them modifies the set; applyChanges() does.
namespace Edits {

/// Accepts or rejects a suggestion, or sets any other status.
Result<ChangeSet> setStatus(const AnnotationSet &set, const QString &id, Status status);

/// @p span without the white space at either end.
Span trimmed(const QString &text, Span span);

/// Tags a span of the text by hand, without the white space at its ends. An entity mention
/// joins the entity of the same type whose name or alias equals its text, or gets a new
/// entity. A claim starts held by the author with no backing (Claims::handMade). Words
/// already tagged on the layer keep their annotation: a suggestion is accepted with the new
/// label, a reviewed one relabelled.
Result<ChangeSet> tag(const AnnotationSet &set, const QString &text, Span span, Layer layer,
                      const QString &label);

/// Gives an annotation another label. Relabelling a suggestion is a decision: it becomes
/// accepted. An entity mention moves to an entity of its new type; a claim's
/// unbacked-accusation flag follows its new kind.
Result<ChangeSet> relabel(const AnnotationSet &set, const QString &id, const QString &label);

/// Which end of a span a resize moves, and by how much.
enum class Edge { Start, End };
enum class Step { Character, Word };

/// Moves one edge of the span by `count` characters or words (negative: to the left). The
/// span never becomes empty and never leaves the text; a word step skips spaces and stops at
/// the next word boundary.
Span resized(const QString &text, Span span, Edge edge, Step step, int count);
Result<ChangeSet> resize(const AnnotationSet &set, const QString &text, const QString &id, Edge edge,
                         Step step, int count);

/// Whether an annotation can be a quote's speaker: an active mention of a PERSON, ORG, GPE or
/// NORP (a date or a place says nothing), or an active source, anonymous or outlet ("a senior
/// official", "the Associated Press").
bool canSpeak(const Annotation &annotation);
/// The entity types whose mentions canSpeak(): PERSON, ORG, GPE, NORP.
bool isSpeakingType(const QString &entityType);

/// Links a quote (or a cue or source) to what speaks it: a mention that canSpeak(), or a
/// source annotation; an empty `speakerId` removes the link. The result is what the extractor
/// writes: a source speaker leaves its words in the `speakerText` attribute, a mention (or no
/// speaker) removes that attribute, so that it never names a speaker the link no longer has.
Result<ChangeSet> linkSpeaker(const AnnotationSet &set, const QString &text, const QString &quoteId,
                              const QString &speakerId);

/// Sets a link of any role; an empty target removes it.
Result<ChangeSet> setLink(const AnnotationSet &set, const QString &id, const QString &role, const QString &target);

/// Sets an attribute (voice, note, ...); an empty value removes it. On a claim the flag is
/// recomputed, so that setting `backing` or `holderKind` this way keeps it consistent.
Result<ChangeSet> setAttribute(const AnnotationSet &set, const QString &id, const QString &key, const QString &value);

/// Gives a claim another backing (one of Claims::backings()); the unbacked-accusation flag is
/// recomputed.
Result<ChangeSet> setClaimBacking(const AnnotationSet &set, const QString &claimId, const QString &backing);

/// Gives a claim another holder: the author (empty name or "author"), a name typed by the
/// analyst, or the speaker mention / source annotation `holderId` (its entity's name is the
/// holder; an outlet source or a mention inside one makes the holder kind "source", any other
/// mention "quoted"). The backing follows the holder (Claims::backingForHolder) and the flag
/// is recomputed. A suggestion edited this way becomes accepted, as with relabel().
Result<ChangeSet> setClaimHolder(const AnnotationSet &set, const QString &text, const QString &claimId,
                                 const QString &name, const QString &holderId = {});

/// What a merge of entities of different types does.
enum class TypeMismatch {
    Refuse, ///< an Error naming both types: a GPE merged into a PERSON is usually a slip
    Retype, ///< the merged mentions take the kept entity's type (a decision, as with relabel())
};

/// Merges entity `goneId` into `keptId`: its mentions, aliases and titles move over and it
/// disappears. Entities of different types are merged only with TypeMismatch::Retype.
Result<ChangeSet> mergeEntities(const AnnotationSet &set, const QString &keptId, const QString &goneId,
                                TypeMismatch mismatch = TypeMismatch::Refuse);

/// Takes a mention out of its entity's group into a new entity of its own, named after its
/// text.
Result<ChangeSet> splitMention(const AnnotationSet &set, const QString &text, const QString &mentionId);

/// Places an orphan again by hand at a span of the current text; it is no longer an orphan.
Result<ChangeSet> placeOrphan(const AnnotationSet &set, const QString &id, Span span);

} // namespace Edits
} // namespace Lede::Core
