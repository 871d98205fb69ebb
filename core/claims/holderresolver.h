#pragma once

#include "claims/claimfeatures.h"
#include "extract/extractor.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Lede::Core::Claims {

/// Who holds a claim and on what authority, with the ids the claim links to.
struct Holding {
    QString holder;     // display text: "Olaf Brenner", "Associated Press", "author"
    QString holderKind; // "quoted", "source" or "author"
    QString backing;    // "named", "outlet", "anonymous", "hedged" or "none"
    QString holderId;   // speaker mention or source annotation, if any
    QString quoteId;    // the quote the claim sits in, if any

    friend bool operator==(const Holding &, const Holding &) = default;
};

/// Decides the holder and backing of a sentence from what the extractor found in it.
///
/// In order: the quote that covers the sentence or whose cue is in it (its speaker holds the
/// claim); "according to X"; a reporting or accusing verb with its subject ("Engineers said
/// ...", "Okafor accused him of ...", "..., the prefect Claire Martin said") or its passive
/// agent ("criticised by the United Nations"); an outlet or anonymous source in the sentence;
/// otherwise the author. Backing: an outlet beats an author's hedge, which beats the kind of
/// speaker (anonymous or named).
class HolderResolver
{
public:
    HolderResolver(QStringView text, const ExtractionResult &found, const ClaimLexicon &lexicon);

    Holding resolve(const SentenceFacts &facts) const;

private:
    const Annotation *mainQuote(const SentenceFacts &facts) const;
    bool isAccordingTo(const Annotation &cue) const;
    Holding fromQuote(const Annotation &quote, const SentenceFacts &facts) const;
    bool fromAccordingTo(const SentenceFacts &facts, Holding &out) const;
    bool fromVerb(const SentenceFacts &facts, Holding &out) const;
    /// The subject of the verb at word @p verb: a span of the text, empty if none fits.
    Span subjectOf(const SentenceFacts &facts, int verb) const;
    const Annotation *firstSpeakerBefore(const SentenceFacts &facts, int pos) const;
    /// Fills holder, holderId and backing from a span of text naming the holder.
    void holdBy(const SentenceFacts &facts, Span who, Span verb, Holding &out) const;
    bool fromSource(const SentenceFacts &facts, Holding &out) const;
    bool authorHedge(const SentenceFacts &facts, const QList<Span> &except = {}) const;
    QString displayName(const Annotation &a) const;
    bool isVague(const QString &holder) const;

    QStringView m_text;
    const ClaimLexicon &m_lexicon;
    QHash<QString, const Annotation *> m_byId;
    QHash<QString, QString> m_entityNames; // canonical entity id -> name
    QSet<QString> m_outletMentions;        // mention ids that name an outlet
    QList<Span> m_outletSpans;             // spans of OUTLET sources
};

} // namespace Lede::Core::Claims
